/**
 * The demo's sub-pages speak the page's language when they run: the add-to-calendar page's
 * navigation, item names and places in Russian, then in Finnish when `<html lang>` changes,
 * and its dates formatted in that language (no English date next to a Russian button).
 * test/node/demo-texts.test.ts checks statically that every text has its translations.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

const text = (selector: string) => document.querySelector(selector)!.textContent!.trim();
const LITERATURE = '[data-text="atc.literature"]';
const LITERATURE_WHEN = '[data-when="2026-11-13T18:00/2026-11-13T20:00"]';

describe('demo: the add-to-calendar page in Russian and Finnish', () => {
  before(async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/add-to-calendar.html')).text(), 'text/html');
    document.body.append(...page.body.querySelectorAll('header, main'));
    document.documentElement.lang = 'ru';
    await import('../../demo/demo-texts.js');
  });
  after(() => document.documentElement.setAttribute('lang', 'en'));

  it('shows the navigation, the item and its place in Russian, and the date in Russian', () => {
    expect(text('.site-nav [data-text="nav.all"]')).to.equal('Все виджеты');
    expect(text(LITERATURE)).to.equal('Литературный вечер: поэты Севера');
    expect(text('[data-text="atc.library"]')).to.equal('Главная библиотека Турку');
    expect(text(LITERATURE_WHEN)).to.match(/^13 ноября 2026\b.*18:00\s*–\s*20:00/);
  });

  it('follows <html lang> to Finnish', async () => {
    document.documentElement.lang = 'fi';
    await waitUntil(() => text(LITERATURE) === 'Kirjallisuusilta: Pohjolan runoilijat', 'the item name in Finnish');
    expect(text('.site-nav [data-text="nav.all"]')).to.equal('Kaikki widgetit');
    expect(text(LITERATURE_WHEN)).to.match(/^13\. marraskuuta 2026\b.*18\.00\s*–\s*20\.00/);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../../src/components/org-card/define.js';
import type { BalticOrgCard } from '../../src/components/org-card/org-card.js';
import { loadFixtureFeed, settled, shadow } from './helpers.js';

const heading = (card: BalticOrgCard) => shadow(card).querySelector('h3')!.textContent!.trim();
const description = (card: BalticOrgCard) => shadow(card).querySelector('[part="description"]')!.textContent!.trim();

async function card(template: ReturnType<typeof html>): Promise<BalticOrgCard> {
  const wrapper = await fixture<HTMLElement>(template);
  const element = wrapper.localName === 'baltic-org-card' ? (wrapper as BalticOrgCard) : wrapper.querySelector('baltic-org-card')!;
  await settled(element);
  return element;
}

describe('languages', () => {
  let feed: Record<string, any>;
  let englishHeading: string;
  before(async () => {
    feed = await loadFixtureFeed();
    englishHeading = heading(await card(html`<baltic-org-card lang="en" .feed=${feed}></baltic-org-card>`));
  });
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('speaks the language of its own lang attribute, UI and feed texts alike', async () => {
    for (const lang of ['fi', 'ru']) {
      const element = await card(html`<baltic-org-card lang=${lang} .feed=${feed}></baltic-org-card>`);
      expect(heading(element)).not.to.equal(englishHeading);
      expect(description(element)).to.equal(feed.organization.description[lang]);
      expect(shadow(element).querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
    }
  });

  it('takes the nearest lang attribute, mapping region variants to the language', async () => {
    const element = await card(html`<section lang="fi-FI"><div><baltic-org-card .feed=${feed}></baltic-org-card></div></section>`);
    expect(element.locale).to.equal('fi');
    expect(description(element)).to.equal(feed.organization.description.fi);
  });

  it('passes over languages it does not speak to the next one up', async () => {
    const element = await card(html`<div lang="ru"><div lang="de"><baltic-org-card .feed=${feed}></baltic-org-card></div></div>`);
    expect(element.locale).to.equal('ru');
  });

  it('follows a change of the page language at runtime', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const element = await card(html`<baltic-org-card .feed=${feed}></baltic-org-card>`);
    expect(heading(element)).to.equal(englishHeading);
    document.documentElement.setAttribute('lang', 'ru');
    await settled(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(element.locale).to.equal('ru');
    expect(description(element)).to.equal(feed.organization.description.ru);
    expect(heading(element)).not.to.equal(englishHeading);
  });

  it('shows two widgets in two languages on one page at once', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <baltic-org-card lang="fi" .feed=${feed}></baltic-org-card><baltic-org-card lang="ru" .feed=${feed}></baltic-org-card>
    </div>`);
    const [finnish, russian] = [...wrapper.querySelectorAll('baltic-org-card')];
    await settled(finnish!);
    await settled(russian!);
    expect(description(finnish!)).to.equal(feed.organization.description.fi);
    expect(description(russian!)).to.equal(feed.organization.description.ru);
    expect(heading(finnish!)).not.to.equal(heading(russian!));
  });

  it('marks a feed text that fell back to another language with that language', async () => {
    const partial = structuredClone(feed);
    partial.organization.description = { ru: 'Только по-русски' };
    const element = await card(html`<baltic-org-card lang="fi" .feed=${partial}></baltic-org-card>`);
    const span = shadow(element).querySelector('[part="description"] span[lang]')!;
    expect(span.getAttribute('lang')).to.equal('ru');
    expect(span.textContent).to.equal('Только по-русски');
  });

  it('follows the feed\'s own fallback languages when it lacks the visitor\'s', async () => {
    const russianFirst = { ...structuredClone(feed), fallbackLanguages: ['ru', 'en'] };
    const swedish = await card(html`<baltic-org-card lang="sv" .feed=${russianFirst}></baltic-org-card>`);
    expect(description(swedish)).to.equal(feed.organization.description.ru);
    const byDefault = await card(html`<baltic-org-card lang="sv" .feed=${feed}></baltic-org-card>`);
    expect(description(byDefault)).to.equal(feed.organization.description.en);
  });

  it('leaves a page that uses @lit/localize itself alone, and is left alone by it', async () => {
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { greeting: 'Hallo' } }),
    });
    await setLocale('de');
    const element = await card(html`<baltic-org-card lang="fi" .feed=${feed}></baltic-org-card>`);
    expect(description(element)).to.equal(feed.organization.description.fi);
    expect(heading(element)).not.to.equal(englishHeading);
    expect(msg('Hello', { id: 'greeting' })).to.equal('Hallo');
  });
});

/** The schedule on phones (320–414 px) and its overlaps on a desktop, in Russian and Finnish: geometry, filters, contrast, headings. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/schedule/define.js';
import type { BalticSchedule } from '../../src/components/schedule/schedule.js';
import { borderContrast } from './colours.js';
import { settled, shadow, waitUntil } from './helpers.js';
import { helsinki, loadDemoFeed, rendered, sessionButtons } from './schedule-helpers.js';

/** WCAG 1.4.12's text spacing, applied inside the widget as a visitor's user style would be. */
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The text a sighted visitor sees on an element: its text without the visually hidden parts. */
function shown(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return squash(copy.textContent!);
}

async function schedule(lang: string, width: number, theme = 'light', change: (feed: Record<string, any>) => void = () => {}, now = '2026-12-02T12:00', font = ''): Promise<BalticSchedule> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font: ${font}"></div>`);
  const element = document.createElement('baltic-schedule') as BalticSchedule;
  const feed = await loadDemoFeed();
  change(feed);
  Object.assign(element, { lang, now: helsinki(now), feed });
  element.setAttribute('theme', theme);
  wrapper.append(element);
  await settled(element);
  await waitUntil(() => shadow(element).querySelector(width < 640 ? '.days' : '.week'), 'no layout', { timeout: 5000 });
  await rendered(element);
  return element;
}

/** Elements of the widget that stick out past its right or left edge (px tolerance 0.5). */
function overflowing(element: BalticSchedule): string[] {
  const box = element.getBoundingClientRect();
  return [...shadow(element).querySelectorAll<HTMLElement>('*')]
    .filter((el) => !el.closest('.visually-hidden, .session__date') && el.getClientRects().length)
    .filter((el) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 1 && (rect.right > box.right + 0.5 || rect.left < box.left - 0.5);
    })
    .map((el) => `${el.localName}.${el.className}: ${el.getBoundingClientRect().right - box.right}px`);
}

describe('baltic-schedule on a phone', () => {
  for (const lang of ['ru', 'fi']) {
    it(`${lang}, 343 px (a 375-px phone's page), text twice as large (WCAG 1.4.4, a phone's own text size): the week's range on a line of its own, "next week" inside`, async () => {
      // The week of Tuesday 8 December: "8.–14.12.2026" in Finnish, one break after its dash at most.
      const element = await schedule(lang, 343, 'light', () => {}, '2026-12-08T12:00', '32px Arial, Helvetica, sans-serif');
      expect(overflowing(element)).to.deep.equal([]);
      const next = shadow(element).querySelector('[part="week-nav"] button:last-of-type')!.getBoundingClientRect();
      expect(next.right, 'the next-week button').to.be.at.most(element.getBoundingClientRect().right + 0.5);
      // On a line of its own above the arrows, on two lines at most (after its dash): not "8.–", "14.12.20" and "26".
      const range = shadow(element).querySelector<HTMLElement>('.week-nav__range')!;
      expect(range.getBoundingClientRect().bottom, 'above the arrows').to.be.at.most(next.top + 0.5);
      expect(range.getBoundingClientRect().height, 'two lines at most').to.be.below(3 * parseFloat(getComputedStyle(range).lineHeight));
    });

    for (const width of [320, 375, 414]) {
      it(`${lang}, ${width} px: stays within its border, also with WCAG 1.4.12 text spacing`, async () => {
        const element = await schedule(lang, width);
        expect(element.getBoundingClientRect().width).to.equal(width);
        expect(overflowing(element), 'without text spacing').to.deep.equal([]);
        const style = document.createElement('style');
        style.textContent = TEXT_SPACING;
        shadow(element).append(style);
        await rendered(element);
        expect(overflowing(element), 'with text spacing').to.deep.equal([]);
      });
    }
  }

  it('puts the time above the title, so the title gets the whole width (at most 2 lines in Russian at 320 px)', async () => {
    const element = await schedule('ru', 320);
    for (const button of sessionButtons(element)) {
      const time = button.querySelector('.session__time')!.getBoundingClientRect();
      const title = button.querySelector('.session__title')!.getBoundingClientRect();
      expect(title.top, 'title under the time').to.be.at.least(time.bottom - 1);
      expect(Math.abs(title.left - time.left), 'title starts where the time does: no time column').to.be.below(1);
      const lineHeight = parseFloat(getComputedStyle(button.querySelector('.session__title')!).lineHeight);
      expect(Math.round(title.height / lineHeight), button.querySelector('.session__title')!.textContent!).to.be.at.most(2);
    }
  });

  it('hides the three filter menus behind one "Filters" button with the count of filters set', async () => {
    const element = await schedule('en', 375);
    const root = shadow(element);
    const toggle = root.querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelectorAll('select')).to.have.length(0);
    const toolbar = root.querySelector('[part="toolbar"]')!.getBoundingClientRect();
    expect(toolbar.height, 'week switcher and Filters, before any activity').to.be.below(120);
    expect(toggle.getBoundingClientRect().height).to.be.at.least(44);

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await rendered(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const selects = [...root.querySelectorAll<HTMLSelectElement>('#filters select')];
    expect(selects).to.have.length(3);
    for (const select of selects) expect(select.getBoundingClientRect().width).to.be.above(300);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement, 'the first menu comes next in the focus order').to.equal(selects[0]);

    selects[1]!.value = 'children';
    selects[1]!.dispatchEvent(new Event('change'));
    await rendered(element);
    expect(element.audience).to.equal('children');
    // WCAG 2.5.3: the name (its text, no aria-label) starts with what the button shows, "Filters 1".
    expect(toggle.hasAttribute('aria-label')).to.equal(false);
    expect(shown(toggle)).to.equal('Filters 1');
    expect(squash(toggle.textContent!)).to.equal('Filters 1 active');
    toggle.click();
    await rendered(element);
    expect(root.querySelectorAll('select')).to.have.length(0);
    expect(squash(toggle.textContent!), 'the count stays on the closed button').to.equal('Filters 1 active');
  });

  it('starts the day headings with a capital letter in Russian and Finnish, at level 2 by default', async () => {
    for (const lang of ['ru', 'fi']) {
      const element = await schedule(lang, 375);
      const headings = [...shadow(element).querySelectorAll('.day__title')];
      expect(headings.length).to.be.above(3);
      for (const heading of headings) {
        const text = heading.textContent!.trim();
        expect(text[0], text).to.equal(text[0]!.toLocaleUpperCase(lang));
        expect(heading.getAttribute('aria-level')).to.equal('2');
      }
    }
  });
});

describe('baltic-schedule overlaps on a desktop', () => {
  for (const lang of ['ru', 'fi']) {
    it(`${lang}, 1280 px: overlapping sessions are as wide as a lone one, their times and title words whole`, async () => {
      // Every title one word longer than any column, and no hyphenation point in it: it must wrap, not be cut.
      const element = await schedule(lang, 1280, 'light', (feed) => {
        for (const activity of feed.schedule) activity.title = 'Wwwwwwwwwwwwwwwwwwwwwwwwwwwwww';
      });
      const blocks = [...shadow(element).querySelectorAll<HTMLElement>('.block')];
      const lone = blocks.filter((block) => !block.classList.contains('block--shared')).map((block) => block.getBoundingClientRect().width);
      const shared = blocks.filter((block) => block.classList.contains('block--shared'));
      expect(shared.length, 'the demo week has overlaps').to.be.at.least(4);
      for (const block of shared) expect(block.getBoundingClientRect().width).to.be.at.least(Math.min(...lone) - 1);
      for (const time of shadow(element).querySelectorAll<HTMLElement>('.week .session__time')) {
        const button = time.closest('button')!.getBoundingClientRect();
        const box = time.getBoundingClientRect();
        expect(time.scrollWidth, time.textContent!).to.be.at.most(time.clientWidth + 1);
        expect(box.right, time.textContent!).to.be.at.most(button.right + 0.5);
        expect(box.bottom, time.textContent!).to.be.at.most(button.bottom + 0.5);
      }
      // A long word ("keskustelukerho" in a narrow column) wraps; it is never cut at the block's edge.
      for (const title of shadow(element).querySelectorAll<HTMLElement>('.week .session__title')) {
        const range = document.createRange();
        range.selectNodeContents(title);
        const right = title.getBoundingClientRect().right;
        for (const line of range.getClientRects()) expect(line.right, title.textContent!).to.be.at.most(right + 0.5);
      }
      expect(overflowing(element)).to.deep.equal([]);
    });
  }

  it('shows a long title whole in a two-hour block, and cuts it after two lines only in an hour', async () => {
    const title = 'Suomen kielen keskustelukerho aikuisille ja nuorille Turun pääkirjastossa';
    const element = await schedule('fi', 1280, 'light', (feed) => {
      feed.schedule = feed.schedule.slice(0, 2);
      Object.assign(feed.schedule[0], { title, days: ['mon'], start: '13:00', end: '15:00' });
      Object.assign(feed.schedule[1], { title, days: ['wed'], start: '13:00', end: '14:00' });
    });
    const titles = [...shadow(element).querySelectorAll<HTMLElement>('.week .session__title')];
    expect(titles).to.have.length(2);
    const cut = (element: HTMLElement) => element.scrollHeight > element.clientHeight + 1;
    const [long, short] = titles.sort((a, b) => b.closest('.block')!.getBoundingClientRect().height - a.closest('.block')!.getBoundingClientRect().height);
    expect(cut(long!), 'the two-hour block cuts its title').to.equal(false);
    expect(long!.getBoundingClientRect().bottom, 'the title stays inside its block').to.be.at.most(long!.closest('.block')!.getBoundingClientRect().bottom);
    expect(cut(short!), 'the one-hour block has room for two lines only').to.equal(true);
  });

  it('keeps "cancelled" whole in a one-hour block of a narrow column: the struck-out title gives it a line', async () => {
    const element = await schedule('fi', 800, 'light', (feed) => {
      feed.schedule = feed.schedule.slice(0, 2);
      for (const [index, title] of ['Ikäihmisten aamujumppa', 'Perhemuskari lapsille ja vanhemmille'].entries()) {
        Object.assign(feed.schedule[index], { title, days: ['mon'], start: '10:00', end: '11:00', seasonStart: '2026-09-01', seasonEnd: '2027-05-31', exceptions: [{ date: '2026-11-30', note: 'Joulutauko' }] });
      }
    });
    const sessions = [...shadow(element).querySelectorAll<HTMLElement>('.week .session--cancelled')];
    expect(sessions, 'two cancelled sessions side by side').to.have.length(2);
    for (const session of sessions) {
      const bottom = session.getBoundingClientRect().bottom;
      for (const part of session.querySelectorAll<HTMLElement>('.session__time, .session__title, .session__cancelled')) {
        expect(part.getBoundingClientRect().bottom, `${part.className}: ${part.textContent!.trim()}`).to.be.at.most(bottom + 0.5);
      }
      expect(session.querySelector('.session__cancelled')!.textContent!.trim()).to.equal('Peruttu: Joulutauko');
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`gives the filter menus a border of 3:1 at least (${theme})`, async () => {
      const element = await schedule('ru', 1280, theme);
      const selects = [...shadow(element).querySelectorAll('select')];
      expect(selects).to.have.length(3);
      for (const select of selects) expect(borderContrast(select)).to.be.at.least(3);
    });
  }
});

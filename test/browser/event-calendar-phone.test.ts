/**
 * The calendar on phones (320, 375 and 414 px) and the WCAG items of #16, through the public
 * API: target sizes and geometry measured in the browser, colours read from the rendered
 * styles, names from the DOM, swipes as pointer events, the export read back with ical.js.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/event-calendar/define.js';
import type { BalticEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import { catchDownload, readIcs } from './add-to-calendar-helpers.js';
import { loadFixtureFeed, settled, shadow, waitUntil } from './helpers.js';

type Calendar = BalticEventCalendar;
const $ = (calendar: Calendar, selector: string) => shadow(calendar).querySelector<HTMLElement>(selector);
const $$ = (calendar: Calendar, selector: string) => [...shadow(calendar).querySelectorAll<HTMLElement>(selector)];
const cell = (calendar: Calendar, date: string) => $(calendar, `[role="gridcell"][data-date="${date}"]`)!;
const chosenDay = (calendar: Calendar) => $(calendar, '[role="gridcell"][aria-selected="true"]')?.dataset.date;
const chosenKeys = (calendar: Calendar) => $$(calendar, '[part="chosen-day"] [part~="event"]').map((row) => row.dataset.key);
/** The details dialog: the calendar has one from its first opening (the dialog's code makes it). */
const dialogOf = (calendar: Calendar) => shadow(calendar).querySelector('dialog');
/** The element focused now, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function phoneCalendar(width: number, attributes: { view?: string; date?: string; lang?: string; theme?: string; activities?: boolean } = {}, feed?: object): Promise<Calendar> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <baltic-event-calendar
      .feed=${feed ?? (await loadFixtureFeed())}
      lang=${attributes.lang ?? 'en'}
      theme=${attributes.theme ?? 'light'}
      view=${attributes.view ?? 'month'}
      date=${attributes.date ?? '2026-12-12'}
      ?activities=${attributes.activities}
    ></baltic-event-calendar>
  </div>`);
  const calendar = wrapper.querySelector<Calendar>('baltic-event-calendar')!;
  await settled(calendar);
  await waitUntil(() => !$(calendar, '.sk-view') && $(calendar, '.month, .week-view, .list'), 'the view did not load', { timeout: 5000 });
  await calendar.updateComplete;
  return calendar;
}

/** A sideways swipe over an element, as pointer events (a touch: primary, button 0). */
function swipe(target: Element, dx: number): void {
  const box = target.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + Math.min(box.height / 2, 100)];
  const init = { bubbles: true, composed: true, isPrimary: true, pointerId: 7, pointerType: 'touch', button: 0 };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx, clientY: y + 4 }));
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x + dx, clientY: y + 4 }));
}

// ————— Colours as the browser computed them —————
type Rgb = [number, number, number];
const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
function rgb(color: string): Rgb {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}
const luminance = (color: Rgb) => color.map((c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

describe('baltic-event-calendar on a phone: the month', () => {
  for (const width of [320, 375, 414]) {
    it(`${width}px: every day is a target of at least 44×44 px with dots for its events, and nothing is cut`, async () => {
      const calendar = await phoneCalendar(width, { lang: 'ru' });
      const days = $$(calendar, '[role="gridcell"]');
      expect(days).to.have.length(35);
      for (const day of days) {
        const box = day.getBoundingClientRect();
        expect(box.width, `${day.dataset.date} width`).to.be.at.least(44);
        expect(box.height, `${day.dataset.date} height`).to.be.at.least(44);
      }
      // No bars too narrow for a title: dots, coloured by category.
      expect($(calendar, '.month [part~="event"]')).to.equal(null);
      expect(cell(calendar, '2026-12-12').querySelectorAll('.day__dot').length).to.be.at.least(3);
      expect(cell(calendar, '2026-12-13').querySelectorAll('.day__dot')).to.have.length(0);
      expect(calendar.scrollWidth).to.be.at.most(width);
      expect(shadow(calendar).querySelector('.calendar')!.scrollWidth).to.be.at.most(width);
    });
  }

  it('a tap anywhere in a day chooses it and lists its events under the grid; each opens its details', async () => {
    const calendar = await phoneCalendar(375);
    expect(chosenDay(calendar)).to.equal('2026-12-12');
    expect(chosenKeys(calendar)).to.include.members(['2026-12-gingerbread-workshop', '2026-12-christmas-market-walk', '2026-12-christmas-lecture']);
    // An empty part of the 5th (below its number).
    const day = cell(calendar, '2026-12-05');
    const box = day.getBoundingClientRect();
    day.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.left + 4, clientY: box.bottom - 4 }));
    await waitUntil(() => chosenDay(calendar) === '2026-12-05', 'the tapped day is not chosen');
    expect(chosenKeys(calendar)).to.deep.equal(['2026-12-advent-concert']);
    expect($(calendar, '[part="chosen-day"] h3')!.textContent!.trim()).to.match(/^Saturday,? 5 December 2026$/);
    const row = $(calendar, '[part="chosen-day"] [data-key="2026-12-advent-concert"]')!;
    // Time, title and place are shown.
    expect(row.textContent!.replace(/\s+/g, ' ')).to.match(/18:00–19:30 Advent concert.* Main Library/);
    row.click();
    await waitUntil(() => dialogOf(calendar)?.open, 'the details did not open', { timeout: 5000 }); // the dialog's code loads on the first open
    expect($(calendar, '[part="dialog-title"]')!.textContent).to.include('Advent concert');
    $(calendar, '[part="close"]')!.click();
    await waitUntil(() => deepActive() === row || deepActive()?.getAttribute('data-key') === '2026-12-advent-concert', 'focus returns to the row');
  });

  it('says in one sentence with one period that a chosen day has no events, also where the date ends in an abbreviation (Russian "г.")', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await phoneCalendar(375, { date: '2026-12-01', lang: 'ru' }, { ...feed, events: [] });
    cell(calendar, '2026-12-15').click();
    await waitUntil(() => chosenDay(calendar) === '2026-12-15', 'the day was not chosen');
    await calendar.updateComplete;
    // The oracle: Intl's own long Russian date, "вторник, 15 декабря 2026 г.".
    const date = new Intl.DateTimeFormat('ru', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 15));
    expect(date.endsWith('.'), 'the date has its own period').to.equal(true);
    expect($(calendar, '[part="chosen-day"] .muted')!.textContent!.trim()).to.equal(`Нет мероприятий: ${date}`);
  });

  it('Enter on a day chooses it; arrows and swipes change the month and keep the chosen day', async () => {
    const calendar = await phoneCalendar(375, { date: '2026-12-01' });
    cell(calendar, '2026-12-01').focus();
    for (let i = 0; i < 14; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chosenDay(calendar) === '2026-12-15', 'Enter did not choose the 15th');
    expect(dialogOf(calendar)?.open ?? false, 'on a phone Enter lists the day under the grid').to.equal(false);
    const title = () => $(calendar, '[part="title"]')!.textContent!.trim();
    $(calendar, '[part="next"]')!.click();
    await waitUntil(() => title() === 'January 2027');
    expect(chosenDay(calendar)).to.equal('2027-01-15');
    swipe($(calendar, '.month')!, 120); // to the right: the month before
    await waitUntil(() => title() === 'December 2026', 'a swipe to the right did not go back');
    expect(chosenDay(calendar)).to.equal('2026-12-15');
    swipe($(calendar, '.month')!, -120);
    await waitUntil(() => title() === 'January 2027', 'a swipe to the left did not go on');
    // A swipe ends with no tap: the day under the finger was not chosen.
    expect(chosenDay(calendar)).to.equal('2027-01-15');
    // The 31st is kept through a shorter month.
    await calendar.goTo('2027-01-31');
    await calendar.updateComplete;
    cell(calendar, '2027-01-31').click();
    await calendar.updateComplete;
    $(calendar, '[part="next"]')!.click();
    await waitUntil(() => chosenDay(calendar) === '2027-02-28');
    $(calendar, '[part="next"]')!.click();
    await waitUntil(() => chosenDay(calendar) === '2027-03-31', 'the chosen day of the month is not kept');
  });

  it('names days as short sentences, and rows with a space between time and title', async () => {
    for (const lang of ['en', 'ru', 'fi']) {
      const calendar = await phoneCalendar(375, { lang });
      const day = cell(calendar, '2026-12-12');
      // What a screen reader reads: the cell without its aria-hidden parts.
      const name = [...day.querySelectorAll('.visually-hidden')].map((part) => part.textContent).join(' ').trim();
      const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date('2026-12-12T12:00Z'));
      expect(name.startsWith(date), `${lang}: ${name}`).to.equal(true);
      expect(name.length, `${lang}: ${name}`).to.be.below(60);
      expect(name).to.not.match(/ [,.:;!?]/);
      for (const hidden of day.querySelectorAll('.day__number, .day__dots')) expect(hidden.closest('[aria-hidden="true"]')).to.not.equal(null);
      for (const row of $$(calendar, '[part="chosen-day"] [part~="event"]')) {
        const label = row.getAttribute('aria-label')!;
        expect(label, label).to.match(/^\d{1,2}[.:]\d{2}–\d{1,2}[.:]\d{2} \S/);
        expect(label).to.not.match(/ [,.:;!?]/);
        expect(label.length).to.be.below(140);
      }
    }
  });
});

describe('baltic-event-calendar on a phone: the week', () => {
  /** A day with a night event at 06:00, one at 12:00 and one at 22:00. */
  async function dayFeed() {
    const feed = await loadFixtureFeed();
    feed.events.push(
      { id: 'night-bus', title: 'Night bus to the camp', start: '2027-02-10T06:00', end: '2027-02-10T07:00' },
      { id: 'noon-talk', title: 'Noon talk about Finnish winters', start: '2027-02-10T12:00', end: '2027-02-10T13:00' },
      { id: 'late-sauna', title: 'Late sauna evening', start: '2027-02-10T22:00', end: '2027-02-10T23:30' },
    );
    return feed;
  }

  it('shows one day at a time at 375 px (three on a wider narrow calendar), readable, with arrows and swipes', async () => {
    const calendar = await phoneCalendar(375, { view: 'week', date: '2026-12-12' });
    expect($$(calendar, '.week-view__column').map((column) => column.dataset.date)).to.deep.equal(['2026-12-12']);
    const workshop = $(calendar, '.week-view__column [data-key="2026-12-gingerbread-workshop"]')!;
    expect(workshop.getBoundingClientRect().width, 'a readable block').to.be.at.least(120);
    expect($(calendar, '[part="title"]')!.textContent).to.include('12 December 2026');
    $(calendar, '[part="next"]')!.click();
    await waitUntil(() => $(calendar, '.week-view__column')?.dataset.date === '2026-12-13');
    swipe($(calendar, '.week-view')!, 120);
    await waitUntil(() => $(calendar, '.week-view__column')?.dataset.date === '2026-12-12', 'a swipe did not go back a day');
    const wider = await phoneCalendar(520, { view: 'week', date: '2026-12-12' });
    expect($$(wider, '.week-view__column').map((column) => column.dataset.date)).to.deep.equal(['2026-12-12', '2026-12-13', '2026-12-14']);
    // Headers are whole words, not one letter per line.
    for (const header of $$(wider, '.week-view__day-name')) expect(header.getBoundingClientRect().height).to.be.below(60);
  });

  it('says that the day (or the three days) shown has no events, not the week, and announces it without a doubled full stop', async () => {
    const emptyText = (calendar: Calendar) => $(calendar, '[part="empty"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    // 1 to 3 December 2026 have no events in the fixture; the 5th has the advent concert.
    const day = await phoneCalendar(375, { view: 'week', date: '2026-12-01', lang: 'ru' });
    expect(emptyText(day)).to.contain('В этот день мероприятий нет.').and.not.contain('недел');
    expect(emptyText(day)).to.contain('Ближайшее мероприятие: 5 декабря 2026 г.');
    $(day, '[part="next"]')!.click();
    const status = () => $(day, '.visually-hidden[role="status"]')?.textContent ?? '';
    await waitUntil(() => status().includes('2 декабря'), 'the next day was not announced');
    expect(status()).to.contain('2 декабря 2026 г., Нет мероприятий').and.not.contain('..');
    const threeDays = await phoneCalendar(520, { view: 'week', date: '2026-12-01', lang: 'ru' });
    expect(emptyText(threeDays)).to.contain('В эти дни мероприятий нет.');
    const week = await phoneCalendar(1000, { view: 'week', date: '2026-11-25', lang: 'ru' });
    expect(emptyText(week)).to.contain('На этой неделе мероприятий нет.');
  });

  it('opens at the first event of the day and says when events are above or below what is shown', async () => {
    const calendar = await phoneCalendar(375, { view: 'week', date: '2027-02-10' }, await dayFeed());
    const scroller = $(calendar, '.week-view__scroller')!;
    const night = $(calendar, '[data-key="night-bus"]')!;
    await waitUntil(() => scroller.scrollTop > 0);
    // The 06:00 event is in view at the top.
    const [view, block] = [scroller.getBoundingClientRect(), night.getBoundingClientRect()];
    expect(block.top).to.be.at.least(view.top - 1);
    expect(block.top).to.be.below(view.top + view.height / 3);
    await waitUntil(() => $(calendar, '.week-view__hint--below'), 'no hint of the later event');
    expect($(calendar, '.week-view__hint--below')!.textContent).to.include('Later: 1 event');
    expect($(calendar, '.week-view__hint--above')).to.equal(null);
    $(calendar, '.week-view__hint--below')!.click();
    await waitUntil(() => $(calendar, '.week-view__hint--above'), 'no hint of the earlier event after scrolling down');
    expect($(calendar, '.week-view__hint--above')!.textContent).to.include('Earlier: 1 event');
    const late = $(calendar, '[data-key="late-sauna"]')!.getBoundingClientRect();
    expect(late.bottom).to.be.at.most(scroller.getBoundingClientRect().bottom + 1);
    expect(deepActive()?.getAttribute('data-key')).to.equal('late-sauna');
  });
});

describe('baltic-event-calendar on a phone: filters', () => {
  it('folds the search and the chips behind one "Filters" button with the number in use', async () => {
    const calendar = await phoneCalendar(375);
    const toggle = $(calendar, '[part="filters-toggle"]')!;
    const search = $(calendar, '[part="search"]')!;
    expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(search.getClientRects().length, 'the search is folded').to.equal(0);
    // Little room before the first event: toolbar and one row of filters.
    const gridTop = $(calendar, '.month')!.getBoundingClientRect().top - calendar.getBoundingClientRect().top;
    expect(gridTop).to.be.below(300);
    toggle.click();
    await calendar.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(search.getClientRects().length).to.equal(1);
    const chips = $$(calendar, '[part="chip"]');
    // The chips wrap: none is cut at the edge.
    const right = shadow(calendar).querySelector('.calendar')!.getBoundingClientRect().right;
    for (const chip of chips) expect(chip.getBoundingClientRect().right).to.be.at.most(right);
    chips[0]!.click();
    await waitUntil(() => toggle.textContent!.replace(/\s+/g, ' ').trim() === 'Filters 1 active');
    search.focus();
    await sendKeys({ type: 'concert' });
    await waitUntil(() => toggle.textContent!.replace(/\s+/g, ' ').trim() === 'Filters 2 active');
    // The name starts with what the button shows (WCAG 2.5.3): the number, then a word for screen readers.
    expect($(calendar, '.filters__count')!.textContent).to.equal('2');
    // On a wide calendar the filters are always shown, with no button.
    const wide = await phoneCalendar(1000);
    expect($(wide, '[part="filters-toggle"]')!.getClientRects().length).to.equal(0);
    expect($(wide, '[part="search"]')!.getClientRects().length).to.equal(1);
  });
});

describe('baltic-event-calendar: WCAG details', () => {
  it('marks today with a circle at every width', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
    for (const width of [320, 1280]) {
      const calendar = await phoneCalendar(width, { date: today });
      const marker = cell(calendar, today).querySelector('.day__number')!.getBoundingClientRect();
      expect(marker.width, `${width}px`).to.be.closeTo(marker.height, 0.5);
      expect(getComputedStyle(cell(calendar, today).querySelector('.day__number')!).borderRadius).to.equal('50%');
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme}: the search box's border has 3:1 and its placeholder 4.5:1 against the background, and it has a name`, async () => {
      const calendar = await phoneCalendar(1000, { theme });
      const search = $(calendar, '[part="search"]')!;
      const background = getComputedStyle(shadow(calendar).querySelector('.calendar')!).backgroundColor;
      const field = getComputedStyle(search);
      expect(contrast(field.borderTopColor, background)).to.be.at.least(3);
      expect(contrast(field.borderTopColor, field.backgroundColor)).to.be.at.least(3);
      const placeholder = getComputedStyle(search, '::placeholder');
      expect(contrast(placeholder.color, field.backgroundColor), `placeholder ${placeholder.color}`).to.be.at.least(4.5);
      expect(search.getAttribute('aria-label')).to.equal('Search events');
    });
  }

  it('keeps Tab inside the dialog, has no banner in it, and returns focus on close', async () => {
    const calendar = await phoneCalendar(1000, { date: '2026-12-05' });
    const bar = $(calendar, '[data-key="2026-12-advent-concert"]')!;
    bar.click();
    await waitUntil(() => dialogOf(calendar)?.open);
    const dialog = dialogOf(calendar)!;
    await waitUntil(() => dialog.querySelector('baltic-add-to-calendar')?.shadowRoot?.querySelector('[part="button"]'), 'the add-to-calendar button');
    expect(dialog.querySelector('header, [role="banner"]')).to.equal(null);
    const inside = () => {
      const active = deepActive();
      return !!active && (dialog.contains(active) || dialog.contains((active.getRootNode() as ShadowRoot).host ?? null));
    };
    const seen = new Set<Element>();
    for (let i = 0; i < 14; i++) {
      await sendKeys({ press: 'Tab' });
      expect(inside(), `Tab ${i + 1} left the dialog for ${deepActive()?.outerHTML.slice(0, 80)}`).to.equal(true);
      seen.add(deepActive()!);
    }
    expect(seen.size, 'Tab went round the controls').to.be.at.least(3);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      expect(inside(), `Shift+Tab ${i + 1} left the dialog`).to.equal(true);
    }
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => shadow(calendar).activeElement === bar, 'focus returns to the event');
  });

  it('wraps a long URL in the description and the directions: the dialog never scrolls sideways at 375 px', async () => {
    const feed = await loadFixtureFeed();
    const url = `https://example.org/${'very-long-path-segment-without-spaces-'.repeat(12)}end`;
    feed.events[0].description = { en: `Tickets: ${url} and more text.` };
    feed.locations[0].directions = { en: `See ${url}` };
    const calendar = await phoneCalendar(375, { date: '2026-12-05' }, feed);
    $(calendar, '[part="chosen-day"] [data-key="2026-12-advent-concert"]')!.click();
    await waitUntil(() => dialogOf(calendar)?.open && $(calendar, '[part="description"]'));
    const dialog = dialogOf(calendar)!;
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
    expect(dialog.scrollLeft).to.equal(0);
    expect(dialog.getBoundingClientRect().right).to.be.at.most(window.innerWidth);
    for (const part of ['dialog-title', 'close']) {
      const box = $(calendar, `[part="${part}"]`)!.getBoundingClientRect();
      expect(box.right, part).to.be.at.most(dialog.getBoundingClientRect().right);
    }
  });
});

describe('baltic-event-calendar: one period for the count, the announcement and the export', () => {
  it('exports the weekly sessions shown with `activities`, and says the same count it shows', async () => {
    const calendar = await phoneCalendar(1000, { activities: true, date: '2026-12-01' });
    await waitUntil(() => $(calendar, '[data-key^="finnish-conversation-club@"]'), 'the sessions appear');
    const { text } = await catchDownload(() => $(calendar, '[part="export"]')!.click());
    const events = readIcs(text);
    const club = events.find((event) => event.summary === 'Finnish conversation club');
    expect(club, 'the weekly club is in the file').to.not.equal(undefined);
    expect(club!.occurrences!.length, 'as its weekly series').to.be.greaterThan(1);
    // Every one-off event whose bar the month shows is in the file (hand-picked from the fixture).
    const summaries = events.map((event) => event.summary);
    for (const title of ['Advent concert: romances and folk songs', 'Gingerbread workshop for families']) expect(summaries).to.include(title);
    // The count read with the grid and the one announced after a filter change are the same number.
    $$(calendar, '[part="chip"]').find((chip) => chip.dataset.category === 'culture')!.click();
    const status = $(calendar, '[role="status"][aria-live]')!;
    await waitUntil(() => /\d+ events?/.test(status.textContent!), 'no announcement');
    const shown = shadow(calendar).querySelector('.calendar > p.visually-hidden')!.textContent!.trim();
    expect(status.textContent!.trim()).to.equal(shown);
  });
});

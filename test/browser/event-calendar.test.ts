import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/event-calendar/define.js';
import type { BalticEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import { loadFixtureFeed, mockUrl, servedFeed, settled, shadow, textOf, waitUntil } from './helpers.js';

/** Settled, and the view's lazily loaded code is there (the feed and the view load in parallel). */
async function ready(calendar: BalticEventCalendar): Promise<void> {
  await settled(calendar);
  await waitUntil(() => !calendar.shadowRoot!.querySelector('.sk-view'), 'the view did not load', { timeout: 5000 });
  await calendar.updateComplete;
}

type Calendar = BalticEventCalendar;
const $ = <T extends Element = HTMLElement>(calendar: Calendar, selector: string) => shadow(calendar).querySelector<T & HTMLElement>(selector);
const $$ = <T extends Element = HTMLElement>(calendar: Calendar, selector: string) => [...shadow(calendar).querySelectorAll<T & HTMLElement>(selector)];
const dialogOf = (calendar: Calendar) => shadow(calendar).querySelector('dialog');
const cell = (calendar: Calendar, date: string) => $(calendar, `[role="gridcell"][data-date="${date}"]`)!;
const eventButton = (calendar: Calendar, key: string) => $(calendar, `[part~="event"][data-key="${key}"]`);
const helsinkiTime = (iso: string) => new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki' }).format(new Date(iso));

async function calendarOn(feed: object, attributes: { view?: string; date?: string; lang?: string; theme?: string; activities?: boolean } = {}): Promise<Calendar> {
  const calendar = await fixture<Calendar>(html`<baltic-event-calendar
    .feed=${feed}
    lang=${attributes.lang ?? 'en'}
    theme=${attributes.theme ?? 'light'}
    date=${attributes.date ?? '2026-12'}
    view=${attributes.view ?? 'month'}
    ?activities=${attributes.activities}
  ></baltic-event-calendar>`);
  await ready(calendar);
  return calendar;
}

/** A feed of `count` timed events from `first` on, `perDay` a day. */
function manyEvents(count: number, first = '2026-12-01', perDay = 10) {
  const start = Date.parse(`${first}T00:00Z`);
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(start + Math.floor(index / perDay) * 86_400_000).toISOString().slice(0, 10);
    const hour = String(8 + (index % perDay)).padStart(2, '0');
    return { id: `many-${index}`, title: `Event number ${index}`, start: `${day}T${hour}:00`, end: `${day}T${hour}:45`, category: 'culture' };
  });
}

describe('baltic-event-calendar: month view', () => {
  it('shows the month Monday first with a localized title', async () => {
    const feed = await loadFixtureFeed();
    for (const lang of ['ru', 'fi', 'en']) {
      const calendar = await calendarOn(feed, { lang });
      const intl = lang === 'en' ? 'en-GB' : lang;
      expect($(calendar, '[part="title"]')!.textContent!.trim()).to.equal(
        new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date('2026-12-15T12:00Z')),
      );
      const headers = $$(calendar, '[role="columnheader"] .visually-hidden').map((header) => header.textContent!.trim());
      expect(headers[0]).to.equal(new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' }).format(new Date('2026-11-30T12:00Z')));
      const days = $$(calendar, '[role="gridcell"]').map((day) => day.dataset.date);
      expect(days[0]).to.equal('2026-11-30');
      expect(days.at(-1)).to.equal('2027-01-03');
      expect(days).to.have.length(35);
    }
  });

  it('places each event on its day with its time in the feed zone', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed);
    const concert = eventButton(calendar, '2026-12-advent-concert')!;
    expect(concert.closest('[role="gridcell"]')!.getAttribute('data-date')).to.equal('2026-12-05');
    expect(concert.querySelector('.occurrence__time')!.textContent).to.equal(helsinkiTime('2026-12-05T16:00Z'));
    // The bar is for pointers: hidden from screen readers, who hear its day cell (its date and how many events), without a name of its own.
    expect(concert.getAttribute('aria-hidden')).to.equal('true');
    expect(concert.getAttribute('tabindex')).to.equal('-1');
    expect(concert.hasAttribute('aria-label')).to.equal(false);
    expect(concert.closest('[role="gridcell"]')!.querySelector('.visually-hidden')!.textContent).to.include('5 December');
  });

  it('names each event of the list by what is seen, then its place and category', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed, { view: 'list', date: '2026-12-01' });
    const name = eventButton(calendar, '2026-12-advent-concert')!.getAttribute('aria-label')!;
    expect(name.startsWith(`${helsinkiTime('2026-12-05T16:00Z')}`), name).to.equal(true);
    expect(name).to.include(feed.events[0].title.en);
    expect(name).to.include('Main Library');
  });

  it('spans multi-day events across cells and weeks', async () => {
    const feed = await loadFixtureFeed();
    feed.events.push({ id: 'long-camp', title: 'Long camp', start: '2026-12-05', end: '2026-12-09', category: 'wellness' });
    const calendar = await calendarOn(feed);
    const bars = $$(calendar, '[data-key="long-camp"]');
    expect(bars.map((bar) => bar.closest('[role="gridcell"]')!.getAttribute('data-date'))).to.deep.equal(['2026-12-05', '2026-12-07']);
    expect(bars.map((bar) => getComputedStyle(bar).getPropertyValue('--span').trim())).to.deep.equal(['2', '3']);
    expect(bars[0]!.classList.contains('continues-after')).to.equal(true);
    expect(bars[1]!.classList.contains('continues-before')).to.equal(true);
    // The bar really covers the days: as wide as the cells it spans.
    const first = bars[1]!.getBoundingClientRect();
    const cells = ['2026-12-07', '2026-12-09'].map((date) => cell(calendar, date).getBoundingClientRect());
    expect(first.left).to.be.closeTo(cells[0]!.left, 6);
    expect(first.right).to.be.closeTo(cells[1]!.right, 6);
  });

  it('shows "+N more" on a full day, opening that day\'s list', async () => {
    const feed = await loadFixtureFeed();
    feed.events.push({ id: 'extra-one', title: 'Extra one', start: '2026-12-12T19:00' }, { id: 'extra-two', title: 'Extra two', start: '2026-12-12T20:00' });
    const calendar = await calendarOn(feed);
    const day = cell(calendar, '2026-12-12');
    expect(day.querySelectorAll('[part~="event"]')).to.have.length(2);
    const more = day.querySelector<HTMLElement>('[part="more"]')!;
    expect(more.textContent).to.include('+3 more');
    more.click();
    await waitUntil(() => dialogOf(calendar)?.open);
    const rows = $$(calendar, 'dialog [part~="event"]');
    expect(rows).to.have.length(5);
    expect($(calendar, 'dialog [part="dialog-title"]')!.textContent).to.include('12 December 2026');
  });

  it('strikes cancelled events through with the word, and dims past ones', async () => {
    const feed = await loadFixtureFeed();
    const now = new Date();
    const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
    feed.events.push({ id: 'was-yesterday', title: 'Yesterday', start: yesterday });
    const calendar = await calendarOn(feed, { date: yesterday.slice(0, 7) });
    await calendar.updateComplete;
    const past = eventButton(calendar, 'was-yesterday')!;
    expect(past.classList.contains('is-past')).to.equal(true);
    expect(getComputedStyle(past).color).to.not.equal(getComputedStyle(shadow(calendar).querySelector('.title')!).color);

    const december = await calendarOn(feed, { date: '2026-12' });
    const lecture = eventButton(december, '2026-12-christmas-lecture') ?? (await openMore(december, '2026-12-12', '2026-12-christmas-lecture'));
    expect(lecture.textContent).to.include('cancelled');
    expect(getComputedStyle(lecture.querySelector('.occurrence__title')!).textDecorationLine).to.equal('line-through');
  });

  it('goes across year ends with previous / next, and back to today', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed);
    const changes: string[] = [];
    calendar.addEventListener('baltic-view-change', (event) => changes.push(`${event.detail.view} ${event.detail.start}…${event.detail.end}`));
    $(calendar, '[part="next"]')!.click();
    await calendar.updateComplete;
    expect($(calendar, '[part="title"]')!.textContent).to.include('January 2027');
    expect(eventButton(calendar, '2026-12-new-year-eve')!.closest('[role="gridcell"]')!.getAttribute('data-date')).to.equal('2026-12-31');
    $(calendar, '[part="previous"]')!.click();
    $(calendar, '[part="previous"]')!.click();
    await calendar.updateComplete;
    await calendar.updateComplete;
    expect($(calendar, '[part="title"]')!.textContent).to.include('November 2026');
    expect(changes).to.deep.equal(['month 2026-12-28…2027-01-31', 'month 2026-10-26…2026-12-06']);
    $(calendar, '[part="today"]')!.click();
    await calendar.updateComplete;
    const today = $(calendar, '[aria-current="date"]')!;
    expect(today.dataset.date).to.equal(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date()));
  });

  it('shows the nearest month it can for a date out of the feed\'s years (1900–2999), and today for one that does not exist, saying so on the console', async () => {
    const feed = await loadFixtureFeed();
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const far = await calendarOn(feed, { date: '9999-12' });
      expect($(far, '[part="title"]')!.textContent).to.include('December 2999');
      expect($$(far, '[role="gridcell"]')).to.have.length.within(28, 42);
      $(far, '[part="next"]')!.click();
      await far.updateComplete;
      expect($(far, '[part="title"]')!.textContent, 'no month after the last').to.include('December 2999');
      const early = await calendarOn(feed, { date: '0042-03-15' });
      expect($(early, '[part="title"]')!.textContent).to.include('January 1900');
      const thisMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/Helsinki' }).format(new Date());
      for (const date of ['2026-02-31', '2026-13', 'soon']) {
        const calendar = await calendarOn(feed, { date });
        expect($(calendar, '[part="title"]')!.textContent, date).to.include(thisMonth);
      }
      const inRange = await calendarOn(feed, { date: '2999-12' });
      expect($(inRange, '[part="title"]')!.textContent).to.include('December 2999');
      // The warnings' words load with the first wrong setting.
      await waitUntil(() => warnings.filter((line) => line.includes('<baltic-event-calendar date=')).length >= 5, 'the console did not say why', { timeout: 5000 });
    } finally {
      console.warn = originalWarn;
    }
    const dateWarnings = warnings.filter((line) => line.includes('<baltic-event-calendar date='));
    // Once each, in whatever order their words arrived.
    expect(dateWarnings).to.have.length(5);
    expect(dateWarnings).to.have.members([
      '[baltic-widgets] <baltic-event-calendar date="9999-12">: outside the years the calendar shows (1900–2999); showing 2999-12',
      '[baltic-widgets] <baltic-event-calendar date="0042-03-15">: outside the years the calendar shows (1900–2999); showing 1900-01',
      '[baltic-widgets] <baltic-event-calendar date="2026-02-31">: not a date (expected YYYY-MM or YYYY-MM-DD, e.g. "2026-12"); showing today',
      '[baltic-widgets] <baltic-event-calendar date="2026-13">: not a date (expected YYYY-MM or YYYY-MM-DD, e.g. "2026-12"); showing today',
      '[baltic-widgets] <baltic-event-calendar date="soon">: not a date (expected YYYY-MM or YYYY-MM-DD, e.g. "2026-12"); showing today',
    ]);
  });

  it('says so in an empty month and offers the next event', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed, { date: '2026-10' });
    expect($(calendar, '[part="empty"]')!.textContent).to.include('No events this month');
    const next = $(calendar, '[part="empty"] button')!;
    expect(next.textContent).to.include('5 December 2026');
    next.click();
    await calendar.updateComplete;
    expect($(calendar, '[part="title"]')!.textContent).to.include('December 2026');
    await expect(calendar).to.be.accessible();
  });
});

async function openMore(calendar: Calendar, date: string, key: string): Promise<HTMLElement> {
  cell(calendar, date).querySelector<HTMLElement>('[part="more"]')!.click();
  await waitUntil(() => $(calendar, `dialog [data-key="${key}"]`));
  return $(calendar, `dialog [data-key="${key}"]`)!;
}

describe('baltic-event-calendar: keyboard', () => {
  it('moves through the grid with arrows, Home/End and PageUp/PageDown, and opens a day with Enter', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed, { date: '2026-12-05' });
    expect($$(calendar, '[role="gridcell"][tabindex="0"]').map((day) => day.dataset.date)).to.deep.equal(['2026-12-05']);
    cell(calendar, '2026-12-05').focus();
    const focused = () => (shadow(calendar).activeElement as HTMLElement | null)?.dataset.date;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focused() === '2026-12-06');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focused() === '2026-12-13');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focused() === '2026-12-07');
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused() === '2026-12-13');
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => focused() === '2027-01-13');
    expect($(calendar, '[part="title"]')!.textContent).to.include('January 2027');
    await waitUntil(() => textOf(calendar).includes('January 2027'));
    const status = $(calendar, '[role="status"][aria-live]')!;
    await waitUntil(() => status.textContent!.includes('January 2027'), 'the month change is announced');
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focused() === '2026-12-12');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(calendar)?.open);
    expect($$(calendar, 'dialog [part~="event"]')).to.have.length(3);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(calendar)!.open);
    await waitUntil(() => focused() === '2026-12-12', 'focus returns to the day');
  });

  it('opens details from a day list and returns focus to the day when closed', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed, { date: '2026-12-12' });
    const selected: string[] = [];
    calendar.addEventListener('baltic-event-select', (event) => selected.push(event.detail.eventId));
    cell(calendar, '2026-12-12').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(calendar, 'dialog [data-key="2026-12-christmas-market-walk"]'));
    $(calendar, 'dialog [data-key="2026-12-christmas-market-walk"]')!.click();
    await waitUntil(() => $(calendar, 'dialog [part="dialog-title"]')!.textContent!.includes('Christmas market'));
    expect(selected).to.deep.equal(['2026-12-christmas-market-walk']);
    expect(shadow(calendar).activeElement!.className).to.include('dialog__back');
    $(calendar, 'dialog [part="close"]')!.click();
    await waitUntil(() => (shadow(calendar).activeElement as HTMLElement | null)?.dataset.date === '2026-12-12');
  });
});

describe('baltic-event-calendar: details dialog', () => {
  it('shows when, where with directions, price, category and description, and returns focus', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed);
    const button = eventButton(calendar, '2026-12-advent-concert')!;
    setTimeout(() => button.click());
    const select = await oneEvent(calendar, 'baltic-event-select');
    expect(select.detail.eventId).to.equal('2026-12-advent-concert');
    await waitUntil(() => dialogOf(calendar)?.open);
    const dialog = dialogOf(calendar)!;
    expect(dialog.getAttribute('aria-labelledby')).to.equal('dialog-title');
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include(feed.events[0].title.en);
    expect(text).to.include(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Helsinki' }).formatRange(new Date('2026-12-05T16:00Z'), new Date('2026-12-05T17:30Z')));
    expect(text).to.include('Linnankatu 2');
    expect(text).to.include(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(10));
    expect(text).to.include('Culture');
    expect(text).to.include(feed.events[0].description.en);
    const directions = dialog.querySelector<HTMLAnchorElement>('[part="directions-links"] a')!;
    expect(directions.textContent).to.equal('Google Maps');
    expect(directions.href).to.match(/^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=60\.\d+%2C22\.\d+$/);
    expect(dialog.querySelector('baltic-add-to-calendar')!.getAttribute('event-id')).to.equal('2026-12-advent-concert');
    await waitUntil(() => customElements.get('baltic-add-to-calendar'), 'the add-to-calendar button is loaded', { timeout: 5000 });
    await waitUntil(() => dialog.querySelector('baltic-add-to-calendar')!.shadowRoot?.querySelector('[part="button"]'), 'it shows its button');
    expect(dialog.querySelector<HTMLImageElement>('[part="image"]')!.alt).to.equal(feed.events[0].image.alt.en);
    await expect(calendar).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => shadow(calendar).activeElement === button, 'focus returns to the event');
  });

  it('sanitizes rich descriptions: no script, links through the allow-list with rel=noopener', async () => {
    const feed = await loadFixtureFeed();
    (window as unknown as { pwned?: boolean }).pwned = false;
    Object.assign(feed.events[0], {
      descriptionFormat: 'html',
      description: {
        en: '<p>Come <strong>early</strong><img src=x onerror="window.pwned=true"><script>window.pwned=true</script></p><ul><li><a href="https://example.org/a" onclick="window.pwned=true">tickets</a></li><li><a href="javascript:window.pwned=true">bad</a></li></ul><iframe src="https://example.org"></iframe><p style="color:red">styled</p>',
      },
    });
    const calendar = await calendarOn(feed);
    eventButton(calendar, '2026-12-advent-concert')!.click();
    await waitUntil(() => $(calendar, '[part="description"] strong'), 'the sanitized description appears', { timeout: 5000 });
    const description = $(calendar, '[part="description"]')!;
    expect(description.querySelector('script, img, iframe, [onclick], [onerror], [style]')).to.equal(null);
    const links = [...description.querySelectorAll('a')];
    expect(links[0]!.getAttribute('href')).to.equal('https://example.org/a');
    expect(links[0]!.rel).to.equal('noopener');
    expect(links[1]!.hasAttribute('href')).to.equal(false);
    expect(description.textContent).to.include('styled');
    await aTimeout(50);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });
});

describe('baltic-event-calendar: finding events', () => {
  it('filters with category chips and search, fires filter changes and announces the count', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed);
    const chips = $$(calendar, '[part="chip"]');
    const keys = () => $$(calendar, '.month [part~="event"]').map((bar) => bar.dataset.key);
    expect(chips.map((chip) => chip.textContent!.trim())).to.deep.equal(['Culture', 'Education', 'Wellness', 'Journey', 'Hobby']);
    const culture = chips.find((chip) => chip.dataset.category === 'culture')!;
    setTimeout(() => culture.click());
    const change = await oneEvent(calendar, 'baltic-filter-change');
    expect(change.detail).to.deep.equal({ categories: ['culture'], query: '' });
    await calendar.updateComplete;
    await waitUntil(() => keys().length === 3);
    expect(culture.getAttribute('aria-pressed')).to.equal('true');
    expect(keys()).to.have.members(['2026-12-advent-concert', '2026-12-children-new-year', '2026-12-new-year-eve']);
    await waitUntil(() => $(calendar, '[role="status"][aria-live]')!.textContent!.includes('3 events'));

    const search = $<HTMLInputElement>(calendar, '[part="search"]')!;
    search.focus();
    await sendKeys({ type: 'market' });
    await waitUntil(() => keys().length === 1);
    expect(keys()).to.deep.equal(['2026-12-new-year-eve']); // "Market Square" is its place
    culture.click();
    await waitUntil(() => keys().length === 2);
    expect(keys()).to.have.members(['2026-12-new-year-eve', '2026-12-christmas-market-walk']);
    search.value = 'nothing like this';
    search.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => $(calendar, '[part="empty"]'));
    expect($(calendar, '[part="empty"]')!.textContent).to.include('No events match');
    $(calendar, '[part="empty"] button')!.click();
    await waitUntil(() => keys().length > 5);
    expect(search.value).to.equal('');
  });

  it('exports the events shown, with the filters, as one calendar file', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed);
    $$(calendar, '[part="chip"]').find((chip) => chip.dataset.category === 'culture')!.click();
    await waitUntil(() => $$(calendar, '.month [part~="event"]').length === 3);
    const blobs: Blob[] = [];
    const { createObjectURL } = URL;
    const { click } = HTMLAnchorElement.prototype;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function () {};
    try {
      $(calendar, '[part="export"]')!.click();
      await waitUntil(() => blobs.length === 1, 'a file is made', { timeout: 5000 });
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    const text = await blobs[0]!.text();
    expect(text).to.match(/^BEGIN:VCALENDAR/);
    const uids = text.split(/\r?\n/).filter((line) => line.startsWith('SUMMARY'));
    expect(uids).to.have.length(3);
    expect(text).to.include('Advent concert');
    expect(text).to.not.include('Gingerbread');
  });

  it('starts with the categories of the categories attribute', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await fixture<Calendar>(html`<baltic-event-calendar lang="en" .feed=${feed} date="2026-12" view="month" categories="hobby"></baltic-event-calendar>`);
    await ready(calendar);
    await waitUntil(() => $$(calendar, '.month [part~="event"]').length === 2);
    expect($$(calendar, '.month [part~="event"]').map((bar) => bar.dataset.key)).to.have.members(['2026-12-gingerbread-workshop', '2026-12-christmas-bazaar']);
  });
});

describe('baltic-event-calendar: week view', () => {
  it('places timed events at their times, overlapping ones side by side, all-day ones above', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed, { view: 'week', date: '2026-12-12' });
    expect($(calendar, '[part="title"]')!.textContent).to.match(/7.*13 December 2026/);
    const workshop = eventButton(calendar, '2026-12-gingerbread-workshop')!;
    const walk = eventButton(calendar, '2026-12-christmas-market-walk')!;
    const [a, b] = [workshop.getBoundingClientRect(), walk.getBoundingClientRect()];
    expect(a.right).to.be.at.most(b.left + 1); // side by side
    expect(b.top).to.be.greaterThan(a.top); // 11:30 below 10:00
    expect(b.top - a.top).to.be.closeTo((a.height + 2) * 0.75, 3); // 90 minutes of a 120-minute block
    const lecture = eventButton(calendar, '2026-12-christmas-lecture')!;
    expect(lecture.getBoundingClientRect().width).to.be.greaterThan(a.width * 1.5); // alone at 15:00: full width
    expect(lecture.closest('[data-date]')!.getAttribute('data-date')).to.equal('2026-12-12');
    await expect(calendar).to.be.accessible();

    $(calendar, '[part="next"]')!.click();
    await calendar.updateComplete;
    const bazaar = eventButton(calendar, '2026-12-christmas-bazaar')!;
    expect(bazaar.closest('.week-view__all-day')).to.not.equal(null);
  });

  it('shows an event crossing midnight on both days', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed, { view: 'week', date: '2026-12-31' });
    const parts = $$(calendar, '[data-key="2026-12-new-year-eve"]');
    expect(parts.map((part) => part.closest('[data-date]')!.getAttribute('data-date'))).to.deep.equal(['2026-12-31', '2027-01-01']);
  });
});

describe('baltic-event-calendar: list view', () => {
  it('groups events by day from the chosen day on', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed, { view: 'list', date: '2026-12-12' });
    const headings = $$(calendar, '.list-day__date').map((heading) => heading.dataset.date);
    // The day camp of 28–30 Dec and the night of 31 Dec – 1 Jan are shown once, under their first day.
    expect(headings).to.deep.equal(['2026-12-12', '2026-12-19', '2026-12-27', '2026-12-28', '2026-12-31']);
    const first = $$(calendar, '.list-day')[0]!;
    expect(first.querySelectorAll('[part~="event"]')).to.have.length(3);
    expect(first.querySelector('h3')!.textContent).to.include(
      new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date('2026-12-12T12:00Z')),
    );
    await expect(calendar).to.be.accessible();
  });

  it('builds only the first page of 10,000 events and adds more on demand', async () => {
    const feed = await loadFixtureFeed();
    feed.events = manyEvents(10_000);
    const calendar = await calendarOn(feed, { view: 'list', date: '2026-12-01' });
    const rows = () => $$(calendar, '.list [part~="event"]').length;
    // Out of view, the end of the list is not near: only a page or two are built.
    expect(rows()).to.be.at.most(120);
    expect(shadow(calendar).querySelectorAll('*').length).to.be.below(2000);
    const before = rows();
    $(calendar, '[part="show-more"]')!.click();
    await calendar.updateComplete;
    expect(rows()).to.be.greaterThan(before);
  });

  it('switches to the list in a narrow container unless a view is set', async () => {
    const feed = await loadFixtureFeed();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">
      <baltic-event-calendar lang="en" .feed=${feed} date="2026-12"></baltic-event-calendar>
      <baltic-event-calendar lang="en" .feed=${feed} date="2026-12" view="month"></baltic-event-calendar>
    </div>`);
    const [auto, forced] = [...wrapper.querySelectorAll<Calendar>('baltic-event-calendar')];
    await ready(auto!);
    await ready(forced!);
    await waitUntil(() => $(auto!, '.list'), 'the narrow calendar shows the list');
    expect(forced!.currentView).to.equal('month');
    expect($(forced!, '[role="grid"]')).to.not.equal(null);
    // Too narrow for titles: the month's days show dots, and the chosen day's events are listed under the grid.
    expect($(forced!, '.month [part~="event"]')).to.equal(null);
    expect($(forced!, '[role="gridcell"][data-date="2026-12-05"] .day__dot')).to.not.equal(null);
    expect($(forced!, '[part="chosen-day"]')).to.not.equal(null);
    expect(auto!.scrollWidth).to.be.at.most(360);
    wrapper.style.width = '900px';
    await waitUntil(() => auto!.currentView === 'month');
  });

  it('switches views with the switcher and fires baltic-view-change', async () => {
    const feed = await loadFixtureFeed();
    const calendar = await calendarOn(feed, { date: '2026-12-12' });
    const buttons = $$(calendar, '.view-button');
    setTimeout(() => buttons[1]!.click());
    const change = await oneEvent(calendar, 'baltic-view-change');
    expect(change.detail).to.deep.equal({ view: 'week', start: '2026-12-07', end: '2026-12-13' });
    expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(calendar.getAttribute('view')).to.equal('week');
  });
});

describe('baltic-event-calendar: activities', () => {
  it('shows weekly sessions when asked, cancelled ones marked', async () => {
    const feed = await loadFixtureFeed();
    const plain = await calendarOn(feed);
    expect($(plain, '[data-key^="finnish-conversation-club@"]')).to.equal(null);
    const calendar = await calendarOn(feed, { activities: true });
    await waitUntil(() => $(calendar, '[data-key="finnish-conversation-club@2026-12-08"]'), 'the sessions appear');
    const session = $(calendar, '[data-key="finnish-conversation-club@2026-12-08"]')!;
    expect(session.closest('[role="gridcell"]')!.getAttribute('data-date')).to.equal('2026-12-08');
    expect(session.querySelector('.occurrence__time')!.textContent).to.equal(helsinkiTime('2026-12-08T15:30Z'));
    const cancelled = $(calendar, '[data-key="finnish-conversation-club@2026-12-22"]')!;
    expect(cancelled.textContent).to.include('cancelled');
  });
});

describe('baltic-event-calendar: deep links', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('keeps the month and the open event in the hash; Back closes the event', async () => {
    const feed = await loadFixtureFeed();
    history.replaceState(null, '', `${location.pathname}${location.search}#calendar-month=2027-01`);
    const calendar = await fixture<Calendar>(html`<baltic-event-calendar lang="en" .feed=${feed} view="month" link-state></baltic-event-calendar>`);
    await ready(calendar);
    await waitUntil(() => $(calendar, '[part="title"]')!.textContent!.includes('January 2027'));
    $(calendar, '[part="previous"]')!.click();
    await waitUntil(() => location.hash.includes('calendar-month=2026-12'));
    const button = eventButton(calendar, '2026-12-advent-concert')!;
    button.click();
    await waitUntil(() => dialogOf(calendar)?.open);
    expect(location.hash).to.include('calendar-event=2026-12-advent-concert');
    history.back();
    await waitUntil(() => !dialogOf(calendar)!.open, 'Back closes the dialog');
    expect(location.hash).to.not.include('calendar-event');
    await waitUntil(() => shadow(calendar).activeElement === button);
  });

  it('opens the event named in the hash on load', async () => {
    const feed = await loadFixtureFeed();
    history.replaceState(null, '', `${location.pathname}${location.search}#calendar-event=2026-12-new-year-eve`);
    const calendar = await fixture<Calendar>(html`<baltic-event-calendar lang="en" .feed=${feed} view="month" link-state></baltic-event-calendar>`);
    await ready(calendar);
    await waitUntil(() => dialogOf(calendar)?.open);
    expect($(calendar, '[part="dialog-title"]')!.textContent).to.include('New Year');
    expect($(calendar, '[part="title"]')!.textContent).to.include('December 2026');
    $(calendar, '[part="close"]')!.click();
    await waitUntil(() => !location.hash.includes('calendar-event'));
  });
});

describe('baltic-event-calendar: states', () => {
  it('shows a skeleton while loading, then the events', async () => {
    const calendar = await fixture<Calendar>(html`<baltic-event-calendar lang="en" date="2026-12" src=${mockUrl('feed', { delay: '300' })}></baltic-event-calendar>`);
    expect($(calendar, '.calendar--skeleton')).to.not.equal(null);
    const height = calendar.getBoundingClientRect().height;
    await ready(calendar);
    expect($(calendar, '[role="grid"]')).to.not.equal(null);
    expect(Math.abs(calendar.getBoundingClientRect().height - height)).to.be.below(height * 0.35);
  });

  it('shows the error state with a retry', async () => {
    const calendar = await fixture<Calendar>(html`<baltic-event-calendar lang="en" src=${mockUrl('status', { code: '500' })}></baltic-event-calendar>`);
    await settled(calendar, 'error');
    expect($(calendar, '[part="error"]')!.textContent).to.include('The events could not be loaded');
    expect($(calendar, '[part="retry"]')).to.not.equal(null);
    await expect(calendar).to.be.accessible();
  });

  it('skips bad items of a feed and shows the rest', async () => {
    const feed = await loadFixtureFeed();
    feed.events.push({ id: 'no start', title: 'Broken' }, { id: 'bad-date', title: 'Bad', start: '2026-13-45' }, { id: 'js-link', title: 'JS', start: '2026-12-20T10:00', registration: 'javascript:alert(1)' });
    const url = await servedFeed(feed);
    const calendar = await fixture<Calendar>(html`<baltic-event-calendar lang="en" date="2026-12" view="month" src=${url}></baltic-event-calendar>`);
    await ready(calendar);
    expect(calendar.feedSnapshot.problems.length).to.be.greaterThan(0);
    expect(eventButton(calendar, '2026-12-advent-concert')).to.not.equal(null);
    expect($(calendar, '[data-key="bad-date"]')).to.equal(null);
    const jsLink = eventButton(calendar, 'js-link')!;
    jsLink.click();
    await waitUntil(() => dialogOf(calendar)?.open);
    expect($(calendar, '[part="registration"]')).to.equal(null);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in every view, ${theme}`, async () => {
      const feed = await loadFixtureFeed();
      for (const view of ['month', 'week', 'list']) {
        const calendar = await calendarOn(feed, { view, theme, date: '2026-12-12', activities: true });
        await expect(calendar).to.be.accessible();
      }
    });
  }
});

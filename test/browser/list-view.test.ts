/**
 * The calendar's list on a phone (#16) and what the calendar computes (#17): a multi-day event
 * shows once with its dates, the first page is bounded (12 rows, then "Show more"),
 * its rows are the earliest ones whatever offsets the feed writes, and the month's first paint
 * already has the weekly sessions.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import type { BalticEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import { settled, shadow, waitUntil } from './helpers.js';

type Calendar = BalticEventCalendar;
const rows = (calendar: Calendar) => [...shadow(calendar).querySelectorAll<HTMLElement>('.list [part~="event"]')];
const keys = (calendar: Calendar) => rows(calendar).map((row) => row.dataset['key']);

async function listOn(feed: object, { width = 375, lang = 'ru', date = '2026-12-01' } = {}): Promise<Calendar> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <baltic-event-calendar lang=${lang} date=${date} .feed=${feed}></baltic-event-calendar>
  </div>`);
  const calendar = wrapper.querySelector<Calendar>('baltic-event-calendar')!;
  await settled(calendar);
  await waitUntil(() => shadow(calendar).querySelector('.list'), 'the narrow calendar shows the list');
  await calendar.updateComplete;
  return calendar;
}

const feedOf = (events: object[], extra: object = {}) => ({ version: 1, timeZone: 'Europe/Helsinki', events, ...extra });
const timed = (id: string, start: string, end: string) => ({ id, title: { ru: `Событие ${id}`, en: `Event ${id}` }, start, end });

describe('calendar list on a phone', () => {
  for (const width of [320, 375]) {
    it(`shows a camp of several days once, with its dates, under its first day (${width} px, Russian)`, async () => {
      const calendar = await listOn(
        feedOf([
          { id: 'camp', title: { ru: 'Летний лагерь для детей и подростков' }, start: '2026-12-03', end: '2026-12-09' },
          { id: 'earlier-camp', title: { ru: 'Зимний лагерь' }, start: '2026-11-28', end: '2026-12-02' },
          timed('club', '2026-12-04T18:00', '2026-12-04T19:30'),
        ]),
        { width },
      );
      expect(keys(calendar)).to.deep.equal(['earlier-camp', 'camp', 'club']);
      const [earlier, camp] = rows(calendar).map((row) => row.closest('li')!);
      // The one that began before the first day shown continues under it; the other under its own first day.
      expect(earlier!.closest('section')!.querySelector('h3')!.dataset['date']).to.equal('2026-12-01');
      expect(camp!.closest('section')!.querySelector('h3')!.dataset['date']).to.equal('2026-12-03');
      const dates = camp!.querySelector('.list-row__dates')!.textContent!;
      expect(dates).to.match(/3/).and.to.match(/9/).and.to.match(/дек/);
      // Nothing sideways on a phone.
      const list = shadow(calendar).querySelector<HTMLElement>('.list')!;
      expect(list.scrollWidth).to.be.at.most(list.clientWidth + 1);
      expect(camp!.getBoundingClientRect().right).to.be.at.most(calendar.getBoundingClientRect().right + 0.5);
    });
  }

  it('caps the first page at 12 rows, the earliest ones, and "Show more" adds the next', async () => {
    // Written out of order and with offsets: 01:00+05:00 on 2 Dec is 22:00 on 1 Dec in Helsinki.
    const events = [
      ...Array.from({ length: 40 }, (_, index) => timed(`late-${index}`, `2026-12-${String(10 + (index % 15)).padStart(2, '0')}T12:00`, `2026-12-${String(10 + (index % 15)).padStart(2, '0')}T13:00`)),
      ...Array.from({ length: 8 }, (_, index) => timed(`early-${index}`, `2026-12-0${2 + (index % 4)}T09:0${index % 4}`, `2026-12-0${2 + (index % 4)}T10:00`)),
      timed('offset', '2026-12-02T01:00+05:00', '2026-12-02T02:00+05:00'),
      timed('past', '2026-11-20T10:00', '2026-11-20T11:00'),
    ];
    const calendar = await listOn(feedOf(events), { width: 375 });
    expect(rows(calendar)).to.have.length(12);
    // By hand: the offset event (1 Dec, 22:00 Helsinki), then the early ones by day and time, then the first late ones.
    const early = ['early-0', 'early-4', 'early-1', 'early-5', 'early-2', 'early-6', 'early-3', 'early-7'];
    expect(keys(calendar).slice(0, 9)).to.deep.equal(['offset', ...early]);
    expect(shadow(calendar).querySelector('[data-date="2026-12-01"]')).to.not.equal(null);
    expect(keys(calendar)).to.not.include('past');
    const heightBefore = calendar.getBoundingClientRect().height;
    shadow(calendar).querySelector<HTMLElement>('[part="show-more"]')!.click();
    await calendar.updateComplete;
    expect(rows(calendar)).to.have.length(24);
    expect(calendar.getBoundingClientRect().height).to.be.greaterThan(heightBefore);
  });

  it('says how many events the month holds in the visitor\'s number format (1 200, not 1200)', async () => {
    // 40 a day for 30 days of December: 1 200 events, written out as the feed would.
    const events = Array.from({ length: 1200 }, (_, index) => {
      const day = String(1 + Math.floor(index / 40)).padStart(2, '0');
      const minute = String(index % 40).padStart(2, '0');
      return timed(`e${index}`, `2026-12-${day}T10:${minute}`, `2026-12-${day}T11:${minute}`);
    });
    const countIn = (calendar: Calendar) => [...shadow(calendar).querySelectorAll('.visually-hidden')].map((element) => element.textContent!.trim()).find((text) => /200/.test(text));
    const monthIn = async (lang: string) => {
      const calendar = await fixture<Calendar>(html`<baltic-event-calendar lang=${lang} date="2026-12" view="month" .feed=${feedOf(events)} style="width: 1000px"></baltic-event-calendar>`);
      await settled(calendar);
      await waitUntil(() => countIn(calendar), 'the count is there for screen readers', { timeout: 5000 });
      return countIn(calendar);
    };
    // Finnish groups thousands with a no-break space, English with a comma.
    expect(await monthIn('fi')).to.equal('1\u00a0200 tapahtumaa');
    expect(await monthIn('en')).to.equal('1,200 events');
  });

  it('shows every row and no "Show more" when the list is short', async () => {
    const calendar = await listOn(feedOf([timed('a', '2026-12-02T10:00', '2026-12-02T11:00'), timed('b', '2026-12-01T10:00', '2026-12-01T11:00')]), { lang: 'fi' });
    expect(keys(calendar)).to.deep.equal(['b', 'a']);
    expect(shadow(calendar).querySelector('[part="show-more"]')).to.equal(null);
  });
});

describe('calendar first paint', () => {
  it('shows the weekly sessions with the first month grid (no incomplete month)', async () => {
    const feed = feedOf([timed('concert', '2026-12-10T18:00', '2026-12-10T20:00')], {
      schedule: [{ id: 'choir', title: 'Choir', days: ['wed'], start: '18:00', end: '19:30', seasonStart: '2026-09-01' }],
    });
    const seen: Array<{ sessions: number; events: number }> = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const calendar = document.createElement('baltic-event-calendar') as Calendar;
    Object.assign(calendar, { feed });
    calendar.setAttribute('date', '2026-12');
    calendar.setAttribute('view', 'month');
    calendar.setAttribute('activities', '');
    calendar.setAttribute('lang', 'en');
    wrapper.append(calendar);
    // Every change of the shadow DOM, before the browser paints it: what the grid holds when it first appears.
    const observer = new MutationObserver(() => {
      if (seen.length || !shadow(calendar).querySelector('[role="grid"]')) return;
      const buttons = [...shadow(calendar).querySelectorAll<HTMLElement>('[part~="event"]')];
      seen.push({ sessions: buttons.filter((button) => button.dataset['key']?.startsWith('choir@')).length, events: buttons.length });
    });
    observer.observe(shadow(calendar), { childList: true, subtree: true });
    await waitUntil(() => seen.length, 'the month grid appears');
    observer.disconnect();
    // December 2026 has five Wednesdays (2, 9, 16, 23, 30), all in the grid with the concert.
    expect(seen[0]).to.deep.equal({ sessions: 5, events: 6 });
  });
});

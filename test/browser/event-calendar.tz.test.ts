/**
 * Runs twice: with the browser in Europe/Helsinki (the normal run) and in Asia/Tokyo (the
 * runner's "time-zone-tokyo" group). Day cells and times must come out the same in both.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import type { BalticEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import { loadFixtureFeed, settled, shadow, waitUntil } from './helpers.js';

/** Settled, and the view's lazily loaded code is there (the feed and the view load in parallel). */
async function ready(calendar: BalticEventCalendar): Promise<void> {
  await settled(calendar);
  await waitUntil(() => !calendar.shadowRoot!.querySelector('.sk-view'), 'the view did not load', { timeout: 5000 });
  await calendar.updateComplete;
}

const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const dayOf = (calendar: BalticEventCalendar, key: string) =>
  [...shadow(calendar).querySelectorAll(`[data-key="${key}"]`)].map((button) => button.closest('[data-date]')!.getAttribute('data-date'));
const timeOf = (calendar: BalticEventCalendar, key: string) => shadow(calendar).querySelector(`[data-key="${key}"] .occurrence__time`)!.textContent;
const clock = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));

async function calendar(view: string, date: string, timeZone = 'feed'): Promise<BalticEventCalendar> {
  const feed = await loadFixtureFeed();
  feed.events.push(
    { id: 'late-evening', title: 'Late evening', start: '2026-12-05T23:30', end: '2026-12-06T00:15' },
    { id: 'absolute', title: 'Given in UTC', start: '2026-12-05T22:30Z', end: '2026-12-05T23:30Z' },
    { id: 'dst-night', title: 'Spring forward', start: '2027-03-28T02:30', end: '2027-03-28T05:00' },
    { id: 'autumn-night', title: 'Fall back', start: '2027-10-31T02:30', end: '2027-10-31T05:00' },
  );
  const element = await fixture<BalticEventCalendar>(html`<baltic-event-calendar lang="en" view=${view} date=${date} time-zone=${timeZone} .feed=${feed}></baltic-event-calendar>`);
  await ready(element);
  return element;
}

describe(`baltic-event-calendar in the machine time zone ${machineZone}`, () => {
  it('puts events on their Helsinki days with Helsinki times', async () => {
    const month = await calendar('month', '2026-12');
    expect(dayOf(month, '2026-12-advent-concert')).to.deep.equal(['2026-12-05']);
    expect(timeOf(month, '2026-12-advent-concert')).to.equal(clock('2026-12-05T16:00Z', 'Europe/Helsinki'));
    expect(dayOf(month, 'late-evening')).to.deep.equal(['2026-12-05']); // crosses midnight: a bar over the 5th and 6th
    expect(getComputedStyle(shadow(month).querySelector('[data-key="late-evening"]')!).getPropertyValue('--span').trim()).to.equal('2');
    expect(dayOf(month, 'absolute')).to.deep.equal(['2026-12-06']); // 00:30 in Helsinki
    expect(dayOf(month, '2026-12-christmas-bazaar')).to.deep.equal(['2026-12-19']); // all-day: a date, in every zone
    const today = shadow(month).querySelector<HTMLElement>('[aria-current="date"]');
    const helsinkiToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
    if (helsinkiToday.startsWith('2026-12') || helsinkiToday.startsWith('2026-11-3')) expect(today!.dataset.date).to.equal(helsinkiToday);
  });

  it('splits an event crossing midnight over both days of the week grid', async () => {
    const week = await calendar('week', '2026-12-05');
    expect(dayOf(week, 'late-evening')).to.deep.equal(['2026-12-05', '2026-12-06']);
    const [evening, morning] = [...shadow(week).querySelectorAll<HTMLElement>('[data-key="late-evening"]')];
    expect(evening!.style.getPropertyValue('--top')).to.equal(String(23 * 60 + 30));
    expect(morning!.style.getPropertyValue('--top')).to.equal('0');
    expect(morning!.style.getPropertyValue('--height')).to.equal('15');
  });

  it('places events on DST nights at their wall-clock times', async () => {
    const spring = await calendar('week', '2027-03-28');
    const block = shadow(spring).querySelector<HTMLElement>('[data-key="dst-night"]')!;
    expect(block.style.getPropertyValue('--top')).to.equal('150');
    expect(block.style.getPropertyValue('--height')).to.equal('150');
    expect(timeOf(spring, 'dst-night')).to.equal(clock('2027-03-28T00:30Z', 'Europe/Helsinki'));
    const autumn = await calendar('week', '2027-10-31');
    const fallBack = shadow(autumn).querySelector<HTMLElement>('[data-key="autumn-night"]')!;
    expect(fallBack.style.getPropertyValue('--top')).to.equal('150');
    expect(fallBack.closest('[data-date]')!.getAttribute('data-date')).to.equal('2027-10-31');
  });

  it('shows times in another zone when asked, and says so', async () => {
    const tokyo = await calendar('month', '2026-12', 'Asia/Tokyo');
    expect(dayOf(tokyo, '2026-12-advent-concert')).to.deep.equal(['2026-12-06']); // 18:00 Helsinki = 01:00 Tokyo
    expect(timeOf(tokyo, '2026-12-advent-concert')).to.equal(clock('2026-12-05T16:00Z', 'Asia/Tokyo'));
    expect(shadow(tokyo).querySelector('.zone-note')!.textContent).to.include('Asia/Tokyo');
    expect(dayOf(tokyo, '2026-12-christmas-bazaar')).to.deep.equal(['2026-12-19']);

    const visitor = await calendar('month', '2026-12', 'visitor');
    expect(timeOf(visitor, '2026-12-advent-concert')).to.equal(clock('2026-12-05T16:00Z', machineZone));
    expect(!!shadow(visitor).querySelector('.zone-note')).to.equal(machineZone !== 'Europe/Helsinki');
  });

  it('shows a typo\'d time-zone setting in the feed\'s zone and says on the console why', async () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const typo = await calendar('month', '2026-12', 'Asia/Tokio');
      expect(timeOf(typo, '2026-12-advent-concert')).to.equal(clock('2026-12-05T16:00Z', 'Europe/Helsinki'));
      expect(shadow(typo).querySelector('.zone-note'), 'times are in the feed\'s own zone').to.equal(null);
      await waitUntil(() => warnings.some((line) => line.includes('time-zone="Asia/Tokio"')), 'the console did not say why', { timeout: 5000 });
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings).to.include('[baltic-widgets] <baltic-event-calendar time-zone="Asia/Tokio">: not an IANA time zone (e.g. "Europe/Helsinki", or "feed" or "visitor"); showing the feed\'s, Europe/Helsinki');
  });
});

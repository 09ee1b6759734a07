/**
 * "Today" and "next" come from the feed's time zone, not the visitor's machine: this file
 * also runs in Chromium with TZ=Asia/Tokyo (7 hours ahead of Helsinki in winter), where the
 * machine's date is already tomorrow in the evenings below.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/schedule/define.js';
import type { BalticSchedule } from '../../src/components/schedule/schedule.js';
import { settled, shadow, waitUntil } from './helpers.js';

const feed = {
  version: 1,
  timeZone: 'Europe/Helsinki',
  schedule: [
    { id: 'tuesday', title: 'Tuesday club', days: ['tue'], start: '18:00', end: '19:00' },
    { id: 'wednesday', title: 'Wednesday club', days: ['wed'], start: '10:00', end: '11:00', exceptions: [{ date: '2026-12-30' }] },
  ],
};

/** Tuesday 1 December 2026, 23:30 in Helsinki: Wednesday 06:30 in Tokyo. */
const TUESDAY_NIGHT = Date.parse('2026-12-01T23:30:00+02:00');

const englishDate = (date: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

async function schedule(width: number, now: number): Promise<BalticSchedule> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><baltic-schedule lang="en" .now=${now} .feed=${feed}></baltic-schedule></div>`);
  const element = wrapper.querySelector('baltic-schedule')!;
  await settled(element);
  await waitUntil(() => shadow(element).querySelector(width < 640 ? '.days' : '.week'));
  return element;
}

async function nextLine(element: BalticSchedule, title: string): Promise<string> {
  [...shadow(element).querySelectorAll<HTMLButtonElement>('button.session')].find((button) => button.textContent!.includes(title))!.click();
  await element.updateComplete;
  // The details load when first opened.
  await waitUntil(() => shadow(element).querySelector('[part="next"]'), 'the details did not open', { timeout: 5000 });
  return shadow(element).querySelector('[part="next"]')!.textContent!;
}

describe(`baltic-schedule in the machine time zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  it('counts today and the next date in the feed\'s time zone', async () => {
    const element = await schedule(1000, TUESDAY_NIGHT);
    expect(shadow(element).querySelector('th[aria-current="date"]')!.textContent!.trim()).to.equal(englishDate('2026-12-01', { weekday: 'short', day: 'numeric', month: 'short' }));
    expect(await nextLine(element, 'Wednesday club')).to.equal(`Next: ${englishDate('2026-12-02', { weekday: 'short', day: 'numeric', month: 'short' })}, 10:00–11:00`);
    expect(await nextLine(element, 'Tuesday club')).to.equal(`Next: ${englishDate('2026-12-08', { weekday: 'short', day: 'numeric', month: 'short' })}, 18:00–19:00`);
  });

  it('starts the day lists with the feed\'s today', async () => {
    const element = await schedule(360, TUESDAY_NIGHT);
    const first = shadow(element).querySelector('.day [role="heading"]')!.textContent!.trim();
    expect(first).to.equal(`Today, ${englishDate('2026-12-01', { weekday: 'long', day: 'numeric', month: 'long' })}`);
  });

  it('skips an exception at the year end whatever the machine\'s zone', async () => {
    const element = await schedule(1000, Date.parse('2026-12-29T23:30:00+02:00'));
    expect(await nextLine(element, 'Wednesday club')).to.equal(`Next: ${englishDate('2027-01-06', { weekday: 'short', day: 'numeric', month: 'short' })}, 10:00–11:00`);
  });
});

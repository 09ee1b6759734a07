/**
 * One rule for a weekly activity without `seasonStart`: its series starts on 1 January of the
 * current year (feed's time zone), in the calendar and in the .ics alike, whatever day the
 * file is exported. Oracles: ical.js's expansion of the file, and instants written by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { activityOccurrences } from '../../src/components/event-calendar/calendar-activities.js';
import { validateFeed } from '../../src/feed/validate.js';
import { buildCalendarFile } from '../../src/ics/calendar-file.js';
import { parseIcs } from './ics-fixtures.js';

/** This year in Helsinki (the feed's time zone), which the rule follows. */
const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric' }).format(new Date()));
const feedDocument = {
  version: 1,
  timeZone: 'Europe/Helsinki',
  schedule: [{ id: 'choir', title: 'Choir', days: ['wed'], start: '18:00', end: '19:30', exceptions: [{ date: `${year}-03-11` }] }],
};
const feed = (() => {
  const result = validateFeed(structuredClone(feedDocument));
  assert.ok(result.ok);
  return result.feed;
})();

/** The first Wednesday of the year, 18:00 in Helsinki (UTC+2 in January), by hand. */
function firstWednesdayAt1800Helsinki(inYear: number): number {
  for (let day = 1; ; day++) if (new Date(Date.UTC(inYear, 0, day)).getUTCDay() === 3) return Date.UTC(inYear, 0, day, 16, 0);
}

async function exportedOn(now: number) {
  const text = await buildCalendarFile(feed, { lang: 'en', events: [], activities: feed.schedule, now });
  const [series] = parseIcs(text).events;
  assert.ok(series?.occurrences);
  return series;
}

test('without seasonStart the .ics series starts on the first session of the year, the same whichever day it is exported', async () => {
  const june = await exportedOn(Date.UTC(2027, 5, 15, 12));
  assert.equal(june.start, firstWednesdayAt1800Helsinki(2027));
  for (const later of [Date.UTC(2027, 5, 16, 12), Date.UTC(2027, 10, 30, 12)]) assert.equal((await exportedOn(later)).start, june.start);
  assert.equal((await exportedOn(Date.UTC(2028, 1, 2, 12))).start, firstWednesdayAt1800Helsinki(2028));
});

test('the calendar shows the same sessions as the .ics series, cancelled ones marked, none before the year', async () => {
  const series = await exportedOn(Date.now());
  const inMarch = (start: number) => start >= Date.UTC(year, 2, 1) && start < Date.UTC(year, 3, 1);
  const calendar = activityOccurrences(feed, `${year}-03-01`, `${year}-03-31`, 'Europe/Helsinki');
  assert.deepEqual(
    calendar.filter((occurrence) => !occurrence.cancelled).map((occurrence) => occurrence.time.allDay === false && occurrence.time.start),
    series.occurrences!.map((occurrence) => occurrence.start as number).filter(inMarch),
  );
  // 11 March is an exception: in the calendar as cancelled, in the .ics as an EXDATE (18:00 Helsinki = 16:00 UTC).
  assert.deepEqual(calendar.filter((occurrence) => occurrence.cancelled).map((occurrence) => occurrence.first), [`${year}-03-11`]);
  assert.ok(series.exdates.includes(Date.UTC(year, 2, 11, 16, 0)));
  assert.deepEqual(activityOccurrences(feed, `${year - 1}-12-01`, `${year - 1}-12-31`, 'Europe/Helsinki'), []);
});

/**
 * The iCal bench, run in Node by scripts/bench.mjs through tsx: builds the .ics text of 10,000
 * events (the generated events of the calendar bench) with src/ics/calendar-file.ts.
 * Prints one JSON line: { runsMs: number[], bytes, events }.
 *
 *   npx tsx bench/ics-bench.ts [runs] [count]
 */
import { buildCalendarFile } from '../src/ics/calendar-file.js';
import { snapshotOfObject } from '../src/feed/loader.js';
import { feedWith } from './bench-events.js';

const runs = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 10_000);
const snapshot = await snapshotOfObject(feedWith(count, '2026-12-01', 10));
const feed = snapshot.feed;
if (!feed) throw new Error('the generated feed did not validate');
const now = Date.parse('2026-11-28T12:00:00Z');
await buildCalendarFile(feed, { lang: 'en', events: feed.events.slice(0, 100), now }); // warm-up
const runsMs: number[] = [];
let bytes = 0;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const text = await buildCalendarFile(feed, { lang: 'en', events: feed.events, now });
  runsMs.push(performance.now() - started);
  bytes = Buffer.byteLength(text);
}
console.log(JSON.stringify({ runsMs, bytes, events: feed.events.length }));

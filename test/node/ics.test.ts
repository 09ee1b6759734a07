import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ExitCode } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { Temporal } from 'temporal-polyfill';
import type { Feed } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { buildCalendarFile } from '../../src/ics/calendar-file.js';
import { htmlToPlainText } from '../../src/ics/plain-text.js';
import { octets, parseIcs, physicalLines, trickyFeed, type ParsedEvent } from './ics-fixtures.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ZONES = ['UTC', 'America/New_York', 'Asia/Tokyo'] as const;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in a child process with the machine's time zone set to `timeZone`. */
function runCliIn(timeZone: string, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: REPO_ROOT, env: { ...process.env, TZ: timeZone }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Runs the CLI in-process (faster; for argument handling). */
async function runCli(...argv: string[]): Promise<CliRun> {
  const output = { stdout: '', stderr: '' };
  const code = await main(argv, { stdout: { write: (text: string) => (output.stdout += text) }, stderr: { write: (text: string) => (output.stderr += text) } });
  return { code, ...output };
}

function validFeed(document: unknown): Feed {
  const result = validateFeed(structuredClone(document));
  assert.ok(result.ok);
  return result.feed;
}

const byUid = (events: ParsedEvent[]) => new Map(events.map((event) => [event.uid, event]));
const utc = (iso: string) => Date.parse(iso);

/*
 * The oracle for "the instant the widgets show": Temporal (temporal-polyfill), apart from the
 * code under test (src/feed/time.ts, recurrence.ts). A local time the DST night skips moves
 * forward by the gap ('compatible'), as the widgets show it.
 */
/** The instant (ms) of a feed time: local `YYYY-MM-DDTHH:mm` in `zone`, or with its own `Z`/offset. */
const instantOf = (time: string, zone: string) =>
  /(Z|[+-]\d\d:\d\d)$/.test(time) ? Temporal.Instant.from(time).epochMilliseconds : Temporal.PlainDateTime.from(time).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** The start instants of a weekly activity's sessions in its season, its exceptions left out. */
function weeklyStarts(activity: { days: string[]; start: string; seasonStart?: string; seasonEnd?: string; exceptions?: { date: string }[] }, zone: string): number[] {
  const skipped = new Set(activity.exceptions?.map((exception) => exception.date));
  const starts: number[] = [];
  for (let date = Temporal.PlainDate.from(activity.seasonStart!); Temporal.PlainDate.compare(date, Temporal.PlainDate.from(activity.seasonEnd!)) <= 0; date = date.add({ days: 1 })) {
    if (activity.days.includes(WEEKDAYS[date.dayOfWeek - 1]!) && !skipped.has(date.toString())) starts.push(instantOf(`${date.toString()}T${activity.start}`, zone));
  }
  return starts;
}

let directory: string;
let trickyPath: string;
before(async () => {
  directory = await mkdtemp(join(tmpdir(), 'baltic-ics-'));
  trickyPath = join(directory, 'tricky.json');
  await writeFile(trickyPath, JSON.stringify(trickyFeed));
});
after(() => rm(directory, { recursive: true, force: true }));

describe('the file format (RFC 5545)', () => {
  let text: string;
  before(async () => {
    const feed = validFeed(trickyFeed);
    text = await buildCalendarFile(feed, { lang: 'ru', events: feed.events, activities: feed.schedule, festival: true, refreshIntervalHours: 6 });
  });

  test('every line ends with CRLF and is at most 75 octets; no bare CR or LF', () => {
    const lines = physicalLines(text);
    for (const line of lines) {
      assert.ok(octets(line) <= 75, `${octets(line)} octets: ${line}`);
      assert.ok(!/[\r\n]/.test(line), `bare CR/LF in ${JSON.stringify(line)}`);
    }
  });

  test('folding never splits a UTF-8 sequence: each physical line is valid UTF-8 by itself', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const encoder = new TextEncoder();
    const cyrillicContinuations = physicalLines(text).filter((line) => line.startsWith(' ') && /[\u0400-\u04FF]/.test(line));
    assert.ok(cyrillicContinuations.length > 5, 'the Cyrillic texts are long enough to be folded');
    for (const line of physicalLines(text)) {
      const bytes = encoder.encode(line);
      // Cut at the octet boundaries the file has: decoding each line alone must not fail.
      assert.doesNotThrow(() => decoder.decode(bytes), line);
      assert.ok(!line.includes('\uFFFD'), `replacement character in ${line}`);
    }
    // And the raw bytes of the whole file, split at CRLF, decode line by line too.
    const raw = Buffer.from(text, 'utf8');
    let start = 0;
    for (let index = 0; index < raw.length - 1; index++) {
      if (raw[index] === 0x0d && raw[index + 1] === 0x0a) {
        assert.doesNotThrow(() => decoder.decode(raw.subarray(start, index)));
        start = index + 2;
      }
    }
  });

  test('METHOD:PUBLISH, PRODID names the package, refresh interval set, calendar name in the language', () => {
    const lines = physicalLines(text.replace(/\r\n[ \t]/g, ''));
    assert.ok(lines.includes('METHOD:PUBLISH'));
    assert.ok(lines.some((line) => /^PRODID:.*baltic-widgets/.test(line)));
    assert.ok(lines.includes('REFRESH-INTERVAL;VALUE=DURATION:PT6H'));
    assert.ok(lines.includes('X-PUBLISHED-TTL:PT6H'));
    assert.ok(lines.includes('X-WR-CALNAME:Тестовое общество: события'));
  });

  test('DTSTAMP is UTC; every TZID used has its VTIMEZONE', () => {
    const lines = physicalLines(text.replace(/\r\n[ \t]/g, ''));
    const stamps = lines.filter((line) => line.startsWith('DTSTAMP'));
    assert.equal(stamps.length, parseIcs(text).events.length);
    for (const stamp of stamps) assert.match(stamp, /^DTSTAMP:\d{8}T\d{6}Z$/);
    const used = new Set([...text.matchAll(/;TZID=([^:;]+)/g)].map((match) => match[1]));
    const defined = new Set([...text.matchAll(/^TZID:(.+)$/gm)].map((match) => match[1]!.trim()));
    assert.deepEqual([...used], ['Europe/Helsinki']);
    for (const zone of used) assert.ok(defined.has(zone!), `VTIMEZONE for ${zone}`);
  });

  test('UIDs are unique and the same in every export', async () => {
    const feed = validFeed(trickyFeed);
    const again = await buildCalendarFile(feed, { lang: 'fi', events: feed.events, activities: feed.schedule, festival: true, now: Date.now() + 86_400_000 });
    const uids = parseIcs(text).events.map((event) => event.uid);
    assert.equal(new Set(uids).size, uids.length);
    assert.deepEqual(parseIcs(again).events.map((event) => event.uid), uids);
    assert.ok(uids.includes('before-dst@yhdistys.example.fi'));
    assert.ok(uids.includes('schedule.evening-choir@yhdistys.example.fi'));
  });
});

describe('what a calendar reads back (ical.js)', () => {
  let events: Map<string, ParsedEvent>;
  let feed: Feed;
  before(async () => {
    feed = validFeed(trickyFeed);
    const text = await buildCalendarFile(feed, { lang: 'ru', events: feed.events, activities: feed.schedule, festival: true, feedUrl: 'https://yhdistys.example.fi/data/feed.json' });
    events = byUid(parseIcs(text).events);
  });
  const event = (id: string) => {
    const found = events.get(`${id}@yhdistys.example.fi`);
    assert.ok(found, `${id} is in the file`);
    return found!;
  };

  test('a week across the DST change: 18:00 Helsinki is 16:00 UTC before and 15:00 UTC after', () => {
    assert.equal(event('before-dst').start, utc('2027-03-27T16:00Z'));
    assert.equal(event('before-dst').end, utc('2027-03-27T18:00Z'));
    assert.equal(event('before-dst').startTzid, 'Europe/Helsinki');
    assert.equal(event('after-dst').start, utc('2027-03-29T15:00Z'));
  });

  test('an event at a time the DST night skips lands where the widgets show it (04:30 EEST)', () => {
    assert.equal(event('dst-night').start, utc('2027-03-28T01:30Z'));
    // 03:30–05:00 is 90 minutes; the event keeps them.
    assert.equal(event('dst-night').end, utc('2027-03-28T03:00Z'));
  });

  test('a multi-day all-day event: dates, with DTEND the day after the last day', () => {
    assert.equal(event('festival-days').start, '2027-05-08');
    assert.equal(event('festival-days').end, '2027-05-11');
    assert.equal(event('festival.kevatjuhla').end, '2027-05-11');
  });

  test('times given in UTC or with an offset keep their instant', () => {
    assert.equal(event('html-description').start, utc('2027-04-02T12:00Z'));
    assert.equal(event('html-description').end, utc('2027-04-02T14:00Z'));
  });

  test('texts come back exactly: commas, semicolons, backslashes, newlines, Cyrillic, emoji', () => {
    const source = trickyFeed.events.find((item) => item.id === 'long-texts')!;
    assert.equal(event('long-texts').summary, (source.title as Record<string, string>).ru);
    assert.equal(event('long-texts').description, `${(source.description as Record<string, string>).ru}\n\nhttps://yhdistys.example.fi/data/events/long-texts.html`);
    assert.equal(event('long-texts').url, 'https://yhdistys.example.fi/data/events/long-texts.html');
  });

  test('HTML descriptions become plain text', () => {
    assert.equal(event('html-description').description, 'First paragraph & more.\n\n• One\n• Two\n\nLast\u00A0line');
    assert.equal(htmlToPlainText('a<br>b &#8211; &#x41;'), 'a\nb – A');
  });

  test('location with address, GEO, categories in the language, reminders, cancelled status', () => {
    assert.equal(event('before-dst').location, 'Дом обществ, зал; 2-й этаж, Linnankatu 2, 20100 Turku, Finland');
    assert.deepEqual(event('before-dst').geo, [60.4509, 22.2717]);
    assert.deepEqual(event('before-dst').categories, ['Культура']);
    assert.deepEqual(event('before-dst').alarms.sort(), ['-P1D', '-PT1H']);
    assert.equal(event('cancelled-one').status, 'CANCELLED');
    assert.deepEqual(event('cancelled-one').alarms, [], 'no reminder for a cancelled event');
    assert.equal(event('before-dst').status, 'CONFIRMED');
  });

  test('weekly series: RRULE with UNTIL, EXDATE in DTSTART\'s zone, 18:00 local on both sides of the change', () => {
    const choir = event('schedule.evening-choir');
    assert.equal(choir.startTzid, 'Europe/Helsinki');
    assert.match(choir.rrule!, /FREQ=WEEKLY/);
    assert.match(choir.rrule!, /BYDAY=TU,TH/);
    assert.match(choir.rrule!, /UNTIL=20270430T205959Z/);
    // Written out: every Tuesday and Thursday from 2 March to 29 April 2027 but 25 March and 6 April, 18:00–19:30
    // Helsinki: EET (UTC+2) until the change on Sunday 28 March, EEST (UTC+3) from then on.
    const before = ['2027-03-02', '2027-03-04', '2027-03-09', '2027-03-11', '2027-03-16', '2027-03-18', '2027-03-23'];
    const after = ['2027-03-30', '2027-04-01', '2027-04-08', '2027-04-13', '2027-04-15', '2027-04-20', '2027-04-22', '2027-04-27', '2027-04-29'];
    assert.deepEqual(choir.occurrences!.map((occurrence) => [occurrence.start, occurrence.end]), [
      ...before.map((date) => [utc(`${date}T16:00Z`), utc(`${date}T17:30Z`)]),
      ...after.map((date) => [utc(`${date}T15:00Z`), utc(`${date}T16:30Z`)]),
    ]);
    assert.deepEqual(choir.exdates, [utc('2027-03-25T16:00Z'), utc('2027-04-06T15:00Z')], 'only the exceptions that fall on a session');
    assert.ok(choir.occurrences!.some((occurrence) => occurrence.start === utc('2027-03-23T16:00Z')));
    assert.ok(choir.occurrences!.some((occurrence) => occurrence.start === utc('2027-03-30T15:00Z')));
  });

  test('without reminders: no VALARM', async () => {
    const text = await buildCalendarFile(feed, { lang: 'fi', events: feed.events, reminders: false });
    assert.ok(!text.includes('BEGIN:VALARM'));
  });

  test('no items: an empty but valid calendar', async () => {
    const text = await buildCalendarFile(feed, { lang: 'fi' });
    assert.equal(parseIcs(text).events.length, 0);
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n') && text.endsWith('END:VCALENDAR\r\n'));
  });
});

describe('time zones other than Helsinki', () => {
  const fileIn = async (timeZone: string) => {
    const feed = validFeed({
      version: 1,
      timeZone,
      events: [
        { id: 'winter', title: 'Winter', start: '2027-01-15T18:00', end: '2027-01-15T19:00' },
        { id: 'summer', title: 'Summer', start: '2027-07-15T18:00', end: '2027-07-15T19:00' },
      ],
    });
    const text = await buildCalendarFile(feed, { lang: 'en', events: feed.events });
    return { text, events: new Map(parseIcs(text).events.map((event) => [event.uid.split('@')[0], event])) };
  };

  test('a linked zone (Europe/Amsterdam, a link to Brussels) gets a VTIMEZONE under its own name', async () => {
    const { text, events } = await fileIn('Europe/Amsterdam');
    assert.match(text, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam\r\n/);
    assert.equal(events.get('winter')!.startTzid, 'Europe/Amsterdam');
    assert.equal(events.get('winter')!.start, utc('2027-01-15T17:00Z'));
    assert.equal(events.get('summer')!.start, utc('2027-07-15T16:00Z'));
  });

  test('zones of other regions and old single names load their own data (Asia/Tokyo, Turkey)', async () => {
    const tokyo = await fileIn('Asia/Tokyo');
    assert.equal(tokyo.events.get('summer')!.start, utc('2027-07-15T09:00Z'));
    const turkey = await fileIn('Turkey');
    assert.match(turkey.text, /TZID:Turkey\r\n/);
    assert.equal(turkey.events.get('winter')!.start, utc('2027-01-15T15:00Z'));
  });
});

describe('the demo feed', () => {
  test('every event and every weekly session lands at the instant the widgets show', async () => {
    const feed = validFeed(JSON.parse(await readFile(join(REPO_ROOT, 'demo/feed.json'), 'utf8')));
    const text = await buildCalendarFile(feed, { lang: 'fi', events: feed.events, activities: feed.schedule, festival: true });
    for (const line of physicalLines(text)) assert.ok(octets(line) <= 75);
    const parsed = byUid(parseIcs(text).events);
    assert.equal(parsed.size, feed.events.length + feed.schedule.length + 1);
    for (const item of feed.events) {
      const found = [...parsed.values()].find((candidate) => candidate.uid.startsWith(`${item.id}@`))!;
      // All-day: dates, DTEND the day after the last day; otherwise the instants Temporal gives.
      if (!item.start.includes('T')) assert.deepEqual([found.start, found.end], [item.start, Temporal.PlainDate.from(item.end ?? item.start).add({ days: 1 }).toString()], item.id);
      else assert.deepEqual([found.start, found.end], [instantOf(item.start, feed.timeZone), instantOf(item.end!, feed.timeZone)], item.id);
      if (item.status === 'cancelled') assert.equal(found.status, 'CANCELLED');
    }
    for (const activity of feed.schedule) {
      const found = [...parsed.values()].find((candidate) => candidate.uid.startsWith(`schedule.${activity.id}@`))!;
      assert.deepEqual(found.occurrences!.map((occurrence) => occurrence.start), weeklyStarts(activity, feed.timeZone), activity.id);
    }
  });
});

describe('baltic-widgets ics', () => {
  test('the same instants whatever the machine\'s time zone (UTC, New York, Tokyo)', async () => {
    const runs = await Promise.all(ZONES.map((zone) => runCliIn(zone, 'ics', trickyPath, '--lang', 'fi')));
    const instants = runs.map((run) => {
      assert.equal(run.code, ExitCode.InvalidFeed, run.stderr);
      return parseIcs(run.stdout).events.map((event) => [event.uid, event.start, event.end, event.exdates, event.occurrences?.map((occurrence) => occurrence.start)]);
    });
    assert.ok(instants[0]!.length >= 8);
    assert.deepEqual(instants[1], instants[0]);
    assert.deepEqual(instants[2], instants[0]);
    // Byte for byte the same file, but for DTSTAMP.
    const withoutStamps = runs.map((run) => run.stdout.replace(/^DTSTAMP:.*$/gm, ''));
    assert.equal(withoutStamps[1], withoutStamps[0]);
    assert.equal(withoutStamps[2], withoutStamps[0]);
    const dstNight = parseIcs(runs[2]!.stdout).events.find((event) => event.uid.startsWith('dst-night@'))!;
    assert.equal(dstNight.start, utc('2027-03-28T01:30Z'));
  });

  test('an invalid item is skipped with a warning on stderr, the rest written; exit 1 as validate', async () => {
    const run = await runCli('ics', trickyPath);
    assert.equal(run.code, ExitCode.InvalidFeed);
    assert.match(run.stderr, /^error: events\[7\]\.start \(event "broken"\): not a date: no such day or time in the calendar$/m);
    const parsed = parseIcs(run.stdout).events;
    assert.ok(!parsed.some((event) => event.uid.startsWith('broken@')));
    assert.equal(parsed.length, 7 + 2 + 1);
  });

  test('-o writes the file and says what is in it; --category and --from/--to select', async () => {
    const valid = structuredClone(trickyFeed);
    valid.events = valid.events.filter((item) => item.id !== 'broken');
    const validPath = join(directory, 'valid.json');
    await writeFile(validPath, JSON.stringify(valid));
    const output = join(directory, 'culture.ics');
    const run = await runCli('ics', validPath, '-o', output, '--category', 'culture', '--from', '2027-03-28', '--to', '2027-04-30', '--lang', 'ru');
    assert.equal(run.code, ExitCode.Ok, run.stderr);
    assert.equal(run.stdout, `${output}: 1 event, 1 weekly activity\n`);
    const uids = parseIcs(await readFile(output, 'utf8')).events.map((event) => event.uid.split('@')[0]).sort();
    assert.deepEqual(uids, ['after-dst', 'schedule.evening-choir']);
  });

  test('relative URLs: resolved against --base-url, or the feed URL when fetched; dropped for a bare file', async () => {
    const withBase = await runCli('ics', trickyPath, '--base-url', 'https://site.example/feed/feed.json');
    assert.match(withBase.stdout.replace(/\r\n /g, ''), /URL;VALUE=URI:https:\/\/site\.example\/feed\/events\/long-texts\.html/);
    const bare = await runCli('ics', trickyPath);
    assert.ok(!bare.stdout.includes('long-texts.html'));
  });

  test('exit 2 for an unreadable feed or a wrong command line, 1 for a document that is not a feed', async () => {
    assert.equal((await runCli('ics', join(directory, 'missing.json'))).code, ExitCode.Unreadable);
    assert.equal((await runCli('ics')).code, ExitCode.Usage);
    assert.equal((await runCli('ics', trickyPath, '--from', '2027-02-30')).code, ExitCode.Usage);
    assert.equal((await runCli('ics', trickyPath, '--from', '2027-05-01', '--to', '2027-04-01')).code, ExitCode.Usage);
    const unknownCategory = await runCli('ics', trickyPath, '--category', 'nope');
    assert.equal(unknownCategory.code, ExitCode.Usage);
    assert.match(unknownCategory.stderr, /unknown category "nope" \(the feed has: culture, sport\)/);
    const notAFeedPath = join(directory, 'array.json');
    await writeFile(notAFeedPath, '[1, 2]');
    const notAFeed = await runCli('ics', notAFeedPath);
    assert.equal(notAFeed.code, ExitCode.InvalidFeed);
    assert.equal(notAFeed.stdout, '');
  });

  test('ics --help prints the usage', async () => {
    const run = await runCli('ics', '--help');
    assert.equal(run.code, ExitCode.Ok);
    assert.match(run.stdout, /^Usage: baltic-widgets ics <feed> \[-o events\.ics\]/);
  });
});

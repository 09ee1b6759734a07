/**
 * Issue #18, feed, calendar files and CLI: inputs that used to be accepted and quietly give
 * something else. Calendar files are read back with ical.js, an independent parser; times are
 * checked against instants written by hand.
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { ExitCode } from '../../src/cli/io.js';
import { formatProblem, validateFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/schema.js';
import { zonedParts, zonedTimeToInstant } from '../../src/feed/zoned-time.js';
import { buildCalendarFile } from '../../src/ics/calendar-file.js';
import { eventItem } from '../../src/ics/calendar-item.js';
import { parseIcs, physicalLines } from './ics-fixtures.js';
import { runCli, type CliRun } from './cli-run.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const utc = (iso: string) => Date.parse(iso);



/** Runs the CLI as a process through a shell (for redirections and pipes). */
function runShell(command: string, input?: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile('/bin/sh', ['-c', command], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}
const CLI = `"${process.execPath}" --import tsx src/cli/main.ts`;

function validFeed(document: unknown): Feed {
  const result = validateFeed(structuredClone(document));
  assert.ok(result.ok, JSON.stringify(result.problems));
  return result.feed;
}

let directory: string;
before(async () => {
  directory = await mkdtemp(join(tmpdir(), 'baltic-reliability-'));
});
after(() => rm(directory, { recursive: true, force: true }));

const write = async (name: string, content: string | Uint8Array) => {
  const path = join(directory, name);
  await writeFile(path, content);
  return path;
};

describe('feed files that are not UTF-8', () => {
  // "Концерт" in Windows-1251, as an editor of a Russian-speaking volunteer saves it.
  const cp1251Title = Buffer.from([0xca, 0xee, 0xed, 0xf6, 0xe5, 0xf0, 0xf2]);
  const feedBytes = (title: Uint8Array) =>
    Buffer.concat([Buffer.from('{"version": 1,\n"events": [{"id": "c", "start": "2027-01-10T18:00", "title": "'), title, Buffer.from('"}]}')]);

  test('Windows-1251: both commands refuse it (exit 2), name the line and say to save the file as UTF-8', async () => {
    const path = await write('cp1251.json', feedBytes(cp1251Title));
    for (const command of ['validate', 'ics']) {
      const run = await runCli(command, path);
      assert.equal(run.code, ExitCode.Unreadable, command);
      assert.match(run.stderr, /is not UTF-8 text \(byte 0xCA on line 2;.*\): save the file as UTF-8/);
      assert.equal(run.stdout, '');
    }
  });

  test('UTF-16 (either byte order mark) is refused the same way; UTF-8 with a byte order mark is read', async () => {
    const text = '{"version": 1, "events": []}';
    const utf16le = await write('utf16le.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const utf16be = await write('utf16be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const path of [utf16le, utf16be]) {
      for (const command of ['validate', 'ics']) {
        const run = await runCli(command, path);
        assert.equal(run.code, ExitCode.Unreadable, command);
        assert.match(run.stderr, /UTF-16 text, not UTF-8: save the file as UTF-8/);
        assert.equal(run.stdout, '', command);
      }
    }
    const bom = await write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), feedBytes(Buffer.from('Концерт'))]));
    assert.equal((await runCli('validate', bom)).code, ExitCode.Ok);
  });
});

describe('time zones', () => {
  test('an unknown zone is an error (exit 1, no calendar), with the nearest real name when there is one', async () => {
    const typo = await write('typo.json', JSON.stringify({ version: 1, timeZone: 'America/New_Yrok', events: [{ id: 'a', title: 'A', start: '2027-01-10T18:00' }] }));
    const validate = await runCli('validate', typo);
    assert.equal(validate.code, ExitCode.InvalidFeed);
    assert.match(validate.stderr, /^error: timeZone: "America\/New_Yrok" is not an IANA time zone \(did you mean "America\/New_York"\?\)/m);
    const ics = await runCli('ics', typo);
    assert.equal(ics.code, ExitCode.InvalidFeed);
    assert.equal(ics.stdout, '', 'no calendar with every event in another zone');
    const mars = validateFeed({ version: 1, timeZone: 'Mars/Olympus_Mons' });
    assert.equal(mars.ok, false);
    assert.match(formatProblem(mars.problems[0]!), /^timeZone: "Mars\/Olympus_Mons" is not an IANA time zone \(expected e\.g\. "Europe\/Helsinki"\)/);
  });

  test('a local time the spring-forward night skips: validate says so, and the .ics keeps the 90 minutes', async () => {
    const document = { version: 1, timeZone: 'Europe/Helsinki', events: [{ id: 'night-walk', title: 'Night walk', start: '2027-03-28T03:30', end: '2027-03-28T05:00' }] };
    const path = await write('gap.json', JSON.stringify(document));
    const validate = await runCli('validate', path);
    assert.equal(validate.code, ExitCode.Ok);
    assert.match(validate.stderr, /^warning: events\[0\]\.start \(event "night-walk"\): 2027-03-28T03:30 does not exist in Europe\/Helsinki .*read as 04:30, and keeps its length of 1 h 30 min$/m);
    const [event] = parseIcs((await runCli('ics', path)).stdout).events;
    // 03:30 EET would be 01:30 UTC = 04:30 EEST; 90 minutes later is 03:00 UTC (06:00 EEST).
    assert.equal(event!.start, utc('2027-03-28T01:30Z'));
    assert.equal(event!.end, utc('2027-03-28T03:00Z'));
  });

  test('the repeated autumn hour: 03:30+03:00 and 03:30+02:00 stay two instants in the .ics', async () => {
    const feed = validFeed({
      version: 1,
      timeZone: 'Europe/Helsinki',
      events: [
        { id: 'first-pass', title: 'First', start: '2026-10-25T03:30+03:00', end: '2026-10-25T03:45+03:00' },
        { id: 'second-pass', title: 'Second', start: '2026-10-25T03:30+02:00', end: '2026-10-25T03:45+02:00' },
        { id: 'local', title: 'Local', start: '2026-10-25T12:00', end: '2026-10-25T13:00' },
      ],
    });
    const text = await buildCalendarFile(feed, { lang: 'en', events: feed.events });
    const events = new Map(parseIcs(text).events.map((event) => [event.uid.split('@')[0], event]));
    assert.equal(events.get('first-pass')!.start, utc('2026-10-25T00:30Z'));
    assert.equal(events.get('first-pass')!.startTzid, undefined, 'both passes in UTC: apps differ in which pass a TZID time means');
    assert.equal(events.get('second-pass')!.start, utc('2026-10-25T01:30Z'));
    assert.equal(events.get('second-pass')!.end, utc('2026-10-25T01:45Z'));
    assert.equal(events.get('local')!.startTzid, 'Europe/Helsinki', 'what a TZID can say unambiguously keeps it');
  });

  test('times before 1970 are refused (calendar apps know no zone history before), dates from 1900, nothing after 2999', () => {
    const result = validateFeed({
      version: 1,
      events: [
        { id: 'lmt', title: 'x', start: '1900-01-01T12:00' },
        { id: 'year-1', title: 'x', start: '0001-01-01' },
        { id: 'year-9999', title: 'x', start: '9999-12-31' },
        { id: 'old-day', title: 'x', start: '1900-01-01' },
        { id: 'last-day', title: 'x', start: '2999-12-31' },
        { id: 'first-time', title: 'x', start: '1970-01-01T12:00' },
      ],
      albums: [{ id: 'archive', title: 'x', date: '1899-12-31', photos: [] }],
    });
    assert.ok(result.ok);
    assert.deepEqual(result.feed.events.map((event) => event.id), ['old-day', 'last-day', 'first-time']);
    const refused = result.problems.filter((problem) => /^year out of range/.test(problem.message)).map((problem) => [problem.item?.id, problem.severity]);
    assert.deepEqual(refused, [['lmt', 'error'], ['year-1', 'error'], ['year-9999', 'error'], ['archive', 'warning']]);
  });

  test('historical offsets to the second: 1919-06-01 12:00 in Helsinki (+01:39:49) is 10:20:11 UTC, not a minute off', () => {
    const instant = zonedTimeToInstant(1919, 6, 1, 12, 0, 'Europe/Helsinki');
    assert.equal(instant, utc('1919-06-01T10:20:11Z'));
    assert.deepEqual([zonedParts(instant, 'Europe/Helsinki').hour, zonedParts(instant, 'Europe/Helsinki').minute], [12, 0]);
  });
});

/** Every zone shipped: the VTIMEZONE read by ical.js and the instants the widgets compute agree. */
describe('VTIMEZONE blocks of every zone shipped', () => {
  const REGIONS = ['africa', 'america', 'antarctica', 'asia', 'atlantic', 'australia', 'etc', 'europe', 'indian', 'other', 'pacific'];

  test('a day and a half either side of every offset change from 1970 to 2037 and twice a year, ical.js reads each wall time at the instant we compute', { timeout: 120_000 }, async () => {
    let zones = 0;
    let checks = 0;
    const disagreements: string[] = [];
    for (const region of REGIONS) {
      const blocks = ((await import(`../../src/generated/time-zones/${region}.js`)) as { default: Record<string, string> }).default;
      for (const [zone, block] of Object.entries(blocks)) {
        zones++;
        const component = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${block}\r\nEND:VCALENDAR`)).getFirstSubcomponent('vtimezone')!;
        const timezone = new ICAL.Timezone(component);
        // Instants: Jan 15 and Jul 15 each year, and either side of each change the block names.
        const instants: number[] = [];
        for (let year = 1970; year <= 2037; year++) instants.push(Date.UTC(year, 0, 15, 12), Date.UTC(year, 6, 15, 12));
        for (const line of block.split('\r\n').filter((text) => /^(?:DTSTART|RDATE):\d{8}T\d{6}$/.test(text))) {
          const wall = line.slice(line.indexOf(':') + 1);
          const asUtc = Date.UTC(+wall.slice(0, 4), +wall.slice(4, 6) - 1, +wall.slice(6, 8), +wall.slice(9, 11), +wall.slice(11, 13));
          // A day and a half from the change's wall time: clear of the change and of its repeated hour whatever the offset.
          if (asUtc >= Date.UTC(1970, 1, 1)) instants.push(asUtc - 36 * 3_600_000, asUtc + 36 * 3_600_000);
        }
        for (const instant of instants) {
          const p = zonedParts(instant, zone);
          const read = new ICAL.Time({ year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second, isDate: false }, timezone).toUnixTime() * 1000;
          checks++;
          // ical.js reads offsets in whole minutes (Africa/Monrovia was -00:44:30 until 1972): seconds apart is agreement.
          if (Math.abs(read - instant) >= 60_000) disagreements.push(`${zone} ${new Date(instant).toISOString()}: ical.js ${new Date(read).toISOString()}`);
        }
      }
    }
    assert.ok(zones > 500, `${zones} zones`);
    assert.deepEqual(disagreements.slice(0, 10), [], `${disagreements.length} of ${checks} disagree`);
  });

  test('zones whose rules changed: an event at 18:00 local reads as 18:00 local in a calendar app', async () => {
    const cases: Array<[string, string, string]> = [
      ['America/Vancouver', '1985-07-10T18:00', '1985-07-11T01:00Z'],
      ['America/Edmonton', '1975-07-10T18:00', '1975-07-11T00:00Z'],
      ['America/Havana', '2012-04-10T18:00', '2012-04-10T22:00Z'],
      ['Africa/Casablanca', '2026-02-25T18:00', '2026-02-25T18:00Z'],
      ['Africa/Casablanca', '2026-05-10T18:00', '2026-05-10T17:00Z'],
      ['Asia/Gaza', '2026-05-10T18:00', '2026-05-10T15:00Z'],
      ['Asia/Hebron', '2010-07-05T18:00', '2010-07-05T15:00Z'],
    ];
    for (const [timeZone, start, expected] of cases) {
      const feed = validFeed({ version: 1, timeZone, events: [{ id: 'e', title: 'E', start }] });
      const [event] = parseIcs(await buildCalendarFile(feed, { lang: 'en', events: feed.events })).events;
      assert.equal(event!.startTzid, timeZone);
      assert.equal(new Date(event!.start as number).toISOString(), new Date(utc(expected)).toISOString(), `${timeZone} ${start}`);
    }
  });
});

describe('calendar files', () => {
  const feedDocument = {
    version: 1,
    timeZone: 'Europe/Helsinki',
    organization: { name: 'Baltic Region ry', url: 'https://balticregion.example.fi/' },
    events: [
      {
        id: 'concert',
        title: 'Concert',
        start: '2027-01-10T18:00',
        url: 'https://tickets.example/buy?event=7,8;seat=a\\b',
        descriptionFormat: 'html',
        description: '<p>&constructor; &toString; &hasOwnProperty; &amp;</p>',
      },
    ],
  };

  test('URL values are written as they are: ical.js reads the link back exactly', async () => {
    const feed = validFeed(feedDocument);
    const text = await buildCalendarFile(feed, { lang: 'en', events: feed.events });
    assert.equal(parseIcs(text).events[0]!.url, 'https://tickets.example/buy?event=7,8;seat=a\\b');
    assert.ok(text.replace(/\r\n /g, '').includes('URL;VALUE=URI:https://tickets.example/buy?event=7,8;seat=a\\b\r\n'));
  });

  test('&constructor; and other names of object properties stay text, not "function Object()"', async () => {
    const feed = validFeed(feedDocument);
    const [event] = parseIcs(await buildCalendarFile(feed, { lang: 'en', events: feed.events })).events;
    assert.ok(event!.description!.startsWith('&constructor; &toString; &hasOwnProperty; &'), event!.description);
    assert.ok(!event!.description!.includes('function'));
  });

  test('calendar properties come before the first component', async () => {
    const feed = validFeed(feedDocument);
    const lines = physicalLines(await buildCalendarFile(feed, { lang: 'en', events: feed.events, refreshIntervalHours: 6 }));
    const firstComponent = lines.findIndex((line, index) => index > 0 && line.startsWith('BEGIN:'));
    for (const name of ['REFRESH-INTERVAL', 'X-PUBLISHED-TTL', 'X-WR-TIMEZONE', 'X-WR-CALNAME', 'METHOD', 'PRODID']) {
      const at = lines.findIndex((line) => line.startsWith(name));
      assert.ok(at > 0 && at < firstComponent, `${name} at ${at}, first component at ${firstComponent}`);
    }
    const calendar = new ICAL.Component(ICAL.parse(lines.join('\r\n') + '\r\n'));
    assert.equal(calendar.getFirstPropertyValue('x-wr-timezone'), 'Europe/Helsinki');
  });

  test('one UID everywhere: the same whether read from a page, a relative src, a file or the CLI, and the web links\' item', async () => {
    const feed = validFeed(feedDocument);
    const uids = [];
    for (const feedUrl of ['https://127.0.0.1:8000/feed.json', 'feed.json', undefined, 'https://partner.example/embed/feed.json']) {
      uids.push(parseIcs(await buildCalendarFile(feed, { lang: 'en', events: feed.events, feedUrl })).events[0]!.uid);
      uids.push(eventItem(feed, feed.events[0]!, { lang: 'en', feedUrl }).uid);
    }
    const path = await write('uid.json', JSON.stringify(feedDocument));
    uids.push(parseIcs((await runCli('ics', path)).stdout).events[0]!.uid);
    uids.push(parseIcs((await runCli('ics', path, '--base-url', 'https://elsewhere.example/')).stdout).events[0]!.uid);
    assert.deepEqual(new Set(uids), new Set(['concert@balticregion.example.fi']));
    // Without a website, the feed's name decides: the same for every reader, different for another association.
    const unnamed = (name: string) => validFeed({ ...feedDocument, organization: { name } });
    const a = eventItem(unnamed('Seura A'), feed.events[0]!, { lang: 'en', feedUrl: 'https://x.example/f.json' }).uid;
    assert.equal(eventItem(unnamed('Seura A'), feed.events[0]!, { lang: 'en' }).uid, a);
    assert.notEqual(eventItem(unnamed('Seura B'), feed.events[0]!, { lang: 'en' }).uid, a);
  });
});

describe('the CLI', () => {
  const feedWithProblems = {
    version: 1,
    languages: ['fi', 'ru'],
    events: [
      { id: 'good', title: { fi: 'Hyvä', ru: 'Хорошее' }, start: '2027-01-10T18:00' },
      { id: 'bad-date', title: 'x', start: '2027-02-30T10:00' },
      { id: 'bad-url', title: 'x', start: '2027-01-11T10:00', url: 'javascript:alert(1)' },
    ],
    schedule: [{ id: 'club', title: 'x', days: 'wed', start: '10:00', end: '11:00' }],
  };

  test('validate and ics report the same problems in the same words, with the item\'s id, and count the skipped items', async () => {
    const path = await write('problems.json', JSON.stringify(feedWithProblems));
    const validate = await runCli('validate', path);
    const ics = await runCli('ics', path);
    assert.equal(validate.code, ExitCode.InvalidFeed);
    assert.equal(ics.code, ExitCode.InvalidFeed);
    const expected = [
      'error: events[1].start (event "bad-date"): not a date: no such day or time in the calendar',
      'warning: events[2].url (event "bad-url"): URL scheme not allowed (use https:, http:, mailto:, tel:, webcal: or a relative URL) (ignored)',
      'error: schedule[0].days (activity "club"): not a list (expected an array), got "wed"',
      `${path}: 2 errors (2 items skipped), 1 warning`,
    ];
    assert.deepEqual(validate.stderr.trim().split('\n').sort(), [...expected].sort());
    assert.deepEqual(ics.stderr.trim().split('\n').sort(), [...expected].sort());
    assert.equal(parseIcs(ics.stdout).events.length, 2);
  });

  test('a date written in words is one problem that says what is expected, not three', async () => {
    const feed = {
      version: 1,
      events: [
        { id: 'words', title: 'x', start: 'next Friday' },
        { id: 'no-day', title: 'x', start: '2027-02-30T10:00' },
        { id: 'too-early', title: 'x', start: '1800-01-01' },
      ],
      schedule: [{ id: 'club', title: 'x', days: ['wed'], start: '10:00', end: '11:00', seasonStart: 'syyskuu' }],
    };
    const path = await write('dates-in-words.json', JSON.stringify(feed));
    const { stderr } = await runCli('validate', path);
    assert.deepEqual(stderr.trim().split('\n').slice(0, -1).sort(), [
      'error: events[0].start (event "words"): not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, optionally with Z or an offset)',
      'error: events[1].start (event "no-day"): not a date: no such day or time in the calendar',
      'error: events[2].start (event "too-early"): year out of range (dates 1900–2999; with a time of day 1970–2999)',
      'warning: schedule[0].seasonStart (activity "club"): not a date (expected YYYY-MM-DD) (ignored)',
    ].sort());
  });

  test('no raw library text in any message, whatever the wrong value', () => {
    const wrong = [null, true, 7, 'text', [], {}, [1], { a: 1 }];
    const fields = ['title', 'start', 'end', 'days', 'category', 'location', 'price', 'reminders', 'image', 'status', 'exceptions', 'audience', 'languages', 'descriptionFormat'];
    for (const value of wrong) {
      const item = Object.fromEntries(fields.map((field) => [field, value]));
      const result = validateFeed({ version: 1, languages: value, organization: { name: value, aims: value, social: [{ network: value, url: value }] }, festival: { title: 'F', start: '2027-01-01', end: '2027-01-02', actions: [{ label: value, url: 'https://a', kind: value }] }, events: [{ id: 'e', ...item }], schedule: [{ id: 's', ...item }] });
      for (const problem of result.problems) assert.doesNotMatch(problem.message, /Invalid \w+:|Expected |but received/, formatProblem(problem));
    }
  });

  test('--lang of a language the feed has no texts in is refused (exit 2, naming the ones it has); ics --help lists every option', async () => {
    const path = await write('langs.json', JSON.stringify(feedWithProblems));
    const run = await runCli('ics', path, '--lang', 'xx');
    assert.equal(run.code, ExitCode.Usage);
    assert.match(run.stderr, /--lang xx: the feed has no texts in this language \(it has: fi, ru\)/);
    assert.equal((await runCli('ics', path, '--lang', 'ru')).code, ExitCode.InvalidFeed, 'a language it has');
    const help = await runCli('ics', '--help');
    for (const option of ['-o, --output', '--lang', '--category', '--from', '--to', '--base-url', '- for standard input']) assert.ok(help.stdout.includes(option), option);
  });

  test('ics -o onto the feed itself is refused and the feed left as it was', async () => {
    const path = await write('self.json', JSON.stringify(feedWithProblems));
    const before = await readFile(path, 'utf8');
    const run = await runCli('ics', path, '-o', join(directory, '.', 'self.json'));
    assert.equal(run.code, ExitCode.Usage);
    assert.match(run.stderr, /is the feed itself/);
    assert.equal(await readFile(path, 'utf8'), before);
  });

  test('- is standard input for both commands', async () => {
    const text = JSON.stringify({ version: 1, events: [{ id: 'a', title: 'A', start: '2027-01-10T18:00' }] });
    const validate = await runShell(`${CLI} validate -`, text);
    assert.equal(validate.code, ExitCode.Ok, validate.stderr);
    assert.match(validate.stdout, /^standard input: valid feed v1/);
    const ics = await runShell(`${CLI} ics -`, text);
    assert.equal(ics.code, ExitCode.Ok, ics.stderr);
    assert.equal(parseIcs(ics.stdout).events[0]!.uid.split('@')[0], 'a');
  });

  test('a write error on standard output: one line, exit 2 (a full disk, a reader that stops)', { skip: process.platform !== 'linux' }, async () => {
    const big = await write('big.json', JSON.stringify({ version: 1, events: Array.from({ length: 3000 }, (_, index) => ({ id: `e${index}`, title: 'Event '.repeat(20), start: '2027-01-10T18:00' })) }));
    const full = await runShell(`${CLI} ics ${big} > /dev/full`);
    assert.equal(full.code, ExitCode.Unreadable);
    assert.equal(full.stderr, 'baltic-widgets: cannot write to standard output: ENOSPC (no space left on the device)\n');
    const head = await runShell(`${CLI} ics ${big} | head -c 10 > /dev/null; exit "\${PIPESTATUS:-0}"`);
    assert.ok(!head.stderr.includes('    at '), head.stderr);
    const piped = await new Promise<CliRun>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ics', big], { cwd: REPO_ROOT });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code: code ?? -1, stdout: '', stderr }));
    });
    assert.equal(piped.code, ExitCode.Unreadable);
    assert.equal(piped.stderr, 'baltic-widgets: cannot write to standard output: EPIPE (the reading program stopped)\n');
  });
});

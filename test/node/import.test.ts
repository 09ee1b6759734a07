import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { parseFeedTime } from '../../src/feed/zoned-time.js';
import { validateFeed } from '../../src/feed/validate.js';
import { importIcs, type ImportReport } from '../../src/import/ics-import.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const GOOGLE = await readFile(join(FIXTURES, 'google-calendar.ics'), 'utf8');
const OUTLOOK = await readFile(join(FIXTURES, 'outlook.ics'), 'utf8');
/** The day the exports were made: bounds the expansion of the monthly series. */
const NOW = Date.parse('2026-12-04T12:00:00Z');

type Item = Record<string, unknown> & { id: string; icsUid?: string };
type FeedDocument = { events: Item[]; schedule: Item[]; locations: Item[]; [key: string]: unknown };
const emptyFeed = (): FeedDocument => ({ version: 1, timeZone: 'Europe/Helsinki', languages: ['ru', 'fi'], events: [], schedule: [], locations: [] });
const run = (feed: object, ics: string) => importIcs(feed, ics, { now: NOW }) as { feed: FeedDocument; report: ImportReport };
const byTitle = (items: Item[], title: string) => items.find((item) => item.title === title || Object.values(item.title as object).includes(title));
const instantOf = (value: unknown) => {
  const time = parseFeedTime(String(value), 'Europe/Helsinki');
  assert.equal(time.allDay, false);
  return (time as { instant: number }).instant;
};

describe('import a Google Calendar export', () => {
  const { feed, report } = run(emptyFeed(), GOOGLE);

  test('the weekly club becomes a weekly activity: weekday, clock times, season from DTSTART to UNTIL, EXDATEs and the moved session as exceptions', () => {
    const club = byTitle(feed.schedule, 'Шахматный клуб')!;
    assert.deepEqual(club.days, ['wed']);
    assert.equal(club.start, '17:00');
    assert.equal(club.end, '18:30');
    assert.equal(club.seasonStart, '2026-09-02');
    // UNTIL=20261216T215959Z is the end of 16 December in Helsinki: that Wednesday is the last session.
    assert.equal(club.seasonEnd, '2026-12-16');
    assert.deepEqual(club.exceptions, [{ date: '2026-10-21' }, { date: '2026-10-28' }, { date: '2026-11-11' }]);
    // In a feed of two languages, the calendar's text is its language's (the feed's first, Russian): Finnish is missing.
    assert.deepEqual(Object.keys(club.title as object), ['ru']);
    assert.match(String((club.description as { ru: string }).ru), /Доски есть, приносить ничего не нужно\.$/, 'folded line and escaped comma unfolded');
    assert.equal(club.icsUid, '3q8t9c1v0k7l2m4n5o6p7q8r9s@google.com');
  });

  test('the moved session is an event at its new time, tied to the instance it replaces', () => {
    const moved = byTitle(feed.events, 'Шахматный клуб (перенесено на четверг)')!;
    assert.equal(instantOf(moved.start), Date.parse('2026-11-12T16:00:00Z'));
    assert.equal(instantOf(moved.end), Date.parse('2026-11-12T17:30:00Z'));
    assert.equal(moved.icsRecurrenceId, '2026-11-11T15:00:00.000Z');
  });

  test('all-day events: one day has no end, a three-day camp ends on its last day (DTEND is the day after)', () => {
    const holiday = byTitle(feed.events, 'Itsenäisyyspäivän juhla')!;
    assert.equal(holiday.start, '2026-12-06');
    assert.equal(holiday.end, undefined);
    assert.equal(holiday.descriptionFormat, 'html');
    const camp = byTitle(feed.events, 'Зимний лагерь / Talvileiri')!;
    assert.deepEqual([camp.start, camp.end], ['2027-01-03', '2027-01-05']);
  });

  test('times written in UTC come in at the same instant; the repeated autumn hour keeps its offset', () => {
    const concert = byTitle(feed.events, 'Диалог культур — зимний концерт')!;
    assert.equal(concert.start, '2026-12-12T17:00');
    assert.equal(instantOf(concert.start), Date.parse('2026-12-12T15:00:00Z'));
    const secondThreeThirty = byTitle(feed.events, 'Yöretki: toinen kolmas tunti')!;
    assert.equal(instantOf(secondThreeThirty.start), Date.parse('2026-10-25T01:30:00Z'));
    const first = byTitle(feed.events, 'Yöretki: kellojen siirto')!;
    assert.equal(instantOf(first.start), Date.parse('2026-10-25T00:30:00Z'));
    assert.equal(first.status, 'cancelled');
  });

  test('a monthly series is not a weekly activity: its six meetings come in as events, and the report says so', () => {
    const meetings = feed.events.filter((event) => byTitle([event], 'Hallituksen kokous'));
    assert.deepEqual(meetings.map((event) => event.start), ['2026-11-07T12:00', '2026-12-05T12:00', '2027-01-02T12:00', '2027-02-06T12:00', '2027-03-06T12:00', '2027-04-03T12:00']);
    // 3 April 2027 is in summer time: 12:00 is 09:00 UTC.
    assert.equal(instantOf(meetings.at(-1)!.start), Date.parse('2027-04-03T09:00:00Z'));
    const note = report.notes.find((entry) => entry.code === 'expanded');
    assert.match(note!.detail, /repeats monthly.*6 events from 2026-11-07 to 2027-04-03/);
  });

  test('the place is a location with its address, shared by the events that name it', () => {
    const place = feed.locations.find((location) => location.name === 'Kulttuuritalo')!;
    assert.deepEqual(place.address, { street: 'Linnankatu 1', postalCode: '20100', city: 'Turku', country: 'Suomi' });
    assert.equal(byTitle(feed.schedule, 'Шахматный клуб')!.location, place.id);
    assert.equal(byTitle(feed.events, 'Диалог культур — зимний концерт')!.location, place.id);
  });

  test('the result is a valid feed, and the report lists everything as added', () => {
    const validation = validateFeed(feed);
    assert.equal(validation.ok, true);
    assert.deepEqual(validation.problems.filter((problem) => problem.severity === 'error'), []);
    assert.equal(report.entriesRead, 8);
    assert.equal(report.added.filter((item) => item.kind !== 'location').length, 1 + 1 + 5 + 6);
    assert.deepEqual([report.updated, report.skipped], [[], []]);
  });
});

describe('import an Outlook export', () => {
  const { feed, report } = run(emptyFeed(), OUTLOOK);

  test('"FLE Standard Time" is Helsinki: the Thursday group is a weekly activity, COUNT=10 gives its last session', () => {
    const group = byTitle(feed.schedule, 'Suomen kielen keskusteluryhmä')!;
    assert.deepEqual([group.days, group.start, group.end], [['thu'], '18:30', '20:00']);
    // Ten Thursdays from 5 November 2026: the tenth is 7 January 2027 (an EXDATE does not lengthen a COUNT).
    assert.deepEqual([group.seasonStart, group.seasonEnd], ['2026-11-05', '2027-01-07']);
    assert.deepEqual(group.exceptions, [{ date: '2026-12-24' }]);
    assert.deepEqual(group.description, { ru: 'Keskustellaan suomeksi rauhalliseen tahtiin. Kaikki tasot tervetulleita!' });
  });

  test('"Russian Standard Time" is Moscow: 19:00 there is 18:00 in Helsinki in November', () => {
    const meeting = byTitle(feed.events, 'Встреча с партнёрами')!;
    assert.equal(instantOf(meeting.start), Date.parse('2026-11-20T16:00:00Z'));
    assert.equal(meeting.start, '2026-11-20T18:00');
  });

  test('a "Customized Time Zone" is read from the file\'s VTIMEZONE rules', () => {
    assert.equal(instantOf(byTitle(feed.events, 'Joulumyyjäiset')!.start), Date.parse('2026-11-28T12:00:00Z'));
  });

  test('an all-day event and what cannot be taken: an unknown zone without rules, a task', () => {
    assert.equal(byTitle(feed.events, 'Itsenäisyyspäivä')!.start, '2026-12-06');
    assert.equal(byTitle(feed.events, 'Kadonnut aikavyöhyke'), undefined);
    assert.deepEqual(report.skipped.map((entry) => [entry.title, entry.reason]), [['Kadonnut aikavyöhyke', 'unknown-time-zone']]);
    assert.match(report.skipped[0]!.detail, /Mars Standard Time/);
    assert.equal(report.otherComponents, 1);
  });
});

describe('the language of what comes in', () => {
  test('in a feed of several languages a new item\'s title and description are the calendar\'s language\'s (`--lang`), the others missing for the studio to show; in a feed of one, plain texts', () => {
    const finnish = importIcs(emptyFeed(), OUTLOOK, { now: NOW, language: 'fi' }) as { feed: FeedDocument };
    const group = byTitle(finnish.feed.schedule, 'Suomen kielen keskusteluryhmä')!;
    assert.deepEqual(group.title, { fi: 'Suomen kielen keskusteluryhmä' });
    assert.deepEqual(group.description, { fi: 'Keskustellaan suomeksi rauhalliseen tahtiin. Kaikki tasot tervetulleita!' });
    const oneLanguage = run({ ...emptyFeed(), languages: ['fi'] }, OUTLOOK);
    assert.equal(byTitle(oneLanguage.feed.schedule, 'Suomen kielen keskusteluryhmä')!.title, 'Suomen kielen keskusteluryhmä');
  });
});

describe('importing again', () => {
  test('updates the items it brought in, adds none twice, keeps what volunteers added and what left the calendar', () => {
    const first = run(emptyFeed(), GOOGLE).feed;
    const club = byTitle(first.schedule, 'Шахматный клуб')!;
    // A volunteer translates the title, sets a category and keeps a field of their own.
    club.title = { ru: 'Шахматный клуб', fi: 'Shakkikerho' };
    club.category = 'children';
    club['x-note'] = 'kysy Olgalta';
    first.events.push({ id: 'own-event', title: 'Oma tapahtuma', start: '2026-12-20' });
    const camp = byTitle(first.events, 'Зимний лагерь / Talvileiri')!;

    const changed = GOOGLE
      .replace('SUMMARY:Шахматный клуб\r\n', 'SUMMARY:Шахматный клуб для детей\r\n')
      .replace('EXDATE;TZID=Europe/Helsinki:20261028T170000\r\n', 'EXDATE;TZID=Europe/Helsinki:20261028T170000\r\nEXDATE;TZID=Europe/Helsinki:20261209T170000\r\n')
      .replace(/BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270103[\s\S]*?END:VEVENT\r\n/, '');
    const second = run(first, changed);

    const clubs = second.feed.schedule.filter((item) => item.icsUid === club.icsUid);
    assert.equal(clubs.length, 1);
    assert.deepEqual(clubs[0]!.title, { ru: 'Шахматный клуб для детей', fi: 'Shakkikerho' });
    assert.equal(clubs[0]!.category, 'children');
    assert.equal(clubs[0]!['x-note'], 'kysy Olgalta');
    assert.deepEqual((clubs[0]!.exceptions as { date: string }[]).map((exception) => exception.date), ['2026-10-21', '2026-10-28', '2026-11-11', '2026-12-09']);
    assert.deepEqual(second.report.updated.map((item) => [item.id, item.fields]), [[club.id, ['title', 'exceptions']]]);
    assert.equal(second.report.added.length, 0);
    assert.equal(second.feed.events.length, first.events.length, 'no event added twice');
    assert.ok(byTitle(second.feed.events, 'Oma tapahtuma'));
    assert.deepEqual(second.report.notInCalendar.map((item) => item.id), [camp.id]);
    assert.ok(byTitle(second.feed.events, 'Зимний лагерь / Talvileiri'), 'an event gone from the calendar is kept');
    assert.equal(first.schedule[0]!.title === club.title, true, 'the feed passed in is not changed');
  });

  test('the same file twice changes nothing', () => {
    const first = run(emptyFeed(), OUTLOOK).feed;
    const second = run(first, OUTLOOK);
    assert.deepEqual(second.feed, first);
    assert.deepEqual([second.report.added, second.report.updated], [[], []]);
    assert.equal(second.report.unchanged.length, 4);
  });
});

describe('baltic-widgets import', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'baltic-import-'));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  async function cli(...argv: string[]) {
    const output = { stdout: '', stderr: '' };
    const code = await main(argv, { stdout: { write: (text: string) => (output.stdout += text) }, stderr: { write: (text: string) => (output.stderr += text) } });
    return { code, ...output };
  }

  test('writes the feed, keeps its indentation and unknown fields, prints what came in; --dry-run writes nothing', async () => {
    const into = join(folder, 'feed.json');
    await writeFile(into, JSON.stringify({ version: 1, timeZone: 'Europe/Helsinki', 'x-site': 'balticregion.fi', events: [] }, null, '\t') + '\n');
    const dry = await cli('import', join(FIXTURES, 'outlook.ics'), '--into', into, '--dry-run');
    assert.equal(dry.code, 1, 'one entry could not be taken');
    assert.match(dry.stdout, /^added weekly activity "Suomen kielen keskusteluryhmä" \(suomen-kielen-keskusteluryhma\)$/m);
    assert.match(dry.stdout, /5 calendar entries: 4 items added, 0 updated, 0 unchanged, 2 locations added, 1 not taken \(dry run: .* not changed\)/);
    assert.match(dry.stderr, /^warning: "Kadonnut aikavyöhyke" not taken: unknown time zone "Mars Standard Time"/m);
    assert.match(dry.stderr, /^warning: 1 entry that is not an event \(a task or a note\) not taken$/m);
    assert.equal(JSON.parse(await readFile(into, 'utf8')).events.length, 0);

    const real = await cli('import', join(FIXTURES, 'outlook.ics'), '--into', into);
    assert.equal(real.code, 1);
    const text = await readFile(into, 'utf8');
    assert.match(text, /^\{\n\t"version": 1/);
    const written = JSON.parse(text);
    assert.equal(written['x-site'], 'balticregion.fi');
    assert.equal(written.events.length, 3);
    assert.deepEqual(await readdir(folder), ['feed.json'], 'no temporary file left');

    const again = await cli('import', join(FIXTURES, 'outlook.ics'), '--into', into);
    assert.match(again.stdout, /0 items added, 0 updated, 4 unchanged.*nothing to change/);
  });

  test('a feed that does not exist yet is created; a file that is not a calendar changes nothing', async () => {
    const into = join(folder, 'new.json');
    const created = await cli('import', join(FIXTURES, 'google-calendar.ics'), '--into', into);
    assert.equal(created.code, 0);
    assert.equal(validateFeed(JSON.parse(await readFile(into, 'utf8'))).ok, true);
    const notCalendar = await cli('import', join(FIXTURES, 'valid-feed.json'), '--into', into);
    assert.equal(notCalendar.code, 2);
    assert.match(notCalendar.stderr, /not an iCalendar file.*not changed/);
    const missing = await cli('import', join(FIXTURES, 'google-calendar.ics'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing --into/);
  });
});

/**
 * Hardening: generated feeds (fast-check). Valid feeds, nearly valid ones (one field of one
 * item broken) and garbage (wrong types, huge strings, deep nesting, unknown fields, dates out
 * of range, duplicate ids, 10,000 items) through `validateFeed`, `buildCalendarFile` (parsed
 * back with ical.js) and the `validate` / `ics` commands. Every run uses a fixed seed, printed,
 * so a failure can be replayed: `FC_SEED=<seed> node --import tsx --test test/node/hardening-feeds.test.ts`.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { ExitCode } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { AUDIENCES, WEEKDAYS, type Feed } from '../../src/feed/schema.js';
import { validateFeed, type FeedValidation } from '../../src/feed/validate.js';
import { buildCalendarFile } from '../../src/ics/calendar-file.js';
import { octets, physicalLines } from './ics-fixtures.js';

const SEED = Number(process.env.FC_SEED ?? 20261128);
const RUNS = 150;
const settings = <T>(numRuns = RUNS): fc.Parameters<T> => ({ seed: SEED, numRuns, endOnFailure: true });
const counts = { valid: 0, nearlyValid: 0, garbage: 0, icsFiles: 0, cliRuns: 0 };
const NOW = Date.parse('2026-11-28T10:00:00Z');

// ————— Generators —————

const LANGS = ['fi', 'ru', 'en', 'sv', 'et'] as const;
const ZONES = ['Europe/Helsinki', 'UTC', 'America/New_York', 'Asia/Tokyo', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns'];
const CATEGORY_IDS = ['culture', 'sport', 'education'];
const LOCATION_IDS = ['hall', 'library'];

/** Any text, control characters, lone surrogates and long lines included. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 600 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a;b,c\\d\n"e"', '<p>Hello <a href="https://example.org/">link</a></p>', 'Ё'.repeat(100), '🇫🇮'.repeat(50)) },
);
const localizedText = fc.oneof(anyText, fc.dictionary(fc.constantFrom(...LANGS), anyText, { minKeys: 1, maxKeys: 3 }));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9_.:-]{0,24}$/);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const wallTimeOf = (ms: number) => new Date(ms).toISOString().slice(0, 16);
/** A moment from 1970 to 2200 (minute precision). */
const moment = fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) / 60_000 }).map((minutes) => minutes * 60_000);

const eventTimes = fc.oneof(
  // All-day, one or more days.
  fc.record({ start: moment, days: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }) }).map(({ start, days }) => ({
    start: dateOf(start),
    ...(days === undefined ? {} : { end: dateOf(start + days * 86_400_000) }),
  })),
  // Wall time in the feed's zone, with or without an end (zero length allowed).
  fc.record({ start: moment, minutes: fc.option(fc.integer({ min: 0, max: 60 * 24 * 3 }), { nil: undefined }) }).map(({ start, minutes }) => ({
    start: wallTimeOf(start),
    ...(minutes === undefined ? {} : { end: wallTimeOf(start + minutes * 60_000) }),
  })),
  // Instants with Z.
  fc.record({ start: moment, minutes: fc.integer({ min: 0, max: 600 }) }).map(({ start, minutes }) => ({
    start: `${wallTimeOf(start)}Z`,
    end: `${wallTimeOf(start + minutes * 60_000)}Z`,
  })),
);

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
const url = fc.constantFrom('https://example.org/a?b=c&d=e', 'register.html', '/x/y', 'mailto:info@example.org', 'tel:+358401234567', `https://example.org/${'long/'.repeat(40)}`);
const price = fc.record({ amount: fc.double({ min: 0, max: 1e6, noNaN: true }), currency: fc.constantFrom('EUR', 'SEK'), note: optional(localizedText) }, { requiredKeys: ['amount'] });
const reminders = fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 3 });

const event = fc
  .record({
    id,
    title: localizedText,
    times: eventTimes,
    category: optional(fc.constantFrom(...CATEGORY_IDS)),
    location: optional(fc.constantFrom(...LOCATION_IDS)),
    summary: optional(localizedText),
    description: optional(localizedText),
    descriptionFormat: optional(fc.constantFrom('text', 'html')),
    price: optional(price),
    registration: optional(url),
    url: optional(url),
    status: optional(fc.constantFrom('scheduled', 'cancelled', 'postponed')),
    reminders: optional(reminders),
  })
  .map(({ times, ...rest }) => withoutUndefined({ ...rest, ...times }));

const clock = fc.integer({ min: 0, max: 23 * 60 + 58 });
const clockText = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const activity = fc
  .record({
    id,
    title: localizedText,
    description: optional(localizedText),
    category: optional(fc.constantFrom(...CATEGORY_IDS)),
    location: optional(fc.constantFrom(...LOCATION_IDS)),
    days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
    start: clock,
    length: fc.integer({ min: 1, max: 6 * 60 }),
    season: optional(fc.record({ start: moment, days: fc.integer({ min: 0, max: 400 }) })),
    exceptions: optional(fc.array(fc.record({ date: fc.oneof(moment.map(dateOf), fc.constant('2999-12-31')), note: optional(localizedText) }, { requiredKeys: ['date'] }), { maxLength: 3 })),
    audience: optional(fc.uniqueArray(fc.constantFrom(...AUDIENCES), { maxLength: 3 })),
    leader: optional(localizedText),
    reminders: optional(reminders),
  })
  .map(({ start, length, season, ...rest }) =>
    withoutUndefined({
      ...rest,
      start: clockText(start),
      end: clockText(Math.min(start + length, 23 * 60 + 59)),
      ...(season ? { seasonStart: dateOf(season.start), seasonEnd: dateOf(season.start + season.days * 86_400_000) } : {}),
    }),
  );

const photo = fc.record({
  id,
  src: url,
  width: fc.integer({ min: 1, max: 10_000 }),
  height: fc.integer({ min: 1, max: 10_000 }),
  alt: localizedText,
  caption: optional(localizedText),
});
const album = fc.record({
  id,
  title: localizedText,
  date: optional(moment.map(dateOf)),
  photos: fc.uniqueArray(photo, { selector: (item) => item.id, maxLength: 4 }),
}).map(withoutUndefined);

const uniqueItems = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength: number) => fc.uniqueArray(item, { selector: (value) => value.id, maxLength });

/** A feed the validator must accept whole. */
const validFeed = fc.record({
  version: fc.constant(1),
  timeZone: fc.constantFrom(...ZONES),
  languages: fc.constant(['fi', 'ru', 'en']),
  calendar: optional(fc.record({ name: localizedText })),
  organization: fc.record({ name: localizedText, url: optional(url) }).map(withoutUndefined),
  categories: fc.constant(CATEGORY_IDS.map((category) => ({ id: category, name: { en: category } }))),
  locations: fc.constant([
    { id: 'hall', name: 'Seurojentalo, sali; 2. krs', address: { street: 'Linnankatu 2', city: 'Turku' }, geo: { lat: 60.45, lon: 22.27 } },
    { id: 'library', name: { fi: 'Pääkirjasto', ru: 'Главная библиотека' } },
  ]),
  events: uniqueItems(event, 12),
  schedule: uniqueItems(activity, 5),
  albums: uniqueItems(album, 3),
}).map(withoutUndefined);

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Values that are wrong for almost any field. */
const badValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, '', ' ', '2026-02-30', '2026-13-01', '99999-01-01', '0000-00-00', '25:61', 'javascript:alert(1)', 'data:text/html,x', 'mon', 'x'.repeat(200)),
  fc.constantFrom({}, [], [null], { en: 5 }, { 'not a language': 'x' }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer(),
);

const COLLECTIONS = ['events', 'schedule', 'albums'] as const;
const FIELDS: Record<(typeof COLLECTIONS)[number], string[]> = {
  events: ['id', 'title', 'start', 'end', 'category', 'location', 'description', 'descriptionFormat', 'price', 'registration', 'url', 'status', 'reminders', 'image', 'unknownField'],
  schedule: ['id', 'title', 'days', 'start', 'end', 'seasonStart', 'seasonEnd', 'exceptions', 'audience', 'languages', 'price', 'url', 'reminders', 'unknownField'],
  albums: ['id', 'title', 'date', 'event', 'photos', 'unknownField'],
};

/** A valid feed with one field of one item set to a wrong value (or the item replaced by one). */
const nearlyValidFeed = validFeed
  .filter((feed) => COLLECTIONS.some((collection) => (feed as any)[collection].length > 0))
  .chain((feed) => {
    const collections = COLLECTIONS.filter((collection) => (feed as any)[collection].length > 0);
    return fc.record({
      feed: fc.constant(feed),
      collection: fc.constantFrom(...collections),
      pick: fc.nat(),
      field: fc.nat(),
      value: badValue,
      wholeItem: fc.boolean(),
    });
  })
  .map(({ feed, collection, pick, field, value, wholeItem }) => {
    const document = structuredClone(feed) as any;
    const items = document[collection] as any[];
    const index = pick % items.length;
    if (wholeItem && field % 4 === 0) items[index] = value;
    else {
      const name = FIELDS[collection][field % FIELDS[collection].length]!;
      items[index][name] = typeof value === 'string' && name === 'id' && items.some((item) => item.id === value) ? `${value}-x` : value;
    }
    return { document, collection, index };
  });

/** Nested arrays and objects `depth` levels deep. */
const deeplyNested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { en: value };
  return value;
};

const anyJson = fc.jsonValue({ maxDepth: 5 });
const garbageFeed = fc.oneof(
  anyJson,
  fc.dictionary(fc.constantFrom('version', 'timeZone', 'languages', 'organization', 'categories', 'locations', 'events', 'schedule', 'albums', 'festival', 'calendar', 'description', '__proto__', 'constructor', 'unknown'), anyJson),
  // Collections of anything, with some valid items among them.
  fc.record({
    version: fc.oneof(fc.constant(1), fc.constant(99), anyJson),
    timeZone: fc.oneof(fc.constantFrom(...ZONES, 'Mars/Olympus', '', 'local'), anyJson),
    events: fc.array(fc.oneof(event, anyJson, event.map((item) => ({ ...item, start: '+275760-09-13T00:00' }))), { maxLength: 30 }),
    schedule: fc.oneof(fc.array(fc.oneof(activity, anyJson), { maxLength: 10 }), anyJson),
    albums: fc.oneof(fc.array(fc.oneof(album, anyJson), { maxLength: 5 }), anyJson),
    organization: anyJson,
    festival: fc.oneof(anyJson, fc.record({ title: localizedText, start: moment.map(dateOf), end: fc.oneof(moment.map(dateOf), anyJson) })),
  }),
  // Valid feeds with unknown fields, duplicate ids, huge strings and deep nesting added.
  fc.record({ feed: validFeed, extra: fc.dictionary(fc.string({ maxLength: 10 }), anyJson, { maxKeys: 4 }), depth: fc.integer({ min: 1, max: 1000 }), huge: fc.integer({ min: 0, max: 200_000 }) }).map(
    ({ feed, extra, depth, huge }) => {
      const document = structuredClone(feed) as any;
      Object.assign(document, extra);
      document.deep = deeplyNested(depth);
      if (document.events.length > 0) {
        document.events.push({ ...document.events[0] });
        document.events[0].title = 'x'.repeat(huge);
        document.events[0].description = deeplyNested(Math.min(depth, 200));
        document.events[0].nested = deeplyNested(depth);
      }
      return document;
    },
  ),
);

// ————— Checks —————

/** The value at a validator path (`events[3].title.en`) in the document, or `missing`. */
const MISSING = Symbol('missing');
function valueAt(document: unknown, path: string): unknown {
  if (path === '') return document;
  let current: any = document;
  for (const [, key, index] of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) {
    if (current === null || typeof current !== 'object') return MISSING;
    const step = index ?? key!;
    if (!Object.hasOwn(current, step)) return MISSING;
    current = current[step];
  }
  return current;
}

/** Every problem's path exists in the document, or names a missing field of an object that does. */
function assertPathsExist(document: unknown, validation: FeedValidation): void {
  for (const problem of validation.problems) {
    if (valueAt(document, problem.path) !== MISSING) continue;
    const parent = problem.path.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');
    assert.notEqual(valueAt(document, parent), MISSING, `problem path "${problem.path}" (${problem.message}) is not in the document`);
    assert.match(problem.message, /missing|not |must|needs/, `a path to a missing field should say so: ${problem.path}: ${problem.message}`);
  }
}

function validateSafely(document: unknown): FeedValidation {
  const validation = validateFeed(document);
  assert.equal(typeof validation.ok, 'boolean');
  assert.ok(Array.isArray(validation.problems));
  return validation;
}

/** Builds the .ics of everything in a validated feed and checks it with ical.js and the 75-octet rule. */
async function assertIcsValid(feed: Feed, lang: string): Promise<void> {
  const text = await buildCalendarFile(feed, { lang, events: feed.events, activities: feed.schedule, festival: true, now: NOW });
  counts.icsFiles++;
  for (const line of physicalLines(text)) assert.ok(octets(line) <= 75, `line longer than 75 octets: ${JSON.stringify(line)}`);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const expected = feed.events.length + feed.schedule.length + (feed.festival?.start ? 1 : 0);
  assert.equal(calendar.getAllSubcomponents('vevent').length, expected, 'one VEVENT per event, activity and festival');
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const parsed = new ICAL.Event(vevent);
    assert.ok(parsed.startDate, 'every VEVENT has a DTSTART ical.js can read');
    assert.ok(parsed.uid, 'every VEVENT has a UID');
  }
}

const ids = (items: readonly unknown[]) => items.map((item) => (item as { id: string }).id);

// ————— Properties —————

describe(`hardening: generated feeds (fast-check seed ${SEED})`, () => {
  before(() => console.log(`fast-check seed ${SEED}; replay with FC_SEED=${SEED}`));
  after(() => console.log(`generated feeds: ${counts.valid} valid, ${counts.nearlyValid} nearly valid, ${counts.garbage} garbage; ${counts.icsFiles} .ics files parsed; ${counts.cliRuns} CLI runs`));

  test('a valid feed is accepted whole, and its .ics parses with ical.js, no line over 75 octets', async () => {
    await fc.assert(
      fc.asyncProperty(validFeed, fc.constantFrom(...LANGS), async (document, lang) => {
        counts.valid++;
        const validation = validateSafely(structuredClone(document));
        assert.ok(validation.ok, 'accepted');
        assert.deepEqual(validation.problems.filter((problem) => problem.severity === 'error'), []);
        if (!validation.ok) return;
        for (const collection of COLLECTIONS) assert.deepEqual(ids(validation.feed[collection]), ids((document as any)[collection]), `every item of ${collection} kept`);
        assertPathsExist(document, validation);
        await assertIcsValid(validation.feed, lang);
      }),
      settings(),
    );
  });

  test('a nearly valid feed keeps every other item, and reports the broken one at a path in the document', async () => {
    await fc.assert(
      fc.asyncProperty(nearlyValidFeed, async ({ document, collection, index }) => {
        counts.nearlyValid++;
        const validation = validateSafely(document);
        assert.ok(validation.ok, 'still a feed');
        if (!validation.ok) return;
        assertPathsExist(document, validation);
        const items = document[collection] as any[];
        const keptIds = ids(validation.feed[collection]);
        for (const [position, item] of items.entries()) {
          if (position !== index) assert.ok(keptIds.includes(item.id), `${collection}[${position}] (valid) kept`);
        }
        for (const other of COLLECTIONS.filter((name) => name !== collection)) {
          assert.equal(validation.feed[other].length, document[other].length, `every item of ${other} kept`);
        }
        const broken = items[index];
        if (!ids(validation.feed[collection]).includes(broken?.id) || validation.feed[collection].length < items.length) {
          assert.ok(
            validation.problems.some((problem) => problem.severity === 'error' && problem.path.startsWith(`${collection}[${index}]`)),
            `the skipped ${collection}[${index}] is reported: ${JSON.stringify(validation.problems)}`,
          );
        }
        await assertIcsValid(validation.feed, 'ru');
      }),
      settings(),
    );
  });

  test('garbage never makes the validator throw, and every problem path is in the document', async () => {
    await fc.assert(
      fc.asyncProperty(garbageFeed, async (document) => {
        counts.garbage++;
        // Through JSON, as a feed arrives (this also turns `__proto__` keys into own properties).
        const parsed = JSON.parse(JSON.stringify(document) ?? 'null');
        const validation = validateSafely(parsed);
        assertPathsExist(parsed, validation);
        if (validation.ok) await assertIcsValid(validation.feed, 'fi');
      }),
      settings(),
    );
  });

  test('10,000 events (every tenth broken, every hundredth a duplicate) are validated and exported', async () => {
    const events = fc.sample(event, { seed: SEED, numRuns: 10_000 }).map((item, index) => {
      const copy: any = { ...item, id: `event-${index}` };
      if (index % 10 === 3) copy.start = '2026-02-30';
      if (index % 100 === 7) copy.id = 'event-0';
      return copy;
    });
    const document = { version: 1, timeZone: 'Europe/Helsinki', categories: CATEGORY_IDS.map((category) => ({ id: category, name: category })), events };
    const validation = validateSafely(document);
    assert.ok(validation.ok);
    if (!validation.ok) return;
    const broken = events.filter((_, index) => index % 10 === 3 || index % 100 === 7).length;
    assert.equal(validation.feed.events.length, 10_000 - broken);
    assertPathsExist(document, validation);
    await assertIcsValid(validation.feed, 'en');
  });

  test('an activity with dates in the last year a feed may give (2999) exports at once, with only its real exceptions as EXDATE', { timeout: 20_000 }, async () => {
    // Walking the days up to a far date used to run for minutes.
    const document = {
      version: 1,
      schedule: [
        { id: 'far', title: 'x', days: ['mon'], start: '10:00', end: '11:00', seasonStart: '2026-09-01', seasonEnd: '2999-12-31', exceptions: [{ date: '2026-12-07' }, { date: '2026-12-07' }, { date: '2026-12-08' }, { date: '2999-12-31' }] },
      ],
    };
    const validation = validateSafely(document);
    assert.ok(validation.ok);
    if (!validation.ok) return;
    const text = await buildCalendarFile(validation.feed, { lang: 'en', activities: validation.feed.schedule, now: NOW });
    assert.deepEqual(physicalLines(text).filter((line) => line.startsWith('EXDATE')), ['EXDATE;TZID=Europe/Helsinki:20261207T100000']);
    await assertIcsValid(validation.feed, 'en');
  });

  describe('the validate and ics commands', () => {
    let directory = '';
    before(async () => (directory = await mkdtemp(join(tmpdir(), 'hardening-feeds-'))));
    after(() => rm(directory, { recursive: true, force: true }));

    const sink = () => ({ text: '', write(chunk: string) { this.text += chunk; } });
    const documentText = fc.oneof(
      validFeed.map((feed) => JSON.stringify(feed)),
      nearlyValidFeed.map(({ document }) => JSON.stringify(document)),
      garbageFeed.map((document) => JSON.stringify(document) ?? 'null'),
      fc.string({ unit: 'binary', maxLength: 200 }),
      validFeed.map((feed) => JSON.stringify(feed).slice(0, -7)),
    );
    const icsOptions = fc.array(
      fc.oneof(
        fc.tuple(fc.constant('--lang'), fc.oneof(fc.constantFrom(...LANGS), fc.string({ maxLength: 6 }))),
        fc.tuple(fc.constant('--category'), fc.oneof(fc.constantFrom(...CATEGORY_IDS), fc.string({ maxLength: 6 }))),
        fc.tuple(fc.constantFrom('--from', '--to'), fc.oneof(moment.map(dateOf), fc.constantFrom('2026-02-30', 'tomorrow', ''))),
        fc.tuple(fc.constant('--base-url'), fc.constantFrom('https://example.org/feed/', 'ftp://x', 'nope')),
      ),
      { maxLength: 3 },
    );

    test('never crash: exit code 0, 1 or 2, and a message on stderr for 1 and 2', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(documentText, icsOptions, async (text, options) => {
          const file = join(directory, `feed-${run++}.json`);
          await writeFile(file, text);
          for (const argv of [['validate', file], ['ics', file, '-o', join(directory, 'out.ics'), ...options.flat()]]) {
            counts.cliRuns++;
            const stdout = sink();
            const stderr = sink();
            const code = await main(argv, { stdout, stderr });
            assert.ok([ExitCode.Ok, ExitCode.InvalidFeed, ExitCode.Unreadable].includes(code as 0 | 1 | 2), `${argv.join(' ')}: exit code ${code}`);
            if (code !== ExitCode.Ok) assert.notEqual(stderr.text.trim(), '', `${argv.join(' ')}: exit ${code} without a message`);
          }
        }),
        settings(100),
      );
    });
  });
});

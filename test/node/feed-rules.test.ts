/**
 * The generated validation rules (src/generated/feed-rules.ts, applied by src/feed/rules.ts)
 * against valibot itself, the oracle: for values generated from the schema, mostly right and
 * often wrong in one place or many (wrong types, missing fields, bad dates, unknown fields,
 * wrong language codes), `applyRule` must give what valibot's `safeParse` gives for the same
 * schema: the same verdict, the same output (defaults added, unknown fields left out) and the
 * same issues in the same order, at the same paths, read in the project's words. Fixed seed,
 * printed: `FC_SEED=<seed> node --import tsx --test test/node/feed-rules.test.ts` replays one.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import fc from 'fast-check';
import * as v from 'valibot';
import { FEED_RULES } from '../../src/generated/feed-rules.js';
import { applyRule, shown } from '../../src/feed/apply-rule.js';
import { innerRule, INVALID, validOutput, type Rule } from '../../src/feed/rules.js';
import { inWords } from '../../src/feed/message-marks.js';
import { PROBLEM_WORDS } from '../../src/feed/problem-words.js';
import { EXPECTED_WORDS } from '../../scripts/feed-rules.js';
import * as schemas from '../../src/feed/schema.js';

const SEED = Number(process.env.FC_SEED ?? 20261206);
console.log(`# fast-check seed ${SEED}; replay with FC_SEED=${SEED}`);

type AnySchema = v.GenericSchema & Record<string, unknown>;

/** The schema inside valibot's pipes. */
const baseOf = (schema: AnySchema): AnySchema => (schema.pipe ? baseOf((schema.pipe as AnySchema[])[0]!) : schema);

// ————— valibot's issues, read as the project reads them (the words for valibot's own types are the generator's) —————

/** An issue in the project's words: the schema's message, "missing", or what valibot expected and what it got. */
function words(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined && issue.kind === 'schema' && issue.path?.length) return 'missing';
  if (!/^Invalid \w+: /.test(issue.message)) return issue.message;
  const expected =
    EXPECTED_WORDS[issue.type] ?? (issue.type === 'picklist' ? `not one of ${issue.expected!.replace(/^\(|\)$/g, '').replaceAll(' | ', ', ')}` : `not valid (expected ${issue.expected})`);
  return `${expected}, got ${shown(issue.input)}`;
}

function compare(schema: AnySchema, rule: Rule, value: unknown): void {
  const expected = v.safeParse(schema, value);
  const result = applyRule(rule, structuredClone(value));
  const actual = { ...result, issues: result.issues?.map((issue) => ({ ...issue, message: inWords(issue.message, PROBLEM_WORDS) })) };
  const expectedIssues = (expected.issues ?? []).map((issue) => ({ path: (issue.path ?? []).map((item) => item.key), message: words(issue) }));
  assert.deepEqual(actual.issues ?? [], expectedIssues, `issues of ${JSON.stringify(value)}`);
  if (expected.success) assert.deepEqual(actual.value, expected.output, `output of ${JSON.stringify(value)}`);
  // The quick way (`validOutput`) accepts only what valibot accepts without an issue, and gives its output.
  const quick = validOutput(rule, structuredClone(value));
  if (quick !== INVALID) {
    assert.ok(expected.success && !expected.issues, `validOutput accepted ${JSON.stringify(value)}, valibot did not`);
    assert.deepEqual(quick, expected.output, `validOutput's output of ${JSON.stringify(value)}`);
  }
  // And it accepts what valibot gives (no unknown field, every default in place), as it is.
  if (expected.success && !expected.issues) {
    quickAccepted++;
    assert.equal(validOutput(rule, expected.output), expected.output, `validOutput of valibot's output of ${JSON.stringify(value)}`);
  }
}

/** How many valid outputs the quick way was given (so that its checks above are not vacuous). */
let quickAccepted = 0;

// ————— Values generated from the schema, right and wrong —————

const STRINGS = [
  '', 'x', 'fi', 'ru', 'en-GB', 'EN', 'zh-Hant-TW', 'f', 'ru_RU', '2026-12-06', '2026-02-29', '2028-02-29', '2026-13-01', '1899-12-31', '1900-01-01',
  '2999-12-31', '3000-01-01', '2026-12-06T18:00', '2026-12-06T24:00', '2026-12-06T18:60', '1969-12-31T23:00', '1970-01-01T00:00Z',
  '2026-12-06T18:00:30.5+02:00', '2026-12-06T18:00+2', 'next Friday', '18:00', '00:00', '23:59', '24:00', '7:00', '18:00:00',
  'https://example.org/a?b#c', 'http://x', 'javascript:alert(1)', 'JAVASCRIPT:x', 'mailto:a@b.fi', 'tel:+358', 'webcal://x', '/relative', 'a b',
  'line\u0001break', 'data:text/html,x', 'ev-1', 'ev 1', '-ev', 'a'.repeat(128), 'a'.repeat(129), '#fff', '#ggg', '#A1b2C3', '#12345', 'EUR',
  'eur', 'EURO', 'a@b.fi', 'a@b', 'first.last+tag@sub.example.org', '+358 40 123 4567', '12', 'Europe/Helsinki', 'Europe/Helsinky', 'UTC',
  'mon', 'sun', 'Mon', 'text', 'html', 'HTML', 'scheduled', 'cancelled', 'postponed', 'children', 'families', 'facebook', 'vk', 'myspace', 'primary',
  'secondary', '__proto__', 'constructor', 'Ёлка', '🇫🇮',
];
const NUMBERS = [0, -0, 1, 2, -1, 1.5, 89.9, 90, 90.5, -90, -91, 180, -180, -180.5, 999, 1000, 2026, 9999, 10000, 2e9, Number.MAX_SAFE_INTEGER + 2];
const WRONG = fc.constantFrom<unknown>(null, true, false, 'x', 5, -1, [], {}, ['fi'], { fi: 1 }, [[]], '2026-12-06');
const aString = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...STRINGS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const aNumber = fc.constantFrom(...NUMBERS);

const arbitraries = new Map<AnySchema, fc.Arbitrary<unknown>>();
/** Values for `schema`: mostly of its shape, with a wrong one now and then (`wrong` in 1 of `1 + right`). */
function valuesOf(schema: AnySchema, depth = 0): fc.Arbitrary<unknown> {
  const known = arbitraries.get(schema);
  if (known) return known;
  const base = baseOf(schema);
  let right: fc.Arbitrary<unknown>;
  switch (base.type) {
    case 'string':
    case 'number':
    case 'picklist': {
      // Values this schema accepts, often, so that whole items come out valid too.
      const any = base.type === 'number' ? aNumber : aString;
      const accepted = (base.type === 'number' ? NUMBERS : STRINGS).filter((candidate) => v.is(schema, candidate));
      right = accepted.length ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...accepted) }, { weight: 1, arbitrary: any }) : any;
      break;
    }
    case 'unknown':
      right = fc.anything({ maxDepth: 1 });
      break;
    case 'optional':
      right = valuesOf(base.wrapped as AnySchema, depth);
      break;
    case 'union':
      right = fc.oneof(...(base.options as AnySchema[]).map((option) => valuesOf(option, depth)));
      break;
    case 'record':
      right = fc.dictionary(fc.oneof(valuesOf(base.key as AnySchema, depth + 1) as fc.Arbitrary<string>, fc.constantFrom('fi', 'ru', 'en')), valuesOf(base.value as AnySchema, depth + 1), { maxKeys: 3 });
      break;
    case 'array':
      right = fc.array(fc.constant(null).chain(() => valuesOf(base.item as AnySchema, depth + 1)), { maxLength: depth > 2 ? 1 : 3 });
      break;
    case 'object': {
      const entries = Object.entries(base.entries as Record<string, AnySchema>);
      right = fc
        .tuple(
          ...entries.map(([, entry]) =>
            fc.oneof({ weight: entry.type === 'optional' ? 6 : 1, arbitrary: fc.constant(undefined) }, { weight: 12, arbitrary: fc.constant(null).chain(() => valuesOf(entry, depth + 1)) }),
          ),
          fc.option(fc.tuple(fc.constantFrom('extra', 'Title', 'start '), fc.jsonValue({ maxDepth: 1 })), { freq: 8 }),
        )
        .map((values) => {
          const object: Record<string, unknown> = {};
          entries.forEach(([key], index) => {
            if (values[index] !== undefined) object[key] = values[index];
          });
          const extra = values[entries.length] as [string, unknown] | null;
          if (extra) object[extra[0]] = extra[1];
          return object;
        });
      break;
    }
    default:
      throw new Error(`no values for ${base.type}`);
  }
  const values = fc.oneof({ weight: 40, arbitrary: right }, { weight: 1, arbitrary: WRONG });
  arbitraries.set(schema, values);
  return values;
}

/** The rule generated for an item of one of the feed's collections, or for one of its fields. */
const feedEntries = (innerRule(FEED_RULES) as Extract<Rule, [4, ...unknown[]]>)[1];
const itemRule = (collection: string): Rule => (innerRule(feedEntries[collection]!) as Extract<Rule, [3, ...unknown[]]>)[1];

const CASES: Array<[name: string, schema: v.GenericSchema, rule: Rule, runs: number]> = [
  ['an event', schemas.EventSchema, itemRule('events'), 1500],
  ['a weekly activity', schemas.ActivitySchema, itemRule('schedule'), 1500],
  ['an album with photos', schemas.AlbumSchema, itemRule('albums'), 800],
  ['a location', schemas.LocationSchema, itemRule('locations'), 800],
  ['a category', schemas.CategorySchema, itemRule('categories'), 500],
  ['the organization', schemas.OrganizationSchema, innerRule(feedEntries.organization!), 800],
  ['the festival', schemas.FestivalSchema, innerRule(feedEntries.festival!), 800],
  ['a whole feed', schemas.FeedSchema, FEED_RULES, 300],
];

for (const [name, schema, rule, runs] of CASES) {
  test(`the generated rules judge ${name} as valibot does, issue for issue`, () => {
    quickAccepted = 0;
    fc.assert(
      fc.property(valuesOf(schema as AnySchema), (value) => compare(schema as AnySchema, rule, value)),
      { seed: SEED, numRuns: runs, endOnFailure: true },
    );
    // Many values are generated right: the quick way has to accept their outputs, and refuse the rest.
    assert.ok(quickAccepted >= runs / 100, `validOutput was given only ${quickAccepted} valid outputs of ${runs} values`);
  });
}

test('the generated values reach both verdicts and every kind of issue (the comparison above is not of empty cases)', () => {
  const seen = { valid: 0, invalid: 0, messages: new Set<string>() };
  fc.assert(
    fc.property(valuesOf(schemas.EventSchema as AnySchema), (value) => {
      const result = v.safeParse(schemas.EventSchema, value);
      seen[result.success ? 'valid' : 'invalid']++;
      for (const issue of result.issues ?? []) seen.messages.add(words(issue).replace(/, got .*/, ''));
    }),
    { seed: SEED, numRuns: 1500 },
  );
  assert.ok(seen.valid > 100, `${seen.valid} valid events`);
  assert.ok(seen.invalid > 100, `${seen.invalid} invalid events`);
  for (const message of ['missing', 'ends before it starts', 'not a date: no such day or time in the calendar', 'not a language code (expected e.g. "fi", "ru", "en-GB")', 'not a text (expected a string)', 'URL scheme not allowed (use https:, http:, mailto:, tel:, webcal: or a relative URL)']) {
    assert.ok(seen.messages.has(message), `no generated event had the issue "${message}"`);
  }
});

test('the committed rules are what src/feed/schema.ts gives (run `npx tsx scripts/feed-rules.ts` if not)', () => {
  execFileSync('npx', ['tsx', 'scripts/feed-rules.ts', '--check'], { stdio: 'pipe' });
});

/**
 * The browser's quick validation (src/feed/feed-validation.ts: `validOutput` item by item, then
 * the feed's own fields) against valibot, the oracle: for a feed without problems it must give
 * what valibot's `safeParse` of the schema gives (defaults added, unknown fields left out) and
 * keep the document's valid items as they are (no copy where nothing is added); for a feed with
 * anything to skip, drop or report it must step aside (`undefined`), and the lenient validation
 * (the chunk the browser loads then) give the feed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as v from 'valibot';
import { quickValidationNow } from '../../src/feed/feed-validation.js';
import { checkFeed } from '../../src/feed/lenient-validation.js';
import { FeedSchema } from '../../src/feed/schema.js';
import { feedWith } from '../../bench/bench-events.js';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;

const CLEAN: Array<[name: string, document: () => Record<string, any>]> = [
  ['the demo feed (with its $schema)', () => read('demo/feed.json')],
  ['the test fixture feed', () => read('test/fixtures/feed.json')],
  ['1,000 generated events without status or format (defaults to add)', () => feedWith(1000, '2026-12-01', 34)],
  ['a feed of nothing but its version (every collection a default)', () => ({ version: 1 })],
  ['the fixture feed with a field the schema does not know, at the top', () => ({ ...read('test/fixtures/feed.json'), generator: 'spreadsheet 2.1' })],
];

for (const [name, document] of CLEAN) {
  test(`quick validation of ${name} gives valibot's output, without problems`, () => {
    const expected = v.safeParse(FeedSchema, document());
    assert.ok(expected.success, 'valibot takes it');
    const quick = quickValidationNow(document());
    assert.ok(quick?.ok, 'the quick validation takes it');
    // As JSON: the check across items writes an absent festival as `festival: undefined`.
    assert.deepEqual(JSON.parse(JSON.stringify(quick.feed)), JSON.parse(JSON.stringify(expected.output)));
    assert.deepEqual(quick.problems, []);
  });
}

test('quick validation keeps a valid item that lacks nothing as the document\'s own object, and copies one a default is added to', () => {
  const document = read('test/fixtures/feed.json');
  const complete = { id: 'complete', title: 'Complete', start: '2027-01-10T10:00', status: 'scheduled', descriptionFormat: 'text' };
  const lacking = { id: 'lacking', title: 'Lacking', start: '2027-01-11T10:00' };
  document.events.push(complete, lacking);
  const quick = quickValidationNow(document);
  assert.ok(quick?.ok);
  assert.equal(quick.feed.events.find((event) => event.id === 'complete'), complete);
  const added = quick.feed.events.find((event) => event.id === 'lacking')!;
  assert.notEqual(added, lacking);
  assert.deepEqual({ status: added.status, descriptionFormat: added.descriptionFormat }, { status: 'scheduled', descriptionFormat: 'text' });
  assert.equal('status' in lacking, false, 'the document is not changed');
});

const WITH_PROBLEMS: Array<[name: string, change: (document: Record<string, any>) => void, problemPath: string | undefined]> = [
  ['an event without a title', (document) => document.events.push({ id: 'untitled', start: '2027-01-10T10:00' }), 'title'],
  ['an event with a field the schema does not know (left out, silently)', (document) => (document.events[0].colour = 'red'), undefined],
  ['a bad optional field of the organization (dropped)', (document) => (document.organization.email = 'not an address'), 'organization.email'],
  ['events that are not a list', (document) => (document.events = { first: document.events[0] }), 'events'],
  ['a time zone that is not one', (document) => (document.timeZone = 'Europe/Helsinky'), 'timeZone'],
  ['a version that is not a number', (document) => (document.version = 'one'), 'version'],
];

for (const [name, change, problemPath] of WITH_PROBLEMS) {
  test(`quick validation steps aside for a feed with ${name}; the lenient one reports it`, () => {
    const document = read('test/fixtures/feed.json');
    change(document);
    assert.equal(quickValidationNow(structuredClone(document)), undefined);
    const lenient = checkFeed(document);
    if (problemPath) assert.ok(lenient.problems.some(({ path }) => path.includes(problemPath)), `a problem at ${problemPath}: ${JSON.stringify(lenient.problems)}`);
    else assert.deepEqual(lenient.problems, []);
  });
}

test('quick validation answers at once for what is not a feed object', () => {
  for (const document of [null, [], 'feed', 42]) {
    const quick = quickValidationNow(document);
    assert.equal(quick?.ok, false);
    assert.equal(quick.problems.length, 1);
  }
});

/**
 * A big feed's JSON parsed in slices gives exactly what JSON.parse gives (the oracle), and a
 * broken text fails with JSON.parse's own error; validated in slices, it has the problems
 * `validateFeed` finds at once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJsonInSlices } from '../../src/feed/json-slices.js';
import { validateFeedInSlices, withSkippedTimeWarnings } from '../../src/feed/lenient-validation.js';
import { validateFeed } from '../../src/feed/validate.js';

const pauses: number[] = [];
const pause = () => {
  pauses.push(1);
  return Promise.resolve();
};

const texts = [
  '{}',
  ' { "events" : [ ] , "version":1 } ',
  '{"events":[{"id":"a","title":"say \\"hi\\" \\\\","start":"2026-12-01"},{"id":"b","nested":[[1,[2]],{"x":"]}"}]}],"timeZone":"Europe/Helsinki"}',
  '{"schedule":[1,2.5e3,-0,true,false,null,"\\u0442\\u0435\\u043a\\u0441\\u0442"],"a":{"b":[{"c":"}"}]},"events":[]}',
  '{"dup":[1],"dup":[2,3]}',
  '{"organization":{"name":"Балтийский регион"},"events":["кириллица",\n\t"\\\\"]}\n',
];

test('gives what JSON.parse gives, member by member and item by item', async () => {
  for (const text of texts) assert.deepEqual(await parseJsonInSlices(text, 0, pause), JSON.parse(text), text);
  // A big one, in many slices.
  const big = JSON.stringify({
    version: 1,
    events: Array.from({ length: 3000 }, (_, index) => ({ id: `e${index}`, title: { ru: `Событие "${index}" ]}`, en: `Event\\${index}` }, tags: [index, [index]] })),
    schedule: [],
  });
  pauses.length = 0;
  assert.deepEqual(await parseJsonInSlices(big, 0, pause), JSON.parse(big));
  assert.ok(pauses.length > 5, 'it let the page respond between batches');
});

test('a "__proto__" member stays an own member, as with JSON.parse', async () => {
  const text = '{"__proto__":{"polluted":true},"events":[]}';
  const parsed = (await parseJsonInSlices(text, 0, pause)) as Record<string, unknown>;
  assert.deepEqual(Object.keys(parsed), Object.keys(JSON.parse(text)));
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
});

test('broken or non-object texts fail (or parse) exactly as JSON.parse does', async () => {
  for (const text of ['{"events":[1 2]}', '{"events":[{"id":"a"},]}', '{"a":1} x', '[1,2]', '"text"', '{"events":[01]}', '{"a":"unterminated}']) {
    let expected: unknown;
    try {
      expected = { value: JSON.parse(text) };
    } catch (error) {
      expected = { error: (error as Error).message };
    }
    let actual: unknown;
    try {
      actual = { value: await parseJsonInSlices(text, 0, pause) };
    } catch (error) {
      actual = { error: (error as Error).message };
    }
    assert.deepEqual(actual, expected, text);
  }
});

test('a big text is parsed with pauses from its first scan on, and gives what JSON.parse gives', async () => {
  // 20,000 items: the scan that finds the items stops every 256 of them, the parse every batch.
  const events = Array.from({ length: 20_000 }, (_, index) => ({ id: `e${index}`, title: `Event ${index}`, start: '2026-12-01T18:00' }));
  const text = JSON.stringify({ version: 1, events });
  pauses.length = 0;
  // A slice of 0 ms: every stop is a pause, as on a slow phone.
  assert.deepEqual(await parseJsonInSlices(text, 0, pause), JSON.parse(text));
  // 78 stops while scanning (20,000 / 256), then one before parsing, then one per batch of 256 items.
  assert.ok(pauses.length >= 78 + 1 + 78, `${pauses.length} pauses`);
});

test('validated in slices, then its skipped local times checked (as the browser does once the page is idle), a feed has the same problems as validated at once', async () => {
  // 2027-03-28 03:30 does not exist in Helsinki (03:00 becomes 04:00), nor does 03:15.
  const events = Array.from({ length: 3000 }, (_, index) => ({ id: `e${index}`, title: 'x', start: index % 1000 === 7 ? '2027-03-28T03:30' : '2027-03-27T18:00', end: index % 1000 === 9 ? '2027-03-28T03:15' : undefined }));
  const document = { version: 1, timeZone: 'Europe/Helsinki', events, festival: { id: 'f', name: 'F', start: '2027-03-28', end: '2027-03-29', programme: [{ title: 'Night', start: '2027-03-28T03:45' }] } };
  const atOnce = validateFeed(structuredClone(document));
  const inSlices = await validateFeedInSlices(structuredClone(document));
  assert.ok(inSlices.ok);
  assert.deepEqual(inSlices.problems.filter((problem) => problem.message.includes('does not exist')), [], 'the skipped local times come later');
  const problems = await withSkippedTimeWarnings(structuredClone(document), inSlices.problems);
  const skipped = problems.filter((problem) => problem.message.includes('does not exist in Europe/Helsinki'));
  assert.deepEqual(skipped.map((problem) => problem.path).sort(), ['events[1007].start', 'events[2007].start', 'events[7].start', 'events[9].end', 'events[1009].end', 'events[2009].end', 'festival.programme[0].start'].sort());
  assert.deepEqual(problems, atOnce.problems);
});

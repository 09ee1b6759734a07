/**
 * A big feed's JSON parsed in slices gives exactly what JSON.parse gives (the oracle), and a
 * broken text fails with JSON.parse's own error.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJsonInSlices } from '../../src/feed/json-slices.js';

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

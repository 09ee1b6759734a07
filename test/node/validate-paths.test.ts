/** Problems name the item's place in the document as written, whatever was skipped before it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateFeed } from '../../src/feed/validate.js';

const event = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: id, start: '2026-12-05T18:00', ...extra });
const pathsOf = (events: unknown[]) => {
  const result = validateFeed({ version: 1, categories: [{ id: 'culture', name: 'Culture' }], events });
  return result.problems.map((problem) => `${problem.severity} ${problem.path}`);
};

test('after a duplicate is removed, later items keep their document paths', () => {
  assert.deepEqual(pathsOf([event('a'), event('a'), event('b', { category: 'nope' })]), ['error events[1].id', 'warning events[2].category']);
});

test('after a broken item is skipped, later items keep their document paths', () => {
  assert.deepEqual(pathsOf([event('a', { start: '2026-02-30' }), event('b'), event('b'), event('c', { category: 'nope' })]), [
    'error events[0].start',
    'error events[2].id',
    'warning events[3].category',
  ]);
});

test('an end before the start is caught in every way a time can be written', () => {
  const ends = (start: string, end: string) => pathsOf([event('x', { start, end })]).includes('warning events[0].end');
  assert.equal(ends('2026-12-05T18:00', '2026-12-05T17:59'), true);
  assert.equal(ends('2026-12-05T18:00', '2026-12-05T18:00'), false);
  assert.equal(ends('2026-12-05', '2026-12-04'), true);
  assert.equal(ends('2026-12-05', '2026-12-05T00:00'), false, 'the same instant written two ways');
  assert.equal(ends('2026-12-05T18:00:30', '2026-12-05T18:00'), true);
  assert.equal(ends('2026-12-05T18:00+02:00', '2026-12-05T16:30Z'), false);
  assert.equal(ends('2026-12-05T18:00+02:00', '2026-12-05T15:30Z'), true, '16:00 UTC');
  assert.equal(ends('2026-12-05T18:00Z', '2026-12-05T17:00Z'), true);
});

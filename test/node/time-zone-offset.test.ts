/**
 * `timeZoneOffset` remembers a zone's offset per UTC day when the day begins and ends at the
 * same offset. Checked against Intl's own offset name (`GMT+05:45`, a different reading of the
 * time-zone data than the one the function asks for) in the zones whose changes are odd:
 * at midnight, by half an hour, by two hours, twice in a year, across the date line.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localTimeGap, timeZoneOffset, zonedDate, zonedTimeToInstant } from '../../src/feed/zoned-time.js';

const DAY = 86_400_000;
const QUARTER = 900_000;

/** The offset Intl names for an instant (`GMT-03:30` → -210), in minutes. */
function namedOffset(zone: string): (instant: number) => number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  return (instant) => {
    const match = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(format.format(instant));
    if (!match?.[1]) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60;
    return match[1] === '-' ? -minutes : minutes;
  };
}

const ODD_ZONES = [
  'Europe/Helsinki',
  'America/Sao_Paulo', // summer time began at midnight
  'America/Havana', // changes at midnight local
  'America/Santiago',
  'Africa/Casablanca', // summer time suspended for Ramadan: four changes a year
  'Asia/Gaza',
  'Australia/Lord_Howe', // half an hour of summer time
  'Antarctica/Troll', // two hours
  'Pacific/Apia', // skipped 30 Dec 2011 (date line)
  'Pacific/Kiritimati', // skipped 31 Dec 1994
  'Pacific/Chatham', // +12:45 / +13:45
  'Asia/Kathmandu', // +05:30 → +05:45 in 1986
  'America/St_Johns', // changed at 00:01 local time until 2011
  'Europe/Moscow',
  'America/Nuuk',
  'Asia/Tehran',
  'Africa/Monrovia', // -00:44:30 → UTC on 7 Jan 1972, at 00:44:30 UTC
];

describe('time-zone offsets remembered per day', () => {
  test('in zones with odd changes, every day from 1970 to 2040 at 00:00 and 12:00 UTC, and every quarter hour around each change, agree with Intl', { timeout: 60_000 }, () => {
    const wrong: string[] = [];
    let changes = 0;
    let checks = 0;
    const check = (zone: string, oracle: (instant: number) => number, instant: number) => {
      checks++;
      const ours = timeZoneOffset(instant, zone);
      const expected = oracle(instant);
      if (ours !== expected && wrong.length < 20) wrong.push(`${zone} ${new Date(instant).toISOString()}: ${ours} ≠ ${expected}`);
    };
    for (const zone of ODD_ZONES) {
      const oracle = namedOffset(zone);
      let previous = oracle(Date.UTC(1970, 0, 1));
      for (let day = Date.UTC(1970, 0, 1); day < Date.UTC(2041, 0, 1); day += DAY) {
        check(zone, oracle, day);
        check(zone, oracle, day + DAY / 2);
        const next = oracle(day + DAY);
        if (next !== previous) {
          changes++;
          // The change fell in this day or at the start of the next: every quarter hour of three days.
          for (let instant = day - DAY; instant < day + 2 * DAY; instant += QUARTER) {
            check(zone, oracle, instant);
            check(zone, oracle, instant + QUARTER - 1000);
          }
        }
        previous = next;
      }
    }
    assert.deepEqual(wrong, []);
    // The scan found the changes it is there for (Helsinki alone has two a year since 1981).
    assert.ok(changes > 800, `only ${changes} offset changes found`);
    assert.ok(checks > 800_000);
  });

  test('a local time is reported as skipped exactly when no instant near it reads it on the clocks: every quarter hour of the local days around each change from 1970 to 2040', { timeout: 60_000 }, () => {
    const wrong: string[] = [];
    let skipped = 0;
    for (const zone of ODD_ZONES) {
      const oracle = namedOffset(zone);
      for (let day = Date.UTC(1970, 0, 1); day < Date.UTC(2041, 0, 1); day += DAY) {
        const before = oracle(day);
        const after = oracle(day + DAY);
        if (before === after) continue;
        for (let wall = day - DAY; wall < day + 2 * DAY; wall += QUARTER) {
          // The wall time exists when, read at one of the two offsets, the instant has that offset.
          const exists = [before, after].some((offset) => oracle(wall - offset * 60_000) === offset);
          const text = new Date(wall).toISOString().slice(0, 16);
          const gap = localTimeGap(text, zone);
          if (!exists) skipped++;
          if (Boolean(gap) === exists && wrong.length < 20) wrong.push(`${zone} ${text}: ${exists ? 'exists' : 'skipped'}, reported ${gap ? `skipped (read as ${gap.readAs})` : 'existing'}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(skipped > 1000, `only ${skipped} skipped times`);
  });

  test('a local time resolves to the first instant the clocks read it at (skipped: read at the offset before), and that instant to its date, every quarter hour of the local days around each change and at noon of every day between', { timeout: 60_000 }, () => {
    const wrong: string[] = [];
    let checks = 0;
    for (const zone of ODD_ZONES) {
      const oracle = namedOffset(zone);
      const check = (wall: number, offsets: number[]) => {
        checks++;
        const readAt = offsets.map((offset) => wall - offset * 60_000).filter((instant) => oracle(instant) === (wall - instant) / 60_000);
        const expected = readAt.length ? Math.min(...readAt) : wall - offsets[0]! * 60_000;
        const date = new Date(wall);
        const ours = zonedTimeToInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), zone);
        const expectedDate = new Date(expected + oracle(expected) * 60_000).toISOString().slice(0, 10);
        if ((ours !== expected || zonedDate(ours, zone) !== expectedDate) && wrong.length < 20) {
          wrong.push(`${zone} ${date.toISOString().slice(0, 16)}: ${new Date(ours).toISOString()} ${zonedDate(ours, zone)} ≠ ${new Date(expected).toISOString()} ${expectedDate}`);
        }
      };
      for (let day = Date.UTC(1970, 0, 1); day < Date.UTC(2041, 0, 1); day += DAY) {
        const before = oracle(day);
        const after = oracle(day + DAY);
        if (before === after) check(day + DAY / 2, [before]);
        else for (let wall = day - DAY; wall < day + 2 * DAY; wall += QUARTER) check(wall, [before, after]);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(checks > 400_000, `only ${checks} checks`);
  });

  test('asked in any order (a calendar reads its months back and forth), the answers stay the same', () => {
    const zone = 'Africa/Casablanca';
    const oracle = namedOffset(zone);
    const instants = Array.from({ length: 5000 }, (_, index) => Date.UTC(2019, 0, 1) + ((index * 7_919 * QUARTER) % (8 * 365 * DAY)));
    for (const instant of [...instants].reverse()) assert.equal(timeZoneOffset(instant, zone), oracle(instant), new Date(instant).toISOString());
  });
});

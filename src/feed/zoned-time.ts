/**
 * Wall-clock times in a named time zone, with `Intl` only (no tz database of our own): the
 * offset at an instant, the wall reading of an instant and back, feed date-times resolved to
 * instants. Every function here gives the same answer whatever the time zone of the machine
 * that runs it.
 */
import { digitsAt, hasZone, MS_PER_DAY, MS_PER_MINUTE, type CalendarDate } from './time.js';

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Monday … 6 = Sunday (ISO). */
  weekday: number;
}

/**
 * By zone, then by UTC day since the epoch: the day's offset or, for a day whose offset
 * changes, `[first instant, offset, instant of the change, offset, …]`.
 */
const dayOffsets = new Map<string, Map<number, number | number[]>>();

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far from a wall time the offsets before and after a change are read (`zonedTimeToInstant`). */
const CHANGE_REACH_MS = 26 * 3_600_000;

/** The offset Intl gives at an instant, in minutes; not rounded (old local mean times were seconds off: Helsinki until 1921, +01:39:49). */
function intlOffset(instant: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    const numeric = 'numeric';
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric, second: numeric });
    offsetFormatters.set(timeZone, formatter);
  }
  const second = Math.floor(instant / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const { type, value } of formatter.formatToParts(second)) p[type] = Number(value);
  return (Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!) - second) / MS_PER_MINUTE;
}

/**
 * Offset of the time zone from UTC at an instant, in minutes (Helsinki in winter: 120; a
 * fraction for the local mean times of old).
 *
 * Intl is asked twice per zone and UTC day: a day that ends at the offset it began with has
 * that offset throughout (no summer time lasts less than a day; the generator of the calendar
 * files' VTIMEZONE blocks scans a week at a time on the same ground). In a day that ends at
 * another offset, each change is found to the second by halving: the time-zone data gives
 * changes in whole seconds, not all at whole minutes (St. John's changed at 00:01 local time
 * until 2011, Monrovia at 00:44:30 UTC in 1972).
 */
export function timeZoneOffset(instant: number, timeZone: string): number {
  const day = Math.floor(instant / MS_PER_DAY);
  let zone = dayOffsets.get(timeZone);
  if (!zone || zone.size > 20_000) dayOffsets.set(timeZone, (zone = new Map()));
  let known = zone.get(day);
  if (known === undefined) {
    const end = (day + 1) * MS_PER_DAY;
    const endOffset = intlOffset(end, timeZone);
    const changes = [day * MS_PER_DAY, intlOffset(day * MS_PER_DAY, timeZone)];
    for (let before = changes[0]!, offset = changes[1]!; offset !== endOffset; before = changes[changes.length - 2]!) {
      let after = end;
      while (after - before > 1000) {
        const middle = before + Math.floor((after - before) / 2000) * 1000;
        if (intlOffset(middle, timeZone) === offset) before = middle;
        else after = middle;
      }
      changes.push(after, (offset = intlOffset(after, timeZone)));
    }
    zone.set(day, (known = changes.length > 2 ? changes : changes[1]!));
  }
  if (typeof known === 'number') return known;
  let index = 1;
  while (index + 1 < known.length && instant >= known[index + 1]!) index += 2;
  return known[index]!;
}

/** The wall-clock reading of an instant in a time zone. */
export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const wall = new Date(instant + timeZoneOffset(instant, timeZone) * MS_PER_MINUTE);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: (wall.getUTCDay() + 6) % 7,
  };
}

/**
 * The instant at which clocks in `timeZone` read the given wall time. A time skipped by a
 * DST change (03:30 on the spring-forward night in Helsinki) maps to the instant one hour
 * later, as calendar programs do; a repeated time maps to its first occurrence.
 */
export function zonedTimeToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
  second = 0,
): number {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const guessOffset = timeZoneOffset(wallAsUtc, timeZone);
  // Most wall times: the UTC days around it (its instant is within 14 h of the wall reading) are known
  // to keep one offset throughout, so the wall time exists once, at that offset. (With the days
  // before and after at that offset, its own day begins and ends at it: `timeZoneOffset` keeps it
  // as that one offset too.)
  const utcDay = Math.floor(wallAsUtc / MS_PER_DAY);
  const days = dayOffsets.get(timeZone)!;
  if (days.get(utcDay - 1) === guessOffset && days.get(utcDay + 1) === guessOffset) return wallAsUtc - guessOffset * MS_PER_MINUTE;
  const firstGuess = wallAsUtc - guessOffset * MS_PER_MINUTE;
  // The offsets on either side of a change near it: a day and two hours away, for the largest jump
  // there has been (Apia skipped 30 December 2011, from −10 to +14 h).
  const earlierOffset = timeZoneOffset(firstGuess - CHANGE_REACH_MS, timeZone);
  const laterOffset = timeZoneOffset(firstGuess + CHANGE_REACH_MS, timeZone);
  // Try the offset before the change first so that a repeated hour maps to its first occurrence.
  let candidate = wallAsUtc - earlierOffset * MS_PER_MINUTE;
  if (timeZoneOffset(candidate, timeZone) === earlierOffset) return candidate;
  candidate = wallAsUtc - laterOffset * MS_PER_MINUTE;
  if (timeZoneOffset(candidate, timeZone) === laterOffset) return candidate;
  // The wall time does not exist (skipped by a DST change): shift forward by the gap.
  return wallAsUtc - earlierOffset * MS_PER_MINUTE;
}

/**
 * For a local date-time the clocks skip (`2027-03-28T03:30` in Helsinki, where 03:00 becomes
 * 04:00): how much they skip and the local time it is read as (`04:30`). Undefined for a time
 * that exists.
 */
export function localTimeGap(value: string, timeZone: string): { skippedMs: number; readAs: string } | undefined {
  if (value.length === 10) return undefined;
  const written = Date.UTC(digitsAt(value, 0, 4), digitsAt(value, 5, 2) - 1, digitsAt(value, 8, 2), digitsAt(value, 11, 2), digitsAt(value, 14, 2), value[16] === ':' ? digitsAt(value, 17, 2) : 0);
  // Nearly every time exists: read at the offset of its wall reading, it reads back as written.
  const offset = timeZoneOffset(written, timeZone);
  if (!hasZone(value) && timeZoneOffset(written - offset * MS_PER_MINUTE, timeZone) === offset) return undefined;
  const parsed = parseFeedTime(value, timeZone);
  if (parsed.allDay) return undefined;
  const p = zonedParts(parsed.instant, timeZone);
  const read = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  if (read === written) return undefined;
  return { skippedMs: read - written, readAs: `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}` };
}

/** A feed date-time resolved: an all-day date, or an instant. */
export type FeedTime = { allDay: true; date: CalendarDate } | { allDay: false; instant: number };

/**
 * Resolves a feed date (`2026-12-05`), local date-time (`2026-12-05T18:00`, in the feed's
 * time zone) or absolute date-time (`…Z`, `…+02:00`).
 */
export function parseFeedTime(value: string, timeZone: string): FeedTime {
  if (value.length === 10) return { allDay: true, date: value };
  if (hasZone(value)) return { allDay: false, instant: Date.parse(value) };
  const second = value[16] === ':' ? digitsAt(value, 17, 2) : 0;
  const instant = zonedTimeToInstant(digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2), digitsAt(value, 11, 2), digitsAt(value, 14, 2), timeZone, second);
  return { allDay: false, instant };
}

/** `YYYY-MM-DD` by day since the epoch (the same for every zone; a feed's dates fall on few days). */
const datesByDay = new Map<number, CalendarDate>();

/** The calendar date of an instant in a time zone. */
export function zonedDate(instant: number, timeZone: string): CalendarDate {
  const localDay = Math.floor((instant + timeZoneOffset(instant, timeZone) * MS_PER_MINUTE) / MS_PER_DAY);
  let date = datesByDay.get(localDay);
  if (!date) {
    if (datesByDay.size > 20_000) datesByDay.clear();
    datesByDay.set(localDay, (date = new Date(localDay * MS_PER_DAY).toISOString().slice(0, 10)));
  }
  return date;
}


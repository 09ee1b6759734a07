/**
 * Calendar dates and feed date-times as written: checks, order, day arithmetic, with no time
 * zone rules (those are `zoned-time.ts`, which a page showing no dates does not load). Every
 * function here gives the same answer whatever the time zone of the machine that runs it.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** Time zone names already checked (building an `Intl.DateTimeFormat` costs more than the rest of a feed's check). */
const checkedTimeZones = new Map<string, boolean>();

export function isValidTimeZone(timeZone: string): boolean {
  let valid = checkedTimeZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    if (checkedTimeZones.size > 1000) checkedTimeZones.clear();
    checkedTimeZones.set(timeZone, valid);
  }
  return valid;
}

/** The number written with `count` digits at `from` in `value`, or -1 when they are not all digits. */
export function digitsAt(value: string, from: number, count: number): number {
  let number = 0;
  for (let index = from; index < from + count; index++) {
    const digit = value.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * True when the date (and time, if any) at the start of `value` exists in the calendar: a
 * `YYYY-MM-DD` prefix, optionally followed by `THH:mm[:ss]`. Reads character codes and
 * allocates nothing: it runs for every date of every feed.
 */
export function isCalendarDate(value: string): boolean {
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || value[4] !== '-' || value[7] !== '-' || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (value[10] !== 'T') return true;
  const hour = digitsAt(value, 11, 2);
  const minute = value[13] === ':' ? digitsAt(value, 14, 2) : -1;
  if (hour < 0 || minute < 0) return true; // No time after all: the date alone is what counts.
  const second = value[16] === ':' ? digitsAt(value, 17, 2) : -1;
  return hour < 24 && minute < 60 && second < 60;
}

/** The years a feed may give: calendar apps and the widgets handle these. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;
/** The first year a time of day may be given in: time-zone data in calendar files starts here. */
export const FIRST_YEAR_WITH_TIME = 1970;

/** True when a feed date or date-time (`YYYY-MM-DD…`) falls in the years the feed may give. */
export function isSupportedYear(value: string): boolean {
  const year = digitsAt(value, 0, 4);
  return year >= (value.length > 10 ? FIRST_YEAR_WITH_TIME : FIRST_YEAR) && year <= LAST_YEAR;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** True when a feed date-time names its offset (`…Z`, `…+02:00`): then it is an instant, not a local time. */
export const hasZone = (value: string): boolean =>
  value.endsWith('Z') || (value[value.length - 3] === ':' && (value[value.length - 6] === '+' || value[value.length - 6] === '-'));

/**
 * True when feed time `later` is not before `earlier`. Two local times written alike (same
 * length, no zone) compare as text, without parsing: that is every event of most feeds.
 */
export function notBefore(later: string, earlier: string): boolean {
  return later.length === earlier.length && !hasZone(later) && !hasZone(earlier)
    ? later >= earlier
    : roughInstant(later) >= roughInstant(earlier);
}

/** A rough instant for ordering feed times without knowing the time zone (±14 h). */
export function roughInstant(value: string): number {
  if (value.length === 10) return Date.parse(`${value}T00:00Z`);
  return hasZone(value) ? Date.parse(value) : Date.parse(`${value}Z`);
}

export function toCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / MS_PER_DAY);
}

/** A date at noon UTC: a `Date` that formats to the same calendar day in every time zone when formatted with `timeZone: 'UTC'`. */
export function calendarDateToUtcDate(date: CalendarDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

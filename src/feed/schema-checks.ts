/**
 * The feed schema's checks that are code rather than a pattern or a bound: days in the
 * calendar, supported years, real time zones, ends not before starts. They are named here so
 * that both the valibot schema (`schema.ts`) and the rules generated from it for validation
 * (`src/generated/feed-rules.ts`, by scripts/feed-rules.ts) use the very same functions.
 */
import { isCalendarDate, isSupportedYear, notBefore } from './time.js';

export { isValidTimeZone } from './time.js';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A check of a date's day and year that speaks only when the text has a date's shape: "next
 * Friday" gets one problem (not a date, with the expected form), not three.
 */
const whenShaped = (pattern: RegExp, check: (value: string) => boolean) => (value: string) => !pattern.test(value) || check(value);

export const dateIsInCalendar = whenShaped(DATE_PATTERN, isCalendarDate);
export const dateYearIsSupported = whenShaped(DATE_PATTERN, isSupportedYear);
export const dateTimeIsInCalendar = whenShaped(DATE_TIME_PATTERN, isCalendarDate);
export const dateTimeYearIsSupported = whenShaped(DATE_TIME_PATTERN, isSupportedYear);

/** An event's end, when it has one, is not before its start. */
export const eventEndsAfterStart = (item: { start: string; end?: string | undefined }) => item.end === undefined || notBefore(item.end, item.start);
/** A weekly activity ends after it starts (clock times, HH:mm). */
export const activityEndsAfterStart = (item: { start: string; end: string }) => item.end > item.start;
/** A season that has both ends does not end before it starts. */
export const seasonEndsAfterStart = (item: { seasonStart?: string | undefined; seasonEnd?: string | undefined }) =>
  !item.seasonStart || !item.seasonEnd || item.seasonEnd >= item.seasonStart;

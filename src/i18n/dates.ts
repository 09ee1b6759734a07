/**
 * Dates and times for people, by `Intl` only, always in a given time zone (the feed's by
 * default, so Helsinki times read as Helsinki times on any machine).
 */
import type { EventTime } from '../feed/event-time.js';
import { calendarDateToUtcDate, type CalendarDate } from '../feed/time.js';
import { dateFormat } from './format.js';
import type { Locale } from './locales.js';

export const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
/** A short day with its weekday ("ti 24.12.", "вт, 24 дек."). */
export const WEEKDAY_DATE: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
export const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** A calendar date ("8. toukokuuta 2027", "8 мая 2027 г."). */
export function formatCalendarDate(locale: Locale, date: CalendarDate, options: Intl.DateTimeFormatOptions = DATE): string {
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(calendarDateToUtcDate(date));
}

/** A range of calendar dates, shortened as the language does it ("8.–10.5.2027", "8–10 мая 2027 г."). */
export function formatDateRange(locale: Locale, first: CalendarDate, last: CalendarDate, options: Intl.DateTimeFormatOptions = DATE): string {
  const format = dateFormat(locale, { ...options, timeZone: 'UTC' });
  return first === last ? format.format(calendarDateToUtcDate(first)) : format.formatRange(calendarDateToUtcDate(first), calendarDateToUtcDate(last));
}

/** A clock time in a time zone ("18.00", "18:00"). */
export function formatTime(locale: Locale, instant: number, timeZone: string): string {
  return dateFormat(locale, { ...TIME, timeZone }).format(instant);
}

/** The time range of a timed event, with its date(s) when `withDate` ("5.12.2026 klo 18.00–19.30"). */
export function formatInstantRange(locale: Locale, start: number, end: number, timeZone: string, withDate = true): string {
  const options: Intl.DateTimeFormatOptions = withDate ? { ...TIME, day: 'numeric', month: 'long', year: 'numeric', timeZone } : { ...TIME, timeZone };
  return dateFormat(locale, options).formatRange(start, end);
}

/** When an event happens, in words: a date range for all-day events, date and times otherwise. */
export function formatEventTime(locale: Locale, time: EventTime, timeZone: string): string {
  return time.allDay ? formatDateRange(locale, time.startDate, time.endDate) : formatInstantRange(locale, time.start, time.end, timeZone);
}

/**
 * A sentence that ends with a date ends with one period: where the date itself ends with one (an
 * abbreviation, "7 декабря 2026 г."), the sentence's own is left out.
 */
export const endingWithDate = (sentence: string): string => sentence.replace(/\.\.$/, '.');

/**
 * A date shown as a heading, capitalised as the language's typography expects: a heading
 * starts with a capital letter in all eight languages, though `Intl` writes Russian, Finnish,
 * Swedish… weekdays and months in lower case ("суббота, 5 декабря" → "Суббота, 5 декабря",
 * "lauantai 5. joulukuuta" → "Lauantai 5. joulukuuta"). Only the first letter changes (by the
 * locale's own case rules): month names later in the heading keep the language's lower case.
 * One rule for every widget's day headings (schedule days, calendar days and columns).
 */
export function capitalizeHeading(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(locale) + text.slice(letter.length);
}

/**
 * The calendar's pure date and layout logic, apart from any DOM: which days a month or week
 * shows (Monday first), occurrences of events and weekly activities on those days, and days
 * for the list (lanes for bars spanning several days: week-lanes.ts, with the views that show
 * them; side-by-side columns for overlapping timed events: week-layout.ts). Every date is a
 * `YYYY-MM-DD` string in the display time zone.
 */
import { eventDays, eventSortKey, eventTime, type EventTime } from '../../feed/event-time.js';
import type { Activity, Feed, FeedEvent, LocalizedText } from '../../feed/schema.js';
import { addDays, daysInMonth, FIRST_YEAR, isCalendarDate, LAST_YEAR, type CalendarDate } from '../../feed/time.js';
import { weekStart } from '../../presentation/dates.js';

/** One thing on the calendar: an event, or one session of a weekly activity. */
export interface Occurrence {
  /** Unique on the calendar: the event's id, or `activity-id@date` for a session. */
  key: string;
  event?: FeedEvent;
  activity?: Activity;
  title: LocalizedText;
  category?: string;
  location?: string;
  time: EventTime;
  /** First and last day (inclusive) in the display time zone. */
  first: CalendarDate;
  last: CalendarDate;
  sortKey: number;
  cancelled: boolean;
  postponed: boolean;
}

/** The days the calendar can show: the years a feed may give, which calendar apps handle too. */
const FIRST_DAY: CalendarDate = `${FIRST_YEAR}-01-01`;
const LAST_DAY: CalendarDate = `${LAST_YEAR}-12-31`;

/** `date` if it is a real day within the calendar's range, else the nearest end of the range; `undefined` for no date. */
export function calendarDay(date: string | undefined): CalendarDate | undefined {
  if (!date || !isCalendarDate(date) || date.length !== 10) return undefined;
  return date < FIRST_DAY ? FIRST_DAY : date > LAST_DAY ? LAST_DAY : date;
}

/** The first day of the month of `date` (`2026-12-17` → `2026-12-01`). */
export const monthStart = (date: CalendarDate): CalendarDate => `${date.slice(0, 7)}-01`;

/** The last day of the month of `date`. */
export const monthEnd = (date: CalendarDate): CalendarDate => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${date.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
};

/** The same day `months` months later, clamped to the month's length (31 Jan + 1 → 28 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const clamped = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}


/** The days from `first` to `last`, inclusive. */
export function daysFrom(first: CalendarDate, last: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The weeks (Monday to Sunday) that show the month of `date`: 4 to 6 rows of 7 days. */
export function monthWeeks(date: CalendarDate): CalendarDate[][] {
  const weeks: CalendarDate[][] = [];
  const last = monthEnd(date);
  for (let monday = weekStart(monthStart(date)); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(daysFrom(monday, addDays(monday, 6)));
  }
  return weeks;
}

/** A feed event as an occurrence in the display zone. */
export function eventOccurrence(event: FeedEvent, feed: Feed, displayZone: string): Occurrence {
  const time = eventTime(event, feed.timeZone);
  const { first, last } = eventDays(time, displayZone);
  return {
    key: event.id,
    event,
    title: event.title,
    category: event.category,
    location: event.location,
    time,
    first,
    last,
    sortKey: eventSortKey(time, displayZone),
    cancelled: event.status === 'cancelled',
    postponed: event.status === 'postponed',
  };
}

/** The feed's events as occurrences, sorted by start (then by title order of the feed). */
export function eventOccurrences(feed: Feed, displayZone: string): Occurrence[] {
  return feed.events.map((event) => eventOccurrence(event, feed, displayZone)).sort(byStart);
}

/** Start order; of two starting together, the longer first. (`YYYY-MM-DD` compares as text: no locale rules needed.) */
export const byStart = (a: Occurrence, b: Occurrence) => a.sortKey - b.sortKey || (a.last < b.last ? 1 : a.last > b.last ? -1 : 0);

/** The occurrences that touch any day from `from` to `to`, in start order. */
export const touching = (occurrences: readonly Occurrence[], from: CalendarDate, to: CalendarDate) =>
  occurrences.filter((occurrence) => occurrence.first <= to && occurrence.last >= from);

/** A day of the list view and what happens on it. */
export interface ListDay {
  date: CalendarDate;
  occurrences: Occurrence[];
}

/**
 * The list view's days from `from` on: each occurrence once, under the day it starts (or under
 * `from` when it began earlier: it continues), in order.
 */
export function listDays(occurrences: readonly Occurrence[], from: CalendarDate): ListDay[] {
  const byDay = new Map<CalendarDate, Occurrence[]>();
  for (const occurrence of occurrences) {
    if (occurrence.last < from) continue;
    const day = occurrence.first < from ? from : occurrence.first;
    let list = byDay.get(day);
    if (!list) byDay.set(day, (list = []));
    list.push(occurrence);
  }
  return [...byDay.keys()].sort().map((date) => ({ date, occurrences: byDay.get(date)!.sort(byStart) }));
}

/**
 * When an event happens, resolved once: all-day events as calendar dates (the end is the
 * last day, inclusive, as the feed writes it), timed events as instants. Everything that
 * shows, sorts, filters or exports events uses this.
 */
import type { FeedEvent } from './schema.js';
import { addDays, type CalendarDate } from './time.js';
import { localTimeGap, parseFeedTime, zonedDate, zonedParts } from './zoned-time.js';

/** True when a feed date-time names its offset (`…Z`, `…+02:00`). */
const isZoned = (value: string) => /(?:Z|[+-]\d{2}:\d{2})$/.test(value);

/** How long a timed event without an end lasts. */
export const DEFAULT_DURATION_MS = 60 * 60_000;

export type EventTime =
  | {
      allDay: true;
      /** First day. */
      startDate: CalendarDate;
      /** Last day (inclusive); equals startDate for a one-day event. */
      endDate: CalendarDate;
    }
  | {
      allDay: false;
      start: number;
      /** Exclusive end instant. */
      end: number;
    };

const cache = new WeakMap<FeedEvent, Map<string, EventTime>>();

/** The time of an event; `timeZone` is the feed's. Memoized per event object. */
export function eventTime(event: FeedEvent, timeZone: string): EventTime {
  let byZone = cache.get(event);
  if (!byZone) cache.set(event, (byZone = new Map()));
  let time = byZone.get(timeZone);
  if (!time) {
    time = resolve(event, timeZone);
    byZone.set(timeZone, time);
  }
  return time;
}

function resolve(event: FeedEvent, timeZone: string): EventTime {
  const start = parseFeedTime(event.start, timeZone);
  const end = event.end === undefined ? undefined : parseFeedTime(event.end, timeZone);
  if (start.allDay) {
    const endDate = end ? (end.allDay ? end.date : zonedDate(end.instant, timeZone)) : start.date;
    return { allDay: true, startDate: start.date, endDate: endDate < start.date ? start.date : endDate };
  }
  // A start the clocks skip is read later by the gap (03:30 → 04:30); a local end moves with it, so the event keeps its length.
  const gap = end && !end.allDay && event.end!.length > 10 && !isZoned(event.start) && !isZoned(event.end!) ? localTimeGap(event.start, timeZone) : undefined;
  if (gap && end && !end.allDay) end.instant = start.instant + (Date.parse(`${event.end!}Z`) - Date.parse(`${event.start}Z`));
  const endInstant = end ? (end.allDay ? parseFeedTime(`${addDays(end.date, 1)}T00:00`, timeZone) : end) : undefined;
  const endValue = endInstant && !endInstant.allDay && endInstant.instant > start.instant ? endInstant.instant : start.instant + DEFAULT_DURATION_MS;
  return { allDay: false, start: start.instant, end: endValue };
}

/** The calendar days (in `timeZone`) an event touches, first and last inclusive. */
export function eventDays(time: EventTime, timeZone: string): { first: CalendarDate; last: CalendarDate } {
  if (time.allDay) return { first: time.startDate, last: time.endDate };
  // An event ending exactly at midnight does not touch the next day.
  return { first: zonedDate(time.start, timeZone), last: zonedDate(time.end - 1, timeZone) };
}

/** Sort key: start instant (all-day events at the start of their first day in `timeZone`). */
export function eventSortKey(time: EventTime, timeZone: string): number {
  return time.allDay ? (parseFeedTime(`${time.startDate}T00:00`, timeZone) as { instant: number }).instant : time.start;
}

/** True when the event is over at `now`. */
export function isPast(time: EventTime, timeZone: string, now = Date.now()): boolean {
  if (!time.allDay) return time.end <= now;
  return time.endDate < zonedDate(now, timeZone);
}

/** Minutes since local midnight of an instant in a time zone (for placing it on a day grid). */
export function minutesIntoDay(instant: number, timeZone: string): number {
  const parts = zonedParts(instant, timeZone);
  return parts.hour * 60 + parts.minute;
}

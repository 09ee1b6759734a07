/**
 * Weekly activities: their dates within the season, skipping exceptions, and the instants of
 * each session in the feed's time zone (so 18:00 stays 18:00 across DST).
 */
import type { Activity, Weekday } from './schema.js';
import { WEEKDAYS } from './constants.js';
import { addDays, MS_PER_DAY, toCalendarDate, type CalendarDate } from './time.js';
import { zonedDate, zonedTimeToInstant } from './zoned-time.js';

export interface Session {
  activity: Activity;
  date: CalendarDate;
  start: number;
  end: number;
  /** The exception for this date, when the session does not take place. */
  exception?: NonNullable<Activity['exceptions']>[number];
}

const weekdayIndex = (day: Weekday) => WEEKDAYS.indexOf(day);

/** The instant of a local clock time ("18:00") on a date in a time zone. */
export function clockTimeOn(date: CalendarDate, clock: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = clock.split(':').map(Number) as [number, number];
  return zonedTimeToInstant(year, month, day, hour, minute, timeZone);
}

/** Days since 1970-01-01 (a Thursday) of a `YYYY-MM-DD` date. */
const dayNumber = (date: CalendarDate): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
};

/**
 * The first day of an activity's weekly series: its `seasonStart`, or, without one, 1 January
 * of the year `now` falls in (in the feed's time zone). One rule for the calendar, the
 * schedule and the `.ics` series, so that they show the same sessions; a published calendar
 * keeps the same start all year (not the day it was exported).
 */
export function seriesStart(activity: Activity, now: number, timeZone: string): CalendarDate {
  return activity.seasonStart ?? `${zonedDate(now, timeZone).slice(0, 4)}-01-01`;
}

/**
 * Every session of the activity on the dates from `from` to `to` (inclusive), in order,
 * including those cancelled by an exception (marked with it). Computed from day numbers,
 * week by week: the cost is the sessions in the range, not its days.
 */
export function sessionsBetween(activity: Activity, from: CalendarDate, to: CalendarDate, timeZone: string, now = Date.now()): Session[] {
  const sessions: Session[] = [];
  const seasonStart = seriesStart(activity, now, timeZone);
  const first = dayNumber(seasonStart > from ? seasonStart : from);
  const last = dayNumber(activity.seasonEnd && activity.seasonEnd < to ? activity.seasonEnd : to);
  if (last < first) return sessions;
  const weekdays = [...new Set(activity.days.map(weekdayIndex))].sort();
  const exceptions = activity.exceptions?.length ? new Map(activity.exceptions.map((exception) => [exception.date, exception])) : undefined;
  const [startHour, startMinute] = activity.start.split(':').map(Number) as [number, number];
  const [endHour, endMinute] = activity.end.split(':').map(Number) as [number, number];
  // The Monday on or before the first day (day 0 was a Thursday: weekday 3, Monday first).
  const firstMonday = first - ((first % 7) + 7 + 3) % 7;
  for (let monday = firstMonday; monday <= last; monday += 7) {
    for (const weekday of weekdays) {
      const day = monday + weekday;
      if (day < first || day > last) continue;
      const utc = new Date(day * MS_PER_DAY);
      const [year, month, dayOfMonth] = [utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate()];
      const date = toCalendarDate(year, month, dayOfMonth);
      sessions.push({
        activity,
        date,
        start: zonedTimeToInstant(year, month, dayOfMonth, startHour, startMinute, timeZone),
        end: zonedTimeToInstant(year, month, dayOfMonth, endHour, endMinute, timeZone),
        exception: exceptions?.get(date),
      });
    }
  }
  return sessions;
}

/**
 * The next session that takes place (not cancelled) and has not ended at `now`, or
 * undefined when the season is over. Looks at most a year ahead.
 */
export function nextSession(activity: Activity, now: number, timeZone: string): Session | undefined {
  const today = zonedDate(now, timeZone);
  for (let from = today; from <= addDays(today, 366); from = addDays(from, 28)) {
    const found = sessionsBetween(activity, from, addDays(from, 27), timeZone).find((session) => !session.exception && session.end > now);
    if (found) return found;
    if (activity.seasonEnd && from > activity.seasonEnd) return undefined;
  }
  return undefined;
}

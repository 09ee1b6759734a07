/**
 * Weekly activities: their dates within the season, skipping exceptions, and the instants of
 * each session in the feed's time zone (so 18:00 stays 18:00 across DST).
 */
import type { Activity, Weekday } from './schema.js';
import { WEEKDAYS } from './constants.js';
import { addDays, daysBetween, weekdayOf, zonedDate, zonedTimeToInstant, type CalendarDate } from './time.js';

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

/**
 * Every session of the activity on the dates from `from` to `to` (inclusive), in order,
 * including those cancelled by an exception (marked with it).
 */
export function sessionsBetween(activity: Activity, from: CalendarDate, to: CalendarDate, timeZone: string): Session[] {
  const days = new Set(activity.days.map(weekdayIndex));
  const exceptions = new Map((activity.exceptions ?? []).map((exception) => [exception.date, exception]));
  const sessions: Session[] = [];
  const first = activity.seasonStart && activity.seasonStart > from ? activity.seasonStart : from;
  const last = activity.seasonEnd && activity.seasonEnd < to ? activity.seasonEnd : to;
  // Counted, not compared as text: the day after 9999-12-31 is "10000-01-01", which sorts before it.
  for (let date = first, left = daysBetween(first, last); left >= 0; date = addDays(date, 1), left--) {
    if (!days.has(weekdayOf(date))) continue;
    sessions.push({
      activity,
      date,
      start: clockTimeOn(date, activity.start, timeZone),
      end: clockTimeOn(date, activity.end, timeZone),
      exception: exceptions.get(date),
    });
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

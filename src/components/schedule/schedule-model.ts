/**
 * The schedule's pure logic, without rendering: which sessions fall on the days shown, how
 * overlapping sessions share a day's width, what the filters offer and keep, and which weeks
 * the season spans. All dates are calendar dates in the feed's time zone (see
 * `src/feed/time.ts`); season and exceptions come from `src/feed/recurrence.ts`.
 */
import { sessionsBetween, type Session } from '../../feed/recurrence.js';
import type { Activity, Audience } from '../../feed/schema.js';
import { AUDIENCES } from '../../feed/constants.js';
import { addDays, type CalendarDate } from '../../feed/time.js';
import { weekStart } from '../../presentation/dates.js';

/** What the visitor narrowed the schedule to; an empty value means "all". */
export interface ScheduleFilters {
  category: string;
  audience: string;
  language: string;
}

/** A session placed on its day: `column` of `columns` side by side (overlaps share the width). */
export interface PlacedSession extends Session {
  column: number;
  columns: number;
}

/** One day of the timetable and the sessions on it, in order of start. */
export interface ScheduleDay {
  date: CalendarDate;
  sessions: PlacedSession[];
}

/** Minutes since midnight of a clock time ("18:30" → 1110): positions do not move across DST. */
export const clockMinutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));


/** The activities that pass every filter that is set. A bilingual activity matches each of its languages. */
export function filterActivities(activities: readonly Activity[], filters: ScheduleFilters): Activity[] {
  return activities.filter(
    (activity) =>
      (!filters.category || activity.category === filters.category) &&
      (!filters.audience || (activity.audience ?? []).includes(filters.audience as Audience)) &&
      (!filters.language || (activity.languages ?? []).some((code) => code === filters.language || code.split('-')[0] === filters.language)),
  );
}

/** The choices each filter offers: only values some activity has, audiences in their natural order. */
export function filterChoices(activities: readonly Activity[]): { categories: string[]; audiences: Audience[]; languages: string[] } {
  const categories = new Set<string>();
  const audiences = new Set<Audience>();
  const languages = new Set<string>();
  for (const activity of activities) {
    if (activity.category) categories.add(activity.category);
    activity.audience?.forEach((audience) => audiences.add(audience));
    activity.languages?.forEach((code) => languages.add(code.split('-')[0]!));
  }
  return { categories: [...categories], audiences: AUDIENCES.filter((audience) => audiences.has(audience)), languages: [...languages] };
}

/**
 * Gives each session a column: sessions that overlap (directly or through a chain) share
 * the day's width, each in the first column free at its start.
 */
export function placeSessions(sessions: readonly Session[]): PlacedSession[] {
  const sorted = [...sessions].sort(
    (a, b) => clockMinutes(a.activity.start) - clockMinutes(b.activity.start) || clockMinutes(b.activity.end) - clockMinutes(a.activity.end),
  );
  const placed: PlacedSession[] = [];
  let group: PlacedSession[] = [];
  let columnEnds: number[] = [];
  const closeGroup = () => {
    for (const session of group) session.columns = columnEnds.length;
    group = [];
    columnEnds = [];
  };
  for (const session of sorted) {
    const start = clockMinutes(session.activity.start);
    if (columnEnds.length && Math.max(...columnEnds) <= start) closeGroup();
    let column = columnEnds.findIndex((end) => end <= start);
    if (column < 0) column = columnEnds.length;
    columnEnds[column] = clockMinutes(session.activity.end);
    const item = { ...session, column, columns: 1 };
    group.push(item);
    placed.push(item);
  }
  closeGroup();
  return placed;
}

/** The days from `first`, `count` of them, each with its sessions (cancelled ones included, marked). */
export function scheduleDays(activities: readonly Activity[], first: CalendarDate, count: number, timeZone: string): ScheduleDay[] {
  const last = addDays(first, count - 1);
  const byDate = new Map<CalendarDate, Session[]>();
  for (const activity of activities) {
    for (const session of sessionsBetween(activity, first, last, timeZone)) {
      byDate.set(session.date, [...(byDate.get(session.date) ?? []), session]);
    }
  }
  return Array.from({ length: count }, (_, index) => {
    const date = addDays(first, index);
    return { date, sessions: placeSessions(byDate.get(date) ?? []) };
  });
}

/**
 * The Mondays of the first and last weeks any activity runs, or undefined on a side where
 * some activity has no season bound (the week switcher is then open on that side).
 */
export function seasonWeeks(activities: readonly Activity[]): { first?: CalendarDate; last?: CalendarDate } {
  const starts = activities.map((activity) => activity.seasonStart);
  const ends = activities.map((activity) => activity.seasonEnd);
  const bound = (dates: (string | undefined)[], pick: (a: string, b: string) => string) =>
    dates.length && dates.every(Boolean) ? weekStart((dates as string[]).reduce(pick)) : undefined;
  return {
    first: bound(starts, (a, b) => (a < b ? a : b)),
    last: bound(ends, (a, b) => (a > b ? a : b)),
  };
}

/** `week` moved into the season's weeks (an unbounded side does not limit it). */
export function clampWeek(week: CalendarDate, season: { first?: CalendarDate; last?: CalendarDate }): CalendarDate {
  if (season.first && week < season.first) return season.first;
  if (season.last && week > season.last) return season.last;
  return week;
}

/** The hours the week grid spans (`to` exclusive): every activity fits, and the span is at least four hours. */
export function hourRange(activities: readonly Activity[]): { from: number; to: number } {
  if (!activities.length) return { from: 9, to: 17 };
  const from = Math.floor(Math.min(...activities.map((activity) => clockMinutes(activity.start))) / 60);
  const to = Math.ceil(Math.max(...activities.map((activity) => clockMinutes(activity.end))) / 60);
  return { from, to: Math.max(to, from + 4) };
}

/**
 * A week row's occurrences as bars in lanes, for bars spanning several days: the month's rows
 * and the week's all-day row. Pure, apart from any DOM; loaded with those views (a phone's list
 * has no use for it).
 */
import { byStart, touching, type Occurrence } from './calendar-layout.js';
import type { CalendarDate } from '../../feed/time.js';

/** For each week (rows of 7 days), the occurrences that touch it: one pass over the occurrences, in their order. */
export function occurrencesByWeek(weeks: readonly (readonly CalendarDate[])[], occurrences: readonly Occurrence[]): Occurrence[][] {
  const byWeek: Occurrence[][] = weeks.map(() => []);
  // The week of each day of the grid, looked up (dates compare as text: before the grid is week 0, after it the last).
  const weekOfDay = new Map(weeks.flatMap((days, week) => days.map((day) => [day, week] as const)));
  const gridStart = weeks[0]![0]!;
  const lastWeek = weeks.length - 1;
  const gridEnd = weeks[lastWeek]![weeks[lastWeek]!.length - 1]!;
  for (const occurrence of occurrences) {
    if (occurrence.first > gridEnd || occurrence.last < gridStart) continue;
    const from = occurrence.first < gridStart ? 0 : weekOfDay.get(occurrence.first)!;
    const to = occurrence.last > gridEnd ? lastWeek : weekOfDay.get(occurrence.last)!;
    for (let week = from; week <= to; week++) byWeek[week]!.push(occurrence);
  }
  return byWeek;
}

/** A bar of an occurrence within one week row: columns 0–6, and the lane (row) it takes. */
export interface WeekSegment {
  occurrence: Occurrence;
  /** Column of the first day in this week (0 = Monday). */
  column: number;
  /** Number of days it covers in this week. */
  span: number;
  lane: number;
  /** The occurrence goes on before this week / after it. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/**
 * Places the occurrences of one week as bars in lanes: multi-day ones first (longest first),
 * then by start; each takes the lowest lane free on all its days.
 */
export function layoutWeek(week: readonly CalendarDate[], occurrences: readonly Occurrence[]): WeekSegment[] {
  const monday = week[0]!;
  const sunday = week[week.length - 1]!;
  const segments = touching(occurrences, monday, sunday).map((occurrence) => {
    // The week's days are consecutive: a day's column is its place in the week.
    const column = occurrence.first < monday ? 0 : week.indexOf(occurrence.first);
    const lastColumn = occurrence.last > sunday ? week.length - 1 : week.indexOf(occurrence.last);
    return {
      occurrence,
      column,
      span: lastColumn - column + 1,
      lane: 0,
      continuesBefore: occurrence.first < monday,
      continuesAfter: occurrence.last > sunday,
    };
  });
  segments.sort((a, b) => a.column - b.column || b.span - a.span || byStart(a.occurrence, b.occurrence));
  const taken: boolean[][] = week.map(() => []);
  // Per day, no lane below this one is free: the search for a segment starts at the highest of its days'.
  const lowestFree = week.map(() => 0);
  const freeOnAllDays = (segment: WeekSegment, lane: number) => {
    for (let day = segment.column; day < segment.column + segment.span; day++) if (taken[day]![lane]) return false;
    return true;
  };
  for (const segment of segments) {
    let lane = 0;
    for (let day = segment.column; day < segment.column + segment.span; day++) lane = Math.max(lane, lowestFree[day]!);
    while (!freeOnAllDays(segment, lane)) lane++;
    segment.lane = lane;
    for (let day = segment.column; day < segment.column + segment.span; day++) {
      taken[day]![lane] = true;
      while (taken[day]![lowestFree[day]!]) lowestFree[day]!++;
    }
  }
  return segments;
}

/**
 * Which bars a week shows with `maxLanes` lanes per day, how many occurrences each day hides
 * behind "+N more", and how many each day has in all. When a day overflows, its last lane makes
 * room for the "+N more".
 */
export function fitWeek(segments: readonly WeekSegment[], maxLanes: number): { shown: WeekSegment[]; hidden: number[]; perDay: number[] } {
  const perDay = [0, 0, 0, 0, 0, 0, 0];
  for (const segment of segments) for (let offset = 0; offset < segment.span; offset++) perDay[segment.column + offset]!++;
  const shown: WeekSegment[] = [];
  const hidden = [0, 0, 0, 0, 0, 0, 0];
  for (const segment of segments) {
    const end = segment.column + segment.span;
    let fits = true;
    for (let day = segment.column; day < end && fits; day++) fits = segment.lane < (perDay[day]! > maxLanes ? maxLanes - 1 : maxLanes);
    if (fits) shown.push(segment);
    else for (let day = segment.column; day < end; day++) hidden[day]!++;
  }
  return { shown, hidden, perDay };
}

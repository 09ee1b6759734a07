/**
 * The week time grid's pure layout: timed occurrences as blocks on each day's 24-hour column,
 * split at midnight, overlapping ones side by side. Loaded with the week view.
 */
import { minutesIntoDay } from '../../feed/event-time.js';
import type { CalendarDate } from '../../feed/time.js';
import { zonedDate } from '../../feed/zoned-time.js';
import { touching, type Occurrence } from './calendar-layout.js';

/** A timed occurrence's part on one day of the week grid, in minutes from midnight. */
export interface DayBlock {
  occurrence: Occurrence;
  top: number;
  bottom: number;
  /** Side-by-side placement among overlapping blocks. */
  column: number;
  columns: number;
}

const MINUTES_PER_DAY = 24 * 60;

/** True when the occurrence belongs to the all-day row of a time grid (all-day, or a timed one of a full day or more). */
export const isAllDayRow = (occurrence: Occurrence) =>
  occurrence.time.allDay || occurrence.time.end - occurrence.time.start >= 24 * 3_600_000;

/**
 * The timed occurrences of one day as blocks on a 24-hour column. An event crossing midnight
 * gets a block on each day; overlapping blocks share the width side by side.
 */
export function layoutDay(day: CalendarDate, occurrences: readonly Occurrence[], displayZone: string): DayBlock[] {
  const blocks: DayBlock[] = [];
  for (const occurrence of touching(occurrences, day, day)) {
    if (isAllDayRow(occurrence) || occurrence.time.allDay) continue;
    const { start, end } = occurrence.time;
    const top = occurrence.first < day ? 0 : minutesIntoDay(start, displayZone);
    const endsToday = zonedDate(end - 1, displayZone) === day;
    let bottom = endsToday ? minutesIntoDay(end, displayZone) : MINUTES_PER_DAY;
    if (endsToday && bottom === 0) bottom = MINUTES_PER_DAY;
    // Wall clocks run back on the autumn DST night: keep a block at least 15 minutes tall.
    blocks.push({ occurrence, top, bottom: Math.max(bottom, top + 15), column: 0, columns: 1 });
  }
  blocks.sort((a, b) => a.top - b.top || b.bottom - a.bottom);
  // Clusters of blocks that overlap one another share columns.
  let cluster: DayBlock[] = [];
  let clusterEnd = -1;
  const close = () => {
    const columnEnds: number[] = [];
    for (const block of cluster) {
      let column = columnEnds.findIndex((columnEnd) => columnEnd <= block.top);
      if (column === -1) column = columnEnds.length;
      columnEnds[column] = block.bottom;
      block.column = column;
    }
    for (const block of cluster) block.columns = columnEnds.length;
    cluster = [];
  };
  for (const block of blocks) {
    if (block.top >= clusterEnd) close();
    cluster.push(block);
    clusterEnd = Math.max(clusterEnd, block.bottom);
  }
  close();
  return blocks;
}


/**
 * Feed date-times as the studio's fields show them: a date and a clock time in the feed's
 * time zone, whatever the computer's, and whether such a clock reading exists on that day
 * (a DST night skips an hour in spring and repeats one in autumn).
 */
import { toCalendarDate } from '../../feed/time.js';
import { parseFeedTime, timeZoneOffset, zonedParts, zonedTimeToInstant } from '../../feed/zoned-time.js';

export interface WallTime {
  date: string;
  /** `HH:mm`, or '' for an all-day date. */
  time: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A feed date-time (`2027-03-28`, `2027-03-28T03:30`, `…Z`, `…+02:00`) as date and time in the feed's zone. */
export function toWallTime(value: string | undefined, timeZone: string): WallTime {
  if (!value) return { date: '', time: '' };
  if (value.length === 10) return { date: value, time: '' };
  const hasZone = /(?:Z|[+-]\d{2}:\d{2})$/.test(value);
  if (!hasZone) return { date: value.slice(0, 10), time: value.slice(11, 16) };
  const resolved = parseFeedTime(value, timeZone);
  if (resolved.allDay || Number.isNaN(resolved.instant)) return { date: value.slice(0, 10), time: value.slice(11, 16) };
  const parts = zonedParts(resolved.instant, timeZone);
  return { date: toCalendarDate(parts.year, parts.month, parts.day), time: `${pad(parts.hour)}:${pad(parts.minute)}` };
}

/** The feed value for a date and a time in the feed's zone: a local date-time, or the date alone when there is no time. */
export const fromWallTime = ({ date, time }: WallTime): string | undefined => (!date ? undefined : time ? `${date}T${time}` : date);

export type WallTimeKind = 'ok' | 'skipped' | 'repeated';

/**
 * Whether clocks in `timeZone` read `time` on `date` exactly once ('ok'), never (skipped by
 * the spring change) or twice (repeated by the autumn change).
 */
export function checkWallTime(date: string, time: string, timeZone: string): WallTimeKind {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return 'ok';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  let instant: number;
  try {
    instant = zonedTimeToInstant(year, month, day, hour, minute, timeZone);
  } catch {
    return 'ok';
  }
  const shown = zonedParts(instant, timeZone);
  if (shown.hour !== hour || shown.minute !== minute || shown.day !== day) return 'skipped';
  // The same reading one offset change later: the autumn hour that comes twice.
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsets = new Set([-3, 3].map((hours) => timeZoneOffset(instant + hours * 3_600_000, timeZone)));
  for (const offset of offsets) {
    const other = wallAsUtc - offset * 60_000;
    if (other === instant) continue;
    const parts = zonedParts(other, timeZone);
    if (parts.hour === hour && parts.minute === minute && parts.day === day) return 'repeated';
  }
  return 'ok';
}

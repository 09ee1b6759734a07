/**
 * The period a calendar shows and what is in it: one answer for the count read to screen
 * readers, the announcement when the period or the filters change, and "Export these events".
 */
import type { CalendarDate } from '../../feed/time.js';
import type { Feed } from '../../feed/schema.js';
import type { CalendarView } from '../../events/calendar.js';
import { monthEnd, monthStart, type ListDay, type Occurrence } from './calendar-layout.js';

export interface ShownPeriod {
  view: CalendarView;
  /** First and last day (inclusive): the month's days, the days of the week view, or the list's days. */
  start: CalendarDate;
  end: CalendarDate;
  /** The occurrences shown in it (filters applied; the weekly activities' sessions with `activities`), each once, in start order. */
  occurrences: Occurrence[];
}

/** Downloads the period's events as one calendar file: its events, and each weekly activity with a session in it as its series. */
export async function exportPeriod(feed: Feed, period: ShownPeriod, options: { lang: string; feedUrl?: string }): Promise<void> {
  const { buildCalendarFile, downloadCalendarFile } = await import('../../ics/calendar-file.js');
  const events = new Set(period.occurrences.flatMap((occurrence) => (occurrence.event ? [occurrence.event] : [])));
  const activities = new Set(period.occurrences.flatMap((occurrence) => (occurrence.activity ? [occurrence.activity] : [])));
  const text = await buildCalendarFile(feed, { lang: options.lang, events: [...events], activities: [...activities], feedUrl: options.feedUrl });
  downloadCalendarFile(text, 'events.ics');
}

/** Where the occurrences of a period come from. */
export interface PeriodSource {
  view: CalendarView;
  anchor: CalendarDate;
  /** The days the week view shows. */
  weekDays: CalendarDate[];
  /** The list's days from a day on. */
  listDays(from: CalendarDate): ListDay[];
  /** The occurrences touching the days from `from` to `to`. */
  between(from: CalendarDate, to: CalendarDate): Occurrence[];
}

/** The period a view shows from its anchor: the month's days, the week view's days, or the list's days from the anchor on. */
export function shownPeriodOf(source: PeriodSource): ShownPeriod {
  const { view, anchor } = source;
  if (view === 'list') {
    const days = source.listDays(anchor);
    return { view, start: anchor, end: days.at(-1)?.date ?? anchor, occurrences: [...new Set(days.flatMap((day) => day.occurrences))] };
  }
  const [start, end] = view === 'month' ? [monthStart(anchor), monthEnd(anchor)] : [source.weekDays[0]!, source.weekDays.at(-1)!];
  return { view, start, end, occurrences: source.between(start, end) };
}

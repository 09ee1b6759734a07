/**
 * Where a festival stands at a given moment — before (with the time left), during (with
 * today's programme item) or after — computed in the feed's time zone. Pure functions: the
 * banner passes the clock in, so tests and previews can pick any moment.
 */
import { eventDays, eventSortKey, eventTime } from '../../feed/event-time.js';
import type { FeedEvent, Festival } from '../../feed/schema.js';
import { addDays, daysBetween, type CalendarDate } from '../../feed/time.js';
import { zonedDate } from '../../feed/zoned-time.js';
import { relativeTimeFormat } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** A stretch of time with feed `start`/`end` (a festival, a programme item), as instants and calendar days. */
export interface Span {
  /** First instant (all-day: local midnight of the first day). */
  start: number;
  /** Exclusive end instant (all-day: local midnight after the last day). */
  end: number;
  first: CalendarDate;
  /** Last day, inclusive. */
  last: CalendarDate;
}

/** The span of anything with feed times, resolved as events are (all-day dates or instants in `timeZone`). */
export function spanOf(item: { start: string; end?: string }, timeZone: string): Span {
  // eventTime() reads only `start` and `end`; it memoizes per object, so a festival or programme item resolves once.
  const time = eventTime(item as FeedEvent, timeZone);
  const { first, last } = eventDays(time, timeZone);
  const dayAfter = addDays(last, 1);
  const end = time.allDay ? eventSortKey({ allDay: true, startDate: dayAfter, endDate: dayAfter }, timeZone) : time.end;
  return { start: eventSortKey(time, timeZone), end, first, last };
}

/** How long until the festival starts, in the unit people would use. */
export interface TimeLeft {
  /** Days while the start is a calendar day or more away; hours within the last 24 hours; minutes in the last hour. */
  unit: 'day' | 'hour' | 'minute';
  value: number;
}

export type FestivalPhase =
  | { phase: 'before'; span: Span; left: TimeLeft }
  | { phase: 'during'; span: Span; item?: TodaysItem }
  | { phase: 'after'; span: Span };

export type ProgrammeItem = NonNullable<Festival['programme']>[number];

/** The programme item to show today: the one going on now, else the next one today. */
export interface TodaysItem {
  item: ProgrammeItem;
  span: Span;
  /** True while it is going on, false when it is still to come today. */
  now: boolean;
}

/**
 * The time left until `start`: whole calendar days in the feed's zone (so a DST change or
 * the hour of the day does not make "in 3 days" read "in 2 days"), then hours on the last
 * day, then minutes in the last hour.
 */
export function timeLeft(start: number, now: number, timeZone: string): TimeLeft {
  const ms = start - now;
  if (ms < HOUR) return { unit: 'minute', value: Math.max(1, Math.ceil(ms / MINUTE)) };
  if (ms < 24 * HOUR) return { unit: 'hour', value: Math.round(ms / HOUR) };
  return { unit: 'day', value: Math.max(1, daysBetween(zonedDate(now, timeZone), zonedDate(start, timeZone))) };
}

/** "in 12 days", "через 12 дней", "tomorrow", "in 5 hours": Intl pluralizes right in every language. */
export function formatTimeLeft(locale: Locale, left: TimeLeft): string {
  return relativeTimeFormat(locale, { numeric: 'auto' }).format(left.value, left.unit);
}

/** Today's programme item at `now`: the one going on, else the next one starting today. */
export function todaysItem(programme: readonly ProgrammeItem[] | undefined, now: number, timeZone: string): TodaysItem | undefined {
  const today = zonedDate(now, timeZone);
  let next: TodaysItem | undefined;
  for (const item of programme ?? []) {
    const span = spanOf(item, timeZone);
    if (span.start <= now && now < span.end) return { item, span, now: true };
    if (span.first === today && span.start > now && (!next || span.start < next.span.start)) next = { item, span, now: false };
  }
  return next;
}

/** Where the festival stands at `now`. */
export function festivalPhase(festival: Festival, now: number, timeZone: string): FestivalPhase {
  const span = spanOf(festival, timeZone);
  if (now < span.start) return { phase: 'before', span, left: timeLeft(span.start, now, timeZone) };
  if (now < span.end) return { phase: 'during', span, item: todaysItem(festival.programme, now, timeZone) };
  return { phase: 'after', span };
}

/**
 * The language of the title shown beside the visitor's: the festival's `secondLanguage`, or,
 * when the visitor already reads the title in that language, English — or Finnish when
 * that is English too. Undefined without a second language, or when the title has no text
 * of its own in the language picked (a fallback text would only repeat the first title).
 */
export function pairedLanguage(festival: Festival, shownLanguage: string | undefined): string | undefined {
  const second = festival.secondLanguage;
  const title = festival.title;
  if (!second || typeof title === 'string') return undefined;
  const base = (tag: string | undefined) => tag?.split('-')[0];
  const shown = base(shownLanguage);
  const candidates = base(second) !== shown ? [second] : ['en', 'fi'];
  return candidates.find((lang) => base(lang) !== shown && title[lang] && title[lang] !== title[shownLanguage ?? '']);
}

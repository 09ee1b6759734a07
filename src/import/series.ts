/**
 * What a calendar entry becomes in the feed: a one-off event, a weekly activity (a weekly or
 * daily series at a fixed clock time in the feed's zone, its EXDATEs and cancelled or moved
 * instances as exceptions, moved instances also as events of their own), or, for a series a
 * weekly activity cannot hold (monthly, every other week, all-day, another time zone), its
 * occurrences as events within a window around the import date.
 */
import ICAL from 'ical.js';
import { WEEKDAYS } from '../feed/constants.js';
import type { Weekday } from '../feed/schema.js';
import { addDays, toCalendarDate, weekdayOf, type CalendarDate } from '../feed/time.js';
import { timeZoneOffset, zonedDate, zonedParts, zonedTimeToInstant } from '../feed/zoned-time.js';
import type { CalendarEntry, EntryTime, WallTime } from './ics-read.js';

/** How far around the import date a series that is not weekly is expanded into events. */
export const EXPANSION_DAYS_BEFORE = 31;
export const EXPANSION_DAYS_AFTER = 366;
/** At most this many events per expanded series. */
export const MAX_OCCURRENCES = 200;

export interface DraftKey {
  uid: string;
  /** The instance of a series (ISO instant, or a date for all-day series); absent for a whole entry. */
  recurrenceId?: string;
}

export interface EventDraft {
  kind: 'event';
  key: DraftKey;
  title: string;
  locationText?: string;
  fields: { start: string; end?: string; description?: string; descriptionFormat?: 'text' | 'html'; url?: string; status?: 'cancelled' };
}

export interface ActivityDraft {
  kind: 'activity';
  key: DraftKey;
  title: string;
  locationText?: string;
  fields: {
    days: Weekday[];
    start: string;
    end: string;
    seasonStart: CalendarDate;
    seasonEnd?: CalendarDate;
    exceptions?: { date: CalendarDate }[];
    description?: string;
    url?: string;
  };
}

export type Draft = EventDraft | ActivityDraft;

/** Something the importer decided that the report tells (an expanded series, an instance it could not place). */
export interface SeriesNote {
  uid: string;
  title: string;
  code: 'expanded' | 'expansion-truncated' | 'extra-dates-ignored' | 'instance-details-ignored';
  detail: string;
}

const RRULE_WEEKDAYS: Readonly<Record<string, Weekday>> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' };
const pad = (value: number) => String(value).padStart(2, '0');
const clockOf = (wall: Pick<WallTime, 'hour' | 'minute'>) => `${pad(wall.hour)}:${pad(wall.minute)}`;
const wallText = (wall: WallTime) =>
  `${toCalendarDate(wall.year, wall.month, wall.day)}T${clockOf(wall)}${wall.second ? `:${pad(wall.second)}` : ''}`;

/**
 * A time as the feed writes it: a date; a local time in the feed's zone when the file wrote
 * it in that zone or it converts without ambiguity; otherwise the instant with its offset.
 */
export function feedTime(time: EntryTime, feedTimeZone: string): string {
  if (time.allDay) return time.date;
  if (time.zone === feedTimeZone) return wallText(time.wall);
  const local = zonedParts(time.instant, feedTimeZone);
  const text = wallText(local);
  if (zonedTimeToInstant(local.year, local.month, local.day, local.hour, local.minute, feedTimeZone, local.second) === time.instant) return text;
  const offset = timeZoneOffset(time.instant, feedTimeZone);
  return `${text}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** The identity of an instance: its original start (RECURRENCE-ID) as an ISO instant, or its date. */
export const instanceKey = (time: EntryTime) => (time.allDay ? time.date : new Date(time.instant).toISOString());

const localDate = (time: EntryTime, feedTimeZone: string) => (time.allDay ? time.date : zonedDate(time.instant, feedTimeZone));

const looksLikeHtml = (text: string) => /<(?:a\s|br\s*\/?>|p>|b>|i>|ul>|ol>|li>|span|div|strong>|em>)/i.test(text);

/** A one-off event (or one instance of a series). */
export function eventDraft(entry: CalendarEntry, feedTimeZone: string, recurrenceId?: string): EventDraft {
  const fields: EventDraft['fields'] = { start: feedTime(entry.start, feedTimeZone) };
  if (entry.end) {
    if (entry.start.allDay && entry.end.allDay) {
      // DTEND of an all-day event is the day after; the feed writes the last day.
      const last = addDays(entry.end.date, -1);
      if (last > entry.start.date) fields.end = last;
    } else if (!entry.start.allDay && !entry.end.allDay && entry.end.instant > entry.start.instant) {
      fields.end = feedTime(entry.end, feedTimeZone);
    }
  }
  if (entry.description) {
    fields.description = entry.description;
    fields.descriptionFormat = looksLikeHtml(entry.description) ? 'html' : 'text';
  }
  if (entry.url) fields.url = entry.url;
  if (entry.status === 'cancelled') fields.status = 'cancelled';
  return { kind: 'event', key: { uid: entry.uid, recurrenceId }, title: entry.summary, locationText: entry.location, fields };
}

/** Why a series is not a weekly activity, or undefined when it is one. */
function whyNotWeekly(entry: CalendarEntry, feedTimeZone: string): string | undefined {
  const rule = entry.rrule!;
  if (rule.freq !== 'WEEKLY' && rule.freq !== 'DAILY') return `repeats ${rule.freq.toLowerCase()}`;
  if ((rule.interval ?? 1) !== 1) return `repeats every ${rule.interval} ${rule.freq === 'DAILY' ? 'days' : 'weeks'}`;
  const parts = Object.keys(rule.parts).filter((part) => part !== 'WKST' && !(rule.freq === 'WEEKLY' && part === 'BYDAY'));
  if (parts.length) return `has ${parts.join(', ')} rules`;
  if ((rule.parts.BYDAY ?? []).some((day) => !(day in RRULE_WEEKDAYS))) return 'repeats on numbered weekdays';
  if (entry.start.allDay) return 'lasts all day';
  if (!entry.end || entry.end.allDay) return 'has no end time';
  if (entry.start.zone !== feedTimeZone) return `is set in another time zone (${entry.start.zone ?? 'the file\'s own'}) than the feed (${feedTimeZone})`;
  if (zonedDate(entry.end.instant - 1, feedTimeZone) !== localDate(entry.start, feedTimeZone)) return 'ends on another day';
  return undefined;
}

/** Wall-clock starts of a series, from its DTSTART, in order (DTSTART first). */
function* wallOccurrences(entry: CalendarEntry): Generator<WallTime> {
  const rule = entry.rrule!.clone();
  rule.until = null;
  rule.count = null;
  const start = entry.start.allDay
    ? ICAL.Time.fromData({ year: +entry.start.date.slice(0, 4), month: +entry.start.date.slice(5, 7), day: +entry.start.date.slice(8, 10), isDate: true })
    : ICAL.Time.fromData({ ...entry.start.wall, isDate: false });
  const iterator = rule.iterator(start);
  for (let next = iterator.next(); next; next = iterator.next()) {
    yield { year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: next.second };
  }
}

/** The time of the occurrence at `wall`, in the zone of the series' start. */
function occurrenceTime(entry: CalendarEntry, wall: WallTime, feedTimeZone: string): EntryTime {
  if (entry.start.allDay) return { allDay: true, date: toCalendarDate(wall.year, wall.month, wall.day) };
  const zone = entry.start.zone ?? feedTimeZone;
  const sameWall = (({ year, month, day, hour, minute }) => Date.UTC(year, month - 1, day, hour, minute))(entry.start.wall);
  const instant = entry.start.zone
    ? zonedTimeToInstant(wall.year, wall.month, wall.day, wall.hour, wall.minute, zone, wall.second)
    : entry.start.instant + Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - sameWall;
  return { allDay: false, instant, wall, zone: entry.start.zone };
}

const isAfter = (time: EntryTime, limit: EntryTime | undefined, feedTimeZone: string) =>
  !!limit && (time.allDay || limit.allDay ? localDate(time, feedTimeZone) > localDate(limit, feedTimeZone) : time.instant > limit.instant);

/** The occurrences of a series (EXDATEs not removed), bounded by its COUNT/UNTIL and by `stop`. */
function* occurrences(entry: CalendarEntry, feedTimeZone: string, stop: (time: EntryTime, index: number) => boolean): Generator<EntryTime> {
  const rule = entry.rrule!;
  const until = rule.until ? ({ ...entryTimeOfIcal(rule.until, entry, feedTimeZone) } as EntryTime) : undefined;
  let index = 0;
  for (const wall of wallOccurrences(entry)) {
    const time = occurrenceTime(entry, wall, feedTimeZone);
    if ((rule.count && index >= rule.count) || isAfter(time, until, feedTimeZone) || stop(time, index)) return;
    index += 1;
    yield time;
  }
}

function entryTimeOfIcal(value: ICAL.Time, entry: CalendarEntry, feedTimeZone: string): EntryTime {
  if (value.isDate) return { allDay: true, date: toCalendarDate(value.year, value.month, value.day) };
  const wall = { year: value.year, month: value.month, day: value.day, hour: value.hour, minute: value.minute, second: value.second };
  if (value.zone?.tzid === 'UTC') return { allDay: false, instant: Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second), wall, zone: 'Etc/UTC' };
  return occurrenceTime(entry, wall, feedTimeZone);
}

/**
 * The drafts and notes for one UID: its main entry (with or without a recurrence rule) and
 * the instances of its series the file changed (RECURRENCE-ID).
 */
export function seriesDrafts(master: CalendarEntry | undefined, instances: CalendarEntry[], feedTimeZone: string, now: number): { drafts: Draft[]; notes: SeriesNote[] } {
  const drafts: Draft[] = [];
  const notes: SeriesNote[] = [];
  const instanceDraft = (instance: CalendarEntry) => eventDraft(instance, feedTimeZone, instanceKey(instance.recurrenceId!));
  if (!master || !master.rrule) {
    if (master) drafts.push(eventDraft(master, feedTimeZone));
    // Instances without their series in the file (or of a one-off event) stand as events.
    drafts.push(...instances.filter((instance) => instance.status !== 'cancelled').map(instanceDraft));
    return { drafts, notes };
  }
  const title = master.summary;
  if (master.hasRdates) notes.push({ uid: master.uid, title, code: 'extra-dates-ignored', detail: 'extra dates (RDATE) of the series were not taken' });
  const excluded = new Set(master.exdates.map(instanceKey));
  const reason = whyNotWeekly(master, feedTimeZone);
  if (reason === undefined) {
    const start = master.start as Extract<EntryTime, { allDay: false }>;
    const end = master.end as Extract<EntryTime, { allDay: false }>;
    const byDay = master.rrule.freq === 'DAILY' ? [...WEEKDAYS] : (master.rrule.parts.BYDAY ?? []).map((day) => RRULE_WEEKDAYS[day]!);
    const seasonStart = localDate(start, feedTimeZone);
    const days = byDay.length ? WEEKDAYS.filter((day) => byDay.includes(day)) : [WEEKDAYS[weekdayOf(seasonStart)]!];
    let last: EntryTime | undefined;
    if (master.rrule.isFinite()) for (const time of occurrences(master, feedTimeZone, (_, index) => index >= 5000)) last = time;
    const exceptionDates = new Set(master.exdates.map((time) => localDate(time, feedTimeZone)));
    for (const instance of instances) {
      const original = localDate(instance.recurrenceId!, feedTimeZone);
      const slot = instance.recurrenceId!;
      const unchangedSlot = !instance.start.allDay && !slot.allDay && instance.start.instant === slot.instant
        && !!instance.end && !instance.end.allDay && instance.end.instant - instance.start.instant === end.instant - start.instant;
      if (instance.status === 'cancelled') exceptionDates.add(original);
      else if (unchangedSlot && instance.summary === title) {
        notes.push({ uid: master.uid, title, code: 'instance-details-ignored', detail: `changes to the session of ${original} other than its time were not taken` });
      } else {
        exceptionDates.add(original);
        drafts.push(instanceDraft(instance));
      }
    }
    const fields: ActivityDraft['fields'] = { days, start: clockOf(start.wall), end: clockOf(zonedParts(end.instant, feedTimeZone)), seasonStart };
    if (last) fields.seasonEnd = localDate(last, feedTimeZone);
    const exceptions = [...exceptionDates].filter((date) => date >= seasonStart && (!fields.seasonEnd || date <= fields.seasonEnd)).sort();
    if (exceptions.length) fields.exceptions = exceptions.map((date) => ({ date }));
    if (master.description) fields.description = master.description;
    if (master.url) fields.url = master.url;
    drafts.unshift({ kind: 'activity', key: { uid: master.uid }, title, locationText: master.location, fields });
    return { drafts, notes };
  }

  // Not a weekly activity: its occurrences within the window become events.
  const from = now - EXPANSION_DAYS_BEFORE * 86_400_000;
  const to = now + EXPANSION_DAYS_AFTER * 86_400_000;
  const startOf = (time: EntryTime) => (time.allDay ? Date.parse(`${time.date}T00:00Z`) : time.instant);
  const moved = new Map(instances.map((instance) => [instanceKey(instance.recurrenceId!), instance]));
  let count = 0;
  let truncated = false;
  let firstDate: string | undefined;
  let lastDate: string | undefined;
  for (const time of occurrences(master, feedTimeZone, (candidate, index) => startOf(candidate) > to || index > 100_000)) {
    if (startOf(time) < from) continue;
    const key = instanceKey(time);
    if (excluded.has(key) || (time.allDay === false && excluded.has(localDate(time, feedTimeZone)))) continue;
    if (count >= MAX_OCCURRENCES) {
      truncated = true;
      break;
    }
    const instance = moved.get(key);
    moved.delete(key);
    if (instance?.status === 'cancelled') continue;
    const occurrence = instance ?? { ...master, start: time, end: master.end && shiftEnd(master, time) };
    drafts.push(eventDraft(occurrence, feedTimeZone, key));
    firstDate ??= localDate(time, feedTimeZone);
    lastDate = localDate(time, feedTimeZone);
    count += 1;
  }
  if (!truncated && master.rrule.isFinite() === false) truncated = true;
  const window = count ? ` from ${firstDate} to ${lastDate}` : '';
  notes.push({ uid: master.uid, title, code: 'expanded', detail: `not a weekly activity (it ${reason}): taken as ${count} event${count === 1 ? '' : 's'}${window}` });
  if (truncated) notes.push({ uid: master.uid, title, code: 'expansion-truncated', detail: `the series goes on after ${lastDate ?? zonedDate(to, feedTimeZone)}: import again later to bring in the next occurrences` });
  return { drafts, notes };
}

/** The end of an occurrence: the series' duration after its start. */
function shiftEnd(master: CalendarEntry, start: EntryTime): EntryTime {
  const end = master.end!;
  if (start.allDay && end.allDay && master.start.allDay) {
    const days = Math.round((Date.parse(`${end.date}T00:00Z`) - Date.parse(`${master.start.date}T00:00Z`)) / 86_400_000);
    return { allDay: true, date: addDays(start.date, days) };
  }
  if (!start.allDay && !end.allDay && !master.start.allDay) {
    const instant = start.instant + (end.instant - master.start.instant);
    const zone = start.zone ?? 'Etc/UTC';
    return { allDay: false, instant, wall: zonedParts(instant, zone), zone: start.zone };
  }
  return end;
}

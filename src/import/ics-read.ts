/**
 * Reads an iCalendar file (a Google Calendar or Outlook export) with ical.js into plain
 * entries whose times are resolved: all-day dates, or instants with the wall time and the IANA
 * zone they were written in. Browser-safe (no node: imports); `importIcs` builds on it.
 */
import ICAL from 'ical.js';
import { toCalendarDate, type CalendarDate } from '../feed/time.js';
import { zonedParts, zonedTimeToInstant, type ZonedParts } from '../feed/zoned-time.js';
import { ianaZoneFor } from './windows-zones.js';

/** A clock reading as a calendar file writes it (no weekday). */
export type WallTime = Omit<ZonedParts, 'weekday'>;

/** A resolved DTSTART/DTEND/EXDATE/RECURRENCE-ID value. */
export type EntryTime =
  | { allDay: true; date: CalendarDate }
  | {
      allDay: false;
      instant: number;
      /** The clock reading as written in the file. */
      wall: WallTime;
      /** The IANA zone of `wall`; undefined when the file's own VTIMEZONE rules had to be used. */
      zone: string | undefined;
    };

export type EntryStatus = 'confirmed' | 'tentative' | 'cancelled';

/** One VEVENT of the file. */
export interface CalendarEntry {
  uid: string;
  /** Set on an instance of a series that was moved or changed (RECURRENCE-ID). */
  recurrenceId?: EntryTime;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: EntryStatus;
  start: EntryTime;
  end?: EntryTime;
  rrule?: ICAL.Recur;
  exdates: EntryTime[];
  hasRdates: boolean;
}

/** Why an entry of the file could not be taken. */
export type SkipReason = 'not-a-calendar' | 'no-uid' | 'no-start' | 'unknown-time-zone' | 'unreadable-time' | 'kind-changed';

export interface SkippedEntry {
  uid?: string;
  title?: string;
  reason: SkipReason;
  /** English detail for the CLI (the studio words it from `reason`). */
  detail: string;
}

export interface CalendarRead {
  entries: CalendarEntry[];
  skipped: SkippedEntry[];
  /** How many of the file's components are not events (iCalendar's to-do and journal entries): counted, not imported. */
  otherComponents: number;
}

class EntryError extends Error {
  constructor(
    readonly reason: SkipReason,
    message: string,
  ) {
    super(message);
  }
}

const wallOf = (time: ICAL.Time): WallTime => ({
  year: time.year,
  month: time.month,
  day: time.day,
  hour: time.hour,
  minute: time.minute,
  second: time.second,
});

/** Turns the property values of one file into resolved times, with the file's VTIMEZONEs and the feed's zone. */
class TimeResolver {
  readonly #fileZones = new Map<string, ICAL.Timezone>();

  constructor(
    calendar: ICAL.Component,
    readonly feedTimeZone: string,
    /** X-WR-TIMEZONE (Google): the zone of floating times. */
    readonly floatingZone: string,
  ) {
    for (const component of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = component.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') this.#fileZones.set(tzid, new ICAL.Timezone({ component, tzid }));
    }
  }

  resolve(value: ICAL.Time, tzid: string | undefined): EntryTime {
    if (value.isDate) return { allDay: true, date: toCalendarDate(value.year, value.month, value.day) };
    const wall = wallOf(value);
    if (value.zone?.tzid === 'UTC') {
      const instant = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
      return { allDay: false, instant, wall, zone: 'Etc/UTC' };
    }
    const zone = tzid === undefined ? this.floatingZone : ianaZoneFor(tzid, this.feedTimeZone);
    if (zone) {
      return { allDay: false, instant: zonedTimeToInstant(wall.year, wall.month, wall.day, wall.hour, wall.minute, zone, wall.second), wall, zone };
    }
    const fileZone = tzid === undefined ? undefined : this.#fileZones.get(tzid);
    if (!fileZone) throw new EntryError('unknown-time-zone', `unknown time zone "${tzid}" and no VTIMEZONE for it in the file`);
    const instant = ICAL.Time.fromData({ ...wall, isDate: false }, fileZone).toUnixTime() * 1000;
    return { allDay: false, instant, wall, zone: undefined };
  }

  property(component: ICAL.Component, name: string): EntryTime | undefined {
    const property = component.getFirstProperty(name);
    if (!property) return undefined;
    const value = property.getFirstValue();
    if (!(value instanceof ICAL.Time)) throw new EntryError('unreadable-time', `${name.toUpperCase()} is not a date or time`);
    return this.resolve(value, tzidOf(property));
  }

  /** Every value of every EXDATE line. */
  exdates(component: ICAL.Component): EntryTime[] {
    return component.getAllProperties('exdate').flatMap((property) =>
      property.getValues().filter((value): value is ICAL.Time => value instanceof ICAL.Time).map((value) => this.resolve(value, tzidOf(property))),
    );
  }
}

function tzidOf(property: ICAL.Property): string | undefined {
  const tzid = property.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : Array.isArray(tzid) && typeof tzid[0] === 'string' ? tzid[0] : undefined;
}

const text = (component: ICAL.Component, name: string): string | undefined => {
  const value = component.getFirstPropertyValue(name);
  const trimmed = typeof value === 'string' ? value.trim() : undefined;
  return trimmed ? trimmed : undefined;
};

/** The end of an entry from DTEND, or DTSTART + DURATION. */
function endOf(component: ICAL.Component, start: EntryTime, resolver: TimeResolver): EntryTime | undefined {
  const end = resolver.property(component, 'dtend');
  if (end) return end;
  const duration = component.getFirstPropertyValue('duration');
  if (!(duration instanceof ICAL.Duration)) return undefined;
  if (start.allDay) {
    const [year, month, day] = start.date.split('-').map(Number) as [number, number, number];
    const shifted = new Date(Date.UTC(year, month - 1, day + Math.round(duration.toSeconds() / 86_400)));
    return { allDay: true, date: toCalendarDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()) };
  }
  const instant = start.instant + duration.toSeconds() * 1000;
  const zone = start.zone ?? resolver.feedTimeZone;
  return { allDay: false, instant, wall: zonedParts(instant, zone), zone };
}

function statusOf(component: ICAL.Component): EntryStatus {
  const status = text(component, 'status')?.toLowerCase();
  return status === 'cancelled' || status === 'tentative' ? status : 'confirmed';
}

function readEntry(component: ICAL.Component, resolver: TimeResolver): CalendarEntry {
  const uid = text(component, 'uid');
  if (!uid) throw new EntryError('no-uid', 'no UID, so it could not be matched on the next import');
  const start = resolver.property(component, 'dtstart');
  if (!start) throw new EntryError('no-start', 'no start (DTSTART)');
  const rrule = component.getFirstPropertyValue('rrule');
  return {
    uid,
    recurrenceId: resolver.property(component, 'recurrence-id'),
    summary: text(component, 'summary') ?? '',
    description: text(component, 'description'),
    location: text(component, 'location'),
    url: text(component, 'url'),
    status: statusOf(component),
    start,
    end: endOf(component, start, resolver),
    rrule: rrule instanceof ICAL.Recur ? rrule : undefined,
    exdates: resolver.exdates(component),
    hasRdates: component.hasProperty('rdate'),
  };
}

/** Reads every VEVENT of an iCalendar text; entries that cannot be read are listed with the reason. */
export function readCalendar(icsText: string, feedTimeZone: string): CalendarRead {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(icsText.replace(/^\uFEFF/, '')) as unknown[]);
  } catch (error) {
    return { entries: [], skipped: [{ reason: 'not-a-calendar', detail: `not an iCalendar file: ${(error as Error).message}` }], otherComponents: 0 };
  }
  if (calendar.name !== 'vcalendar') {
    return { entries: [], skipped: [{ reason: 'not-a-calendar', detail: 'not an iCalendar file: no VCALENDAR' }], otherComponents: 0 };
  }
  const floatingTzid = text(calendar, 'x-wr-timezone');
  const floatingZone = (floatingTzid && ianaZoneFor(floatingTzid, feedTimeZone)) || feedTimeZone;
  const resolver = new TimeResolver(calendar, feedTimeZone, floatingZone);
  const entries: CalendarEntry[] = [];
  const skipped: SkippedEntry[] = [];
  for (const component of calendar.getAllSubcomponents('vevent')) {
    try {
      entries.push(readEntry(component, resolver));
    } catch (error) {
      if (!(error instanceof EntryError)) throw error;
      skipped.push({ uid: text(component, 'uid'), title: text(component, 'summary'), reason: error.reason, detail: error.message });
    }
  }
  const otherComponents = calendar.getAllSubcomponents().filter((component) => !['vevent', 'vtimezone'].includes(component.name)).length;
  return { entries, skipped, otherComponents };
}

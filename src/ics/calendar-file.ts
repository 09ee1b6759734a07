/**
 * iCalendar files (RFC 5545) from the feed: one event for the "add to calendar" button, the
 * event calendar's filtered view, or the whole feed for the CLI. A lazily loaded module
 * (ical-generator is in it; the time-zone data of the feed's region loads with it): import it with
 * `await import('…/ics/calendar-file.js')` when a visitor asks for a file. Works in browsers
 * and in Node.
 *
 * What makes the files import right everywhere (see the field notes): METHOD:PUBLISH; a
 * VTIMEZONE for the feed's zone; timed events in local time with TZID, written from the
 * feed's zone whatever the machine's; DTSTAMP in UTC; all-day events as dates with an
 * exclusive DTEND; weekly series with RRULE (UNTIL in UTC) and EXDATE in DTSTART's form;
 * stable UIDs; text escaped and folded at 75 octets without splitting a character.
 */
import ical, { escape, ICalAlarmType, ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday, type ICalCalendar } from 'ical-generator';
import { timeZoneBlock } from '../generated/time-zones/index.js';
import type { Activity, Feed, FeedEvent } from '../feed/schema.js';
import { resolveText } from '../feed/text.js';
import { addDays } from '../feed/time.js';
import { activityItem, eventItem, festivalItem, rruleDays, type CalendarItem, type CalendarItemOptions } from './calendar-item.js';
import { clockTimeOn } from '../feed/recurrence.js';
import { ZonedWallTime } from './zoned-wall-time.js';

export interface CalendarFileOptions {
  /** The language of the texts (titles, descriptions, category and place names). */
  lang: string;
  /** The events to include (already filtered by the caller); default none. */
  events?: FeedEvent[];
  /** The weekly activities to include, each a series; default none. */
  activities?: Activity[];
  /** Include the feed's festival (all-day when the feed gives its dates). */
  festival?: boolean;
  /** The feed's URL: relative URLs in the feed are resolved against it. */
  feedUrl?: string;
  /** The calendar's name (X-WR-CALNAME); default the feed's `calendar.name`, else the organization's name. */
  calendarName?: string;
  /** For published calendars: how often subscribers should fetch it again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshIntervalHours?: number;
  /** Add the feed's reminders (VALARM, minutes before the start); default true. */
  reminders?: boolean;
  /** "Today" for a series without a season start; default now. */
  now?: number;
}

/** The package in PRODID: `-//baltic-widgets//baltic-widgets//EN`. */
const PRODUCT = 'baltic-widgets';

/** A calendar date as a `Date` whose UTC fields are that date (ical-generator writes all-day dates from the UTC fields when no zone is set). */
const utcDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** Builds the text of an .ics file. Every line ends with CRLF; the file ends with one too. */
export async function buildCalendarFile(feed: Feed, options: CalendarFileOptions): Promise<string> {
  const itemOptions: CalendarItemOptions = { lang: options.lang, feedUrl: options.feedUrl, now: options.now };
  const items: CalendarItem[] = [
    ...(options.festival ? [festivalItem(feed, itemOptions)].filter((item): item is CalendarItem => !!item) : []),
    ...(options.events ?? []).map((event) => eventItem(feed, event, itemOptions)),
    ...(options.activities ?? []).map((activity) => activityItem(feed, activity, itemOptions)),
  ];
  // The VTIMEZONE of each zone the items use (timezones-ical-library's, loaded by region).
  const blocks = new Map<string, string | undefined>();
  for (const timeZone of new Set([feed.timeZone, ...items.map((item) => item.timeZone)])) blocks.set(timeZone, await timeZoneBlock(timeZone).catch(() => undefined));
  // Without a VTIMEZONE (a zone the library lacks, or its region's chunk failed to load) times are written in UTC: right everywhere, if less readable.
  const zoned = blocks.get(feed.timeZone) !== undefined;
  const name =
    options.calendarName ??
    (resolveText(feed.calendar?.name, options.lang, feed)?.text || resolveText(feed.organization?.name, options.lang, feed)?.text || PRODUCT);
  const description = resolveText(feed.description, options.lang, feed)?.text;
  const calendar = ical({
    prodId: { company: PRODUCT, product: PRODUCT, language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes these two unescaped.
    name: escape(name, false),
    description: description ? escape(description, false) : undefined,
    // No calendar-wide zone (that makes DTSTAMP floating): each event names its own, and the generator writes its VTIMEZONE.
    timezone: { name: null, generator: (timeZone) => blocks.get(timeZone) ?? null },
    ttl: options.refreshIntervalHours ? Math.round(options.refreshIntervalHours * 3600) : undefined,
  });
  if (zoned) calendar.x('X-WR-TIMEZONE', feed.timeZone);
  const stamp = new Date(options.now ?? Date.now());
  for (const item of items) addItem(calendar, item, { stamp, zoned, reminders: options.reminders !== false });
  return `${calendar.toString()}\r\n`;
}

function addItem(calendar: ICalCalendar, item: CalendarItem, context: { stamp: Date; zoned: boolean; reminders: boolean }): void {
  const { time, timeZone } = item;
  const at = (instant: number) => (context.zoned ? new ZonedWallTime(instant, timeZone) : new Date(instant));
  const event = calendar.createEvent({
    id: item.uid,
    stamp: context.stamp,
    summary: item.title,
    description: item.description || undefined,
    url: item.url,
    status: item.status === 'cancelled' ? ICalEventStatus.CANCELLED : item.status === 'tentative' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    ...(time.allDay
      ? { allDay: true, start: utcDate(time.startDate), end: utcDate(addDays(time.endDate, 1)) }
      : { start: at(time.start), end: at(time.end), timezone: context.zoned ? timeZone : undefined }),
  });
  if (item.location) {
    const { name, address, geo } = item.location;
    // One line, "Place, street, city": ical-generator would put the address on a second line, which Google shows badly.
    event.location({ title: [name, address].filter(Boolean).join(', '), geo });
  }
  for (const category of item.categories) event.createCategory({ name: category });
  const recurrence = item.recurrence;
  if (recurrence) {
    event.repeating({
      freq: ICalEventRepeatingFreq.WEEKLY,
      byDay: rruleDays(recurrence) as ICalWeekday[],
      until: recurrence.until === undefined ? undefined : new Date(recurrence.until),
      startOfWeek: ICalWeekday.MO,
      exclude: recurrence.exceptionDates.length ? recurrence.exceptionDates.map((date) => at(clockTimeOn(date, recurrence.startClock, timeZone))) : undefined,
    });
  }
  if (context.reminders && item.status !== 'cancelled') {
    for (const minutes of new Set(item.reminders)) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: minutes * 60, description: item.title });
    }
  }
}

/** Browsers on iOS other than Safari (Chrome, Firefox, in-app browsers) ignore downloads of generated files. */
function isIosNonSafari(userAgent: string): boolean {
  const ios = /iP(?:hone|ad|od)/.test(userAgent) || (/Macintosh/.test(userAgent) && (globalThis.navigator?.maxTouchPoints ?? 0) > 1);
  return ios && (/CriOS|FxiOS|EdgiOS|OPiOS|GSA\/|FBAN|FBAV|Instagram|Line\/|Twitter|MicroMessenger|Telegram/.test(userAgent) || !/Safari\//.test(userAgent));
}

/**
 * Hands an .ics text to the visitor: a download through a Blob URL and a temporary
 * `<a download>` (the URL is revoked afterwards). iOS browsers other than Safari and in-app
 * browsers drop such downloads, so there the file is opened as a `data:` URL instead, which
 * iOS passes to the Calendar app.
 */
export function downloadCalendarFile(text: string, fileName: string): void {
  const name = /\.ics$/i.test(fileName) ? fileName : `${fileName}.ics`;
  if (isIosNonSafari(navigator.userAgent)) {
    location.href = `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`;
    return;
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start reading the file only after the click's task: revoke a little later.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

/** A file name from a title: letters and digits of any script kept, the rest dashes (`Литературный-вечер.ics`). */
export function calendarFileName(title: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'event'}.ics`;
}

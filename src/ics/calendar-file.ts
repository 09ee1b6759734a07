/**
 * iCalendar files (RFC 5545) from the feed: one event for the "add to calendar" button, the
 * event calendar's filtered view, or the whole feed for the CLI. A lazily loaded module
 * (the time-zone data of the feed's region loads with it): import it with
 * `await import('…/ics/calendar-file.js')` when a visitor asks for a file. Works in browsers
 * and in Node.
 *
 * What makes the files import right everywhere (see the field notes): METHOD:PUBLISH; a
 * VTIMEZONE for the feed's zone; timed events in local time with TZID, written from the
 * feed's zone whatever the machine's; DTSTAMP in UTC; all-day events as dates with an
 * exclusive DTEND; weekly series with RRULE (UNTIL in UTC) and EXDATE in DTSTART's form;
 * stable UIDs; text escaped, URIs not, lines folded at 75 octets without splitting a character;
 * the second pass through a repeated autumn hour in UTC. Written here, line by line, in time
 * linear in the feed's size.
 */
import { timeZoneBlock } from '../generated/time-zones/index.js';
import type { Activity, Feed, FeedEvent } from '../feed/schema.js';
import { resolveText } from '../feed/text.js';
import { addDays } from '../feed/time.js';
import { clockTimeOn } from '../feed/recurrence.js';
import { activityItem, eventItem, festivalItem, rruleValue, type CalendarItem, type CalendarItemOptions } from './calendar-item.js';
import { contentLine, escapeText, foldLine, icalDate, icalLocal, icalUtc, isUnambiguousLocal, triggerBefore } from './ics-text.js';

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

/** Builds the text of an .ics file. Every line ends with CRLF; the file ends with one too. */
export async function buildCalendarFile(feed: Feed, options: CalendarFileOptions): Promise<string> {
  return [...(await calendarFileParts(feed, options))].join('');
}

/**
 * The text of an .ics file as `buildCalendarFile` gives it, in pieces, in order: the CLI writes
 * them as they come, so that a feed's 200 MB description is never held twice more.
 */
export async function calendarFileParts(feed: Feed, options: CalendarFileOptions): Promise<Iterable<string>> {
  const itemOptions: CalendarItemOptions = { lang: options.lang, feedUrl: options.feedUrl, now: options.now };
  const items: CalendarItem[] = [
    ...(options.festival ? [festivalItem(feed, itemOptions)].filter((item): item is CalendarItem => !!item) : []),
    ...(options.events ?? []).map((event) => eventItem(feed, event, itemOptions)),
    ...(options.activities ?? []).map((activity) => activityItem(feed, activity, itemOptions)),
  ];
  // The VTIMEZONE of each zone the items use (src/generated/time-zones, loaded by region).
  const blocks = new Map<string, string | undefined>();
  for (const timeZone of new Set([feed.timeZone, ...items.map((item) => item.timeZone)])) blocks.set(timeZone, await timeZoneBlock(timeZone).catch(() => undefined));
  // Without a VTIMEZONE (a zone the data lacks, or its region's chunk failed to load) times are written in UTC: right everywhere, if less readable.
  const zoned = blocks.get(feed.timeZone) !== undefined;
  const name =
    options.calendarName ??
    (resolveText(feed.calendar?.name, options.lang, feed)?.text || resolveText(feed.organization?.name, options.lang, feed)?.text || PRODUCT);
  const description = resolveText(feed.description, options.lang, feed)?.text;
  const ttl = options.refreshIntervalHours ? durationText(Math.round(options.refreshIntervalHours * 3600)) : undefined;
  const stamp = icalUtc(options.now ?? Date.now());
  const reminders = options.reminders !== false;

  return (function* () {
    // Calendar properties first, then the components (RFC 5545 §3.6: calprops before components).
    for (const line of ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${PRODUCT}//${PRODUCT}//EN`, 'METHOD:PUBLISH', 'CALSCALE:GREGORIAN']) yield foldLine(line);
    yield* contentLine('NAME', name);
    yield* contentLine('X-WR-CALNAME', name);
    if (description) {
      yield* contentLine('DESCRIPTION', description);
      yield* contentLine('X-WR-CALDESC', description);
    }
    if (ttl) yield foldLine(`REFRESH-INTERVAL;VALUE=DURATION:${ttl}`) + foldLine(`X-PUBLISHED-TTL:${ttl}`);
    if (zoned) {
      yield foldLine(`X-WR-TIMEZONE:${feed.timeZone}`);
      for (const [timeZone, block] of blocks) if (block && items.some((item) => item.timeZone === timeZone && !item.time.allDay)) yield `${block}\r\n`;
    }
    for (const item of items) yield* eventLines(item, { stamp, zoned, reminders });
    yield 'END:VCALENDAR\r\n';
  })();
}

/** `PT6H`, `PT1H30M`, `P1D`. */
function durationText(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`;
  return `P${days ? `${days}D` : ''}${time || !days ? `T${time || '0S'}` : ''}`;
}

/** A VEVENT, folded, line by line. */
function* eventLines(item: CalendarItem, context: { stamp: string; zoned: boolean; reminders: boolean }): Generator<string> {
  const { time, timeZone, recurrence } = item;
  const lines: string[] = ['BEGIN:VEVENT', `UID:${escapeText(item.uid)}`, 'SEQUENCE:0', `DTSTAMP:${context.stamp}`];
  if (time.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${icalDate(time.startDate)}`, `DTEND;VALUE=DATE:${icalDate(addDays(time.endDate, 1))}`);
  } else {
    // Local time with TZID where it names the instant alone; UTC for the second pass through a repeated hour.
    const local = context.zoned && isUnambiguousLocal(time.start, timeZone) && isUnambiguousLocal(time.end, timeZone);
    const at = (instant: number) => (local ? `;TZID=${timeZone}:${icalLocal(instant, timeZone)}` : `:${icalUtc(instant)}`);
    lines.push(`DTSTART${at(time.start)}`, `DTEND${at(time.end)}`);
    if (recurrence) {
      lines.push(`RRULE:${rruleValue(recurrence)}`);
      const excluded = recurrence.exceptionDates.map((date) => at(clockTimeOn(date, recurrence.startClock, timeZone)));
      if (excluded.length) lines.push(`EXDATE${excluded[0]!.slice(0, excluded[0]!.indexOf(':') + 1)}${excluded.map((value) => value.slice(value.indexOf(':') + 1)).join(',')}`);
    }
  }
  yield lines.map(foldLine).join('');
  // The texts, which may be long, line by line in pieces.
  yield* contentLine('SUMMARY', item.title);
  if (item.description) yield* contentLine('DESCRIPTION', item.description);
  if (item.location) {
    const { name, address, geo } = item.location;
    // One line, "Place, street, city": a second line for the address shows badly in Google.
    yield* contentLine('LOCATION', [name, address].filter(Boolean).join(', '));
    if (geo) yield foldLine(`GEO:${geo.lat};${geo.lon}`);
  }
  if (item.categories.length) yield* contentLine('CATEGORIES', item.categories.map(escapeText).join(','), { text: false });
  // A URI value is not TEXT: written as it is (RFC 5545 §3.3.13), or ical.js-based apps get "\," in links.
  if (item.url) yield* contentLine('URL;VALUE=URI', item.url, { text: false });
  const closing = [`STATUS:${item.status === 'cancelled' ? 'CANCELLED' : item.status === 'tentative' ? 'TENTATIVE' : 'CONFIRMED'}`];
  if (context.reminders && item.status !== 'cancelled') {
    for (const minutes of new Set(item.reminders)) {
      closing.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${triggerBefore(minutes)}`, `DESCRIPTION:${escapeText(item.title)}`, 'END:VALARM');
    }
  }
  closing.push('END:VEVENT');
  yield closing.map(foldLine).join('');
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

/**
 * One thing to put into a calendar, resolved from the feed once for every way out of it: the
 * .ics file, the web links (Google, Outlook.com, Microsoft 365, Yahoo) and the CLI. Texts are
 * in the chosen language and plain, URLs allow-listed and absolute, times resolved in the
 * feed's time zone (never the machine's).
 */
import { eventTime, type EventTime } from '../feed/event-time.js';
import { clockTimeOn, seriesStart, sessionsBetween } from '../feed/recurrence.js';
import type { Activity, Feed, FeedEvent, LocalizedText, Weekday } from '../feed/schema.js';
import { resolveText } from '../feed/text.js';
import { addDays, type CalendarDate } from '../feed/time.js';
import { zonedTimeToInstant } from '../feed/zoned-time.js';
import { resolveFeedUrl } from '../feed/url.js';
import { addressLine } from '../presentation/address.js';
import { icalUtc } from './ics-text.js';
import { htmlToPlainText } from './plain-text.js';
import { feedIndex } from '../feed/feed-index.js';

export { icalUtc };

export interface CalendarItemLocation {
  name: string;
  /** One line: street, postal code and city, country. */
  address?: string;
  geo?: { lat: number; lon: number };
}

/** A weekly series: the first session is the item's `time`. */
export interface WeeklyRecurrence {
  days: Weekday[];
  /** Local clock times in the feed's time zone, `HH:mm`. */
  startClock: string;
  endClock: string;
  /** The last day of the season, if it ends. */
  lastDate?: CalendarDate;
  /** The UTC instant RRULE's UNTIL names: the end of the season's last day in the feed's time zone. */
  until?: number;
  /** Dates on which a session of the series does not take place. */
  exceptionDates: CalendarDate[];
}

export interface CalendarItem {
  kind: 'event' | 'activity' | 'festival';
  /** The feed id of the event or activity (the festival's id for the festival). */
  id: string;
  /** Stable across exports and unique per item: `<id>@<host>` (see uidHost). */
  uid: string;
  title: string;
  /** Plain text, in the chosen language; may be empty. */
  description: string;
  location?: CalendarItemLocation;
  url?: string;
  categories: string[];
  status: 'confirmed' | 'cancelled' | 'tentative';
  /** Minutes before the start. */
  reminders: number[];
  timeZone: string;
  /** The event's time; for a weekly series, its first session. */
  time: EventTime;
  recurrence?: WeeklyRecurrence;
}

export interface CalendarItemOptions {
  lang: string;
  /** The feed's own URL, to resolve relative URLs. */
  feedUrl?: string;
  /** "Today", for a series without a season start; default: now. */
  now?: number;
}

/**
 * The domain every UID of a feed ends in, from the feed's own identity and never from where it
 * was read (a page, a relative `src`, a file): the host of the organization's website, else of
 * the published calendar's address, else a hash of the organization's or calendar's name. The
 * calendar's "Export these events", the add-to-calendar button and the CLI thus give an event
 * the same UID, and subscribers never get duplicates.
 */
export function uidHost(feed: Feed): string {
  for (const url of [feed.organization?.url, feed.calendar?.ics]) {
    try {
      const host = url && /^(?:https?|webcal):/i.test(url) ? new URL(url).hostname : '';
      if (host) return host;
    } catch {
      // Not an absolute URL: try the next.
    }
  }
  const name = feed.organization?.name ?? feed.calendar?.name;
  const text = typeof name === 'string' ? name : name ? Object.values(name).find(Boolean) : undefined;
  return text ? `${fnv1a(text.normalize('NFC').trim())}.${PRODUCT_DOMAIN}` : PRODUCT_DOMAIN;
}

const PRODUCT_DOMAIN = 'baltic-widgets';

/** The 32-bit FNV-1a hash of a text's UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

class ItemResolver {
  readonly host: string;
  constructor(
    readonly feed: Feed,
    readonly options: CalendarItemOptions,
  ) {
    this.host = uidHost(feed);
  }

  text(value: LocalizedText | undefined): string {
    return resolveText(value, this.options.lang, this.feed)?.text ?? '';
  }

  url(value: string | undefined): string | undefined {
    const url = resolveFeedUrl(value, this.options.feedUrl);
    return url && /^https?:/i.test(url) ? url : undefined;
  }

  location(id: string | undefined): CalendarItemLocation | undefined {
    const location = id === undefined ? undefined : feedIndex(this.feed).locations.get(id);
    if (!location) return undefined;
    return { name: this.text(location.name), address: addressLine(location.address), geo: location.geo };
  }

  categories(id: string | undefined): string[] {
    const category = id === undefined ? undefined : feedIndex(this.feed).categories.get(id);
    const name = category ? this.text(category.name) : '';
    return name ? [name] : [];
  }

  /** The description with the item's page appended (many calendars show no URL field). */
  description(text: string, url: string | undefined): string {
    return [text, url].filter(Boolean).join('\n\n');
  }
}

/** An event of the feed as a calendar item. */
export function eventItem(feed: Feed, event: FeedEvent, options: CalendarItemOptions): CalendarItem {
  const resolver = new ItemResolver(feed, options);
  const raw = resolver.text(event.description) || resolver.text(event.summary);
  const text = event.descriptionFormat === 'html' && event.description ? htmlToPlainText(raw) : raw;
  const url = resolver.url(event.url) ?? resolver.url(event.registration);
  return {
    kind: 'event',
    id: event.id,
    uid: `${event.id}@${resolver.host}`,
    title: resolver.text(event.title),
    description: resolver.description(text, url),
    location: resolver.location(event.location),
    url,
    categories: resolver.categories(event.category),
    status: event.status === 'cancelled' ? 'cancelled' : event.status === 'postponed' ? 'tentative' : 'confirmed',
    reminders: event.reminders ?? [],
    timeZone: feed.timeZone,
    time: eventTime(event, feed.timeZone),
  };
}

/** A weekly activity of the feed as a calendar item: its first session, repeated weekly through the season. */
export function activityItem(feed: Feed, activity: Activity, options: CalendarItemOptions): CalendarItem {
  const resolver = new ItemResolver(feed, options);
  const timeZone = feed.timeZone;
  const now = options.now ?? Date.now();
  const from = seriesStart(activity, now, timeZone);
  const first = sessionsBetween(activity, from, addDays(from, 6), timeZone, now)[0];
  // A season shorter than a week with none of the days in it: a series of one, on its first day.
  const firstDate = first?.date ?? from;
  const lastDate = activity.seasonEnd;
  // The exceptions that fall on a session of the series (others need no EXDATE), each checked on its own day:
  // walking every day up to the last exception took seconds for a date centuries ahead (a typo like 9999-12-31).
  const exceptionDates = [...new Set((activity.exceptions ?? []).map((exception) => exception.date))]
    .filter((date) => date >= firstDate && sessionsBetween(activity, date, date, timeZone, now).length > 0)
    .sort();
  const url = resolver.url(activity.url) ?? resolver.url(activity.registration);
  return {
    kind: 'activity',
    id: activity.id,
    uid: `schedule.${activity.id}@${resolver.host}`,
    title: resolver.text(activity.title),
    description: resolver.description(resolver.text(activity.description), url),
    location: resolver.location(activity.location),
    url,
    categories: resolver.categories(activity.category),
    status: 'confirmed',
    reminders: activity.reminders ?? [],
    timeZone,
    time: { allDay: false, start: clockTimeOn(firstDate, activity.start, timeZone), end: clockTimeOn(firstDate, activity.end, timeZone) },
    recurrence: {
      days: [...activity.days],
      startClock: activity.start,
      endClock: activity.end,
      lastDate,
      until: lastDate ? endOfDay(lastDate, timeZone) : undefined,
      exceptionDates,
    },
  };
}

/** The feed's festival as a calendar item (all-day when the feed gives dates). */
export function festivalItem(feed: Feed, options: CalendarItemOptions): CalendarItem | undefined {
  const festival = feed.festival;
  if (!festival) return undefined;
  const resolver = new ItemResolver(feed, options);
  const url = resolver.url(festival.url);
  const asEvent = { id: festival.id, title: festival.title, start: festival.start, end: festival.end, status: 'scheduled', descriptionFormat: 'text' } as FeedEvent;
  return {
    kind: 'festival',
    id: festival.id,
    uid: `festival.${festival.id}@${resolver.host}`,
    title: resolver.text(festival.title),
    description: resolver.description(resolver.text(festival.tagline), url),
    location: resolver.location(festival.location),
    url,
    categories: [],
    status: 'confirmed',
    reminders: [],
    timeZone: feed.timeZone,
    time: eventTime(asEvent, feed.timeZone),
  };
}

/** The last instant of a day in a time zone (23:59:59 local). */
function endOfDay(date: CalendarDate, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return zonedTimeToInstant(year, month, day, 23, 59, timeZone, 59);
}

const RRULE_DAYS: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

/** RRULE's BYDAY codes (`MO`, `WE`) of a series' weekdays. */
export const rruleDays = (recurrence: WeeklyRecurrence): string[] => recurrence.days.map((day) => RRULE_DAYS[day]);

/** The weekly rule as an RRULE value: `FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270530T205959Z;WKST=MO`. */
export function rruleValue(recurrence: WeeklyRecurrence): string {
  return ['FREQ=WEEKLY', `BYDAY=${rruleDays(recurrence).join(',')}`, ...(recurrence.until ? [`UNTIL=${icalUtc(recurrence.until)}`] : []), 'WKST=MO'].join(';');
}

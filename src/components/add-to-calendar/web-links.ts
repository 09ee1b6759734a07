/**
 * "Add to calendar" links of the web calendars: Google Calendar, Outlook.com, Microsoft 365
 * and Yahoo. Times go out as UTC instants (all-day events as dates, the end exclusive), so
 * they mean the same whatever the visitor's zone.
 *
 * A weekly series: only Google's link takes a recurrence rule (`recur`). Google's template
 * documents `recur` as one RFC 5545 RRULE and add-to-calendar-button, our anchor, accepts only
 * `RRULE:…` there (its issue #707: EXDATE "is no valid element of an RRULE"); nothing shows
 * it taking EXDATE lines, so a series with breaks goes to Google from its next session, and
 * the breaks still to come are named for the visitor to delete there. Outlook.com, Microsoft 365
 * and Yahoo take no rule at all: they get the next session, said as such. The .ics file
 * carries everything (see `seriesLinks`).
 */
import { icalUtc, rruleValue, type CalendarItem } from '../../ics/calendar-item.js';
import { addDays, weekdayOf, type CalendarDate } from '../../feed/time.js';
import { zonedDate, zonedTimeToInstant } from '../../feed/zoned-time.js';
import { WEEKDAYS } from '../../feed/constants.js';
import { clockTimeOn } from '../../feed/recurrence.js';

export type WebCalendar = 'google' | 'outlook' | 'office365' | 'yahoo';

/** The web calendars in the order the menu lists them. */
export const WEB_CALENDARS: readonly WebCalendar[] = ['google', 'outlook', 'office365', 'yahoo'];

/** Descriptions are cut to this many characters: some services refuse long URLs. */
export const MAX_LINK_DESCRIPTION = 1500;

const compactDate = (date: string) => date.replaceAll('-', '');
const isoUtc = (instant: number) => new Date(Math.floor(instant / 1000) * 1000).toISOString().replace('.000Z', 'Z');

function description(item: CalendarItem): string {
  const text = item.description;
  return text.length > MAX_LINK_DESCRIPTION ? `${text.slice(0, MAX_LINK_DESCRIPTION - 1).trimEnd()}…` : text;
}

function location(item: CalendarItem): string {
  return item.location ? [item.location.name, item.location.address].filter(Boolean).join(', ') : '';
}

const withParams = (base: string, params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return `${base}?${search.toString()}`;
};

/** Google Calendar's event template; a weekly series goes as `recur=RRULE:…` with the feed's zone as `ctz`. */
export function googleLink(item: CalendarItem): string {
  const { time } = item;
  const dates = time.allDay
    ? `${compactDate(time.startDate)}/${compactDate(addDays(time.endDate, 1))}`
    : `${icalUtc(time.start)}/${icalUtc(time.end)}`;
  return withParams('https://calendar.google.com/calendar/render', {
    action: 'TEMPLATE',
    text: item.title,
    dates,
    details: description(item),
    location: location(item),
    ctz: item.timeZone,
    recur: item.recurrence ? `RRULE:${rruleValue(item.recurrence)}` : undefined,
  });
}

/** Outlook's compose deep link: `outlook.live.com` for Outlook.com, `outlook.office.com` for Microsoft 365. */
function outlookLink(host: string, item: CalendarItem): string {
  const { time } = item;
  return withParams(`https://${host}/calendar/0/action/compose`, {
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: item.title,
    startdt: time.allDay ? time.startDate : isoUtc(time.start),
    enddt: time.allDay ? addDays(time.endDate, 1) : isoUtc(time.end),
    allday: time.allDay ? 'true' : 'false',
    body: description(item),
    location: location(item),
  });
}

export const outlookComLink = (item: CalendarItem) => outlookLink('outlook.live.com', item);
export const office365Link = (item: CalendarItem) => outlookLink('outlook.office.com', item);

/**
 * Yahoo Calendar's "add event" link. Its all-day events last one day (`dur=allday` with the
 * start date only: an end date there would add a day), so an event over several days goes as
 * from 00:00 on its first day to 23:59 on its last, in the event's zone — what the mature
 * add-to-calendar tools do too.
 */
export function yahooLink(item: CalendarItem): string {
  const { time } = item;
  const oneDay = time.allDay && time.startDate === time.endDate;
  const [start, end] = time.allDay
    ? [localInstant(time.startDate, 0, 0, item.timeZone), localInstant(time.endDate, 23, 59, item.timeZone)]
    : [time.start, time.end];
  return withParams('https://calendar.yahoo.com/', {
    v: '60',
    title: item.title,
    st: oneDay ? compactDate(time.startDate) : icalUtc(start),
    et: oneDay ? undefined : icalUtc(end),
    dur: oneDay ? 'allday' : undefined,
    desc: description(item),
    in_loc: location(item),
  });
}

const localInstant = (date: string, hour: number, minute: number, timeZone: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return zonedTimeToInstant(year, month, day, hour, minute, timeZone);
};

/** What a web calendar gets of a weekly series where its link cannot carry all of it. */
export interface SeriesCaveats {
  /** Google gets the series from its next session, but these breaks still to come are not skipped there. */
  breaksNotCarried?: CalendarDate[];
  /** Outlook.com, Microsoft 365 and Yahoo get only the session on this date. */
  nextSessionOnly?: CalendarDate;
}

/** The next session of a series (on or after `now`, not on a break, within the season), or undefined when none is left. */
export function nextSession(item: CalendarItem, now: number): { date: CalendarDate; start: number; end: number } | undefined {
  const recurrence = item.recurrence!;
  const breaks = new Set(recurrence.exceptionDates);
  const firstDate = zonedDate(item.time.allDay ? now : item.time.start, item.timeZone);
  let date = zonedDate(now, item.timeZone) > firstDate ? zonedDate(now, item.timeZone) : firstDate;
  for (let day = 0; day < 400 && (!recurrence.lastDate || date <= recurrence.lastDate); day += 1, date = addDays(date, 1)) {
    if (breaks.has(date) || !recurrence.days.includes(WEEKDAYS[weekdayOf(date)]!)) continue;
    const start = clockTimeOn(date, recurrence.startClock, item.timeZone);
    const end = clockTimeOn(date, recurrence.endClock, item.timeZone);
    if (end > now) return { date, start, end };
  }
  return undefined;
}

/**
 * The links of a weekly series and what each service gets of it: Google the rule from the
 * next session (its breaks still to come listed when there are some), the others that one
 * session. No web link once the season is over.
 */
export function seriesLinks(item: CalendarItem, now = Date.now()): { links: Partial<Record<WebCalendar, string>>; caveats: SeriesCaveats } {
  const next = nextSession(item, now);
  if (!next) return { links: {}, caveats: {} };
  const fromNext: CalendarItem = { ...item, time: { allDay: false, start: next.start, end: next.end } };
  const single: CalendarItem = { ...fromNext, recurrence: undefined };
  const breaks = item.recurrence!.exceptionDates.filter((date) => date > next.date);
  return {
    links: { google: googleLink(fromNext), outlook: outlookComLink(single), office365: office365Link(single), yahoo: yahooLink(single) },
    caveats: { breaksNotCarried: breaks.length ? breaks : undefined, nextSessionOnly: next.date },
  };
}

/** The web links of an item: every service for a one-off event or the festival; for a series, see `seriesLinks`. */
export function webLinks(item: CalendarItem, now = Date.now()): Partial<Record<WebCalendar, string>> {
  if (item.recurrence) return seriesLinks(item, now).links;
  return { google: googleLink(item), outlook: outlookComLink(item), office365: office365Link(item), yahoo: yahooLink(item) };
}

/**
 * Subscribe links for a published calendar URL: `webcal://` (Apple Calendar, Outlook, most
 * apps) and Google's `cid=` link, which needs the webcal:// form.
 */
export function subscribeLinks(icsUrl: string): { webcal: string; google: string } {
  const webcal = icsUrl.replace(/^(?:https?|webcal):\/\//i, 'webcal://');
  return { webcal, google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}` };
}

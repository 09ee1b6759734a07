/**
 * What the menu of `<baltic-add-to-calendar>` offers for one item of the feed, resolved when
 * the menu is about to open (a small lazily loaded chunk: the button itself carries none of it).
 */
import type { Feed } from '../../feed/schema.js';
import { resolveFeedUrl } from '../../feed/url.js';
import { activityItem, eventItem, festivalItem, type CalendarItem } from '../../ics/calendar-item.js';
import { seriesLinks, subscribeLinks, WEB_CALENDARS, webLinks, type SeriesCaveats, type WebCalendar } from './web-links.js';
import { feedIndex } from '../../feed/feed-index.js';

export interface CalendarSelection {
  eventId?: string;
  activityId?: string;
  festival?: boolean;
  lang: string;
  feedUrl?: string;
  /** The moment "next session" is counted from (tests); default now. */
  now?: number;
}

export interface CalendarTargets {
  item: CalendarItem;
  links: Partial<Record<WebCalendar, string>>;
  /** Web calendars left out: for a weekly series whose season is over, all of them. */
  withheld: WebCalendar[];
  /** What the web calendars get of a weekly series where their links cannot carry all of it. */
  caveats: SeriesCaveats;
  subscribe?: { webcal: string; google: string };
}

/** The menu's targets, or undefined when the feed has no such item. */
export function calendarTargets(feed: Feed, selection: CalendarSelection): CalendarTargets | undefined {
  const options = { lang: selection.lang, feedUrl: selection.feedUrl };
  let item: CalendarItem | undefined;
  if (selection.festival) {
    item = festivalItem(feed, options);
  } else if (selection.eventId !== undefined) {
    const event = feedIndex(feed).events.get(selection.eventId);
    item = event && eventItem(feed, event, options);
  } else if (selection.activityId !== undefined) {
    const activity = feedIndex(feed).activities.get(selection.activityId);
    item = activity && activityItem(feed, activity, options);
  }
  if (!item) return undefined;
  const { links, caveats } = item.recurrence ? seriesLinks(item, selection.now) : { links: webLinks(item), caveats: {} };
  const withheld = WEB_CALENDARS.filter((target) => !links[target]);
  const icsUrl = resolveFeedUrl(feed.calendar?.ics, selection.feedUrl);
  return { item, links, withheld, caveats, subscribe: icsUrl && /^(?:https?|webcal):/i.test(icsUrl) ? subscribeLinks(icsUrl) : undefined };
}

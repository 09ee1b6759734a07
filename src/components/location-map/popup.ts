/**
 * What a place's popup says about events: the next ones there and when. Loaded with the
 * map, so event times and date formatting cost the widget nothing before. No Lit here (the
 * widget renders the popup): a lazy chunk sharing nothing with the entry keeps the entry whole.
 */
import { eventSortKey, eventTime, isPast } from '../../feed/event-time.js';
import type { Feed, FeedEvent } from '../../feed/schema.js';
import { formatEventTime } from '../../i18n/dates.js';
import type { Locale } from '../../i18n/locales.js';

/** How many upcoming events a popup lists. */
export const UPCOMING_PER_PLACE = 3;

/** The next events at each place (at most UPCOMING_PER_PLACE), soonest first; cancelled and past ones left out. */
export function upcomingByPlace(feed: Feed, now = Date.now()): Map<string, FeedEvent[]> {
  const timeZone = feed.timeZone;
  const byPlace = new Map<string, FeedEvent[]>();
  feed.events
    .filter((event) => event.location && event.status !== 'cancelled' && !isPast(eventTime(event, timeZone), timeZone, now))
    .sort((a, b) => eventSortKey(eventTime(a, timeZone), timeZone) - eventSortKey(eventTime(b, timeZone), timeZone))
    .forEach((event) => {
      const list = byPlace.get(event.location!) ?? [];
      if (list.length < UPCOMING_PER_PLACE) byPlace.set(event.location!, [...list, event]);
    });
  return byPlace;
}

/** When an event happens, in words, in the feed's time zone. */
export const eventWhen = (locale: Locale, event: FeedEvent, feed: Feed): string => formatEventTime(locale, eventTime(event, feed.timeZone), feed.timeZone);

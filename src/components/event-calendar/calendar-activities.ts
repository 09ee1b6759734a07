/**
 * Sessions of the feed's weekly activities as calendar occurrences. Apart from the layout
 * (and loaded only with the `activities` attribute): the recurrence code brings the feed schema.
 */
import type { EventTime } from '../../feed/event-time.js';
import { sessionsBetween } from '../../feed/recurrence.js';
import type { Feed } from '../../feed/schema.js';
import type { CalendarDate } from '../../feed/time.js';
import { zonedDate } from '../../feed/zoned-time.js';
import { sessionKey } from '../../presentation/session-key.js';
import type { Occurrence } from './calendar-layout.js';

/** The sessions of the feed's weekly activities from `from` to `to`, as occurrences. */
export function activityOccurrences(feed: Feed, from: CalendarDate, to: CalendarDate, displayZone: string): Occurrence[] {
  return feed.schedule.flatMap((activity) =>
    sessionsBetween(activity, from, to, feed.timeZone).map((session): Occurrence => {
      const time: EventTime = { allDay: false, start: session.start, end: session.end };
      return {
        key: sessionKey(session),
        activity,
        title: activity.title,
        category: activity.category,
        location: activity.location,
        time,
        first: zonedDate(session.start, displayZone),
        last: zonedDate(session.end - 1, displayZone),
        sortKey: session.start,
        cancelled: !!session.exception,
        postponed: false,
      };
    }),
  );
}


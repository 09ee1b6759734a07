/**
 * The occurrences the calendar shows, computed for what is shown only: the events of the
 * month or week on screen (found by their dates as the feed writes them, then placed in the
 * display zone), the rows of the list's pages, the weekly activities' sessions for that range
 * when asked for, and what the category chips and the search let through. The activities'
 * code loads together with the view's (the first paint shows the sessions); the filters'
 * code with the first filter.
 */
import type { ReactiveControllerHost } from 'lit';
import { feedIndex } from '../../feed/feed-index.js';
import type { Feed, FeedEvent } from '../../feed/schema.js';
import { addDays, type CalendarDate } from '../../feed/time.js';
import { LazyChunk } from '../../internal/lazy-chunk.js';
import type { CalendarFilter } from './calendar-filters.js';
import { byStart, eventOccurrence, listDays, touching, type ListDay, type Occurrence } from './calendar-layout.js';

/** How far ahead the list shows sessions of weekly activities (they repeat forever). */
const LIST_ACTIVITY_DAYS = 62;

/** The weekly activities' and the filters' code, loaded when first needed. */
const ACTIVITIES_CHUNK = new LazyChunk('the calendar\'s weekly activities', () => import('./calendar-activities.js'));
const FILTERS_CHUNK = new LazyChunk('the calendar filters', () => import('./calendar-filters.js'));

/**
 * Rows on the list's first page, and added by each "Show more": the first page's height is
 * bounded (a page's skeleton can reserve it), and a long feed costs no more than its page.
 */
export const LIST_PAGE_ROWS = 12;

/**
 * A feed time's date as written may differ from its day in the display zone: by up to a day
 * for offsets (UTC−12 to +14), and a day more for an event ending at midnight. Candidates are
 * taken this many days around the range, then placed exactly.
 */
const ZONE_SLACK_DAYS = 2;

/** What the occurrences are asked for with: the filter, the zone, and whether activities are included. */
export interface OccurrenceQuery extends CalendarFilter {
  /** The time zone times are shown in. */
  zone: string;
  /** Whether the weekly activities' sessions are included. */
  activities: boolean;
}

/** A page of the list: its days with their rows, and whether more rows follow. */
export interface ListPage {
  days: ListDay[];
  complete: boolean;
}

/** The feed's events by the dates they are written with (`YYYY-MM-DD`, before any zone), built once per feed. */
interface EventDates {
  /** Each event's first and last written date, in feed order. */
  starts: CalendarDate[];
  ends: CalendarDate[];
  /** The written start dates, in order, each with its events. */
  startDates: CalendarDate[];
  byStartDate: Map<CalendarDate, FeedEvent[]>;
}

const eventDatesByFeed = new WeakMap<Feed, EventDates>();
function eventDates(feed: Feed): EventDates {
  let dates = eventDatesByFeed.get(feed);
  if (!dates) {
    const starts: CalendarDate[] = [];
    const ends: CalendarDate[] = [];
    const byStartDate = new Map<CalendarDate, FeedEvent[]>();
    for (const event of feed.events) {
      const start = event.start.slice(0, 10);
      starts.push(start);
      ends.push((event.end ?? event.start).slice(0, 10));
      const list = byStartDate.get(start);
      if (list) list.push(event);
      else byStartDate.set(start, [event]);
    }
    dates = { starts, ends, startDates: [...byStartDate.keys()].sort(), byStartDate };
    eventDatesByFeed.set(feed, dates);
  }
  return dates;
}

/** The first index of sorted `dates` not before `date`. */
function firstNotBefore(dates: readonly CalendarDate[], date: CalendarDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]! < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class CalendarOccurrences {
  /** Occurrences made so far, per event, for one feed and zone. */
  #made?: { feed: Feed; zone: string; byEvent: Map<FeedEvent, Occurrence> };
  #listCache?: { key: string; feed: Feed; page: ListPage };
  #activityModule?: typeof import('./calendar-activities.js');
  #activitiesLoading?: Promise<unknown>;
  #filterModule?: typeof import('./calendar-filters.js');
  #filtersLoading?: Promise<unknown>;
  /** The activities' or the filters' chunk could not be loaded: the calendar shows the chunk notice (what it lists may be incomplete or unfiltered). */
  failed = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Starts loading what the occurrences need beside the view (the activities' code, when they
   * are shown): call it with the view's import, and render the view when both are there.
   */
  prepare(activities: boolean): Promise<unknown> {
    if (!activities) return Promise.resolve();
    return (this.#activitiesLoading ??= ACTIVITIES_CHUNK.load().then(
      (module) => this.#settled(false, () => (this.#activityModule = module)),
      // The view shows without the sessions, under the notice, rather than not at all; the next view asked for tries again.
      () => this.#settled(true, () => (this.#activitiesLoading = undefined)),
    ));
  }

  /** The occurrence of the event with this id, if the feed has it. */
  ofEvent(feed: Feed, eventId: string, zone: string): Occurrence | undefined {
    const event = feedIndex(feed).events.get(eventId);
    return event && this.#occurrenceOf(event, feed, zone);
  }

  /** The first event (unfiltered) starting after `date`, if any. */
  nextAfter(feed: Feed, date: CalendarDate, zone: string): Occurrence | undefined {
    const { startDates, byStartDate } = eventDates(feed);
    let next: Occurrence | undefined;
    // Found by written date; the dates within the slack after the first one may still start earlier in the display zone.
    for (let index = firstNotBefore(startDates, addDays(date, -ZONE_SLACK_DAYS)); index < startDates.length; index++) {
      if (next && startDates[index]! > addDays(next.first, ZONE_SLACK_DAYS)) break;
      for (const event of byStartDate.get(startDates[index]!)!) {
        const occurrence = this.#occurrenceOf(event, feed, zone);
        if (occurrence.first > date && (!next || byStart(occurrence, next) < 0)) next = occurrence;
      }
    }
    return next;
  }

  /** The occurrence of an event, made once per feed and zone. */
  #occurrenceOf(event: FeedEvent, feed: Feed, zone: string): Occurrence {
    if (this.#made?.feed !== feed || this.#made.zone !== zone) this.#made = { feed, zone, byEvent: new Map() };
    let occurrence = this.#made.byEvent.get(event);
    if (!occurrence) this.#made.byEvent.set(event, (occurrence = eventOccurrence(event, feed, zone)));
    return occurrence;
  }

  /** The events' occurrences touching the days from `from` to `to`, in start order (only those events are placed). */
  #eventsBetween(feed: Feed, from: CalendarDate, to: CalendarDate, zone: string): Occurrence[] {
    const { starts, ends } = eventDates(feed);
    const earliest = addDays(from, -ZONE_SLACK_DAYS);
    const latest = addDays(to, ZONE_SLACK_DAYS);
    const found: Occurrence[] = [];
    feed.events.forEach((event, index) => {
      if (starts[index]! > latest || ends[index]! < earliest) return;
      const occurrence = this.#occurrenceOf(event, feed, zone);
      if (occurrence.first <= to && occurrence.last >= from) found.push(occurrence);
    });
    return found.sort(byStart);
  }

  /** The occurrences (filtered) touching the days from `from` to `to`, activities' sessions included when asked for. */
  between(feed: Feed, from: CalendarDate, to: CalendarDate, query: OccurrenceQuery): Occurrence[] {
    const events = this.#eventsBetween(feed, from, to, query.zone);
    const all = query.activities ? [...events, ...this.#sessionsBetween(feed, addDays(from, -1), to, query.zone)].sort(byStart) : events;
    return this.#filtered(touching(all, from, to), feed, query);
  }

  /**
   * The list's page from `anchor` on: the first `limit` rows (each occurrence once: under the day
   * it starts, or under the first day when it began earlier), computed from the events needed
   * for them only.
   */
  listPage(feed: Feed, anchor: CalendarDate, query: OccurrenceQuery, limit: number): ListPage {
    const { zone, activities } = query;
    const key = [anchor, zone, limit, activities && !!this.#activityModule, !!this.#filterModule, query.query, query.categories.join()].join('|');
    if (this.#listCache?.key !== key || this.#listCache.feed !== feed) {
      this.#listCache = { key, feed, page: this.#computeListPage(feed, anchor, query, limit) };
    }
    return this.#listCache.page;
  }

  #computeListPage(feed: Feed, anchor: CalendarDate, query: OccurrenceQuery, limit: number): ListPage {
    const { starts, ends, startDates, byStartDate } = eventDates(feed);
    const earliest = addDays(anchor, -ZONE_SLACK_DAYS);
    const since = (occurrence: Occurrence) => occurrence.last >= anchor;
    // Events that began before the range and still run.
    const candidates: Occurrence[] = [];
    feed.events.forEach((event, index) => {
      if (starts[index]! < earliest && ends[index]! >= earliest) candidates.push(this.#occurrenceOf(event, feed, query.zone));
    });
    // Then, date by date as written, until the page is full beyond doubt (the rows of a later date cannot sort before).
    let next = firstNotBefore(startDates, earliest);
    let rows: Occurrence[];
    let wanted = limit + 1;
    let complete: boolean;
    for (;;) {
      let taken = 0;
      while (next < startDates.length && taken < wanted) {
        for (const event of byStartDate.get(startDates[next]!)!) candidates.push(this.#occurrenceOf(event, feed, query.zone));
        taken += byStartDate.get(startDates[next++]!)!.length;
      }
      // The dates within the slack of the last one taken can still hold earlier rows in the display zone.
      const lastTaken = startDates[next - 1];
      while (lastTaken && next < startDates.length && startDates[next]! <= addDays(lastTaken, ZONE_SLACK_DAYS)) {
        for (const event of byStartDate.get(startDates[next++]!)!) candidates.push(this.#occurrenceOf(event, feed, query.zone));
      }
      const exhausted = next >= startDates.length;
      const until = exhausted ? addDays(anchor, LIST_ACTIVITY_DAYS) : lastTaken ?? anchor;
      const sessions = query.activities ? this.#sessionsBetween(feed, anchor, until < addDays(anchor, LIST_ACTIVITY_DAYS) ? until : addDays(anchor, LIST_ACTIVITY_DAYS), query.zone) : [];
      rows = this.#filtered([...candidates.filter(since), ...sessions], feed, query);
      // Rows before the last date taken are all there; a later one may still miss an event that sorts before it.
      const settled = exhausted || !lastTaken ? rows : rows.filter((occurrence) => occurrence.first < lastTaken);
      if (settled.length > limit || exhausted) {
        rows = settled;
        complete = rows.length <= limit;
        break;
      }
      wanted *= 2;
    }
    const shown = rows.sort(byStart).slice(0, limit);
    return { days: listDays(shown, anchor), complete };
  }

  /** A chunk loaded or failed: the host renders again (with or without the notice), and `update` keeps what it brought (after the render is asked for: `updateComplete` is that render's). */
  #settled(failed: boolean, update: () => unknown): void {
    this.failed = failed;
    this.host.requestUpdate();
    update();
  }

  /** The filters' code, loaded with the first filter. */
  loadFilters(): Promise<unknown> {
    return (this.#filtersLoading ??= FILTERS_CHUNK.load().then(
      (module) => this.#settled(false, () => (this.#filterModule = module)),
      // Tried again in the render after the one that shows the notice (in that one, it would loop).
      () => this.#settled(true, () => void this.host.updateComplete.then(() => (this.#filtersLoading = undefined))),
    ));
  }

  /** The occurrences the chips and the search let through (all of them until the filter code has loaded). */
  #filtered(list: Occurrence[], feed: Feed, filter: CalendarFilter): Occurrence[] {
    if (!filter.categories.length && !filter.query.trim()) return list;
    if (!this.#filterModule) {
      void this.loadFilters();
      return list;
    }
    return this.#filterModule.filterOccurrences(list, filter, feed);
  }

  /** Sessions of the weekly activities (loaded with the view by `prepare`; should they be asked for before, the calendar renders again). */
  #sessionsBetween(feed: Feed, from: CalendarDate, to: CalendarDate, zone: string): Occurrence[] {
    if (this.#activityModule) return this.#activityModule.activityOccurrences(feed, from, to, zone);
    void this.prepare(true);
    return [];
  }
}

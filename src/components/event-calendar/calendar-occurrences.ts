/**
 * The occurrences the calendar shows: the feed's events in the display zone (computed once
 * per feed and zone), the weekly activities' sessions when asked for, and what the category
 * chips and the search let through. The activities' and the filters' code load on demand:
 * until they are there, no sessions and no filtering; the calendar renders again then.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Feed } from '../../feed/schema.js';
import { addDays, type CalendarDate } from '../../feed/time.js';
import type { CalendarFilter } from './calendar-filters.js';
import { byStart, eventOccurrences, listDays, touching, type ListDay, type Occurrence } from './calendar-layout.js';

/** How far ahead the list shows sessions of weekly activities (they repeat forever). */
const LIST_ACTIVITY_DAYS = 62;

/** What the occurrences are asked for with: the filter, the zone, and whether activities are included. */
export interface OccurrenceQuery extends CalendarFilter {
  /** The time zone times are shown in. */
  zone: string;
  /** Whether the weekly activities' sessions are included. */
  activities: boolean;
}

export class CalendarOccurrences {
  #eventCache?: { feed: Feed; zone: string; list: Occurrence[] };
  #listDaysCache?: { key: string; days: ListDay[] };
  #activityModule?: typeof import('./calendar-activities.js');
  #activityModuleRequested = false;
  #filterModule?: typeof import('./calendar-filters.js');
  #filtersLoading?: Promise<unknown>;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Every event's occurrence (unfiltered, without activities), in start order. */
  all(feed: Feed, zone: string): Occurrence[] {
    if (this.#eventCache?.feed !== feed || this.#eventCache.zone !== zone) {
      this.#eventCache = { feed, zone, list: eventOccurrences(feed, zone) };
    }
    return this.#eventCache.list;
  }

  /** The occurrences (filtered) touching the days from `from` to `to`, activities' sessions included when asked for. */
  between(feed: Feed, from: CalendarDate, to: CalendarDate, query: OccurrenceQuery): Occurrence[] {
    const events = touching(this.all(feed, query.zone), from, to);
    const all = query.activities ? [...events, ...this.#sessionsBetween(feed, addDays(from, -1), to, query.zone)].sort(byStart) : events;
    return this.#filtered(touching(all, from, to), feed, query);
  }

  /** The list's days from `anchor` on, each with its (filtered) occurrences. */
  listDays(feed: Feed, anchor: CalendarDate, query: OccurrenceQuery): ListDay[] {
    const { zone, activities } = query;
    const key = [anchor, zone, activities && !!this.#activityModule, !!this.#filterModule, query.query, query.categories.join()].join('|');
    if (this.#listDaysCache?.key !== key || this.#eventCache?.feed !== feed) {
      const events = this.all(feed, zone).filter((occurrence) => occurrence.last >= anchor);
      const all = activities ? [...events, ...this.#sessionsBetween(feed, anchor, addDays(anchor, LIST_ACTIVITY_DAYS), zone)].sort(byStart) : events;
      this.#listDaysCache = { key, days: listDays(this.#filtered(all, feed, query), anchor) };
    }
    return this.#listDaysCache.days;
  }

  /** The filters' code, loaded with the first filter. */
  loadFilters(): Promise<unknown> {
    return (this.#filtersLoading ??= import('./calendar-filters.js').then((module) => {
      this.#filterModule = module;
      this.host.requestUpdate();
    }));
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

  /** Sessions of the weekly activities (none until their code has loaded; then the calendar renders again). */
  #sessionsBetween(feed: Feed, from: CalendarDate, to: CalendarDate, zone: string): Occurrence[] {
    if (this.#activityModule) return this.#activityModule.activityOccurrences(feed, from, to, zone);
    if (!this.#activityModuleRequested) {
      this.#activityModuleRequested = true;
      void import('./calendar-activities.js').then((module) => {
        this.#activityModule = module;
        this.host.requestUpdate();
      });
    }
    return [];
  }
}

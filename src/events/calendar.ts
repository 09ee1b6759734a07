/** The events the calendar fires for the host page, besides `baltic-event-select`. */
import { init } from './init.js';
import type { CalendarDate } from '../feed/time.js';

export type CalendarView = 'month' | 'week' | 'list';

export interface ViewChangeDetail {
  view: CalendarView;
  /** First day shown. */
  start: CalendarDate;
  /** Last day shown (inclusive); for the list, the last day with an event in it. */
  end: CalendarDate;
}

/** The view or the dates shown changed (also fired once when the calendar first shows events). */
export class BalticViewChangeEvent extends Event {
  constructor(readonly detail: ViewChangeDetail) {
    super('baltic-view-change', init);
  }
}

export interface FilterChangeDetail {
  /** Category ids chosen; empty: all. */
  categories: string[];
  query: string;
}

/** The visitor changed the category chips or the search text. */
export class BalticFilterChangeEvent extends Event {
  constructor(readonly detail: FilterChangeDetail) {
    super('baltic-filter-change', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'baltic-view-change': BalticViewChangeEvent;
    'baltic-filter-change': BalticFilterChangeEvent;
  }
}

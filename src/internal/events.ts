/**
 * The events the widgets fire on themselves for the host page. All bubble and cross shadow
 * roots (a page listens on `document` for every widget).
 */
import type { FeedErrorKind } from '../feed/snapshot.js';
import type { FeedProblem } from '../feed/problems.js';

const init = { bubbles: true, composed: true } as const;

export interface FeedLoadDetail {
  /** The feed URL, or undefined for a feed given as a property. */
  url?: string;
  /** Items skipped and fields ignored in the feed. */
  problems: FeedProblem[];
}

/** A feed was loaded and validated (fired by every widget showing it). */
export class BalticFeedLoadEvent extends Event {
  constructor(readonly detail: FeedLoadDetail) {
    super('baltic-feed-load', init);
  }
}

export interface FeedErrorDetail {
  url?: string;
  kind: FeedErrorKind;
  /** The HTTP status for `kind: 'http'`. */
  status?: number;
  message: string;
  /** True when older data is still shown. */
  stale: boolean;
}

/** Loading the feed failed. */
export class BalticFeedErrorEvent extends Event {
  constructor(readonly detail: FeedErrorDetail) {
    super('baltic-feed-error', init);
  }
}

/** A visitor chose an event (the calendar opened it; a map popup linked to it). */
export class BalticEventSelectEvent extends Event {
  constructor(readonly detail: { eventId: string }) {
    super('baltic-event-select', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'baltic-event-select': BalticEventSelectEvent;
    'baltic-feed-load': BalticFeedLoadEvent;
    'baltic-feed-error': BalticFeedErrorEvent;
  }
}

/** The events every widget with a feed fires on itself: the feed loaded, or it failed. */
import type { FeedErrorKind } from '../feed/snapshot.js';
import type { FeedProblem } from '../feed/problems.js';
import { init } from './init.js';

export interface FeedLoadDetail {
  /** The feed URL, or undefined for a feed given as a property. */
  url?: string;
  /** Items skipped and fields ignored in the feed. */
  problems: FeedProblem[];
}

/**
 * A feed was loaded and validated: fired once per load by every widget the page placed that
 * shows it (not by widgets nested inside another widget, such as the calendar dialog's button).
 */
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

declare global {
  interface GlobalEventHandlersEventMap {
    'baltic-feed-load': BalticFeedLoadEvent;
    'baltic-feed-error': BalticFeedErrorEvent;
  }
}

/** What a widget knows of its feed at a moment. */
import type { FeedProblem } from './problems.js';
import type { Feed } from './schema.js';

export type FeedErrorKind =
  /** The server could not be reached (offline, DNS, CORS, connection reset). */
  | 'network'
  /** No complete answer within the timeout. */
  | 'timeout'
  /** The server answered with an HTTP error status. */
  | 'http'
  /** The answer is not UTF-8 text (UTF-16, or an old encoding such as Windows-1251). */
  | 'encoding'
  /** The answer is not JSON. */
  | 'not-json'
  /** JSON, but not a feed. */
  | 'invalid'
  /** Neither `src` nor `feed` was given. */
  | 'missing'
  /** The feed spine (a lazily loaded chunk) could not be loaded. */
  | 'chunk';

export interface FeedError {
  kind: FeedErrorKind;
  message: string;
  /** The HTTP status, for `kind: 'http'`. */
  status?: number;
}

export interface FeedSnapshot {
  /** `loading` while a request runs, also when older data is shown meanwhile. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The feed shown: the newest good one. */
  feed?: Feed;
  /** Problems found in the shown feed (skipped items, ignored fields). */
  problems: FeedProblem[];
  /**
   * Every problem of the shown feed, while some are still being checked: the warnings about
   * local times the clocks skip are checked once the page is idle, after the widgets have shown
   * the feed (`baltic-feed-load` waits for them). Then `problems` has them too.
   */
  allProblems?: Promise<FeedProblem[]>;
  /** Why the last load failed. */
  error?: FeedError;
  /** When the shown feed was fetched (ms since epoch). */
  updatedAt?: number;
  /** When the feed will be fetched again by itself after a failure (ms since epoch); none when it will not. */
  retryAt?: number;
  /** True when the shown feed is not the answer of the latest request (cached, or a refresh failed or still runs). */
  stale: boolean;
}

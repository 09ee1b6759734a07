/**
 * The feed spine, one lazily loaded chunk shared by every widget: the loader, the validator
 * with the schema, and what reads feed data (texts in the visitor's language, the URL
 * allow-list): nothing of it is needed before a feed is there. Its import starts together with
 * the feed request (see `FeedController`). The views of failed and older feeds are a chunk of
 * their own, loaded when a widget first has one to show (most visits never do).
 */
import { LazyChunk } from './lazy-chunk.js';

export { feedSource, snapshotOfObject } from '../feed/loader.js';
/** How long a widget waits for its feed unless its `timeout` says. */
export { DEFAULT_TIMEOUT_MS as defaultTimeout } from '../feed/loader.js';
export { resolveText } from '../feed/text.js';
export { resolveFeedUrl } from '../feed/url.js';
export { componentStyles } from './component-styles.js';

/** The error state and the notice over older data (`feed-state-views.ts`). */
export const stateViews = new LazyChunk('the feed state views', () => import('./feed-state-views.js'));

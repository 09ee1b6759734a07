/**
 * The feed spine, one lazily loaded chunk shared by every widget: the loader, the validator
 * with the schema, the views of failed and older feeds, and what reads feed data (texts in
 * the visitor's language, the URL allow-list): nothing of it is needed before a feed is there. Its import starts together with
 * the feed request (see `FeedController`).
 */
export { feedSource, snapshotOfObject } from '../feed/loader.js';
export { renderErrorState, renderStaleNotice } from './feed-state-views.js';
export { resolveText } from '../feed/text.js';
export { resolveFeedUrl } from '../feed/url.js';
export { componentStyles } from './component-styles.js';

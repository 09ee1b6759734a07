/**
 * The feed spine, one lazily loaded chunk shared by every widget: the loader, the validator
 * with the schema, and the views of failed and older feeds. Its import starts together with
 * the feed request (see `FeedController`).
 */
export { feedSource, snapshotOfObject } from '../feed/loader.js';
export { renderErrorState, renderStaleNotice } from './feed-state-views.js';

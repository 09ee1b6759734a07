/**
 * The feed spine for tools and bundler users (`baltic-widgets/feed`): schema and types,
 * validation, loading, texts, times and URLs. Widgets load it lazily.
 */
export * from './schema.js';
import { parseFeedTextWith } from './loader.js';
import { validateFeed } from './validate.js';

export { validateFeed, formatProblem, type FeedProblem, type FeedValidation, type ProblemSeverity } from './validate.js';
export { feedSource, FeedLoadError, FeedSource } from './loader.js';
/** Parses and validates the text of a feed; throws a FeedLoadError when it is not one. */
export const parseFeedText = (text: string) => parseFeedTextWith(text, validateFeed);
export type { FeedError, FeedErrorKind, FeedSnapshot } from './snapshot.js';
export { resolveText, languageChain, type ResolvedText } from './text.js';
export { safeUrl, resolveFeedUrl } from './url.js';
export { parseFeedTime, zonedParts, zonedTimeToInstant, type FeedTime } from './zoned-time.js';

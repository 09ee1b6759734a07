/** The feed spine: schema and types, validation, loading, texts, times and URLs. */
export * from './schema.js';
export { validateFeed, formatProblem, type FeedProblem, type FeedValidation, type ProblemSeverity } from './validate.js';
export { feedSource, FeedLoadError, FeedSource, parseFeedText, type FeedErrorKind, type FeedSnapshot } from './loader.js';
export { resolveText, languageChain, type ResolvedText } from './text.js';
export { safeUrl, resolveFeedUrl } from './url.js';
export { parseFeedTime, zonedParts, zonedTimeToInstant, type FeedTime } from './time.js';

/**
 * Validation of a feed, as the command line, the studio and the published types use it:
 * `lenient-validation.ts` with the nearest-zone search in the message about a wrong time zone
 * loaded at once. (The browser's feed spine uses `lenient-validation.ts` itself and loads that
 * search only for such a feed.)
 */
import { checkFeed, type FeedValidation } from './lenient-validation.js';
import { suggestTimeZone } from './time-zone-suggestion.js';

export * from './lenient-validation.js';

/**
 * Validates a parsed JSON document as a feed. Never throws. Item paths refer to the
 * document as given (indexes before any item was skipped).
 */
export const validateFeed = (document: unknown): FeedValidation => checkFeed(document, suggestTimeZone);

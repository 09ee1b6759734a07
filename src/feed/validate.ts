/**
 * Validation of a feed, as the command line, the studio and the published types use it:
 * `lenient-validation.ts` with the nearest-zone search in the message about a wrong time zone
 * and the words of the problems loaded at once. (The browser's feed spine uses
 * `lenient-validation.ts` itself and loads both only for a feed that needs them.)
 */
import { checkFeed, type FeedValidation } from './lenient-validation.js';
import { PROBLEM_WORDS } from './problem-words.js';
import { suggestTimeZone } from './time-zone-suggestion.js';
import { problemsInWords } from './worded-problems.js';

export * from './lenient-validation.js';

/**
 * Validates a parsed JSON document as a feed. Never throws. Item paths refer to the
 * document as given (indexes before any item was skipped).
 */
export function validateFeed(document: unknown): FeedValidation {
  const validation = checkFeed(document, suggestTimeZone);
  return { ...validation, problems: problemsInWords(validation.problems, PROBLEM_WORDS) };
}

/**
 * Validation of a feed, as the command line, the studio and the published types use it:
 * `lenient-validation.ts` with the nearest-zone search in the message about a wrong time zone,
 * the warnings about local times the clocks skip and the words of the problems, all at once.
 * (The browser's feed spine validates the quick way, `feed-validation.ts`, and loads
 * `lenient-validation.ts`, the nearest-zone search and the words only for a feed that needs
 * them; it checks skipped times once the page is idle.)
 */
import { checkFeed, type FeedValidation } from './lenient-validation.js';
import { PROBLEM_WORDS } from './problem-words.js';
import { skippedTimeProblems } from './skipped-times.js';
import { suggestTimeZone } from './time-zone-suggestion.js';
import { problemsInWords } from './worded-problems.js';

export * from './lenient-validation.js';

/**
 * Validates a parsed JSON document as a feed. Never throws. Item paths refer to the
 * document as given (indexes before any item was skipped).
 */
export function validateFeed(document: unknown): FeedValidation {
  const validation = checkFeed(document, suggestTimeZone, skippedTimeProblems);
  return { ...validation, problems: problemsInWords(validation.problems, PROBLEM_WORDS) };
}

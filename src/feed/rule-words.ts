/**
 * The words of the feed rules' messages, written into a validation's problems. The rules name
 * them by number (`rules.ts`); the words (src/generated/feed-rule-words.ts) load in the browser
 * only for a feed that has problems, and come at once for the command line and the studio
 * (`validate.ts`).
 */
import type { FeedProblem } from './problems.js';
import { lacksRuleWords, withRuleWords } from './rules.js';

/** `problems` with their words written in from `words` (the same array when none lacked them). */
export function problemsInWords(problems: FeedProblem[], words: readonly string[]): FeedProblem[] {
  if (!problems.some((problem) => lacksRuleWords(problem.message))) return problems;
  return problems.map((problem) => (lacksRuleWords(problem.message) ? { ...problem, message: withRuleWords(problem.message, words) } : problem));
}

/** `problems` in words, the words loaded only when a problem needs them (should they fail to load, each says so). */
export async function problemsWithLoadedWords(problems: FeedProblem[]): Promise<FeedProblem[]> {
  if (!problems.some((problem) => lacksRuleWords(problem.message))) return problems;
  const words = await import('../generated/feed-rule-words.js').then(({ RULE_WORDS }) => RULE_WORDS, () => []);
  return problemsInWords(problems, words);
}

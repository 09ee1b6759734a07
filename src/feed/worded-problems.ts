/**
 * A feed's problems with their words written in (see message-marks.ts): at once where the
 * words are there (the command line, the studio), or loaded only when a problem needs them
 * (the browser).
 */
import type { FeedProblem } from './problems.js';
import { inWords, lacksWords, type ProblemWords } from './message-marks.js';

const someLackWords = (problems: FeedProblem[]) => problems.some((problem) => lacksWords(problem.message));

/** `problems` with their words written in from `words` (the same array when none lacked them). */
export function problemsInWords(problems: FeedProblem[], words?: ProblemWords): FeedProblem[] {
  if (!someLackWords(problems)) return problems;
  return problems.map((problem) => (lacksWords(problem.message) ? { ...problem, message: inWords(problem.message, words) } : problem));
}

/** `problems` in words, the words loaded only when a problem needs them (should they fail to load, each says so). */
export async function problemsWithLoadedWords(problems: FeedProblem[]): Promise<FeedProblem[]> {
  if (!someLackWords(problems)) return problems;
  const words = await import('./problem-words.js').then(({ PROBLEM_WORDS }) => PROBLEM_WORDS, () => undefined);
  return problemsInWords(problems, words);
}

/** Problems found in a feed, each with the JSON path of what it concerns. */

export type ProblemSeverity =
  /** The item at the path was skipped. */
  | 'error'
  /** A field was ignored or a default applied; the item is kept. */
  | 'warning';

export interface FeedProblem {
  /** JSON path, e.g. `events[3].start`; empty for the document itself. */
  path: string;
  message: string;
  severity: ProblemSeverity;
}

/** `events[3].start: not a date`. */
export function formatProblem(problem: FeedProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

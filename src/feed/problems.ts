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
  /** The item the problem concerns, by its id in the document (`{ kind: 'event', id: 'concert' }`). */
  item?: { kind: string; id: string };
}

/** `events[3].start (event "concert"): not a date`. */
export function formatProblem(problem: FeedProblem): string {
  const where = problem.item ? `${problem.path} (${problem.item.kind} "${problem.item.id}")` : problem.path;
  return where ? `${where}: ${problem.message}` : problem.message;
}

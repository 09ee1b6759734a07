/**
 * How `validate` and `ics` report a feed's problems, in one voice: one line per problem with
 * its severity (`error` skips the item, `warning` keeps it), path and item id, then the counts,
 * skipped items included.
 */
import { formatProblem, type FeedProblem } from '../feed/validate.js';
import { writeLine, type TextSink } from './io.js';

/** `error: events[3].start (event "concert"): not a date (expected YYYY-MM-DD …)` */
export function problemLine(problem: FeedProblem): string {
  return `${problem.severity}: ${formatProblem(problem)}`;
}

/** The items errors made skip: `events[1]`, `albums[0].photos[2]` (each once). */
export function skippedItems(problems: readonly FeedProblem[]): string[] {
  const items = new Set<string>();
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const item = /^.*\[\d+\]/.exec(problem.path)?.[0];
    if (item) items.add(item);
  }
  return [...items];
}

/** `2 errors (2 items skipped), 1 warning`; `1 warning`; empty when there are no problems. */
export function problemCounts(problems: readonly FeedProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const skipped = skippedItems(problems).length;
  const counts: string[] = [];
  if (errors > 0) counts.push(`${countOf(errors, 'error')}${skipped ? ` (${countOf(skipped, 'item')} skipped)` : ''}`);
  if (warnings > 0) counts.push(countOf(warnings, 'warning'));
  return counts.join(', ');
}

/** Writes every problem, one line each. */
export function writeProblems(sink: TextSink, problems: readonly FeedProblem[]): void {
  for (const problem of problems) writeLine(sink, problemLine(problem));
}

export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

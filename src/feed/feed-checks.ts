/**
 * Checks of a feed document that the schema cannot make item by item: whether its time zone
 * is one (the problem, with the nearest real name: `lenient-validation.ts`) and the ids that name
 * each problem's item (local times the clocks skip: `skipped-times.ts`). They read the
 * document as given, so paths and ids are the author's.
 */
import type { FeedProblem } from './problems.js';
import { isValidTimeZone } from './time.js';

/** Whether the feed names a `timeZone` that is not an IANA zone (cheap: the suggestion for it loads only then). */
export const hasWrongTimeZone = ({ timeZone }: Record<string, unknown>): boolean => timeZone !== undefined && !(typeof timeZone === 'string' && isValidTimeZone(timeZone));

/** What the items of each collection are called in messages. */
const ITEM_KINDS: ReadonlyMap<string, string> = new Map([
  ['events', 'event'],
  ['schedule', 'activity'],
  ['locations', 'location'],
  ['categories', 'category'],
  ['albums', 'album'],
]);

/** Adds to each problem the id of the item it concerns, as the document gives it (`events[3]` → `concert`). */
export function withItemIds(problems: FeedProblem[], document: Record<string, unknown>): FeedProblem[] {
  return problems.map((problem) => {
    const match = /^([a-z]+)\[(\d+)\]/.exec(problem.path);
    const kind = match && ITEM_KINDS.get(match[1]!);
    const collection = match && document[match[1]!];
    const item = kind && Array.isArray(collection) ? (collection[Number(match[2])] as { id?: unknown } | undefined) : undefined;
    const id = typeof item === 'object' && item !== null && typeof item.id === 'string' && item.id ? item.id : undefined;
    return id ? { ...problem, item: { kind: kind!, id } } : problem;
  });
}

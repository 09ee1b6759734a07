/**
 * Checks of a feed document that the schema cannot make item by item: a time zone that is
 * not one (with the nearest real name), local times the clocks skip, and the ids that name
 * each problem's item. They read the document as given, so paths and ids are the author's.
 */
import type { FeedProblem } from './problems.js';
import { DEFAULT_TIME_ZONE } from './constants.js';
import { isValidTimeZone, localTimeGap } from './time.js';
import { checkMessage, SKIPPED_START_KEEPS_LENGTH, SKIPPED_TIME, WRONG_ZONE, WRONG_ZONE_SUGGESTED } from './message-marks.js';

/** Whether the feed names a `timeZone` that is not an IANA zone (cheap: the suggestion for it loads only then). */
export const hasWrongTimeZone = ({ timeZone }: Record<string, unknown>): boolean => timeZone !== undefined && !(typeof timeZone === 'string' && isValidTimeZone(timeZone));

/**
 * The problem of a feed whose `timeZone` is not an IANA zone: an error, since every local time
 * of the feed would be read in another zone, with the nearest real name when `suggest` (see
 * `time-zone-suggestion.ts`) finds one. Undefined when the zone is fine or not given.
 */
export function timeZoneProblem(document: Record<string, unknown>, suggest?: (name: string) => string | undefined): FeedProblem | undefined {
  if (!hasWrongTimeZone(document)) return undefined;
  const zone = document.timeZone;
  const suggestion = typeof zone === 'string' ? suggest?.(zone) : undefined;
  const shown = typeof zone === 'string' ? `"${zone}"` : JSON.stringify(zone);
  return { path: 'timeZone', message: suggestion ? checkMessage(WRONG_ZONE_SUGGESTED, shown, suggestion) : checkMessage(WRONG_ZONE, shown), severity: 'error' };
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;
const durationText = (ms: number) => {
  const minutes = Math.round(ms / 60_000);
  return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`;
};

/** An item whose local times are checked, with where it is in the feed (`events`, 12 → `events[12]`). */
type TimedItem = readonly [item: unknown, collection: string, index?: number];

/**
 * Warnings for local times the clocks skip (`2027-03-28T03:30` in Helsinki, where 03:00
 * becomes 04:00): the time is moved forward by the gap, and an event keeps its length. `items`
 * are the events, the festival and its programme; `check` adds an item's warnings to `problems`
 * (the browser checks a big feed's items in slices, `validateFeedInSlices`).
 */
export function skippedTimeChecks(document: Record<string, unknown>): { items: TimedItem[]; check: (timed: TimedItem, problems: FeedProblem[]) => void } {
  const zone = typeof document.timeZone === 'string' && isValidTimeZone(document.timeZone) ? document.timeZone : DEFAULT_TIME_ZONE;
  const items: TimedItem[] = [];
  const list = (value: unknown, collection: string) => (Array.isArray(value) ? value.forEach((item, index) => items.push([item, collection, index])) : undefined);
  list(document.events, 'events');
  const festival = document.festival as Record<string, unknown> | undefined;
  if (typeof festival === 'object' && festival !== null) {
    items.push([festival, 'festival']);
    list(festival.programme, 'festival.programme');
  }
  const check = ([item, collection, index]: TimedItem, problems: FeedProblem[]) => {
    if (typeof item !== 'object' || item === null) return;
    const path = index === undefined ? collection : `${collection}[${index}]`;
    const { start, end } = item as { start?: unknown; end?: unknown };
    const startGap = typeof start === 'string' && LOCAL_DATE_TIME.test(start) ? localTimeGap(start, zone) : undefined;
    if (startGap) {
      const named = [start as string, zone, durationText(startGap.skippedMs), startGap.readAs];
      const message =
        typeof end === 'string' && LOCAL_DATE_TIME.test(end) && end > (start as string)
          ? checkMessage(SKIPPED_START_KEEPS_LENGTH, ...named, durationText(Date.parse(`${end}Z`) - Date.parse(`${start as string}Z`)))
          : checkMessage(SKIPPED_TIME, ...named);
      problems.push({ path: `${path}.start`, message, severity: 'warning' });
    }
    const endGap = !startGap && typeof end === 'string' && LOCAL_DATE_TIME.test(end) ? localTimeGap(end, zone) : undefined;
    if (endGap) problems.push({ path: `${path}.end`, message: checkMessage(SKIPPED_TIME, end as string, zone, durationText(endGap.skippedMs), endGap.readAs), severity: 'warning' });
  };
  return { items, check };
}

/** Every skipped-local-time warning of the feed at once (`skippedTimeChecks`). */
export function skippedTimeProblems(document: Record<string, unknown>): FeedProblem[] {
  const { items, check } = skippedTimeChecks(document);
  const problems: FeedProblem[] = [];
  for (const timed of items) check(timed, problems);
  return problems;
}

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

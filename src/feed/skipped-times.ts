/**
 * Warnings for local times the clocks skip (`2027-03-28T03:30` in Helsinki, where 03:00 becomes
 * 04:00). They need the time-zone rules (`zoned-time.ts`), which a page that shows no dates (an
 * organization card, a map) has no other use for: in the browser this is a chunk of its own that
 * loads once the page is idle, after the widgets have shown the feed (`withSkippedTimeWarnings`
 * in feed-validation.ts); the command line and the studio (`validate.ts`) check at once. The
 * widgets read such a time right without it (event-time.ts): the warnings are for whoever keeps
 * the feed.
 */
import type { FeedProblem } from './problems.js';
import { DEFAULT_TIME_ZONE } from './constants.js';
import { checkMessage, SKIPPED_START_KEEPS_LENGTH, SKIPPED_TIME } from './message-marks.js';
import { sliceClock, VALIDATION_SLICE_MS } from './slices.js';
import { isValidTimeZone } from './time.js';
import { localTimeGap } from './zoned-time.js';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;
const isLocalTime = (value: unknown): value is string => typeof value === 'string' && LOCAL_DATE_TIME.test(value);

const durationText = (ms: number) => {
  const minutes = Math.round(ms / 60_000);
  return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`;
};

/** An item whose local times are checked, with where it is in the feed (`events`, 12 → `events[12]`). */
type TimedItem = readonly [item: unknown, collection: string, index?: number];

/**
 * The warnings, item by item: the time is moved forward by the gap, and an event keeps its
 * length. `items` are the events, the festival and its programme; `check` adds an item's
 * warnings to `problems`.
 */
function skippedTimeChecks(document: Record<string, unknown>): { items: TimedItem[]; check: (timed: TimedItem, problems: FeedProblem[]) => void } {
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
    const startGap = isLocalTime(start) && localTimeGap(start, zone);
    if (startGap) {
      const named = [start as string, zone, durationText(startGap.skippedMs), startGap.readAs];
      const message =
        isLocalTime(end) && end > (start as string)
          ? checkMessage(SKIPPED_START_KEEPS_LENGTH, ...named, durationText(Date.parse(`${end}Z`) - Date.parse(`${start as string}Z`)))
          : checkMessage(SKIPPED_TIME, ...named);
      problems.push({ path: `${path}.start`, message, severity: 'warning' });
      return;
    }
    const endGap = isLocalTime(end) && localTimeGap(end, zone);
    if (endGap) problems.push({ path: `${path}.end`, message: checkMessage(SKIPPED_TIME, end as string, zone, durationText(endGap.skippedMs), endGap.readAs), severity: 'warning' });
  };
  return { items, check };
}

/** Every skipped-local-time warning of the feed at once (the command line, the studio). */
export function skippedTimeProblems(document: Record<string, unknown>): FeedProblem[] {
  const { items, check } = skippedTimeChecks(document);
  const problems: FeedProblem[] = [];
  for (const timed of items) check(timed, problems);
  return problems;
}

/**
 * `skippedTimeProblems` in slices of about `VALIDATION_SLICE_MS` (a time-zone offset or two for
 * each of 50,000 events is half a second at once), letting the page respond in between; it stops
 * once `stillShown()` says the feed is no longer shown.
 */
export async function skippedTimeWarnings(document: Record<string, unknown>, stillShown: () => boolean): Promise<FeedProblem[]> {
  const problems: FeedProblem[] = [];
  const clock = sliceClock(VALIDATION_SLICE_MS);
  const { items, check } = skippedTimeChecks(document);
  for (const item of items) {
    check(item, problems);
    if (clock.due()) {
      await clock.pause();
      if (!stillShown()) break;
    }
  }
  return problems;
}

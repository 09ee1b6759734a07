/**
 * Validation of a feed in the browser, a chunk the loader fetches only for a feed without a stamp
 * of this check matching its content (feed-stamp.ts), the quick way first: a feed whose every item is valid
 * (nearly always) is checked by `validOutput` (rules.ts), which copies nothing it need not,
 * then across items (unique ids, references, photos' alt text). Only a feed with an item or a
 * field to skip, drop or report loads `lenient-validation.ts` (a chunk; the command line and
 * the studio use it at once, `validate.ts`), which validates it item by item, losing as
 * little as possible, with every problem at its JSON path.
 */
import { FEED_VERSION } from './constants.js';
import type { Feed } from './schema.js';
import type { FeedProblem } from './problems.js';
import { indexFeed, type FeedIndex } from './feed-index.js';
import { sliceClock, VALIDATION_SLICE_MS, whenIdle } from './slices.js';
import { hasWrongTimeZone, withItemIds } from './feed-checks.js';
import { collectionRule, INVALID, OBJECT, OPTIONAL, UNKNOWN, validOutput, type ObjectRule, type Rule } from './rules.js';
import { FEED_RULES } from '../generated/feed-rules.js';
import { problemsWithLoadedWords } from './worded-problems.js';
import { checkMessage, DUPLICATE_ID, MISSING_ALT, NEWER_VERSION, NOT_A_FEED, UNKNOWN_REFERENCE } from './message-marks.js';

export { formatProblem, type FeedProblem, type ProblemSeverity } from './problems.js';

export type FeedValidation =
  | { ok: true; feed: Feed; problems: FeedProblem[]; /** The feed's items by id (also `feedIndex(feed)`). */ index: FeedIndex }
  | { ok: false; problems: FeedProblem[] };

/** The path each kept item had in the document, when items before it were skipped (for messages about it; `lenient-validation.ts` notes them). */
export const documentPaths = new WeakMap<object, string>();

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks across items: unique ids, references to categories, locations, albums and events, and photos' alt text. */
function checkReferences(feed: Feed, problems: FeedProblem[]): Feed {
  const pathOf = (item: object, collection: string, index: number) => documentPaths.get(item) ?? `${collection}[${index}]`;
  const uniqueById = <T extends { id: string }>(items: T[], collection: string): T[] => {
    const seen = new Set<string>();
    let removed = 0;
    return items.filter((item, index) => {
      if (seen.has(item.id)) {
        problems.push({ path: `${pathOf(item, collection, index)}.id`, message: checkMessage(DUPLICATE_ID, item.id), severity: 'error' });
        removed++;
        return false;
      }
      // The items after a removed one move up: remember where they were.
      if (removed && !documentPaths.has(item)) documentPaths.set(item, pathOf(item, collection, index));
      seen.add(item.id);
      return true;
    });
  };
  const categories = uniqueById(feed.categories, 'categories');
  const locations = uniqueById(feed.locations, 'locations');
  const events = uniqueById(feed.events, 'events');
  const known = {
    category: new Set(categories.map((item) => item.id)),
    location: new Set(locations.map((item) => item.id)),
    album: new Set(feed.albums.map((item) => item.id)),
    event: new Set(events.map((item) => item.id)),
  };
  type Reference = keyof typeof known;

  /** The item without the references that name nothing in the feed (each reported); the item itself when all resolve. */
  const withoutDanglingReferences = <T extends object>(item: T, itemPath: string, fields: Reference[]): T => {
    let cleaned: T | undefined;
    for (const field of fields) {
      const value = (item as Record<string, unknown>)[field];
      if (typeof value !== 'string' || known[field].has(value)) continue;
      problems.push({ path: `${itemPath}.${field}`, message: checkMessage(UNKNOWN_REFERENCE, field, value), severity: 'warning' });
      cleaned ??= { ...item };
      delete (cleaned as Record<string, unknown>)[field];
    }
    return cleaned ?? item;
  };
  const checkAll = <T extends object>(items: T[], collection: string, fields: Reference[]) =>
    items.map((item, index) => withoutDanglingReferences(item, pathOf(item, collection, index), fields));

  const albums = checkAll(uniqueById(feed.albums, 'albums'), 'albums', ['event']).map((album, index) => {
    const albumPath = pathOf(album, 'albums', index);
    const photos = uniqueById(album.photos, `${albumPath}.photos`);
    photos.forEach((photo, photoIndex) => {
      if (photo.alt !== undefined && (typeof photo.alt !== 'string' || photo.alt.trim())) return;
      const photoPath = pathOf(photo, `${albumPath}.photos`, photoIndex);
      problems.push({ path: `${photoPath}.alt`, message: checkMessage(MISSING_ALT), severity: 'warning' });
    });
    return photos.length === album.photos.length ? album : { ...album, photos };
  });
  const festival = feed.festival && {
    ...withoutDanglingReferences(feed.festival, 'festival', ['location', 'album']),
    programme: feed.festival.programme?.map((item, index) => withoutDanglingReferences(item, `festival.programme[${index}]`, ['location'])),
  };

  return {
    ...feed,
    categories,
    locations,
    albums,
    events: checkAll(events, 'events', ['category', 'location', 'album']),
    schedule: checkAll(uniqueById(feed.schedule, 'schedule'), 'schedule', ['category', 'location']),
    festival,
  };
}

/** The problem of a document that is not a feed object at all; undefined for an object. */
export function notAFeed(document: unknown, problems: FeedProblem[]): document is Record<string, unknown> {
  if (!isPlainObject(document)) {
    problems.push({ path: '', message: checkMessage(NOT_A_FEED), severity: 'error' });
    return false;
  }
  if (typeof document.version === 'number' && document.version > FEED_VERSION) {
    problems.push({
      path: 'version',
      message: checkMessage(NEWER_VERSION, document.version, FEED_VERSION),
      severity: 'warning',
    });
  }
  return true;
}

/** The warnings about local times the clocks skip (`skippedTimeProblems` of skipped-times.ts). */
export type SkippedTimeCheck = (document: Record<string, unknown>) => FeedProblem[];

/** The end of a validation that kept the feed (`parsed`, the items that passed): references, skipped local times when `skippedTimes` is given, each problem's item, the index. */
export function completeValidation(document: Record<string, unknown>, parsed: Feed, problems: FeedProblem[], skippedTimes?: SkippedTimeCheck): FeedValidation {
  const feed = checkReferences(parsed, problems);
  if (skippedTimes) problems.push(...skippedTimes(document));
  return { ok: true, feed, problems: withItemIds(problems, document), index: indexFeed(feed) };
}

const FEED_ENTRIES = (FEED_RULES as ObjectRule)[1];
/** The feed's rule with its collections (lenient arrays, checked item by item before) taken as they are, or their default when absent. */
const FEED_WITH_CHECKED_COLLECTIONS: Rule = [
  OBJECT,
  Object.fromEntries(Object.entries(FEED_ENTRIES).map(([key, entry]) => [key, collectionRule(entry) ? [OPTIONAL, [UNKNOWN], entry[2]] : entry])),
  0,
];

/**
 * The quick validation (see above), a step at a time: it yields whenever `due()` says a slice
 * of work is done, and returns the validation, or `undefined` when the feed needs the lenient
 * one. The document's fields the rules do not know are left out, as the lenient one does.
 */
function* quickValidation(document: unknown, due: () => boolean): Generator<void, FeedValidation | undefined> {
  const problems: FeedProblem[] = [];
  if (!notAFeed(document, problems)) return { ok: false, problems };
  if (hasWrongTimeZone(document)) return undefined;
  const known: Record<string, unknown> = {};
  for (const key in FEED_ENTRIES) {
    if (!(key in document)) continue;
    const items = document[key];
    const collection = collectionRule(FEED_ENTRIES[key]!);
    if (collection) {
      if (!Array.isArray(items)) return undefined;
      const kept: unknown[] = [];
      for (const item of items) {
        const output = validOutput(collection[1], item);
        if (output === INVALID) return undefined;
        // The clock is read every 64 items.
        if (kept.push(output) % 64 === 0 && due()) yield;
      }
      known[key] = kept;
    } else known[key] = items;
  }
  const parsed = validOutput(FEED_WITH_CHECKED_COLLECTIONS, known);
  return parsed === INVALID ? undefined : completeValidation(document, parsed as Feed, problems);
}

/** `quickValidation` at once (a saved copy, shown while the first request runs); `undefined` when the feed needs the lenient one. */
export function quickValidationNow(document: unknown): FeedValidation | undefined {
  const steps = quickValidation(document, () => false);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `problems` with the warnings about local times the clocks skip added, all in words. The code that
 * knows the time-zone rules for them is a chunk (skipped-times.ts) that loads once the page is
 * idle, after the widgets have shown the feed; should it fail to load, the problems stay as
 * they were (the feed is shown right all the same: event-time.ts reads such a time itself).
 * The check stops, with `problems` as they were, once `stillShown()` says the feed is no longer
 * shown (a saved copy the fresh feed replaced).
 */
export async function withSkippedTimeWarnings(document: unknown, problems: FeedProblem[], stillShown = () => true): Promise<FeedProblem[]> {
  if (!isPlainObject(document)) return problems;
  await whenIdle();
  const checks = stillShown() ? await import('./skipped-times.js').catch(() => undefined) : undefined;
  const found = checks ? await checks.skippedTimeWarnings(document, stillShown) : [];
  if (!stillShown()) return problems;
  const warnings = withItemIds(found, document);
  return problemsWithLoadedWords(warnings.length ? [...problems, ...warnings] : problems);
}

/** A validation with its problems in words, loaded only when a problem needs them. */
const inWords = async (validation: FeedValidation): Promise<FeedValidation> => ({ ...validation, problems: await problemsWithLoadedWords(validation.problems) });

/** The lenient validation: a chunk, loaded for a feed with a problem to skip, drop or report. */
const lenient = () => import('./lenient-validation.js');

/** `validateFeed` in the browser: the same result but the warnings about skipped local times (`withSkippedTimeWarnings` adds them), with the nearest-zone search loaded only for a wrong zone and the problems' words only for problems. */
export async function validateFeedObject(document: unknown): Promise<FeedValidation> {
  return inWords(quickValidationNow(document) ?? (await (await lenient()).checkFeedWithSuggestion(document)));
}

/**
 * `validateFeed` for big feeds in the browser: the collections are validated in slices of
 * about `VALIDATION_SLICE_MS`, letting the page respond in between (50,000 events would
 * otherwise hold the main thread for seconds). Same result as `validateFeedObject`.
 */
export async function validateFeedInSlices(document: unknown): Promise<FeedValidation> {
  const clock = sliceClock(VALIDATION_SLICE_MS);
  const steps = quickValidation(document, clock.due);
  let step = steps.next();
  while (!step.done) {
    await clock.pause();
    step = steps.next();
  }
  return inWords(step.value ?? (await (await lenient()).checkFeedInSlices(document)));
}

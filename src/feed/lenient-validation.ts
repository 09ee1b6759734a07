/**
 * Validation of a feed against the schema (the browser's part; `validate.ts` adds what the
 * command line and the studio use), losing as little as possible: a bad item of a
 * collection is skipped, a bad optional field is dropped, and every problem is reported with
 * its JSON path (`events[3].start: not a date`). Only a document that is not a feed object at
 * all is rejected whole.
 */
import { FEED_VERSION } from './constants.js';
import type { Feed } from './schema.js';
import type { FeedProblem } from './problems.js';
import { indexFeed, type FeedIndex } from './feed-index.js';
import { sliceClock, VALIDATION_SLICE_MS, whenIdle } from './slices.js';
import { hasWrongTimeZone, timeZoneProblem, withItemIds } from './feed-checks.js';
import { applyRule, ARRAY, innerRule, isLenientRule, isOptionalRule, OBJECT, type ArrayRule, type ObjectRule, type Rule } from './rules.js';
import { FEED_RULES } from '../generated/feed-rules.js';
import { problemsWithLoadedWords } from './worded-problems.js';
import { checkMessage, DUPLICATE_ID, MISSING_ALT, NEWER_VERSION, NOT_A_FEED, NOT_AN_OBJECT, UNKNOWN_REFERENCE } from './message-marks.js';

export { formatProblem, type FeedProblem, type ProblemSeverity } from './problems.js';

export type FeedValidation =
  | { ok: true; feed: Feed; problems: FeedProblem[]; /** The feed's items by id (also `feedIndex(feed)`). */ index: FeedIndex }
  | { ok: false; problems: FeedProblem[] };

export function formatPath(base: string, keys: readonly (string | number)[] = []): string {
  let path = base;
  for (const key of keys) {
    path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
  }
  return path;
}

/** The path each kept item had in the document, when items before it were skipped (for messages about it). */
const documentPaths = new WeakMap<object, string>();

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of an object rule that are lenient themselves (memoized: most objects have none). */
const lenientEntryLists = new WeakMap<ObjectRule, Array<[string, Rule]>>();
function lenientEntries(objectRule: ObjectRule): Array<[string, Rule]> {
  let list = lenientEntryLists.get(objectRule);
  if (!list) lenientEntryLists.set(objectRule, (list = Object.entries(objectRule[1]).filter(([, entry]) => isLenientRule(entry))));
  return list;
}

/** A valid object as the document has it (no copy) when validation added and dropped no field. */
function documentObjectIfSame(value: Record<string, unknown>, output: Record<string, unknown>): Record<string, unknown> {
  let count = 0;
  for (const key in output) {
    if (!(key in value)) return output;
    count++;
  }
  return count === Object.keys(value).length ? value : output;
}

/** Big collections validated in slices beforehand (see `validateFeedInSlices`): the array as given → the items kept. */
const validatedArrays = new WeakMap<unknown[], unknown[]>();

/**
 * Validates `value` against `rule`, applying the lenient rules to every lenient array and
 * object in it, depth first. Returns the parsed output, or `undefined` when the value has to
 * be skipped (its problems are in `problems` either way).
 */
function parseLeniently(rule: Rule, value: unknown, path: string, problems: FeedProblem[]): unknown {
  const inner = innerRule(rule);
  const lenient = isLenientRule(inner);

  if (lenient && inner[0] === ARRAY && Array.isArray(value)) {
    const done = validatedArrays.get(value);
    if (done) return done;
    const kept: unknown[] = [];
    validateItems(inner, value, 0, value.length, kept, path, problems);
    return kept;
  } else if (lenient && inner[0] === OBJECT && !isPlainObject(value)) {
    problems.push({ path, message: checkMessage(NOT_AN_OBJECT), severity: 'error' });
    return undefined;
  } else if (lenient && inner[0] === OBJECT && isPlainObject(value)) {
    const entries = inner[1];
    // The document's object is only copied when something in it has to change.
    let candidate: Record<string, unknown> = value;
    const editable = () => (candidate === value ? (candidate = { ...value }) : candidate);
    // Nested lenient entries first, so that their bad items do not fail this object.
    for (const [key, entry] of lenientEntries(inner)) {
      if (candidate[key] === undefined) continue;
      const parsed = parseLeniently(entry, candidate[key], formatPath(path, [key]), problems);
      if (parsed === undefined) {
        if (!isOptionalRule(entry)) return undefined;
        delete editable()[key];
      } else {
        if (parsed !== candidate[key]) editable()[key] = parsed;
      }
    }
    // Then drop optional fields the rules reject, one round at a time (the lenient fields as they are now).
    for (let round = 0; round < Object.keys(entries).length + 1; round++) {
      const result = applyRule(inner, candidate, true);
      if (!result.issues) return documentObjectIfSame(candidate, result.value as Record<string, unknown>);
      let fatal = false;
      const dropped = new Set<string>();
      for (const issue of result.issues) {
        const key = issue.path[0];
        const issuePath = formatPath(path, issue.path);
        const entry = typeof key === 'string' ? entries[key] : undefined;
        if (entry && isOptionalRule(entry) && (key as string) in candidate) {
          dropped.add(key as string);
          problems.push({ path: issuePath, message: `${issue.message} (ignored)`, severity: 'warning' });
        } else {
          fatal = true;
          problems.push({ path: issuePath, message: issue.message, severity: 'error' });
        }
      }
      if (fatal) return undefined;
      for (const key of dropped) delete editable()[key];
    }
    return undefined;
  }

  const result = applyRule(rule, value);
  if (!result.issues) return result.value;
  for (const issue of result.issues) {
    problems.push({ path: formatPath(path, issue.path), message: issue.message, severity: 'error' });
  }
  return undefined;
}

/** Validates the items `from` to `to` of a lenient array, keeping the valid ones in `kept`. */
function validateItems(arrayRule: ArrayRule, items: unknown[], from: number, to: number, kept: unknown[], path: string, problems: FeedProblem[]): void {
  const itemRule = arrayRule[1];
  for (let index = from; index < to; index++) {
    const itemPath = `${path}[${index}]`;
    const parsed = parseLeniently(itemRule, items[index], itemPath, problems);
    if (parsed === undefined) continue;
    // Once an item was skipped, the kept ones no longer sit at their document index: remember it.
    if (kept.length !== index && typeof parsed === 'object' && parsed !== null) documentPaths.set(parsed, itemPath);
    kept.push(parsed);
  }
}

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
function notAFeed(document: unknown, problems: FeedProblem[]): document is Record<string, unknown> {
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

/** Finds the real zone nearest to a wrong name (`time-zone-suggestion.ts`). */
type SuggestTimeZone = (name: string) => string | undefined;

/** The warnings about local times the clocks skip (`skippedTimeProblems` of skipped-times.ts). */
type SkippedTimeCheck = (document: Record<string, unknown>) => FeedProblem[];

/** The end of validation: the zone, the whole feed's schema over the items kept, references, skipped local times when `skippedTimes` is given, the index. */
function finish(document: Record<string, unknown>, problems: FeedProblem[], suggest?: SuggestTimeZone, skippedTimes?: SkippedTimeCheck): FeedValidation {
  // A time zone that is not one fails the whole feed: every local time in it would be misplaced.
  const zoneProblem = timeZoneProblem(document, suggest);
  if (zoneProblem) return { ok: false, problems: [zoneProblem] };
  const parsed = parseLeniently(FEED_RULES, document, '', problems) as Feed | undefined;
  if (!parsed) return { ok: false, problems: withItemIds(problems, document) };
  const feed = checkReferences(parsed, problems);
  if (skippedTimes) problems.push(...skippedTimes(document));
  return { ok: true, feed, problems: withItemIds(problems, document), index: indexFeed(feed) };
}

/**
 * `validateFeed` (validate.ts), where the message about a wrong time zone names the nearest
 * real one only when `suggest` is given: the browser loads that search only for such a feed
 * (`validateFeedObject`), and a copy saved by an earlier visit had a real zone. Local times the
 * clocks skip are checked only when `skippedTimes` is given: the browser checks them once the
 * page is idle (`withSkippedTimeWarnings`). The problems name their words by number
 * (message-marks.ts; worded-problems.ts writes them in).
 */
export function checkFeed(document: unknown, suggest?: SuggestTimeZone, skippedTimes?: SkippedTimeCheck): FeedValidation {
  const problems: FeedProblem[] = [];
  return notAFeed(document, problems) ? finish(document, problems, suggest, skippedTimes) : { ok: false, problems };
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

/** The nearest-zone search, loaded when the document's `timeZone` is wrong (and only then). */
const suggestionFor = async (document: Record<string, unknown>): Promise<SuggestTimeZone | undefined> =>
  hasWrongTimeZone(document) ? (await import('./time-zone-suggestion.js').catch(() => undefined))?.suggestTimeZone : undefined;

/** A validation with its problems in words, loaded only when a problem needs them. */
const inWords = async (validation: FeedValidation): Promise<FeedValidation> => ({ ...validation, problems: await problemsWithLoadedWords(validation.problems) });

/** `validateFeed` in the browser: the same result but the warnings about skipped local times (`withSkippedTimeWarnings` adds them), with the nearest-zone search loaded only for a wrong zone and the problems' words only for problems. */
export async function validateFeedObject(document: unknown): Promise<FeedValidation> {
  return inWords(checkFeed(document, isPlainObject(document) ? await suggestionFor(document) : undefined));
}

/**
 * `validateFeed` for big feeds in the browser: the collections are validated in slices of
 * about `VALIDATION_SLICE_MS`, letting the page respond in between (50,000 events would
 * otherwise hold the main thread for seconds). Same result as `validateFeedObject`.
 */
export const validateFeedInSlices = async (document: unknown): Promise<FeedValidation> => inWords(await checkFeedInSlices(document));

/** `checkFeed` in slices, the words of its problems not written in. */
async function checkFeedInSlices(document: unknown): Promise<FeedValidation> {
  const problems: FeedProblem[] = [];
  if (!notAFeed(document, problems)) return { ok: false, problems };
  // A wrong time zone fails the feed before any item is looked at.
  if (hasWrongTimeZone(document)) return finish(document, problems, await suggestionFor(document));
  const clock = sliceClock(VALIDATION_SLICE_MS);
  for (const [key, entry] of lenientEntries(FEED_RULES as ObjectRule)) {
    const items = document[key];
    const arrayRule = innerRule(entry);
    if (!Array.isArray(items) || arrayRule[0] !== ARRAY) continue;
    const kept: unknown[] = [];
    for (let index = 0; index < items.length; ) {
      const end = Math.min(items.length, index + 64);
      validateItems(arrayRule, items, index, end, kept, key, problems);
      index = end;
      if (clock.due()) await clock.pause();
    }
    validatedArrays.set(items, kept);
  }
  return finish(document, problems);
}

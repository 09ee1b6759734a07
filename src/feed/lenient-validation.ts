/**
 * Validation of a feed against the schema, losing as little as possible: a bad item of a
 * collection is skipped, a bad optional field is dropped, and every problem is reported with
 * its JSON path (`events[3].start: not a date`). Only a document that is not a feed object at
 * all is rejected whole. The command line and the studio use it (`validate.ts`); the browser
 * loads it as a chunk for a feed the quick validation (`feed-validation.ts`) finds a problem in.
 */
import type { Feed } from './schema.js';
import type { FeedProblem } from './problems.js';
import { sliceClock, VALIDATION_SLICE_MS } from './slices.js';
import { hasWrongTimeZone, withItemIds } from './feed-checks.js';
import { applyRule } from './apply-rule.js';
import { ARRAY, collectionRule, innerRule, INVALID, isLenientRule, isOptionalRule, OBJECT, validOutput, type ArrayRule, type ObjectRule, type Rule } from './rules.js';
import { FEED_RULES } from '../generated/feed-rules.js';
import { checkMessage, NOT_AN_OBJECT, WRONG_ZONE, WRONG_ZONE_SUGGESTED } from './message-marks.js';
import { completeValidation, documentPaths, isPlainObject, notAFeed, type FeedValidation, type SkippedTimeCheck } from './feed-validation.js';

export * from './feed-validation.js';

export function formatPath(base: string, keys: readonly (string | number)[] = []): string {
  let path = base;
  for (const key of keys) {
    path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
  }
  return path;
}

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
    // A field added, or given as `undefined` (an app's object: JSON has none) that got its default.
    if (!(key in value) || (value[key] === undefined && output[key] !== undefined)) return output;
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
    // A valid item (nearly every one) is checked the quick way; only one with a problem is parsed leniently, for its problems.
    const valid = validOutput(itemRule, items[index]);
    const parsed = valid === INVALID ? parseLeniently(itemRule, items[index], itemPath, problems) : valid;
    if (parsed === undefined) continue;
    // Once an item was skipped, the kept ones no longer sit at their document index: remember it.
    if (kept.length !== index && typeof parsed === 'object' && parsed !== null) documentPaths.set(parsed, itemPath);
    kept.push(parsed);
  }
}

/** Finds the real zone nearest to a wrong name (`time-zone-suggestion.ts`). */
type SuggestTimeZone = (name: string) => string | undefined;

/**
 * The problem of a feed whose `timeZone` is not an IANA zone: an error, since every local time
 * of the feed would be read in another zone, with the nearest real name when `suggest` (see
 * `time-zone-suggestion.ts`) finds one. Undefined when the zone is fine or not given.
 */
function timeZoneProblem(document: Record<string, unknown>, suggest?: (name: string) => string | undefined): FeedProblem | undefined {
  if (!hasWrongTimeZone(document)) return undefined;
  const zone = document.timeZone;
  const suggestion = typeof zone === 'string' ? suggest?.(zone) : undefined;
  const shown = typeof zone === 'string' ? `"${zone}"` : JSON.stringify(zone);
  return { path: 'timeZone', message: suggestion ? checkMessage(WRONG_ZONE_SUGGESTED, shown, suggestion) : checkMessage(WRONG_ZONE, shown), severity: 'error' };
}

/** The end of validation: the zone, the whole feed's schema over the items kept, then `completeValidation` (references, skipped local times when `skippedTimes` is given, the index). */
function finish(document: Record<string, unknown>, problems: FeedProblem[], suggest?: SuggestTimeZone, skippedTimes?: SkippedTimeCheck): FeedValidation {
  // A time zone that is not one fails the whole feed: every local time in it would be misplaced.
  const zoneProblem = timeZoneProblem(document, suggest);
  if (zoneProblem) return { ok: false, problems: [zoneProblem] };
  const parsed = parseLeniently(FEED_RULES, document, '', problems) as Feed | undefined;
  return parsed ? completeValidation(document, parsed, problems, skippedTimes) : { ok: false, problems: withItemIds(problems, document) };
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

/** The nearest-zone search, loaded when the document's `timeZone` is wrong (and only then). */
const suggestionFor = async (document: Record<string, unknown>): Promise<SuggestTimeZone | undefined> =>
  hasWrongTimeZone(document) ? (await import('./time-zone-suggestion.js').catch(() => undefined))?.suggestTimeZone : undefined;

/** `checkFeed` with the nearest-zone search loaded for a wrong zone (`validateFeedObject` in the browser), the words of its problems not written in. */
export async function checkFeedWithSuggestion(document: unknown): Promise<FeedValidation> {
  return checkFeed(document, isPlainObject(document) ? await suggestionFor(document) : undefined);
}

/** `checkFeed` in slices (`validateFeedInSlices` in the browser), the words of its problems not written in. */
export async function checkFeedInSlices(document: unknown): Promise<FeedValidation> {
  const problems: FeedProblem[] = [];
  if (!notAFeed(document, problems)) return { ok: false, problems };
  // A wrong time zone fails the feed before any item is looked at.
  if (hasWrongTimeZone(document)) return finish(document, problems, await suggestionFor(document));
  const clock = sliceClock(VALIDATION_SLICE_MS);
  for (const [key, entry] of Object.entries((FEED_RULES as ObjectRule)[1])) {
    const items = document[key];
    const arrayRule = collectionRule(entry);
    if (!arrayRule || !Array.isArray(items)) continue;
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

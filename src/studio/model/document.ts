/**
 * The feed being edited, as the JSON document it is: a plain object whose every field —
 * also those the studio does not know (a newer feed version, `x-` extensions) — is kept as
 * it was. Edits replace the objects along one path and leave everything else untouched,
 * so saving an unchanged feed changes nothing but formatting.
 */
import { DEFAULT_TIME_ZONE, FEED_VERSION } from '../../feed/constants.js';
import { feedFileText } from '../../feed/feed-stamping.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type FeedDocument = JsonObject;
/** A path into the document: `['events', 3, 'start']`. */
export type DocPath = readonly (string | number)[];

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path, or undefined. */
export function getIn(document: Json | undefined, path: DocPath): Json | undefined {
  let node: Json | undefined = document;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key as never];
  }
  return node;
}

/**
 * The document with the value at `path` replaced (created along the way where missing);
 * `undefined` removes the field (or the list item). Only the objects on the path are copied.
 */
export function setIn<T extends Json>(document: T, path: DocPath, value: Json | undefined): T {
  if (path.length === 0) return (value ?? null) as T;
  const [key, ...rest] = path as [string | number, ...DocPath];
  const current = (document !== null && typeof document === 'object' ? (document as Record<string | number, Json>)[key as never] : undefined) as Json | undefined;
  const next = rest.length ? setIn((current ?? (typeof rest[0] === 'number' ? [] : {})) as Json, rest, value) : value;
  if (Array.isArray(document) && typeof key === 'number') {
    const copy = document.slice();
    if (next === undefined) copy.splice(key, 1);
    else copy[key] = next;
    return copy as T;
  }
  const copy: JsonObject = { ...(isObject(document) ? document : {}) };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

/** The feed as the file is written: two-space JSON, one final newline (as `demo/feed.json`). */
export const serializeFeed = (document: FeedDocument): string => feedFileText(document);

export class FeedParseError extends Error {}

/** Parses a feed file's text; a text that is not a JSON object throws a FeedParseError with the parser's reason. */
export function parseFeedDocument(text: string): FeedDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FeedParseError((error as Error).message);
  }
  if (!isObject(parsed)) throw new FeedParseError('not a JSON object');
  return parsed;
}

export interface NewFeedAnswers {
  organizationName: string;
  languages: string[];
  timeZone: string;
}

/** The feed the wizard starts: the organization's name, its languages and time zone, empty collections. */
export function newFeed({ organizationName, languages, timeZone }: NewFeedAnswers): FeedDocument {
  return {
    version: FEED_VERSION,
    timeZone: timeZone || DEFAULT_TIME_ZONE,
    languages,
    fallbackLanguages: languages.slice(0, 1),
    organization: { name: organizationName.trim() },
    categories: [],
    locations: [],
    events: [],
    schedule: [],
    albums: [],
  };
}

/** The feed's languages, in its order (at least one). */
export function feedLanguages(document: FeedDocument): string[] {
  const languages = Array.isArray(document.languages) ? document.languages.filter((item): item is string => typeof item === 'string') : [];
  return languages.length ? languages : ['fi'];
}

export const feedTimeZone = (document: FeedDocument): string =>
  typeof document.timeZone === 'string' && document.timeZone ? document.timeZone : DEFAULT_TIME_ZONE;

/** An id not yet used in a collection, from a title (`Shakki klubi` → `shakki-klubi`, then `-2`, `-3` …). */
export function uniqueId(taken: Iterable<string>, base: string): string {
  const used = new Set(taken);
  const slug =
    base
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'item';
  let candidate = /^[a-z0-9]/.test(slug) ? slug : `x${slug}`;
  for (let n = 2; used.has(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}

/** The ids in a collection of the document (`events`, `locations` …). */
export function idsOf(document: FeedDocument, collection: string): string[] {
  const items = document[collection];
  return Array.isArray(items) ? items.flatMap((item) => (isObject(item) && typeof item.id === 'string' ? [item.id] : [])) : [];
}

/** A feed text as the studio would write it (the text itself when it is not a feed). */
export function normalizedText(text: string): string {
  try {
    return serializeFeed(parseFeedDocument(text));
  } catch {
    return text;
  }
}

/**
 * The stamp of a feed that passed the check (`"checked"`), and the widgets' quick way for it.
 * The studio and `baltic-widgets validate --stamp` write the stamp into a feed in which the
 * check finds no problem at all (`feed-stamping.ts`), as the file's first field:
 * `<check>:<file digest>:<content digest>`, where `<check>` names the check that passed it
 * (`FEED_CHECK_ID`, which changes whenever the check does) and the digests are SHA-256 (base64)
 * of the file's text without the stamp and of the feed's JSON without the stamp (`contentText`).
 * A widget that finds a stamp of its own check matching takes the feed with the check's defaults
 * added, and does not download the check (about 4 KB of every page). It compares the text it
 * read with the file digest (cheap: no JSON to write), else (a file laid out anew, or a `feed`
 * property) the feed with the content digest. A feed edited by hand afterwards matches neither;
 * one without a stamp, or given by a browser without Web Crypto (a page on plain http), is
 * checked in the browser as before. The stamp is no seal against the feed's owner: text from any
 * feed is still escaped and its URLs still filtered where the widgets show them.
 */
import { FEED_CHECK_ID, FEED_DEFAULTS } from '../generated/feed-defaults.js';
import type { Feed } from './schema.js';

/** The defaults the check gives absent fields: per field, its default (if any) and the defaults inside its value (each item's, for a list). */
export type FieldDefaults = { [field: string]: [fallback: unknown, inside?: FieldDefaults] };

/** The document's fields the widgets never read and the check leaves out: the stamp and the JSON Schema's name. */
type Stamped = Record<string, unknown> & { checked?: unknown; $schema?: unknown };

/** What the content digest covers: the document without its stamp, as `JSON.stringify` writes it (the same text for the same content, however the file is laid out). */
export const contentText = (document: Stamped): string => JSON.stringify({ ...document, checked: undefined });

/** The stamp as the file's first field, and the blank after it: removed, what is left is the text the file digest covers. */
const STAMP_FIRST = /^\{(\s*)"checked"\s*:\s*"[^"\\]*"\s*,\s*/;

/** SHA-256 of a text's UTF-8, in base64. */
async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(text.length * 3);
  const { written } = new TextEncoder().encodeInto(text, bytes);
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.subarray(0, written)))));
}

/** The stamp of this check for a feed written as `fileText` without it, whose `contentText` is `content`. */
export const stampFor = async (fileText: string, content: string): Promise<string> => `${FEED_CHECK_ID}:${await digest(fileText)}:${await digest(content)}`;

/**
 * Whether the start of a feed's text (its first kilobytes) may hold a stamp of this check: the
 * studio and `validate --stamp` write it first, so that a widget can load the check's chunk
 * while the rest of a feed without one arrives.
 */
export const mayBeStamped = (start: string): boolean => start.includes(`"${FEED_CHECK_ID}:`);

/** The document's stamp, as its check, file digest and content digest, when it is one of this check's (not yet compared). */
const stampOfThisCheck = (document: unknown): string[] | undefined => {
  const stamp = (document as Stamped | null)?.checked;
  const parts = typeof stamp === 'string' ? stamp.split(':') : [];
  return parts.length === 3 && parts[0] === FEED_CHECK_ID ? parts : undefined;
};

/**
 * Adds the check's defaults to a value of the feed, in place: to every field absent or
 * `undefined` (which JSON does not have), a list default as a list of this feed's own.
 */
function addDefaults(value: Record<string, unknown>, defaults: FieldDefaults): void {
  for (const field in defaults) {
    const [fallback, inside] = defaults[field]!;
    if (value[field] === undefined && fallback !== undefined) value[field] = Array.isArray(fallback) ? [...fallback] : fallback;
    const part = value[field];
    if (inside && part && typeof part === 'object') for (const item of Array.isArray(part) ? part : [part]) addDefaults(item as Record<string, unknown>, inside);
  }
}

/**
 * The feed of a document whose stamp was found matching, a document of the widgets' own (parsed
 * from the feed's text): without the stamp and `$schema`, with the check's defaults added, in
 * place. Undefined for a document without a stamp of this check (a saved copy of a feed taken
 * this way: `FeedSource`).
 */
export function stampedFeed(document: unknown): Feed | undefined {
  if (!stampOfThisCheck(document)) return undefined;
  const feed = document as Stamped;
  delete feed.checked;
  delete feed.$schema;
  addDefaults(feed, FEED_DEFAULTS);
  return feed as unknown as Feed;
}

/**
 * The feed a stamp vouches for (`stampedFeed`): the document itself when it was parsed from
 * `text` (the widgets' own); else (a `feed` property, which stays the app's) the JSON that was
 * hashed, parsed: exactly what the digest covers, whatever the app does with its object meanwhile
 * or holds in it that JSON has not (`undefined`, a `Date`). Undefined when the document has no
 * stamp of this check matching it, or the browser cannot tell: the feed is then checked.
 */
export async function vouchedFeed(document: unknown, text?: string): Promise<Feed | undefined> {
  const stamp = stampOfThisCheck(document);
  if (!stamp || !globalThis.crypto?.subtle) return undefined;
  const [, fileDigest, contentDigest] = stamp;
  const first = text === undefined ? null : STAMP_FIRST.exec(text);
  const content = text === undefined ? contentText(document as Stamped) : undefined;
  const matches = async () =>
    (first && (await digest(`{${first[1]}${text!.slice(first[0].length)}`)) === fileDigest) || (await digest(content ?? contentText(document as Stamped))) === contentDigest;
  if (!(await matches().catch(() => false))) return undefined;
  return stampedFeed(content === undefined ? document : { ...(JSON.parse(content) as object), checked: stamp.join(':') });
}

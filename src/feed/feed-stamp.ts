/**
 * The stamp of a feed that passed the check (`"checked"`), and the widgets' quick way for it.
 * The studio and `baltic-widgets validate --stamp` write the stamp into a feed in which the
 * check finds no problem at all (`feed-stamping.ts`): the name of the check that passed it
 * (`FEED_CHECK_ID`, which changes whenever the check does) and the SHA-256 of the feed's
 * content. A widget that finds a stamp of its own check matching the content takes the feed
 * with the check's defaults added, and does not download the check (2 KB of every page). A feed
 * edited by hand afterwards no longer matches its stamp; one without a stamp, or given by a
 * browser without Web Crypto (a page on plain http), is checked in the browser as before.
 * The stamp is no seal against the feed's owner: text from any feed is still escaped and its
 * URLs still filtered where the widgets show them.
 */
import { FEED_CHECK_ID, FEED_DEFAULTS } from '../generated/feed-defaults.js';
import type { Feed } from './schema.js';

/** The defaults the check gives absent fields: per field, its default (if any) and the defaults inside its value (each item's, for a list). */
export type FieldDefaults = { [field: string]: [fallback: unknown, inside?: FieldDefaults] };

/** The document's fields the widgets never read and the check leaves out: the stamp and the JSON Schema's name. */
type Stamped = Record<string, unknown> & { checked?: unknown; $schema?: unknown };

/** What a stamp covers: the document without its stamp, as `JSON.stringify` writes it (the same text for the same content, however the file is laid out). */
export const unstampedText = (document: Stamped): string => JSON.stringify({ ...document, checked: undefined });

/** The stamp of this check for `unstampedText`: `<check>:<SHA-256 in base64>`. */
export async function stampFor(unstamped: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(unstamped)));
  return `${FEED_CHECK_ID}:${btoa(String.fromCharCode(...digest))}`;
}

/** Adds the check's defaults to a value of the feed, in place. */
function addDefaults(value: Record<string, unknown>, defaults: FieldDefaults): void {
  for (const field in defaults) {
    const [fallback, inside] = defaults[field]!;
    if (!(field in value) && fallback !== undefined) value[field] = fallback;
    const part = value[field];
    if (inside && part && typeof part === 'object') for (const item of Array.isArray(part) ? part : [part]) addDefaults(item as Record<string, unknown>, inside);
  }
}

/**
 * Whether the start of a feed's text (its first kilobytes) may hold a stamp of this check: the
 * studio and `validate --stamp` write it first, so that a widget can load the check's chunk
 * while the rest of a feed without one arrives.
 */
export const mayBeStamped = (start: string): boolean => start.includes(`"${FEED_CHECK_ID}:`);

/** The document's stamp when it is one of this check's (not yet compared with the content). */
const stampOfThisCheck = (document: unknown): string | undefined => {
  const stamp = (document as Stamped | null)?.checked;
  return typeof stamp === 'string' && stamp.startsWith(`${FEED_CHECK_ID}:`) ? stamp : undefined;
};

/**
 * The feed of a document whose stamp was found matching: the document itself, without the stamp
 * and `$schema`, with the check's defaults added. Undefined for a document without a stamp of
 * this check (a saved copy of a feed taken this way: `FeedSource`).
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
 * The feed a stamp vouches for (`stampedFeed`): of the document itself when `owned` (a parsed
 * text of the widgets' own), else of a copy (a `feed` property stays the app's). Undefined when
 * the document has no stamp of this check matching its content, or the browser cannot tell:
 * the feed is then checked.
 */
export async function vouchedFeed(document: unknown, owned: boolean): Promise<Feed | undefined> {
  const stamp = stampOfThisCheck(document);
  if (!stamp || !globalThis.crypto?.subtle) return undefined;
  const unstamped = unstampedText(document as Stamped);
  if ((await stampFor(unstamped).catch(() => '')) !== stamp) return undefined;
  return stampedFeed(owned ? document : { ...JSON.parse(unstamped), checked: stamp });
}

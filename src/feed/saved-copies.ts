/**
 * The copies of feeds kept in the browser's storage (`localStorage`), so that a repeat visit
 * shows the last good feed at once and an offline visit still shows something. The storage
 * is the host page's too: what is kept is bounded in number and size (the oldest copy goes
 * first), a feed too big for that budget is not kept, and the host page's own items are never
 * touched. Variants of one URL (`feed.json?v=1`, `?v=2`…) replace each other unless the page
 * uses them side by side. This module reads them; `save-copy.ts`, loaded once a feed has
 * arrived, writes them.
 */

export const STORAGE_PREFIX = 'baltic-widgets:feed:v1:';

export interface SavedCopy {
  savedAt: number;
  /** The feed's stamp matched its content when it arrived (feed-stamp.ts): shown without the check. */
  vouched?: boolean;
  text: string;
}

/** The page's `localStorage`, unless blocked. */
export function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // Blocked (sandboxed iframe, privacy settings).
  }
}

/** The saved copy of a feed, if any (unreadable entries are removed). */
export function readSavedCopy(url: string): SavedCopy | undefined {
  const store = storage();
  try {
    const item = store?.getItem(STORAGE_PREFIX + url);
    if (!item) return undefined;
    const saved = JSON.parse(item) as Partial<SavedCopy>;
    if (typeof saved.text === 'string' && typeof saved.savedAt === 'number') return saved as SavedCopy;
    store?.removeItem(STORAGE_PREFIX + url);
  } catch {
    // Blocked or broken: as if nothing was saved.
  }
  return undefined;
}

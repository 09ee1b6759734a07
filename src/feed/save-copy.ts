/**
 * Keeping a feed in the browser's storage for the next visit (`saved-copies.ts` reads it):
 * loaded once a feed has arrived, so that a page's first render does not wait for it.
 */
import { warnProblems } from './loader.js';
import { STORAGE_PREFIX, storage } from './saved-copies.js';

/** At most this many feeds are kept. */
export const MAX_SAVED_FEEDS = 4;
/**
 * At most this many characters (UTF-16 code units) are kept for all feeds together: a fifth of
 * the 5 M characters browsers give an origin, so the host page keeps the rest.
 */
export const MAX_SAVED_CHARS = 1_000_000;

function removeQuietly(store: Storage, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Blocked: nothing to remove.
  }
}

interface Entry {
  key: string;
  url: string;
  savedAt: number;
  size: number;
}

/** Our entries in the storage, oldest first. */
function savedEntries(store: Storage): Entry[] {
  const entries: Entry[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (!key?.startsWith(STORAGE_PREFIX)) continue;
    const item = store.getItem(key) ?? '';
    // `{"savedAt":123,…`: the time is read without parsing the (possibly big) text.
    const savedAt = Number(/^\{"savedAt":(\d+)/.exec(item)?.[1] ?? 0);
    entries.push({ key, url: key.slice(STORAGE_PREFIX.length), savedAt, size: key.length + item.length });
  }
  return entries.sort((a, b) => a.savedAt - b.savedAt);
}

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

/**
 * Keeps `text` as the saved copy of `url`, making room by removing older copies (never the
 * host page's items). `inUse` are the feed URLs the page uses now: their copies are removed
 * last; `vouched`, that the feed's stamp matched (feed-stamp.ts), so that the next visit shows it
 * without the check. Returns false when the copy could not be kept (too big, storage full or blocked).
 */
export function saveCopy(url: string, text: string, savedAt: number, inUse: ReadonlySet<string> = new Set(), vouched = false): boolean {
  const store = storage();
  if (!store) return false;
  const key = STORAGE_PREFIX + url;
  // Too big to keep (counted before the text is copied): an older copy of it would only mislead.
  if (key.length + text.length > MAX_SAVED_CHARS) {
    removeQuietly(store, key);
    return false;
  }
  const item = JSON.stringify(vouched ? { savedAt, vouched, text } : { savedAt, text });
  const size = key.length + item.length;
  try {
    const others = savedEntries(store).filter((entry) => entry.key !== key);
    if (size > MAX_SAVED_CHARS) {
      store.removeItem(key);
      return false;
    }
    // Another variant of this URL that the page no longer uses is replaced.
    const stale = others.filter((entry) => withoutQuery(entry.url) === withoutQuery(url) && !inUse.has(entry.url));
    for (const entry of stale) store.removeItem(entry.key);
    // Then the oldest, those the page does not use first, until the budget holds.
    const kept = others.filter((entry) => !stale.includes(entry)).sort((a, b) => Number(inUse.has(a.url)) - Number(inUse.has(b.url)) || a.savedAt - b.savedAt);
    let total = size + kept.reduce((sum, entry) => sum + entry.size, 0);
    while (kept.length && (kept.length + 1 > MAX_SAVED_FEEDS || total > MAX_SAVED_CHARS)) {
      const oldest = kept.shift()!;
      store.removeItem(oldest.key);
      total -= oldest.size;
    }
    for (;;) {
      try {
        store.setItem(key, item);
        return true;
      } catch {
        // The storage is full (the host page's data, mostly): make room from our own copies only.
        const oldest = kept.shift();
        if (!oldest) break;
        store.removeItem(oldest.key);
      }
    }
    // Not even alone: the older copy of this feed (if any) stays, shown with its age when offline.
  } catch {
    // Blocked while in use: nothing kept.
  }
  return false;
}

/** `saveCopy`, saying on the console when the copy could not be kept (the feed is shown all the same). */
export function keepCopy(url: string, text: string, savedAt: number, inUse: ReadonlySet<string>, vouched = false): void {
  if (!saveCopy(url, text, savedAt, inUse, vouched)) warnProblems(url, [{ path: '', message: "not kept in the browser's storage for the next visit (too big, or the storage is full or blocked)", severity: 'warning' }]);
}

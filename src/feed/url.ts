/**
 * The one allow-list for every URL that comes from a feed: `https:`, `http:`, `mailto:`,
 * `tel:`, `webcal:` and relative URLs. Everything else (`javascript:`, `data:`, `vbscript:`,
 * `blob:`, `file:` …) is refused, whatever its case, entities or embedded white space.
 */

/** Matches an allowed absolute URL or a relative one (no scheme at all). */
export const SAFE_URL_PATTERN = /^(?:(?:https?|mailto|tel|webcal):|[^:/?#]*(?:[/?#]|$))/i;

/**
 * Returns the URL if it is allowed, else `undefined`. Normalizes first the way browsers
 * do before they look at the scheme (leading/trailing control characters and spaces
 * trimmed, tabs and newlines removed), so `" java\tscript:"` is caught.
 */
export function safeUrl(url: string | undefined | null): string | undefined {
  if (typeof url !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex -- leading and trailing control characters and spaces are dropped, as browsers do
  const normalized = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // eslint-disable-next-line no-control-regex -- a URL with a control character is refused
  if (normalized === '' || /[\u0000-\u001F\u007F]/.test(normalized)) return undefined;
  return SAFE_URL_PATTERN.test(normalized) ? normalized : undefined;
}

/** Resolves a feed-relative URL against the feed's own URL (or the page). */
export function resolveFeedUrl(url: string | undefined, feedUrl: string | undefined): string | undefined {
  const safe = safeUrl(url);
  if (safe === undefined) return undefined;
  try {
    return new URL(safe, feedUrl ? new URL(feedUrl, globalThis.location?.href) : globalThis.location?.href).href;
  } catch {
    return undefined;
  }
}

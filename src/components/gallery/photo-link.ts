/**
 * The open photo in the URL hash (`link-state`): `#baltic-photo=<album>/<photo>`, or
 * `#baltic-photo-<gallery id>=…` for a gallery with an `id`, so two galleries on one page
 * each keep their own. The hash is read as `key=value` pairs joined by `&`; a plain
 * fragment (`#section`) is not one. Lazily loaded with the lightbox; writing is in `photo-history.ts`.
 */

/** The hash's `key=value` pairs (none for a plain fragment). */
export const hashPairs = (hash: string): string[] => {
  const text = hash.replace(/^#/, '');
  return text.includes('=') ? text.split('&').filter(Boolean) : [];
};

/** The album and photo id the hash names for `key`, if any. */
export function readPhotoHash(hash: string, key: string): { albumId: string; photoId: string } | undefined {
  const value = hashPairs(hash).find((pair) => pair.split('=')[0] === key)?.slice(key.length + 1);
  const [albumId, photoId] = decodeURIComponent(value ?? '').split('/');
  return albumId && photoId ? { albumId, photoId } : undefined;
}

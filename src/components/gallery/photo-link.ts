/**
 * The open photo in the URL hash (`link-state`): `#baltic-photo=<album>/<photo>`, or
 * `#baltic-photo-<gallery id>=…` for a gallery with an `id`, so two galleries on one page
 * each keep their own. Other `key=value` pairs in the hash are kept as they are; a plain
 * fragment (`#section`) is replaced while a photo is open and comes back when it closes.
 */

/** The hash key of a gallery: `baltic-photo`, or `baltic-photo-<id>` when it has an id. */
export const photoHashKey = (galleryId: string): string => (galleryId ? `baltic-photo-${galleryId}` : 'baltic-photo');

const pairs = (hash: string): string[] => (hash.replace(/^#/, '').includes('=') ? hash.replace(/^#/, '').split('&').filter(Boolean) : []);

/** The album and photo id the hash names for `key`, if any. */
export function readPhotoHash(hash: string, key: string): { albumId: string; photoId: string } | undefined {
  for (const pair of pairs(hash)) {
    const [name, value = ''] = pair.split('=');
    if (name !== key) continue;
    const [albumId, photoId] = decodeURIComponent(value).split('/');
    return albumId && photoId ? { albumId, photoId } : undefined;
  }
  return undefined;
}

/** `hash` with `key` set to the photo (or removed, for `undefined`). Returns '' for an empty hash. */
export function writePhotoHash(hash: string, key: string, photo: { albumId: string; photoId: string } | undefined): string {
  const others = pairs(hash).filter((pair) => pair.split('=')[0] !== key);
  // Album and photo ids are letters, digits, "_", ".", ":" and "-": only ":" would be encoded.
  if (photo) others.push(`${key}=${photo.albumId}/${photo.photoId}`);
  return others.length ? `#${others.join('&')}` : '';
}

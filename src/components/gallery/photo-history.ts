/**
 * Keeps the URL in step with the lightbox (`link-state`): opening pushes an entry with the
 * photo in the hash (so the back button closes it), moving replaces it, closing goes back —
 * or, when a shared link opened the photo, takes the photo out of the hash without leaving
 * the page.
 */
import { hashPairs, readPhotoHash } from './photo-link.js';

/** `hash` with `key` set to the photo (or removed, for `undefined`); '' when nothing is left. */
export function writePhotoHash(hash: string, key: string, photo: { albumId: string; photoId: string } | undefined): string {
  const others = hashPairs(hash).filter((pair) => pair.split('=')[0] !== key);
  // Album and photo ids are letters, digits, "_", ".", ":" and "-": nothing to encode.
  if (photo) others.push(`${key}=${photo.albumId}/${photo.photoId}`);
  return others.length ? `#${others.join('&')}` : '';
}

const go = (hash: string, push: boolean) => {
  const url = hash || location.pathname + location.search;
  if (push) history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
};

/** The history of one open lightbox. */
export class PhotoHistory {
  /** True when opening pushed an entry (closing then goes back to it). */
  #pushed = false;

  constructor(private readonly key: string) {}

  /** The lightbox shows this photo: a new entry on opening (unless the URL names it already), else the entry is replaced. */
  show(photo: { albumId: string; photoId: string }, opening: boolean): void {
    const named = readPhotoHash(location.hash, this.key);
    if (named?.albumId === photo.albumId && named.photoId === photo.photoId) return;
    this.#pushed ||= opening && !named;
    go(writePhotoHash(location.hash, this.key, photo), opening && !named);
  }

  /** The visitor closed the lightbox: back to the entry before it, or the photo taken out of the hash. */
  close(): void {
    if (!readPhotoHash(location.hash, this.key)) return;
    if (this.#pushed) history.back();
    else go(writePhotoHash(location.hash, this.key, undefined), false);
    this.#pushed = false;
  }
}

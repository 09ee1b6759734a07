/** The events `<baltic-gallery>` fires on itself when its lightbox opens, moves and closes. */
import { init } from './init.js';

/** Which photo, of which album, at which place in it (0-based). */
export interface PhotoDetail {
  albumId: string;
  photoId: string;
  /** The photo's position in the album, from 0. */
  index: number;
}

/** The lightbox shows a photo: fired when it opens and each time it moves to another photo. */
export class BalticPhotoOpenEvent extends Event {
  constructor(readonly detail: PhotoDetail) {
    super('baltic-photo-open', init);
  }
}

/** The lightbox closed; `detail` is the photo it showed last. */
export class BalticPhotoCloseEvent extends Event {
  constructor(readonly detail: PhotoDetail) {
    super('baltic-photo-close', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'baltic-photo-open': BalticPhotoOpenEvent;
    'baltic-photo-close': BalticPhotoCloseEvent;
  }
}

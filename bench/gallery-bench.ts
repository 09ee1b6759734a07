/**
 * The gallery's bench, run by scripts/bench.mjs: one album of 500 photos. Measures from creating
 * the element to the first thumbnails shown (loaded and decoded), then from a click on photo 1 to
 * the lightbox open with that photo loaded. Exposes `window.galleryBench`.
 */
import '../src/components/gallery/define.js';
import { frame, loaded, photoUrl, PHOTO_HEIGHT, PHOTO_WIDTH, until } from './gallery-photos.js';

function feedWithPhotos(count: number): object {
  return {
    version: 1,
    timeZone: 'Europe/Helsinki',
    albums: [
      {
        id: 'bench',
        title: { en: 'Bench album' },
        date: '2026-12-01',
        photos: Array.from({ length: count }, (_, index) => ({
          id: `p${index}`,
          src: photoUrl(index),
          width: PHOTO_WIDTH,
          height: PHOTO_HEIGHT,
          alt: { en: `Photo ${index + 1}` },
        })),
      },
    ],
    events: [],
  };
}

export interface GalleryResult {
  /** Element created → first thumbnail row shown (images loaded), ms. */
  thumbnailsMs: number;
  /** Click on photo 1 → lightbox open with the photo loaded, ms. */
  openMs: number;
  /** Thumbnail buttons built. */
  thumbnails: number;
}

let gallery: HTMLElement | undefined;

/** Creates a gallery of `count` photos; resolves with the time to its first thumbnails shown. */
async function prepare(count: number): Promise<number> {
  const feed = feedWithPhotos(count);
  const stage = document.querySelector('#stage')!;
  stage.replaceChildren();
  await frame();
  const started = performance.now();
  gallery = Object.assign(document.createElement('baltic-gallery'), { feed });
  gallery.setAttribute('lang', 'en');
  stage.append(gallery);
  const root = gallery.shadowRoot ?? undefined;
  // The first row: the first four thumbnails loaded and decoded.
  await until(() => {
    const images = (root ?? gallery!.shadowRoot)?.querySelectorAll<HTMLImageElement>('[part~="thumbnail"] img');
    return images && images.length >= 4 && [...images].slice(0, 4).every(loaded);
  }, started, 'gallery thumbnails');
  gallery.getBoundingClientRect();
  const thumbnailsMs = performance.now() - started;
  await frame();
  return thumbnailsMs;
}

/** Clicks photo 1 of the prepared gallery; resolves with the time to the lightbox open with the photo loaded, then closes it. */
async function open(): Promise<number> {
  const root = gallery!.shadowRoot!;
  const clicked = performance.now();
  root.querySelector<HTMLElement>('[part~="thumbnail"]')!.click();
  await until(() => {
    const box = root.querySelector('baltic-gallery-lightbox')?.shadowRoot;
    return box?.querySelector('dialog[open]') && loaded(box.querySelector<HTMLImageElement>('img.photo'));
  }, clicked, 'gallery lightbox');
  gallery!.getBoundingClientRect();
  const openMs = performance.now() - clicked;
  // Close it, so the next run starts from a page without a modal.
  root.querySelector('baltic-gallery-lightbox')?.shadowRoot?.querySelector('dialog')?.close();
  await frame();
  return openMs;
}

async function run(count: number): Promise<GalleryResult> {
  const thumbnailsMs = await prepare(count);
  const openMs = await open();
  return { thumbnailsMs, openMs, thumbnails: gallery!.shadowRoot!.querySelectorAll('[part~="thumbnail"]').length };
}

declare global {
  interface Window {
    galleryBench: typeof run;
    galleryPrepare: typeof prepare;
    galleryOpen: typeof open;
  }
}
window.galleryBench = run;
window.galleryPrepare = prepare;
window.galleryOpen = open;

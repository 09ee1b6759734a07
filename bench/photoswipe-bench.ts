/**
 * The anchor for the gallery bench: PhotoSwipe 5 (lightbox + core loaded on demand, its CSS) with a
 * data source of the same 500 photos. PhotoSwipe has no grid of its own, so only "click → lightbox
 * open on photo 1 with the photo loaded" is measured. Opening and closing animations are off (as
 * they would only add a fixed delay). Exposes `window.photoswipeBench`.
 */
import PhotoSwipeLightbox from 'photoswipe/lightbox';
import 'photoswipe/style.css';
import { frame, loaded, photoUrl, PHOTO_HEIGHT, PHOTO_WIDTH, until } from './gallery-photos.js';

let lightbox: PhotoSwipeLightbox | undefined;

async function run(count: number): Promise<{ openMs: number }> {
  lightbox?.destroy();
  const stage = document.querySelector('#stage')!;
  const button = document.createElement('button');
  button.textContent = 'Photo 1';
  stage.replaceChildren(button);
  lightbox = new PhotoSwipeLightbox({
    dataSource: Array.from({ length: count }, (_, index) => ({ src: photoUrl(index), width: PHOTO_WIDTH, height: PHOTO_HEIGHT, alt: `Photo ${index + 1}` })),
    pswpModule: () => import('photoswipe'),
    showHideAnimationType: 'none',
  });
  lightbox.init();
  button.addEventListener('click', () => lightbox!.loadAndOpen(0));
  await frame();
  const clicked = performance.now();
  button.click();
  // The current slide's own image (not a neighbour's preloaded one, nor a placeholder).
  await until(() => {
    const image = lightbox!.pswp?.currSlide?.content?.element;
    return document.querySelector('.pswp--open') && image instanceof HTMLImageElement && image.isConnected && loaded(image);
  }, clicked, 'PhotoSwipe lightbox');
  document.body.getBoundingClientRect();
  const openMs = performance.now() - clicked;
  lightbox.pswp?.close();
  await until(() => !document.querySelector('.pswp'), performance.now(), 'PhotoSwipe close');
  return { openMs };
}

declare global {
  interface Window {
    photoswipeBench: typeof run;
  }
}
window.photoswipeBench = run;

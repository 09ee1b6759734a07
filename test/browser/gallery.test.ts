import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/gallery/define.js';
import type { BalticGallery, BalticPhotoCloseEvent, BalticPhotoOpenEvent } from '../../src/components/gallery/gallery.js';
import type { BalticGalleryLightbox } from '../../src/components/gallery/lightbox.js';
import { mockUrl, settled, shadow, waitUntil } from './helpers.js';

// ————— Feeds made for these tests (images in test/fixtures/gallery) —————

const IMAGES = '/test/fixtures/gallery/';
/** A query that no earlier test used, so the browser's cache does not hide a request. */
const fresh = () => `?v=${Math.random().toString(36).slice(2)}`;

type PhotoDoc = Record<string, unknown> & { id: string };

const photo = (id: string, file: string, width: number, height: number, extra: Record<string, unknown> = {}): PhotoDoc => ({
  id,
  src: `${IMAGES}${file}`,
  width,
  height,
  alt: `Alt of ${id}`,
  caption: `Caption of ${id}`,
  credit: `Studio ${id}`,
  ...extra,
});

/** Three photos: landscape 3:2, portrait 2:3, square. */
const threePhotos = (prefix: string): PhotoDoc[] => [
  photo(`${prefix}1`, 'landscape.svg', 300, 200),
  photo(`${prefix}2`, 'portrait.svg', 200, 300),
  photo(`${prefix}3`, 'square.svg', 240, 240),
];

const album = (id: string, photos: PhotoDoc[], extra: Record<string, unknown> = {}) => ({ id, title: `Album ${id}`, photos, ...extra });
const feedOf = (...albums: object[]) => ({ version: 1, albums });

async function gallery(feed: object, attributes: { album?: string; linkState?: boolean; id?: string; theme?: string; event?: string } = {}): Promise<BalticGallery> {
  const element = await fixture<BalticGallery>(html`<div style="inline-size: 640px">
    <baltic-gallery lang="en" .feed=${feed} album=${ifDefined(attributes.album)} event=${ifDefined(attributes.event)} id=${ifDefined(attributes.id)}
      theme=${attributes.theme ?? 'auto'} ?link-state=${attributes.linkState}></baltic-gallery>
  </div>`);
  const widget = element.querySelector('baltic-gallery')!;
  await settled(widget);
  return widget;
}

const thumbnails = (element: BalticGallery) => [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="thumbnail"]')];
const lightboxOf = (element: BalticGallery) => shadow(element).querySelector<BalticGalleryLightbox>('baltic-gallery-lightbox');
const dialogOf = (element: BalticGallery) => lightboxOf(element)?.shadowRoot?.querySelector('dialog') ?? null;

async function openLightbox(element: BalticGallery): Promise<BalticGalleryLightbox> {
  await waitUntil(() => dialogOf(element)?.open, 'the lightbox did not open', { timeout: 5000 });
  const lightbox = lightboxOf(element)!;
  await lightbox.updateComplete;
  return lightbox;
}

async function clickThumbnail(element: BalticGallery, index: number): Promise<BalticGalleryLightbox> {
  thumbnails(element)[index]!.click();
  return openLightbox(element);
}

const counterOf = (element: BalticGallery) => lightboxOf(element)?.shadowRoot?.querySelector('.counter')?.textContent?.trim();
const counterText = (n: number, total: number, locale = 'en-GB') => `${new Intl.NumberFormat(locale).format(n)} / ${new Intl.NumberFormat(locale).format(total)}`;
async function expectCounter(element: BalticGallery, n: number, total: number): Promise<void> {
  await waitUntil(() => counterOf(element) === counterText(n, total), `expected the counter at ${n} / ${total}, it shows "${counterOf(element)}"`);
}

const lightboxPart = <T extends Element = HTMLElement>(element: BalticGallery, selector: string) =>
  lightboxOf(element)!.shadowRoot!.querySelector<T>(selector)!;
const photoElement = (element: BalticGallery) => lightboxPart<HTMLImageElement>(element, '.photo');
/** The photo's transform as set (the computed one is mid-transition right after a change). */
const transformOf = (element: BalticGallery) => new DOMMatrix(photoElement(element).style.transform || 'none');
const scaleOf = (element: BalticGallery) => transformOf(element).a;

/** The element that has focus, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function lightboxClosed(element: BalticGallery): Promise<void> {
  await waitUntil(() => !lightboxOf(element), 'the lightbox did not close');
  await element.updateComplete;
}

/** A pointer gesture on the lightbox's stage: pointers go down at `from`, move to `to`, and go up. */
function pointer(target: Element, type: string, id: number, x: number, y: number): void {
  target.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', isPrimary: id === 1, clientX: x, clientY: y, bubbles: true, composed: true }));
}
function stageCentre(element: BalticGallery): { x: number; y: number; stage: HTMLElement } {
  const stage = lightboxPart(element, '.stage');
  const rect = stage.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, stage };
}
function swipe(element: BalticGallery, dx: number): void {
  const { x, y } = stageCentre(element);
  const target = photoElement(element);
  pointer(target, 'pointerdown', 1, x, y);
  for (let step = 1; step <= 5; step++) pointer(target, 'pointermove', 1, x + (dx * step) / 5, y + step);
  pointer(target, 'pointerup', 1, x + dx, y + 5);
}

const clearHash = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

describe('baltic-gallery: grid', () => {
  it('reserves each photo\'s box from its width and height before it loads', async () => {
    // Images that do not answer (the mock server holds them 3 s): nothing has loaded when measured.
    const hanging = (id: string, width: number, height: number) => ({ ...photo(id, 'x.svg', width, height), src: mockUrl('hang') });
    const element = await gallery(feedOf(album('a', [hanging('p1', 300, 200), hanging('p2', 200, 300), hanging('p3', 240, 240), hanging('p4', 400, 100)])));
    const images = [...shadow(element).querySelectorAll<HTMLImageElement>('[part="thumbnail"] img')];
    expect(images).to.have.length(4);
    const ratios = [300 / 200, 200 / 300, 1, 4];
    images.forEach((image, index) => {
      expect(image.naturalWidth, 'not loaded yet').to.equal(0);
      const { width, height } = image.getBoundingClientRect();
      expect(height).to.be.greaterThan(40);
      expect(width / height).to.be.closeTo(ratios[index]!, 0.02);
    });
    // A justified row: the photos of one row share one height.
    const firstRow = images.filter((image) => Math.abs(image.getBoundingClientRect().top - images[0]!.getBoundingClientRect().top) < 1);
    expect(firstRow.length).to.be.greaterThan(1);
    for (const image of firstRow) expect(image.getBoundingClientRect().height).to.be.closeTo(images[0]!.getBoundingClientRect().height, 1);
  });

  for (const width of [320, 375, 414]) {
    it(`${width} px: every row keeps a sensible height, a square alone in its row and a panorama alike (not 300 px, not 70)`, async () => {
      const photos = [
        photo('square', 'square.svg', 240, 240),
        photo('landscape', 'landscape.svg', 300, 200),
        photo('panorama', 'landscape.svg', 400, 100),
        photo('portrait', 'portrait.svg', 200, 300),
        photo('square2', 'square.svg', 240, 240),
      ];
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px; font-size: 16px"><baltic-gallery lang="en" .feed=${feedOf(album('a', photos))}></baltic-gallery></div>`);
      const element = wrapper.querySelector('baltic-gallery')!;
      await settled(element);
      const heights = thumbnails(element).map((thumbnail) => Math.round(thumbnail.getBoundingClientRect().height));
      expect(heights).to.have.length(5);
      for (const height of heights) expect(height, heights.join(', ')).to.be.within(90, 200);
    });
  }

  it('does not move anything when the photos arrive', async () => {
    const query = fresh();
    const element = await gallery(feedOf(album('a', threePhotos('p').map((item) => ({ ...item, src: `${item.src}${query}` })))));
    const boxes = () => thumbnails(element).map((button) => JSON.stringify(button.getBoundingClientRect()));
    const before = boxes();
    const images = [...shadow(element).querySelectorAll<HTMLImageElement>('[part="thumbnail"] img')];
    await waitUntil(() => images.every((image) => image.complete && image.naturalWidth > 0), 'the photos did not load');
    expect(boxes()).to.deep.equal(before);
  });

  it('loads thumbnails lazily and asynchronously, with srcset and sizes from the variants', async () => {
    const withVariants = photo('p1', 'landscape.svg', 300, 200, { variants: [{ src: `${IMAGES}landscape-150.svg`, width: 150 }] });
    const element = await gallery(feedOf(album('a', [withVariants, photo('p2', 'square.svg', 240, 240)])));
    const [first, second] = [...shadow(element).querySelectorAll<HTMLImageElement>('[part="thumbnail"] img')];
    for (const image of [first!, second!]) {
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('decoding')).to.equal('async');
      expect(image.getAttribute('width')).to.match(/^\d+$/);
      expect(image.getAttribute('height')).to.match(/^\d+$/);
    }
    const srcset = first!.getAttribute('srcset')!;
    expect(srcset).to.contain(`${location.origin}${IMAGES}landscape-150.svg 150w`);
    expect(srcset).to.contain(`${location.origin}${IMAGES}landscape.svg 300w`);
    expect(first!.getAttribute('sizes')).to.match(/^\d+px$/);
    expect(second!.hasAttribute('srcset'), 'no variants, no srcset').to.equal(false);
  });

  it('names each thumbnail button by the photo\'s alt text', async () => {
    const element = await gallery(feedOf(album('a', threePhotos('p'))));
    const buttons = thumbnails(element);
    expect(buttons.map((button) => button.localName)).to.deep.equal(['button', 'button', 'button']);
    expect(buttons.map((button) => button.querySelector('img')!.alt)).to.deep.equal(['Alt of p1', 'Alt of p2', 'Alt of p3']);
  });

  it('shows a neutral placeholder with the alt text for a photo that fails, and the rest go on', async () => {
    const broken = photo('p2', 'missing.svg', 200, 300);
    const element = await gallery(feedOf(album('a', [photo('p1', 'landscape.svg', 300, 200), broken, photo('p3', 'square.svg', 240, 240)])));
    await waitUntil(() => shadow(element).querySelector('[part="broken"]'), 'no placeholder for the missing photo');
    const buttons = thumbnails(element);
    expect(buttons[1]!.querySelector('img')).to.equal(null);
    expect(buttons[1]!.textContent!.trim()).to.equal('Alt of p2');
    const placeholder = buttons[1]!.getBoundingClientRect();
    expect(placeholder.width / placeholder.height).to.be.closeTo(200 / 300, 0.03);
    const others = [buttons[0]!, buttons[2]!].map((button) => button.querySelector('img')!);
    await waitUntil(() => others.every((image) => image.complete && image.naturalWidth > 0), 'the other photos did not load');
    // The broken photo still opens in the lightbox, with the placeholder there too.
    const lightbox = await clickThumbnail(element, 1);
    await waitUntil(() => lightbox.shadowRoot!.querySelector('.broken'), 'no placeholder in the lightbox');
    expect(lightbox.shadowRoot!.querySelector('.broken')!.textContent!.trim()).to.equal('Alt of p2');
    await expect(element).to.be.accessible();
  });

  it('never leaves a photo without alt text, and names the feed path of each one missing', async () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const noAlt = photo('q1', 'square.svg', 240, 240, { alt: undefined });
      const nothingAtAll = photo('q2', 'square.svg', 240, 240, { alt: undefined, caption: undefined });
      const element = await gallery(feedOf(album('a', threePhotos('p')), album('b', [noAlt, nothingAtAll, photo('q3', 'landscape.svg', 300, 200)])), { album: 'b' });
      const alts = [...shadow(element).querySelectorAll<HTMLImageElement>('[part="thumbnail"] img')].map((image) => image.alt);
      expect(alts).to.deep.equal(['Caption of q1', 'Photo 2 of 3', 'Alt of q3']);
      expect(warnings.some((line) => line.includes('albums[1].photos[0].alt'))).to.equal(true);
      expect(warnings.some((line) => line.includes('albums[1].photos[1].alt'))).to.equal(true);
      expect(warnings.some((line) => line.includes('photos[2]'))).to.equal(false);
    } finally {
      console.warn = originalWarn;
    }
  });
});

describe('baltic-gallery: albums', () => {
  const three = () => ({
    ...feedOf(
      album('old', threePhotos('o'), { date: '2015-05-08' }),
      album('new', threePhotos('n'), { date: '2026-11-07', event: 'castle', description: 'A rainy morning at the castle.' }),
      album('mid', [photo('m1', 'square.svg', 240, 240)], { date: '2025-12-28' }),
    ),
    events: [{ id: 'castle', title: 'Castle tour', start: '2026-11-07', url: 'https://example.org/castle' }],
  });

  it('offers a chooser of the albums, newest first, with date and number of photos', async () => {
    const element = await gallery(three());
    const cards = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="album"]')];
    expect(cards.map((card) => card.querySelector('.album-title')!.textContent!.trim())).to.deep.equal(['Album new', 'Album mid', 'Album old']);
    const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2025, 11, 28));
    expect(cards[1]!.querySelector('.album-meta')!.textContent).to.contain(date).and.contain('1 photo');
    expect(cards[0]!.querySelector('.album-meta')!.textContent).to.contain('3 photos');
    expect(thumbnails(element)).to.have.length(0);
    await expect(element).to.be.accessible();

    // Into an album: its heading takes focus; it says which event it belongs to.
    cards[0]!.click();
    await element.updateComplete;
    const title = shadow(element).querySelector('[part="title"]')!;
    expect(title.textContent!.trim()).to.equal('Album new');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(deepActiveElement()).to.equal(title);
    expect(shadow(element).querySelector('.album-event a')!.getAttribute('href')).to.equal('https://example.org/castle');
    expect(thumbnails(element)).to.have.length(3);
    await expect(element).to.be.accessible();

    // And back: focus returns to the album's card.
    shadow(element).querySelector<HTMLButtonElement>('[part="back"]')!.click();
    await element.updateComplete;
    expect(deepActiveElement()).to.equal(shadow(element).querySelector('[part="album"][data-album="new"]'));
  });

  it('shows one album without a chooser with `album`, and an event\'s albums with `event`', async () => {
    const one = await gallery(three(), { album: 'mid' });
    expect(shadow(one).querySelector('[part="albums"]')).to.equal(null);
    expect(shadow(one).querySelector('[part="back"]')).to.equal(null);
    expect(thumbnails(one)).to.have.length(1);
    const ofEvent = await gallery(three(), { event: 'castle' });
    expect(shadow(ofEvent).querySelector('[part="title"]')!.textContent!.trim()).to.equal('Album new');
  });

  it('handles many albums', async () => {
    const albums = Array.from({ length: 40 }, (_, index) =>
      album(`album-${index}`, [photo(`a${index}-1`, 'landscape.svg', 300, 200), photo(`a${index}-2`, 'portrait.svg', 200, 300)], {
        date: `20${String(10 + (index % 15)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}`,
      }),
    );
    const element = await gallery(feedOf(...albums));
    const cards = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="album"]')];
    expect(cards).to.have.length(40);
    const covers = [...shadow(element).querySelectorAll<HTMLImageElement>('[part="album"] img')];
    expect(covers.every((cover) => cover.loading === 'lazy')).to.equal(true);
    cards[39]!.click();
    await element.updateComplete;
    expect(thumbnails(element)).to.have.length(2);
    await clickThumbnail(element, 1);
    await expectCounter(element, 2, 2);
  });
});

describe('baltic-gallery: states', () => {
  it('shows a skeleton while loading, an empty state without albums, and an error when the feed fails', async () => {
    const loading = await fixture<BalticGallery>(html`<baltic-gallery lang="en" src=${mockUrl('hang')} timeout="10000"></baltic-gallery>`);
    await waitUntil(() => shadow(loading).querySelector('.skeleton'), 'no skeleton');
    expect(shadow(loading).querySelector('[aria-busy="true"]')).to.not.equal(null);
    expect(shadow(loading).querySelector('.skeleton')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(loading).to.be.accessible();

    const empty = await gallery(feedOf());
    expect(shadow(empty).querySelector('[part="empty"]')!.textContent).to.contain('No photos yet.');
    await expect(empty).to.be.accessible();

    const unknown = await gallery(feedOf(album('a', threePhotos('p'))), { album: 'nope' });
    expect(shadow(unknown).querySelector('[part="empty"]')!.textContent).to.contain('There is no album of that name');

    const emptyAlbum = await gallery(feedOf(album('a', [])));
    expect(shadow(emptyAlbum).querySelector('[part="empty"]')!.textContent).to.contain('This album has no photos yet.');

    const failing = await fixture<BalticGallery>(html`<baltic-gallery lang="en" src=${mockUrl('status', { code: '500' })}></baltic-gallery>`);
    await settled(failing, 'error');
    expect(shadow(failing).querySelector('[part="error"]')!.textContent).to.contain('The photos could not be loaded.');
    await expect(failing).to.be.accessible();
  });
});

describe('baltic-gallery: lightbox', () => {
  it('opens a labelled modal dialog on the photo, with caption, credit and counter, and closes with Esc back to the thumbnail', async () => {
    const element = await gallery(feedOf(album('a', threePhotos('p'))));
    const opened = oneEvent(element, 'baltic-photo-open') as Promise<BalticPhotoOpenEvent>;
    const lightbox = await clickThumbnail(element, 1);
    expect((await opened).detail).to.deep.equal({ albumId: 'a', photoId: 'p2', index: 1 });
    const dialog = dialogOf(element)!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(lightbox.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal('Album a');
    expect(photoElement(element).alt).to.equal('Alt of p2');
    expect(lightbox.shadowRoot!.querySelector('.caption')!.textContent!.trim()).to.equal('Caption of p2');
    expect(lightbox.shadowRoot!.querySelector('.credit')!.textContent!.trim()).to.equal('Photo: Studio p2');
    await expectCounter(element, 2, 3);
    expect(dialog.contains(deepActiveElement())).to.equal(true);

    const closed = oneEvent(element, 'baltic-photo-close') as Promise<BalticPhotoCloseEvent>;
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.photoId).to.equal('p2');
    await lightboxClosed(element);
    expect(deepActiveElement()).to.equal(thumbnails(element)[1]);
  });

  it('fits a phone screen: every control of the lightbox is on screen, a long album title is shortened', async () => {
    await setViewport({ width: 375, height: 740 });
    try {
      const feed = feedOf(album('a', threePhotos('p')));
      (feed.albums[0] as { title: string }).title = 'A very long album title that cannot possibly fit into the bar of a phone screen';
      const element = await gallery(feed);
      const lightbox = await clickThumbnail(element, 0);
      await lightbox.updateComplete;
      const offScreen = [...lightbox.shadowRoot!.querySelectorAll('button, h2, .counter, img')]
        .map((control) => control.getBoundingClientRect())
        .filter((box) => box.width > 0 && (box.left < -1 || box.right > innerWidth + 1));
      expect(offScreen).to.have.length(0);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('closes from the page through closeLightbox()', async () => {
    const element = await gallery(feedOf(album('a', threePhotos('p'))));
    await clickThumbnail(element, 2);
    const closed = oneEvent(element, 'baltic-photo-close') as Promise<BalticPhotoCloseEvent>;
    element.closeLightbox();
    expect((await closed).detail).to.deep.equal({ albumId: 'a', photoId: 'p3', index: 2 });
    await lightboxClosed(element);
    expect(deepActiveElement()).to.equal(thumbnails(element)[2]);
  });

  it('keeps focus inside while tabbing either way', async () => {
    const element = await gallery(feedOf(album('a', threePhotos('p'))));
    await clickThumbnail(element, 0);
    const dialog = dialogOf(element)!;
    const visited = new Set<Element>();
    for (let step = 0; step < 8; step++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement()!;
      expect(dialog.contains(active), `Tab ${step + 1} left the dialog for ${active?.outerHTML.slice(0, 60)}`).to.equal(true);
      visited.add(active);
    }
    expect(visited.size, 'every control is reached').to.equal(4);
    for (let step = 0; step < 6; step++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(dialog.contains(deepActiveElement())).to.equal(true);
    }
  });

  it('moves by arrow keys, Home and End, and by the buttons, stopping at the ends', async () => {
    const element = await gallery(feedOf(album('a', threePhotos('p'))));
    const openEvents: string[] = [];
    element.addEventListener('baltic-photo-open', (event) => openEvents.push(event.detail.photoId));
    await clickThumbnail(element, 0);
    await sendKeys({ press: 'ArrowRight' });
    await expectCounter(element, 2, 3);
    expect(photoElement(element).alt).to.equal('Alt of p2');
    await sendKeys({ press: 'End' });
    await expectCounter(element, 3, 3);
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    await expectCounter(element, 3, 3);
    expect(lightboxPart(element, '.next').getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Home' });
    await expectCounter(element, 1, 3);
    await sendKeys({ press: 'ArrowLeft' });
    await expectCounter(element, 1, 3);
    lightboxPart(element, '.next').click();
    await expectCounter(element, 2, 3);
    lightboxPart(element, '.previous').click();
    await expectCounter(element, 1, 3);
    expect(openEvents).to.deep.equal(['p1', 'p2', 'p3', 'p1', 'p2', 'p1']);
    // The position is announced for screen readers.
    expect(lightboxPart(element, '[aria-live]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Photo 1 of 3: Alt of p1');
  });

  it('moves by swiping, and a short drag snaps back', async () => {
    const element = await gallery(feedOf(album('a', threePhotos('p'))));
    await clickThumbnail(element, 0);
    swipe(element, -200);
    await expectCounter(element, 2, 3);
    swipe(element, 200);
    await expectCounter(element, 1, 3);
    swipe(element, -15);
    await element.updateComplete;
    await expectCounter(element, 1, 3);
    await waitUntil(() => scaleOf(element) === 1 && transformOf(element).e === 0, 'did not snap back');
    swipe(element, 200);
    await element.updateComplete;
    await expectCounter(element, 1, 3);
  });

  it('zooms by the button, double tap and pinch, and pans a zoomed photo instead of moving on', async () => {
    const element = await gallery(feedOf(album('a', threePhotos('p'))));
    await clickThumbnail(element, 0);
    const zoom = lightboxPart<HTMLButtonElement>(element, '.zoom');
    expect(zoom.getAttribute('aria-pressed')).to.equal('false');
    zoom.click();
    await lightboxOf(element)!.updateComplete;
    expect(zoom.getAttribute('aria-pressed')).to.equal('true');
    expect(scaleOf(element)).to.be.greaterThan(2);

    // Zoomed, the arrow keys pan; they do not move to the next photo.
    zoom.focus();
    const before = transformOf(element).e;
    await sendKeys({ press: 'ArrowLeft' });
    await expectCounter(element, 1, 3);
    expect(transformOf(element).e).to.be.greaterThan(before);
    // A drag pans too.
    swipe(element, -300);
    await expectCounter(element, 1, 3);
    zoom.click();
    await lightboxOf(element)!.updateComplete;
    expect(scaleOf(element)).to.equal(1);

    // Double tap zooms in, another double tap out.
    const { x, y } = stageCentre(element);
    const target = photoElement(element);
    const tap = () => {
      pointer(target, 'pointerdown', 1, x, y);
      pointer(target, 'pointerup', 1, x, y);
    };
    tap();
    tap();
    await lightboxOf(element)!.updateComplete;
    expect(scaleOf(element)).to.be.greaterThan(2);
    tap();
    tap();
    await lightboxOf(element)!.updateComplete;
    expect(scaleOf(element)).to.equal(1);

    // Pinch: two fingers moving apart.
    pointer(target, 'pointerdown', 1, x - 20, y);
    pointer(target, 'pointerdown', 2, x + 20, y);
    pointer(target, 'pointermove', 1, x - 60, y);
    pointer(target, 'pointermove', 2, x + 60, y);
    pointer(target, 'pointerup', 1, x - 60, y);
    pointer(target, 'pointerup', 2, x + 60, y);
    await lightboxOf(element)!.updateComplete;
    expect(scaleOf(element)).to.be.closeTo(3, 0.01);
    expect(zoom.getAttribute('aria-pressed')).to.equal('true');
    await expectCounter(element, 1, 3);
  });

  it('preloads the neighbours of the open photo', async () => {
    const query = fresh();
    // Thumbnails pick the small variant; only the lightbox asks for the large files.
    const withLarge = (item: PhotoDoc, index: number) => ({
      ...item,
      src: `${IMAGES}landscape.svg${query}&large=${index}`,
      width: 3000,
      height: 2000,
      variants: [{ src: `${IMAGES}landscape-150.svg${query}&small=${index}`, width: 400 }],
    });
    const element = await gallery(feedOf(album('a', [...threePhotos('p'), photo('p4', 'square.svg', 240, 240)].map(withLarge))));
    await clickThumbnail(element, 1);
    const requested = () => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes(query));
    await waitUntil(() => requested().some((name) => name.endsWith('large=0')) && requested().some((name) => name.endsWith('large=2')), `neighbours not preloaded: ${requested().join(', ')}`);
    expect(requested().some((name) => name.endsWith('large=3')), 'not the photo two away').to.equal(false);
  });

  it('says the counter in the visitor\'s language', async () => {
    const element = await fixture<BalticGallery>(html`<baltic-gallery lang="fi" .feed=${feedOf(album('a', threePhotos('p')))}></baltic-gallery>`);
    await settled(element);
    await clickThumbnail(element, 2);
    await waitUntil(() => counterOf(element) === counterText(3, 3, 'fi'));
  });

  it('turns the transitions off for visitors who ask for reduced motion', async function (this: Mocha.Context) {
    const element = await gallery(feedOf(album('a', threePhotos('p'))));
    await clickThumbnail(element, 0);
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      this.skip(); // This browser's driver cannot emulate it (Firefox over WebDriver BiDi).
    }
    try {
      const style = getComputedStyle(photoElement(element));
      expect(style.transitionDuration.split(',').every((value) => parseFloat(value) === 0)).to.equal(true);
      expect(style.animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(parseFloat(getComputedStyle(photoElement(element)).transitionDuration)).to.be.greaterThan(0);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme, in the grid and in the lightbox`, async () => {
      const element = await gallery(feedOf(album('a', threePhotos('p'))), { theme });
      await expect(element).to.be.accessible();
      await clickThumbnail(element, 1);
      await expect(element).to.be.accessible();
    });
  }
});

describe('baltic-gallery: links to a photo (link-state)', () => {
  afterEach(clearHash);

  it('opens the photo a link names, and closing takes it out of the URL without leaving the page', async () => {
    clearHash();
    history.replaceState(null, '', `${location.pathname}${location.search}#baltic-photo=b/q2`);
    const length = history.length;
    const element = await gallery(feedOf(album('a', threePhotos('p')), album('b', threePhotos('q'))), { linkState: true });
    await openLightbox(element);
    await expectCounter(element, 2, 3);
    expect(shadow(element).querySelector('[part="title"]')!.textContent!.trim()).to.equal('Album b');
    await sendKeys({ press: 'Escape' });
    await lightboxClosed(element);
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(length);
    expect(deepActiveElement()).to.equal(thumbnails(element)[1]);
  });

  it('puts the open photo in the hash, keeps it there while moving, and the back button closes the lightbox', async () => {
    clearHash();
    const element = await gallery(feedOf(album('a', threePhotos('p'))), { linkState: true });
    const closed = new Promise<BalticPhotoCloseEvent>((resolve) => element.addEventListener('baltic-photo-close', resolve, { once: true }));
    await clickThumbnail(element, 0);
    expect(location.hash).to.equal('#baltic-photo=a/p1');
    const length = history.length;
    await sendKeys({ press: 'ArrowRight' });
    await expectCounter(element, 2, 3);
    expect(location.hash).to.equal('#baltic-photo=a/p2');
    expect(history.length, 'moving replaces the entry').to.equal(length);

    history.back();
    await lightboxClosed(element);
    expect((await closed).detail.photoId).to.equal('p2');
    expect(location.hash).to.equal('');
    expect(deepActiveElement()).to.equal(thumbnails(element)[1]);

    // Forward opens it again.
    history.forward();
    await openLightbox(element);
    await expectCounter(element, 2, 3);

    // Closing with the button goes back to the entry before the lightbox.
    lightboxPart(element, '.close').click();
    await lightboxClosed(element);
    await waitUntil(() => location.hash === '', 'the photo stayed in the URL');
  });

  it('ignores a link to a photo it does not have', async () => {
    // Beside it, a gallery whose link names a photo it has: once that one's lightbox is open, both have read the link.
    history.replaceState(null, '', `${location.pathname}${location.search}#baltic-photo-missing=a/nope&baltic-photo-present=a/p2`);
    const feed = feedOf(album('a', threePhotos('p')));
    const container = await fixture<HTMLElement>(html`<div style="inline-size: 640px">
      <baltic-gallery id="missing" lang="en" .feed=${feed} album="a" link-state></baltic-gallery>
      <baltic-gallery id="present" lang="en" .feed=${feed} album="a" link-state></baltic-gallery>
    </div>`);
    const [missing, present] = [...container.querySelectorAll('baltic-gallery')] as [BalticGallery, BalticGallery];
    await settled(missing);
    await settled(present);
    await openLightbox(present);
    expect(lightboxOf(missing)).to.equal(null);
  });
});

describe('baltic-gallery: two on one page', () => {
  afterEach(clearHash);

  it('keep their own lightbox, keys and links', async () => {
    clearHash();
    const feed = feedOf(album('a', threePhotos('p')), album('b', threePhotos('q')));
    const container = await fixture<HTMLElement>(html`<div style="inline-size: 640px">
      <baltic-gallery id="first" lang="en" .feed=${feed} album="a" link-state></baltic-gallery>
      <baltic-gallery id="second" lang="en" .feed=${feed} album="a" link-state></baltic-gallery>
    </div>`);
    const [first, second] = [...container.querySelectorAll('baltic-gallery')] as [BalticGallery, BalticGallery];
    await settled(first);
    await settled(second);

    await clickThumbnail(second, 2);
    expect(location.hash).to.equal('#baltic-photo-second=a/p3');
    expect(lightboxOf(first)).to.equal(null);
    await sendKeys({ press: 'ArrowLeft' });
    await expectCounter(second, 2, 3);
    expect(lightboxOf(first)).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await lightboxClosed(second);
    expect(deepActiveElement()).to.equal(thumbnails(second)[1]);

    // A link names the first gallery only.
    await waitUntil(() => location.hash === '');
    location.hash = 'baltic-photo-first=a/p1';
    await openLightbox(first);
    expect(lightboxOf(second)).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await lightboxClosed(first);
  });
});

/**
 * The gallery's lightbox, loaded on demand: a native modal `<dialog>` (focus stays inside,
 * Esc closes, the page behind is inert) with next/previous by buttons, keys and swipe, and
 * zoom by pinch, double tap, wheel, keys and a button (the gestures and zoom in
 * `stage-gestures.ts`). It only shows what the gallery gives
 * it and reports what the visitor asks for (`lightbox-index`, `lightbox-close`); the gallery
 * owns the open photo, the URL and the public events.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { numberFormat } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { msg, str, withMessages, type TemplateMap } from '../../i18n/msg.js';
import { cssProperties } from '../../internal/css-properties.js';
import { keepFocusInside } from '../../internal/focus-trap.js';
import { PhotoHistory } from './photo-history.js';
import { StageGestures } from './stage-gestures.js';
import { lightboxStyles } from './lightbox.styles.js';
import type { LightboxPhoto } from './lightbox-photo.js';

export { readPhotoHash } from './photo-link.js';

/** A line icon of one path (24 × 24). */
const icon = (d: string) =>
  html`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${d}></path></svg>`;
const LENS = 'M17 10.5a6.5 6.5 0 1 1-13 0a6.5 6.5 0 1 1 13 0M20 20l-4.5-4.5M7.5 10.5h6';
const icons = {
  close: icon('M6 6l12 12M18 6 6 18'),
  previous: icon('m15 5-7 7 7 7'),
  next: icon('m9 5 7 7-7 7'),
  zoomIn: icon(`${LENS}M10.5 7.5v6`),
  zoomOut: icon(LENS),
  picture: icon('M5 4h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2M11 10a2 2 0 1 1-4 0a2 2 0 1 1 4 0M3 18l6-6 4 4 3-3 5 5'),
};

/**
 * The lightbox of `<baltic-gallery>`, created by the gallery in its shadow root.
 * @internal
 */
export class BalticGalleryLightbox extends LitElement {
  static override styles = lightboxStyles;

  static override properties: PropertyDeclarations = {
    photos: { attribute: false },
    index: { type: Number },
    heading: {},
    locale: {},
    templates: { attribute: false },
    link: { attribute: false },
    failed: { state: true },
  };

  /** The album's photos. */
  declare photos: LightboxPhoto[];
  /** The photo shown. */
  declare index: number;
  /** The album's title: the dialog's name. */
  declare heading: string;
  declare locale: Locale;
  /** The gallery's messages (its language). */
  declare templates?: TemplateMap;
  /** With `link-state`: the gallery's hash key and the album, to keep the URL in step. */
  declare link?: { key: string; albumId: string };
  /** The photo shown failed to load. */
  private declare failed: boolean;

  /** Zoom, pan and the pointer gestures on the photo. */
  private readonly gestures = new StageGestures(this, {
    stage: () => this.renderRoot.querySelector('.stage'),
    photo: () => this.renderRoot.querySelector('.photo'),
    swipe: (direction) => {
      const next = this.index + direction;
      if (next < 0 || next >= this.photos.length) return false;
      this.go(next);
      return true;
    },
  });
  /** Neighbours being preloaded (kept, so they are not collected before they load). */
  private readonly preloaded: HTMLImageElement[] = [];
  private history?: PhotoHistory;

  constructor() {
    super();
    this.photos = [];
    this.index = 0;
    this.heading = '';
    this.locale = 'en';
    this.failed = false;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private get stage(): HTMLElement | null {
    return this.renderRoot.querySelector('.stage');
  }

  protected override update(changed: PropertyValues<this>): void {
    withMessages(this.templates, () => super.update(changed));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index')) {
      this.gestures.reset();
      this.failed = false;
    }
  }

  protected override firstUpdated(): void {
    this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('index') || changed.has('photos')) {
      this.preloadNeighbours();
      const photo = this.photos[this.index];
      if (this.link && photo) {
        const opening = !this.history;
        this.history ??= new PhotoHistory(this.link.key);
        this.history.show({ albumId: this.link.albumId, photoId: photo.id }, opening);
      }
    }
  }

  private preloadNeighbours(): void {
    const images = [this.index + 1, this.index - 1].flatMap((index) => {
      const photo = this.photos[index];
      if (!photo?.src) return [];
      const image = new Image();
      image.decoding = 'async';
      if (photo.srcset) {
        image.sizes = '100vw';
        image.srcset = photo.srcset;
      }
      image.src = photo.src;
      return [image];
    });
    this.preloaded.splice(0, this.preloaded.length, ...images);
  }

  // ————— Moving and closing —————

  private go(index: number): void {
    if (index < 0 || index >= this.photos.length || index === this.index) return;
    this.dispatchEvent(new CustomEvent('lightbox-index', { detail: index }));
  }

  /** Closes the lightbox as the visitor would (the photo leaves the URL too). */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
    else this.onClose();
  }

  private onClose = (): void => {
    this.history?.close();
    this.history = undefined;
    this.dispatchEvent(new Event('lightbox-close'));
  };

  // ————— Keyboard —————

  private onKeyDown = (event: KeyboardEvent): void => {
    const step = (this.stage?.clientWidth ?? 400) / 8;
    const last = this.photos.length - 1;
    const { gestures } = this;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => (gestures.zoomed ? gestures.pan(step, 0) : this.go(this.index - 1)),
      ArrowRight: () => (gestures.zoomed ? gestures.pan(-step, 0) : this.go(this.index + 1)),
      ArrowUp: () => gestures.zoomed && gestures.pan(0, step),
      ArrowDown: () => gestures.zoomed && gestures.pan(0, -step),
      Home: () => this.go(0),
      End: () => this.go(last),
      '+': () => gestures.zoomBy(1.5),
      '=': () => gestures.zoomBy(1.5),
      '-': () => gestures.zoomBy(1 / 1.5),
      Tab: () => this.dialog && keepFocusInside(event, this.dialog),
    };
    const action = event.altKey || event.ctrlKey || event.metaKey ? undefined : actions[event.key];
    if (!action) return;
    if (event.key !== 'Tab') event.preventDefault();
    action();
  };

  // ————— Rendering —————

  protected override render(): TemplateResult {
    const photo = this.photos[this.index];
    const total = this.photos.length;
    const format = numberFormat(this.locale);
    const [n, count] = [format.format(this.index + 1), format.format(total)];
    const first = this.index === 0;
    const last = this.index === total - 1;
    const { zoomed } = this.gestures;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose} @keydown=${this.onKeyDown}>
      <div class="bar">
        <h2 class="title" id="title">${this.heading}</h2>
        <p class="counter" aria-hidden="true">${msg(str`${n} / ${count}`, { id: 'gallery.counter', desc: 'Counter in the photo viewer: the photo\'s number / the number of photos.' })}</p>
        <button class="icon zoom" aria-pressed=${zoomed ? 'true' : 'false'} @click=${() => this.gestures.toggleZoom()}
          aria-label=${msg('Zoom', { id: 'gallery.zoom', desc: 'Toggle button in the photo viewer that zooms the photo in and out.' })}>
          ${zoomed ? icons.zoomOut : icons.zoomIn}
        </button>
        <button class="icon close" @click=${this.close} aria-label=${msg('Close', { id: 'gallery.close', desc: 'Button that closes the photo viewer.' })}>${icons.close}</button>
      </div>
      <div class="view">
        <div class="stage ${zoomed ? 'zoomed' : ''}" @pointerdown=${this.gestures.onPointerDown} @pointermove=${this.gestures.onPointerMove}
          @pointerup=${this.gestures.onPointerUp} @pointercancel=${this.gestures.onPointerUp} @wheel=${this.gestures.onWheel}>
          ${photo ? keyed(`${this.index}:${photo.id}`, this.renderPhoto(photo)) : nothing}
        </div>
        <button class="icon nav previous" aria-disabled=${first ? 'true' : 'false'} @click=${() => this.go(this.index - 1)}
          aria-label=${msg('Previous photo', { id: 'gallery.previous', desc: 'Button in the photo viewer.' })}>${icons.previous}</button>
        <button class="icon nav next" aria-disabled=${last ? 'true' : 'false'} @click=${() => this.go(this.index + 1)}
          aria-label=${msg('Next photo', { id: 'gallery.next', desc: 'Button in the photo viewer.' })}>${icons.next}</button>
      </div>
      <div class="info">
        ${photo?.caption ? html`<p class="caption" lang=${photo.captionLang ?? nothing}>${photo.caption}</p>` : nothing}
        ${photo?.credit
          ? html`<p class="credit">${msg(str`Photo: ${photo.credit}`, { id: 'gallery.credit', desc: 'Under a photo in the lightbox; the placeholder is the photographer or source from the feed, e.g. "Marina L.".' })}</p>`
          : nothing}
      </div>
      <p class="visually-hidden" aria-live="polite">
        ${msg(str`Photo ${n} of ${count}`, { id: 'gallery.position', desc: 'A photo\'s place in its album, for screen readers and as the alt text of a photo that has none.' })}${photo ? `: ${photo.alt}` : ''}
      </p>
    </dialog>`;
  }

  private renderPhoto(photo: LightboxPhoto): TemplateResult {
    const ratio = cssProperties({ '--r': String(photo.width / photo.height) });
    if (this.failed || !photo.src) {
      return html`<div class="photo broken" style=${ratio}>${icons.picture}<span>${photo.alt}</span></div>`;
    }
    return html`<img class="photo" style=${ratio} src=${photo.src} srcset=${photo.srcset ?? nothing} sizes=${photo.srcset ? '100vw' : nothing}
      alt=${photo.alt} width=${photo.width} height=${photo.height} decoding="async" draggable="false"
      @load=${(event: Event) => (event.target as HTMLElement).classList.add('loaded')} @error=${() => (this.failed = true)} />`;
  }
}

// Internal (no define module): registers when its chunk loads, guarded against a second copy of the bundle.
if (!customElements.get('baltic-gallery-lightbox')) customElements.define('baltic-gallery-lightbox', BalticGalleryLightbox);

declare global {
  interface HTMLElementTagNameMap {
    'baltic-gallery-lightbox': BalticGalleryLightbox;
  }
}

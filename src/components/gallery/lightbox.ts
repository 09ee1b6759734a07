/**
 * The gallery's lightbox, loaded on demand: a native modal `<dialog>` (focus stays inside,
 * Esc closes, the page behind is inert) with next/previous by buttons, keys and swipe, and
 * zoom by pinch, double tap, wheel, keys and a button. It only shows what the gallery gives
 * it and reports what the visitor asks for (`lightbox-index`, `lightbox-close`); the gallery
 * owns the open photo, the URL and the public events.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { numberFormat } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { msg, str, withMessages, type TemplateMap } from '../../i18n/msg.js';
import { cssProperties } from '../../internal/css-properties.js';
import { PhotoHistory } from './photo-history.js';
import { clampPan, zoomAround, type Point, type View } from './zoom.js';
import { lightboxStyles } from './lightbox.styles.js';
import type { LightboxPhoto } from './lightbox-photo.js';

export { readPhotoHash } from './photo-link.js';

/** Largest zoom, and the zoom of a double tap or the zoom button. */
const MAX_SCALE = 4;
const STEP_SCALE = 2.5;
/** A swipe moves to the next photo past this share of the stage's width (or 40 px, whichever is more). */
const SWIPE_SHARE = 0.15;
/** Two taps this close in time (ms) and space (px) are a double tap. */
const DOUBLE_TAP_MS = 350;
const DOUBLE_TAP_PX = 30;
/** A pointer that moved less than this (px) tapped. */
const TAP_SLOP = 8;

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

type Gesture =
  | { kind: 'drag'; start: Point; view: View; time: number; moved: boolean }
  | { kind: 'pinch'; distance: number; middle: Point; view: View };

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const middle = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

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
    zoomed: { state: true },
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
  private declare zoomed: boolean;
  /** The photo shown failed to load. */
  private declare failed: boolean;

  private view: View = { scale: 1, x: 0, y: 0 };
  private readonly pointers = new Map<number, Point>();
  private gesture?: Gesture;
  private lastTap?: { point: Point; time: number };
  /** Neighbours being preloaded (kept, so they are not collected before they load). */
  private readonly preloaded: HTMLImageElement[] = [];
  private history?: PhotoHistory;

  constructor() {
    super();
    this.photos = [];
    this.index = 0;
    this.heading = '';
    this.locale = 'en';
    this.zoomed = false;
    this.failed = false;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private get stage(): HTMLElement | null {
    return this.renderRoot.querySelector('.stage');
  }

  private get photoElement(): HTMLElement | null {
    return this.renderRoot.querySelector('.photo');
  }

  protected override update(changed: PropertyValues<this>): void {
    withMessages(this.templates, () => super.update(changed));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index')) {
      this.view = { scale: 1, x: 0, y: 0 };
      this.zoomed = false;
      this.failed = false;
      this.gesture = undefined;
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

  // ————— Zoom and pan —————

  /** Shows `view`, kept within the photo's edges (`settle`) or as the gesture has it. */
  private apply(view: View, settle = true): void {
    const stage = this.stage;
    const photo = this.photoElement;
    if (!stage || !photo) return;
    const scale = Math.min(MAX_SCALE, Math.max(1, view.scale));
    this.view = settle
      ? clampPan({ ...view, scale }, { width: photo.offsetWidth, height: photo.offsetHeight }, { width: stage.clientWidth, height: stage.clientHeight })
      : { ...view, scale };
    if (settle && this.view.scale < 1.02) this.view = { scale: 1, x: 0, y: 0 };
    photo.style.transform = `translate(${this.view.x}px, ${this.view.y}px) scale(${this.view.scale})`;
    this.zoomed = this.view.scale > 1;
  }

  /** Zooms to `scale` keeping the point `at` (relative to the stage's centre) where it is. */
  private zoomTo(scale: number, at: Point = { x: 0, y: 0 }): void {
    this.apply(zoomAround(this.view, Math.min(MAX_SCALE, Math.max(1, scale)), at));
  }

  private toggleZoom(at?: Point): void {
    this.zoomTo(this.view.scale > 1 ? 1 : STEP_SCALE, at);
  }

  private pan(dx: number, dy: number): void {
    this.apply({ ...this.view, x: this.view.x + dx, y: this.view.y + dy });
  }

  // ————— Keyboard —————

  private onKeyDown = (event: KeyboardEvent): void => {
    const step = (this.stage?.clientWidth ?? 400) / 8;
    const last = this.photos.length - 1;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => (this.zoomed ? this.pan(step, 0) : this.go(this.index - 1)),
      ArrowRight: () => (this.zoomed ? this.pan(-step, 0) : this.go(this.index + 1)),
      ArrowUp: () => this.zoomed && this.pan(0, step),
      ArrowDown: () => this.zoomed && this.pan(0, -step),
      Home: () => this.go(0),
      End: () => this.go(last),
      '+': () => this.zoomTo(this.view.scale * 1.5),
      '=': () => this.zoomTo(this.view.scale * 1.5),
      '-': () => this.zoomTo(this.view.scale / 1.5),
      Tab: () => this.keepFocusInside(event),
    };
    const action = event.altKey || event.ctrlKey || event.metaKey ? undefined : actions[event.key];
    if (!action) return;
    if (event.key !== 'Tab') event.preventDefault();
    action();
  };

  /** Tab from the last control goes to the first, Shift+Tab from the first to the last (the browser's own UI is not inside the dialog). */
  private keepFocusInside(event: KeyboardEvent): void {
    const controls = [...this.renderRoot.querySelectorAll<HTMLElement>('dialog button, dialog a[href]')];
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const [first, last] = [controls[0], controls[controls.length - 1]];
    if (!first || !last) return;
    const target = event.shiftKey ? (active === first || !active ? last : undefined) : active === last || !active ? first : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  // ————— Pointer gestures: swipe, pan, pinch, double tap —————

  private pointOf(event: PointerEvent | WheelEvent | MouseEvent): Point {
    const rect = this.stage!.getBoundingClientRect();
    return { x: event.clientX - rect.left - rect.width / 2, y: event.clientY - rect.top - rect.height / 2 };
  }

  private onPointerDown = (event: PointerEvent): void => {
    if ((event.pointerType === 'mouse' && event.button !== 0) || (event.target as Element).closest('button')) return;
    try {
      this.stage!.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic or already finished pointer cannot be captured; the gesture works without.
    }
    this.pointers.set(event.pointerId, this.pointOf(event));
    this.startGesture(event.timeStamp);
  };

  private startGesture(time: number): void {
    const points = [...this.pointers.values()];
    if (points.length >= 2) {
      this.gesture = { kind: 'pinch', distance: distance(points[0]!, points[1]!), middle: middle(points[0]!, points[1]!), view: this.view };
    } else if (points.length === 1) {
      this.gesture = { kind: 'drag', start: points[0]!, view: this.view, time, moved: false };
    }
    this.stage?.classList.toggle('dragging', points.length > 0);
  }

  private onPointerMove = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId) || !this.gesture) return;
    this.pointers.set(event.pointerId, this.pointOf(event));
    const gesture = this.gesture;
    const points = [...this.pointers.values()];
    if (gesture.kind === 'pinch' && points.length >= 2) {
      const scale = (gesture.view.scale * distance(points[0]!, points[1]!)) / Math.max(1, gesture.distance);
      // The point under the fingers' first middle follows their middle now (pinch and pan at once).
      const anchored = zoomAround(gesture.view, scale, gesture.middle);
      const now = middle(points[0]!, points[1]!);
      this.apply({ scale: anchored.scale, x: anchored.x + now.x - gesture.middle.x, y: anchored.y + now.y - gesture.middle.y }, false);
    } else if (gesture.kind === 'drag') {
      const point = points[0]!;
      const [dx, dy] = [point.x - gesture.start.x, point.y - gesture.start.y];
      if (Math.hypot(dx, dy) > TAP_SLOP) gesture.moved = true;
      if (!gesture.moved) return;
      // Zoomed in: pan. At fit size: the photo follows the finger sideways (a swipe).
      if (gesture.view.scale > 1) this.apply({ ...gesture.view, x: gesture.view.x + dx, y: gesture.view.y + dy });
      else this.apply({ scale: 1, x: dx, y: 0 }, false);
    }
  };

  private onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId)) return;
    const gesture = this.gesture;
    const end = this.pointOf(event);
    this.pointers.delete(event.pointerId);
    if (gesture?.kind === 'pinch') {
      // The other finger may go on panning.
      this.apply(this.view);
      this.startGesture(event.timeStamp);
      return;
    }
    this.gesture = undefined;
    this.stage?.classList.remove('dragging');
    if (!gesture || event.type === 'pointercancel') {
      this.apply(this.view);
      return;
    }
    if (!gesture.moved) {
      this.tapped(end, event.timeStamp);
      return;
    }
    this.lastTap = undefined;
    const dx = end.x - gesture.start.x;
    const threshold = Math.max(40, (this.stage?.clientWidth ?? 0) * SWIPE_SHARE);
    if (gesture.view.scale === 1 && Math.abs(dx) >= threshold) {
      const next = this.index + (dx < 0 ? 1 : -1);
      if (next >= 0 && next < this.photos.length) {
        this.go(next);
        return;
      }
    }
    this.apply(gesture.view.scale === 1 ? { scale: 1, x: 0, y: 0 } : this.view);
  };

  private tapped(point: Point, time: number): void {
    const previous = this.lastTap;
    if (previous && time - previous.time < DOUBLE_TAP_MS && distance(previous.point, point) < DOUBLE_TAP_PX) {
      this.lastTap = undefined;
      this.toggleZoom(point);
    } else {
      this.lastTap = { point, time };
    }
  }

  private onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    this.zoomTo(this.view.scale * (event.deltaY < 0 ? 1.25 : 0.8), this.pointOf(event));
  };

  // ————— Rendering —————

  protected override render(): TemplateResult {
    const photo = this.photos[this.index];
    const total = this.photos.length;
    const format = numberFormat(this.locale);
    const [n, count] = [format.format(this.index + 1), format.format(total)];
    const first = this.index === 0;
    const last = this.index === total - 1;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose} @keydown=${this.onKeyDown}>
      <div class="bar">
        <h2 class="title" id="title">${this.heading}</h2>
        <p class="counter" aria-hidden="true">${msg(str`${n} / ${count}`, { id: 'gallery.counter', desc: 'Counter in the photo viewer: the photo\'s number / the number of photos.' })}</p>
        <button class="icon zoom" aria-pressed=${this.zoomed ? 'true' : 'false'} @click=${() => this.toggleZoom()}
          aria-label=${msg('Zoom', { id: 'gallery.zoom', desc: 'Toggle button in the photo viewer that zooms the photo in and out.' })}>
          ${this.zoomed ? icons.zoomOut : icons.zoomIn}
        </button>
        <button class="icon close" @click=${this.close} aria-label=${msg('Close', { id: 'gallery.close', desc: 'Button that closes the photo viewer.' })}>${icons.close}</button>
      </div>
      <div class="view">
        <div class="stage ${this.zoomed ? 'zoomed' : ''}" @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp} @wheel=${this.onWheel}>
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

/**
 * Zoom and pan of the lightbox's photo, and the pointer gestures that drive them: swipe to the
 * next or previous photo, pan a zoomed photo, pinch, double tap, wheel. A reactive controller
 * of the lightbox: it keeps the view, moves the photo element itself (no render per pointer
 * move) and renders the host again only when the photo becomes zoomed or fit.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampPan, zoomAround, type Point, type View } from './zoom.js';

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

type Gesture =
  | { kind: 'drag'; start: Point; view: View; time: number; moved: boolean }
  | { kind: 'pinch'; distance: number; middle: Point; view: View };

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const middle = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const FIT: View = { scale: 1, x: 0, y: 0 };

export interface StageGesturesOptions {
  /** The element the photo is centred in, and the photo (or its placeholder). */
  stage(): HTMLElement | null;
  photo(): HTMLElement | null;
  /** A swipe towards the next (+1) or previous (−1) photo; false when there is none that way. */
  swipe(direction: 1 | -1): boolean;
}

export class StageGestures implements ReactiveController {
  #view: View = FIT;
  #zoomed = false;
  readonly #pointers = new Map<number, Point>();
  #gesture?: Gesture;
  #lastTap?: { point: Point; time: number };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: StageGesturesOptions,
  ) {
    host.addController(this);
  }

  /** Gone from the page (the lightbox closed): no gesture goes on. */
  hostDisconnected(): void {
    this.#pointers.clear();
    this.#gesture = undefined;
  }

  /** True while the photo is shown larger than it fits. */
  get zoomed(): boolean {
    return this.#zoomed;
  }

  /** A new photo: at fit size, no gesture going on (the photo element is a new one). */
  reset(): void {
    this.#view = FIT;
    this.#gesture = undefined;
    this.#setZoomed(false);
  }

  #setZoomed(zoomed: boolean): void {
    if (zoomed === this.#zoomed) return;
    this.#zoomed = zoomed;
    this.host.requestUpdate();
  }

  /** Shows `view`, kept within the photo's edges (`settle`) or as the gesture has it. */
  #apply(view: View, settle = true): void {
    const stage = this.options.stage();
    const photo = this.options.photo();
    if (!stage || !photo) return;
    const scale = Math.min(MAX_SCALE, Math.max(1, view.scale));
    this.#view = settle
      ? clampPan({ ...view, scale }, { width: photo.offsetWidth, height: photo.offsetHeight }, { width: stage.clientWidth, height: stage.clientHeight })
      : { ...view, scale };
    if (settle && this.#view.scale < 1.02) this.#view = FIT;
    photo.style.transform = `translate(${this.#view.x}px, ${this.#view.y}px) scale(${this.#view.scale})`;
    this.#setZoomed(this.#view.scale > 1);
  }

  /** Zooms by `factor` (the keys: 1.5 in, 1 / 1.5 out), keeping the point `at` (relative to the stage's centre) where it is. */
  zoomBy(factor: number, at: Point = { x: 0, y: 0 }): void {
    this.#apply(zoomAround(this.#view, Math.min(MAX_SCALE, Math.max(1, this.#view.scale * factor)), at));
  }

  /** The zoom button and the double tap: in to the step zoom, or back to fit. */
  toggleZoom(at: Point = { x: 0, y: 0 }): void {
    this.#apply(zoomAround(this.#view, this.#view.scale > 1 ? 1 : STEP_SCALE, at));
  }

  pan(dx: number, dy: number): void {
    this.#apply({ ...this.#view, x: this.#view.x + dx, y: this.#view.y + dy });
  }

  #pointOf(event: PointerEvent | WheelEvent | MouseEvent): Point {
    const rect = this.options.stage()!.getBoundingClientRect();
    return { x: event.clientX - rect.left - rect.width / 2, y: event.clientY - rect.top - rect.height / 2 };
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    if ((event.pointerType === 'mouse' && event.button !== 0) || (event.target as Element).closest('button')) return;
    try {
      this.options.stage()!.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic or already finished pointer cannot be captured; the gesture works without.
    }
    this.#pointers.set(event.pointerId, this.#pointOf(event));
    this.#startGesture(event.timeStamp);
  };

  #startGesture(time: number): void {
    const points = [...this.#pointers.values()];
    if (points.length >= 2) {
      this.#gesture = { kind: 'pinch', distance: distance(points[0]!, points[1]!), middle: middle(points[0]!, points[1]!), view: this.#view };
    } else if (points.length === 1) {
      this.#gesture = { kind: 'drag', start: points[0]!, view: this.#view, time, moved: false };
    }
    this.options.stage()?.classList.toggle('dragging', points.length > 0);
  }

  readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.#pointers.has(event.pointerId) || !this.#gesture) return;
    this.#pointers.set(event.pointerId, this.#pointOf(event));
    const gesture = this.#gesture;
    const points = [...this.#pointers.values()];
    if (gesture.kind === 'pinch' && points.length >= 2) {
      const scale = (gesture.view.scale * distance(points[0]!, points[1]!)) / Math.max(1, gesture.distance);
      // The point under the fingers' first middle follows their middle now (pinch and pan at once).
      const anchored = zoomAround(gesture.view, scale, gesture.middle);
      const now = middle(points[0]!, points[1]!);
      this.#apply({ scale: anchored.scale, x: anchored.x + now.x - gesture.middle.x, y: anchored.y + now.y - gesture.middle.y }, false);
    } else if (gesture.kind === 'drag') {
      const point = points[0]!;
      const [dx, dy] = [point.x - gesture.start.x, point.y - gesture.start.y];
      if (Math.hypot(dx, dy) > TAP_SLOP) gesture.moved = true;
      if (!gesture.moved) return;
      // Zoomed in: pan. At fit size: the photo follows the finger sideways (a swipe).
      if (gesture.view.scale > 1) this.#apply({ ...gesture.view, x: gesture.view.x + dx, y: gesture.view.y + dy });
      else this.#apply({ scale: 1, x: dx, y: 0 }, false);
    }
  };

  /** Pointer up and pointer cancel. */
  readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.#pointers.has(event.pointerId)) return;
    const gesture = this.#gesture;
    const end = this.#pointOf(event);
    this.#pointers.delete(event.pointerId);
    if (gesture?.kind === 'pinch') {
      // The other finger may go on panning.
      this.#apply(this.#view);
      this.#startGesture(event.timeStamp);
      return;
    }
    this.#gesture = undefined;
    this.options.stage()?.classList.remove('dragging');
    if (!gesture || event.type === 'pointercancel') {
      this.#apply(this.#view);
      return;
    }
    if (!gesture.moved) {
      this.#tapped(end, event.timeStamp);
      return;
    }
    this.#lastTap = undefined;
    const dx = end.x - gesture.start.x;
    const threshold = Math.max(40, (this.options.stage()?.clientWidth ?? 0) * SWIPE_SHARE);
    if (gesture.view.scale === 1 && Math.abs(dx) >= threshold && this.options.swipe(dx < 0 ? 1 : -1)) return;
    this.#apply(gesture.view.scale === 1 ? FIT : this.#view);
  };

  #tapped(point: Point, time: number): void {
    const previous = this.#lastTap;
    if (previous && time - previous.time < DOUBLE_TAP_MS && distance(previous.point, point) < DOUBLE_TAP_PX) {
      this.#lastTap = undefined;
      this.toggleZoom(point);
    } else {
      this.#lastTap = { point, time };
    }
  }

  readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    this.zoomBy(event.deltaY < 0 ? 1.25 : 0.8, this.#pointOf(event));
  };
}

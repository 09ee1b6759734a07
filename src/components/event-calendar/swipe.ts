/**
 * Swipes on the month grid and the week's time grid: a horizontal move of at least 48 px
 * (and mostly sideways, so that scrolling the page is not one) goes to the next or previous
 * period, as the arrows do. Pointer events cover touch, pen and mouse; the styles give the
 * grids `touch-action: pan-y`, so the browser leaves sideways moves to us. The views' code
 * carries it (month-view.ts, week-view.ts): a calendar showing the list loads none of it.
 */

const MIN_DISTANCE = 48;

export interface SwipeHandlers {
  pointerdown(event: PointerEvent): void;
  pointerup(event: PointerEvent): void;
  pointercancel(): void;
  /** In the capture phase: the click a swipe ends with selects nothing. */
  click: { handleEvent(event: MouseEvent): void; capture: true };
}

/** Handlers calling `step(1)` for a swipe to the left (the next period), `step(-1)` to the right. */
export function swipeHandlers(step: (direction: 1 | -1) => void): SwipeHandlers {
  let start: { x: number; y: number; id: number } | undefined;
  let swiped = false;
  return {
    pointerdown(event) {
      if (event.button !== 0 || !event.isPrimary) return;
      start = { x: event.clientX, y: event.clientY, id: event.pointerId };
      swiped = false;
    },
    pointerup(event) {
      if (!start || event.pointerId !== start.id) return;
      const [dx, dy] = [event.clientX - start.x, event.clientY - start.y];
      start = undefined;
      if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
      swiped = true;
      step(dx < 0 ? 1 : -1);
    },
    pointercancel() {
      start = undefined;
    },
    click: {
      capture: true,
      handleEvent(event) {
        if (!swiped) return;
        swiped = false;
        event.stopPropagation();
        event.preventDefault();
      },
    },
  };
}

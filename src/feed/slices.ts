/** Work done in slices in the browser (a big feed's validation and reading), letting the page respond in between. */

/** Lets the browser paint and handle input: `scheduler.yield()` where there is one, else a new task. */
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * The clock of work done in slices: `due()` once `sliceMs` of work have passed since the last
 * pause, `pause()` lets the page respond and starts the next slice (`json-slices.ts` keeps its
 * own two lines of it: a chunk loaded alone, it imports nothing).
 */
export function sliceClock(sliceMs: number): { due: () => boolean; pause: () => Promise<void> } {
  let sliceStart = performance.now();
  return {
    due: () => performance.now() - sliceStart > sliceMs,
    pause: async () => {
      await yieldToMain();
      sliceStart = performance.now();
    },
  };
}

/** How long validation works before it lets the page respond, ms. */
export const VALIDATION_SLICE_MS = 12;

/**
 * Resolves once the page has had `afterMs` to show what just arrived and the browser is idle
 * (at the latest `timeoutMs` later); where there is no `requestIdleCallback` (Safari), after `afterMs`.
 */
export const whenIdle = (afterMs = 100, timeoutMs = 2000): Promise<void> =>
  new Promise((resolve) =>
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
      else resolve();
    }, afterMs),
  );

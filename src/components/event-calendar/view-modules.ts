/**
 * The calendar's code that loads on demand, each module with its own styles: a visitor needs
 * one view to begin with, and the details dialog only when something is opened. Every chunk
 * goes through `LazyChunk` (src/internal/lazy-chunk.ts): one failure policy, one message.
 */
import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { CalendarView } from '../../events/calendar.js';
import { adoptStyles } from '../../internal/adopted-styles.js';
import { LazyChunk } from '../../internal/lazy-chunk.js';

/** Each view's code (and styles) loads when the view is first shown. */
const VIEW_CHUNKS = {
  month: new LazyChunk('the month view', () => import('./month-view.js')),
  week: new LazyChunk('the week view', () => import('./week-view.js')),
  list: new LazyChunk('the list view', () => import('./list-view.js')),
};

/** The details dialog's code and styles. */
export const DIALOG_CHUNK = new LazyChunk('the calendar details', () => import('./calendar-dialog.js'));

export type ViewModules = { [View in CalendarView]?: Awaited<ReturnType<(typeof VIEW_CHUNKS)[View]['load']>> };

/** A chunk's module, its styles joined to the shadow root once it is there. */
export async function loadWithStyles<T extends { styles: CSSResult }>(renderRoot: HTMLElement | DocumentFragment, chunk: LazyChunk<T>): Promise<T> {
  const module = await chunk.load();
  adoptStyles(renderRoot, module.styles);
  return module;
}

/**
 * Loads each view's code the first time it is asked for (in parallel with the feed) and renders
 * the host again when it is there. A view that failed is in `failed` (the calendar shows the
 * chunk notice where the view would be); the next render after that (the visitor moving on or
 * switching views) tries again.
 */
export class ViewLoader {
  loaded: ViewModules = {};
  readonly failed = new Set<CalendarView>();
  #requested = new Set<CalendarView>();

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** What a view's occurrences need besides its code (the weekly activities'), loaded in parallel: the first paint is complete. */
    private readonly prepare: () => Promise<unknown> = () => Promise.resolve(),
  ) {}

  request(view: CalendarView): void {
    if (this.#requested.has(view)) return;
    this.#requested.add(view);
    Promise.all([loadWithStyles<{ styles: CSSResult }>(this.host.renderRoot, VIEW_CHUNKS[view]), this.prepare()]).then(
      ([module]) => {
        this.failed.delete(view);
        this.loaded = { ...this.loaded, [view]: module };
        this.host.requestUpdate();
      },
      () => {
        this.failed.add(view);
        this.host.requestUpdate();
        // Not in the render that shows the notice (that would try again at once, in a loop): in the next one.
        void this.host.updateComplete.then(() => this.#requested.delete(view));
      },
    );
  }
}

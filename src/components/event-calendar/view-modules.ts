/**
 * The calendar's code that loads on demand, each module with its own styles: a visitor needs
 * one view to begin with, and the details dialog only when something is opened.
 */
import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { CalendarView } from '../../events/calendar.js';
import { adoptStyles } from '../../internal/adopted-styles.js';

/** Each view's code (and styles) loads when the view is first shown. */
export const VIEW_MODULES = {
  month: () => import('./month-view.js'),
  week: () => import('./week-view.js'),
  list: () => import('./list-view.js'),
};

export type ViewModules = { [View in CalendarView]?: Awaited<ReturnType<(typeof VIEW_MODULES)[View]>> };

/** A module loaded on demand: its styles join the shadow root's once it is there. */
export async function loadWithStyles<T extends { styles: CSSResult }>(renderRoot: HTMLElement | DocumentFragment, loading: Promise<T>): Promise<T> {
  const module = await loading;
  adoptStyles(renderRoot, module.styles);
  return module;
}

/** Loads each view's code the first time it is asked for (in parallel with the feed) and renders the host again when it is there; after a failure, a later render tries again. */
export class ViewLoader {
  loaded: ViewModules = {};
  #requested = new Set<CalendarView>();

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** What a view's occurrences need besides its code (the weekly activities'), loaded in parallel: the first paint is complete. */
    private readonly prepare: () => Promise<unknown> = () => Promise.resolve(),
  ) {}

  request(view: CalendarView): void {
    if (this.#requested.has(view)) return;
    this.#requested.add(view);
    Promise.all([loadWithStyles<{ styles: CSSResult }>(this.host.renderRoot, VIEW_MODULES[view]()), this.prepare()]).then(
      ([module]) => {
        this.loaded = { ...this.loaded, [view]: module };
        this.host.requestUpdate();
      },
      (error: unknown) => {
        console.warn('[baltic-event-calendar] a view could not be loaded', error);
        setTimeout(() => this.#requested.delete(view), 2000);
      },
    );
  }
}

/**
 * The week view's time grid after each render: a new period opens at its first event (else
 * in the morning), and the events out of view above and below are counted for the
 * "Earlier: …" / "Later: …" buttons (the host renders again only when the counts change).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HiddenEvents } from './week-view.js';

type WeekModule = typeof import('./week-view.js');

export class WeekScroll implements ReactiveController {
  hidden: HiddenEvents = { above: 0, below: 0 };
  #scrolledPeriod = '';

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** The week view's code while the week view is shown, and a key of the days it shows. */
    private readonly shown: () => { module?: WeekModule; period: string } | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const shown = this.shown();
    if (!shown?.module || shown.period === this.#scrolledPeriod) return;
    if (shown.module.scrollToFirstEvent(this.host.renderRoot)) {
      this.#scrolledPeriod = shown.period;
      this.count();
    }
  }

  /** Counts the events out of view (after a scroll). */
  count(): void {
    const hidden = this.shown()?.module?.hiddenEvents(this.host.renderRoot);
    if (!hidden || (hidden.above === this.hidden.above && hidden.below === this.hidden.below)) return;
    this.hidden = hidden;
    this.host.requestUpdate();
  }
}

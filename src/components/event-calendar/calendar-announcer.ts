/**
 * What the calendar says to screen readers when the period or the filters change, in a
 * polite live region: the host renders `text`; a newer announcement replaces a pending one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class CalendarAnnouncer implements ReactiveController {
  text = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Says `text` after `delay` ms (a search waits for the typing to pause). */
  announce(text: string, delay = 0): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      // The same words twice are announced again only if the region changes in between.
      this.text = this.text === text ? `${text}\u00a0` : text;
      this.host.requestUpdate();
    }, delay);
  }
}

/**
 * How much of the list is built: a page of rows, the next one when the end of the list comes
 * near the viewport (or the "Show more" button is pressed); back to one page when the period
 * or the filters change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { LIST_PAGE_ROWS as LIST_PAGE } from './calendar-occurrences.js';

export class ListPaging implements ReactiveController {
  limit = LIST_PAGE;
  #observer?: IntersectionObserver;

  #shown = '';

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** What the list shows (its first day, the filters): when it changes, the list starts with one page again. */
    private readonly shown: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const shown = this.shown();
    if (shown !== this.#shown) this.limit = LIST_PAGE;
    this.#shown = shown;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  showMore(): void {
    this.#observer?.disconnect();
    this.limit += LIST_PAGE;
    this.host.requestUpdate();
  }

  /** After each render: watches the end of the list, when there is one. */
  hostUpdated(): void {
    const end = this.host.renderRoot.querySelector('[data-list-end]');
    this.#observer?.disconnect();
    if (!end || typeof IntersectionObserver === 'undefined') return;
    // Not on the first report (the end as the page was laid out): the first page keeps its bounded height until the visitor scrolls to its end.
    let first = true;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!first && entries.some((entry) => entry.isIntersecting)) this.showMore();
        first = false;
      },
      { rootMargin: '800px 0px' },
    );
    this.#observer.observe(end);
  }
}

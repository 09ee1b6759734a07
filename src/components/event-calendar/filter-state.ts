/**
 * What the visitor filters by: the search text and the chosen categories (first those of the
 * `categories` attribute), and whether a narrow calendar shows its folded filters.
 */
import type { ReactiveControllerHost } from 'lit';

export interface FilterHost extends ReactiveControllerHost {
  /** The `categories` attribute: ids, comma separated. */
  readonly categories?: string;
}

export class FilterState {
  query = '';
  #chosen?: string[];
  /** On a narrow calendar, the filters folded behind the "Filters" button are shown. */
  open = false;

  constructor(
    private readonly host: FilterHost,
    /** Loads the filters' code (the first time); the events shown follow once it is there. */
    private readonly load: () => Promise<unknown>,
    private readonly changed: (queryChanged: boolean) => void,
  ) {
  }

  /** The category ids chosen. */
  get categories(): string[] {
    return this.#chosen ?? (this.host.categories ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  }

  /** Whether the search or the chips hide events. */
  get active(): boolean {
    return !!this.query.trim() || this.categories.length > 0;
  }

  async set(categories: string[], query: string): Promise<void> {
    const queryChanged = query !== this.query;
    // The field shows what is typed at once; the events follow when the filter code is there.
    this.query = query;
    this.host.requestUpdate();
    await this.load();
    this.#chosen = categories;
    this.query = query;
    this.host.requestUpdate();
    this.changed(queryChanged);
  }

  toggle(): void {
    this.open = !this.open;
    this.host.requestUpdate();
  }
}

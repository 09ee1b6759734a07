/**
 * Loads the link-state code (calendar-link-state.ts) for a calendar with `link-state`, once it
 * has its feed, applies the hash once, and passes the calendar's changes on; drops it when the
 * attribute goes. Calendars without the attribute never load it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LinkStateHost, LinkStateSync } from './calendar-link-state.js';
import { LazyChunk } from '../../internal/lazy-chunk.js';

/** Keeping the calendar's month and open event in the URL (`link-state`): its own chunk. */
const LINK_STATE_CHUNK = new LazyChunk('the calendar\'s link state', () => import('./calendar-link-state.js'));

export class LinkStateController implements ReactiveController {
  #sync?: LinkStateSync;
  #loading = false;

  constructor(
    private readonly host: ReactiveControllerHost & LinkStateHost & { linkState: boolean; isConnected: boolean },
    /** Whether the calendar has its feed (the hash is applied to it). */
    private readonly ready: () => boolean,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#sync?.disconnect();
    this.#sync = undefined;
  }

  hostUpdated(): void {
    if (!this.host.linkState) return this.hostDisconnected();
    if (!this.ready()) return;
    if (this.#sync || this.#loading) return;
    this.#loading = true;
    LINK_STATE_CHUNK.load().then(
      ({ LinkStateSync }) => {
        this.#loading = false;
        if (!this.host.linkState || !this.host.isConnected) return;
        this.#sync = new LinkStateSync(this.host);
        this.#sync.apply();
        this.#sync.monthShown();
      },
      // The calendar works without the URL (logged by LazyChunk); a later update tries again.
      () => (this.#loading = false),
    );
  }

  monthShown(): void {
    this.#sync?.monthShown();
  }

  eventOpened(eventId: string): void {
    this.#sync?.eventOpened(eventId);
  }

  eventClosed(): void {
    this.#sync?.eventClosed();
  }
}

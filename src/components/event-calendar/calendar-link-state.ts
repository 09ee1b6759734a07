/**
 * The calendar's state in the page's URL hash (with `link-state`): the month shown and the
 * open event, as `#calendar-month=2026-12&calendar-event=advent-concert`. Other parameters
 * in the hash (another widget's, the page's own) are kept.
 */

export interface LinkState {
  /** `YYYY-MM`. */
  month?: string;
  event?: string;
}

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

const parameters = (hash: string) => new URLSearchParams(hash.replace(/^#/, ''));

/** Reads the state under `prefix` from a hash. */
export function readLinkState(hash: string, prefix: string): LinkState {
  const params = parameters(hash);
  const month = params.get(`${prefix}-month`) ?? undefined;
  return { month: month && MONTH.test(month) ? month : undefined, event: params.get(`${prefix}-event`) || undefined };
}

/** The hash with the state under `prefix` written in (empty values removed). */
export function writeLinkState(hash: string, prefix: string, state: LinkState): string {
  // A hash that is a plain anchor (`#events`) is not ours to rewrite into parameters.
  const params = hash.includes('=') ? parameters(hash) : new URLSearchParams();
  for (const [name, value] of [['month', state.month], ['event', state.event]] as const) {
    if (value) params.set(`${prefix}-${name}`, value);
    else params.delete(`${prefix}-${name}`);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** What the link state needs of the calendar. */
export interface LinkStateHost {
  /** Prefix of the hash parameters (the element's id, or `calendar`). */
  readonly linkPrefix: string;
  /** The id of the event whose details are open. */
  readonly openEventId: string | undefined;
  /** The month shown (`YYYY-MM`), undefined in the list view. */
  readonly shownMonth: string | undefined;
  showMonth(month: string): void;
  openEvent(eventId: string): boolean;
  /** Closes the details without touching the history. */
  dismissEvent(): void;
}

/**
 * Keeps a calendar and the URL hash in step: the month is replaced in place (months do not
 * fill the history), an opened event is pushed (so Back closes it), and Back / Forward or an
 * edited hash open and close events. Loaded only for calendars with `link-state`.
 */
export class LinkStateSync {
  private pushed = false;

  constructor(private readonly host: LinkStateHost) {
    window.addEventListener('popstate', this.onHistory);
    window.addEventListener('hashchange', this.onHistory);
  }

  disconnect(): void {
    window.removeEventListener('popstate', this.onHistory);
    window.removeEventListener('hashchange', this.onHistory);
  }

  /** Shows what the hash names (once, when the calendar has its feed). */
  apply(): void {
    const state = readLinkState(location.hash, this.host.linkPrefix);
    if (state.month) this.host.showMonth(state.month);
    if (state.event) this.host.openEvent(state.event);
  }

  monthShown(): void {
    if (this.host.shownMonth) this.replace({ month: this.host.shownMonth });
  }

  eventOpened(eventId: string): void {
    const current = readLinkState(location.hash, this.host.linkPrefix);
    if (current.event === eventId) return;
    history.pushState(history.state, '', `${location.pathname}${location.search}${writeLinkState(location.hash, this.host.linkPrefix, { ...current, event: eventId })}`);
    this.pushed = true;
  }

  eventClosed(): void {
    if (this.pushed) {
      this.pushed = false;
      history.back();
    } else {
      this.replace({ event: undefined });
    }
  }

  private replace(change: LinkState): void {
    const current = readLinkState(location.hash, this.host.linkPrefix);
    const hash = writeLinkState(location.hash, this.host.linkPrefix, { ...current, ...change });
    if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash || '#'}`);
  }

  private readonly onHistory = () => {
    const state = readLinkState(location.hash, this.host.linkPrefix);
    if (state.event !== this.host.openEventId) {
      this.pushed = false;
      if (state.event) this.host.openEvent(state.event);
      else this.host.dismissEvent();
    }
    if (state.month && !state.event && state.month !== this.host.shownMonth) this.host.showMonth(state.month);
  };
}

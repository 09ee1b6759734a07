/**
 * A feed's automatic retries after a failure that may pass (network, timeout, a server busy or
 * broken): the feed is fetched again by itself 2, 4, 8, 16, 32 and 64 s after each failure
 * (±20 %, so that many visitors do not come back at once; longer when the server's
 * `Retry-After` asks for it), then no more until the visitor presses Retry or the browser
 * reports the network back (`online`). A chunk of its own, loaded with a feed's first failure
 * (`FeedSource`): a page whose feed loads never downloads it.
 */
import type { FeedLoadError } from './loader.js';

const RETRY_BASE_MS = 2_000;
const MAX_AUTOMATIC_RETRIES = 6;

/** Failures worth trying again without the visitor: the network, a timeout, the server being busy or broken. */
const isTransient = ({ kind, status = 0 }: FeedLoadError) =>
  kind === 'network' || kind === 'timeout' || (kind === 'http' && (status >= 500 || status === 408 || status === 429));

/** The retries of one feed source; `fetchAgain` fetches it without showing a loading state. */
export class AutomaticRetries {
  /** Automatic retries since the last success (or since the network came back). */
  #retries = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #waitingForNetwork = false;
  readonly #fetchAgain: () => void;
  readonly #retryWhenOnline = () => {
    this.#retries = 0;
    this.#fetchAgain();
  };

  constructor(fetchAgain: () => void) {
    this.#fetchAgain = fetchAgain;
  }

  /** Plans the next retry after `error`; returns when it runs, if it does. */
  schedule(error: FeedLoadError): number | undefined {
    if (!isTransient(error)) return undefined;
    if (!this.#waitingForNetwork) globalThis.addEventListener?.('online', this.#retryWhenOnline);
    this.#waitingForNetwork = true;
    // Offline, or out of retries: only the network coming back (or the Retry button) tries again.
    if (globalThis.navigator?.onLine === false || this.#retries >= MAX_AUTOMATIC_RETRIES) return undefined;
    const backoff = RETRY_BASE_MS * 2 ** this.#retries++ * (0.8 + Math.random() * 0.4);
    const delay = Math.max(backoff, error.retryAfterMs ?? 0);
    this.#timer = setTimeout(this.#fetchAgain, delay);
    return Date.now() + delay;
  }

  /** A request starts meanwhile (Retry, the network back): the planned one is not needed. */
  cancelPlanned(): void {
    clearTimeout(this.#timer);
  }

  /** The feed loaded, or nobody shows it any more: no retries planned, none counted. */
  stop(): void {
    this.cancelPlanned();
    this.#retries = 0;
    if (this.#waitingForNetwork) globalThis.removeEventListener?.('online', this.#retryWhenOnline);
    this.#waitingForNetwork = false;
  }
}

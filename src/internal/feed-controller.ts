/**
 * Connects a widget to its feed: the shared source for its `src`, or its `feed` object.
 * Keeps the snapshot the widget renders, and fires `baltic-feed-load` / `baltic-feed-error`
 * on the widget when the feed arrives or fails: once per load, and only on widgets the page
 * placed. A widget nested in another widget's shadow root (the banner's or the calendar
 * dialog's add-to-calendar button) stays silent: its events would cross into the page as
 * a second load of the outer widget.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { startFeedRequest } from '../feed/request.js';
import type { FeedError, FeedSnapshot } from '../feed/snapshot.js';
import { BalticFeedErrorEvent, BalticFeedLoadEvent } from '../events/feed.js';
import { adoptStyles } from './adopted-styles.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot?: HTMLElement | DocumentFragment;
  src?: string;
  feed?: object;
  timeout?: number;
}

export type FeedSpine = typeof import('./feed-spine.js');
export type StateViews = typeof import('./feed-state-views.js');
let spine: Promise<FeedSpine> | undefined;
/** Loads the feed spine chunk (once per page). */
export const loadFeedSpine = () => (spine ??= import('./feed-spine.js'));

const failed = (error: FeedError): FeedSnapshot => ({ status: 'error', problems: [], stale: false, error });
/** Whether a widget shows `snapshot` with a state view: the error state, or the notice over older data. */
const needsStateViews = (snapshot: FeedSnapshot) => snapshot.status === 'error' || (snapshot.stale && snapshot.updatedAt !== undefined);
const LOADING: FeedSnapshot = { status: 'loading', problems: [], stale: false };

export class FeedController implements ReactiveController {
  snapshot: FeedSnapshot = { status: 'idle', problems: [], stale: false };
  /** The loaded feed spine (its views render the error and stale states). */
  spine?: FeedSpine;
  /** The current attachment; a late answer for an earlier `src` or `feed` is dropped. */
  #attachment?: object;
  #unsubscribe?: () => void;
  #refreshSource?: () => Promise<void>;
  #attachedSrc?: string;
  #attachedFeed?: object;
  /** Counts the snapshots given to `#show`: one that waits for the state views is shown only if no later one came. */
  #shows = 0;
  /** The load whose `baltic-feed-load` waits for the rest of its problems (`FeedSnapshot.allProblems`). */
  #pendingLoad?: object;

  readonly #host: FeedHost;

  constructor(host: FeedHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.attach();
  }

  hostDisconnected(): void {
    this.#detach();
  }

  /** Before each update: follows a changed `src` or `feed`. */
  hostUpdate(): void {
    if (this.#host.isConnected && (this.#host.src !== this.#attachedSrc || this.#host.feed !== this.#attachedFeed)) this.attach();
  }

  /** (Re)connects to the feed named by the host's `feed` or `src`. */
  attach(): void {
    this.#detach();
    const { feed, src } = this.#host;
    this.#attachedSrc = src;
    this.#attachedFeed = feed;
    const attachment = (this.#attachment = {});
    const url = src ? new URL(src, globalThis.location?.href).href : undefined;
    if (url) startFeedRequest(url);
    if (this.snapshot.status === 'idle') this.#show(LOADING);
    loadFeedSpine().then(
      (loaded) => {
        if (this.#attachment !== attachment) return;
        this.spine = loaded;
        this.#adoptComponentStyles(loaded);
        if (feed) {
          void loaded.snapshotOfObject(feed).then((snapshot) => {
            if (this.#attachment === attachment) this.#show(snapshot);
          });
        } else if (url) {
          const source = loaded.feedSource(url);
          this.#unsubscribe = source.subscribe((snapshot) => this.#show(snapshot, url));
          this.#refreshSource = () => source.load({ force: true, timeout: this.#host.timeout });
          this.#show(source.snapshot, url);
          void source.load({ timeout: this.#host.timeout });
        } else {
          // No feed yet: a framework often gives it a moment later (fetched into its state), so the
          // skeleton stays while a feed would be waited for; a page that never gives one is told so then.
          setTimeout(() => {
            if (this.#attachment === attachment) this.#show(failed({ kind: 'missing', message: 'no src or feed' }));
          }, this.#host.timeout ?? loaded.defaultTimeout);
        }
      },
      (error: unknown) => {
        if (this.#attachment === attachment) this.#show(failed({ kind: 'chunk', message: String(error) }), url);
      },
    );
  }

  /** Puts the spine's component styles into the host's shadow root, before the host's own. */
  #adoptComponentStyles(loaded: FeedSpine): void {
    adoptStyles(this.#host.renderRoot, loaded.componentStyles, { first: true });
  }

  /** Fetches the feed again (the shown data stays until the answer is in). */
  refresh(): Promise<void> {
    if (this.#refreshSource) return this.#refreshSource();
    if (this.snapshot.error?.kind === 'chunk') spine = undefined;
    this.attach();
    return Promise.resolve();
  }

  #detach(): void {
    this.#attachment = this.#attachedSrc = this.#attachedFeed = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = this.#refreshSource = undefined;
  }

  /** The views of failed and older feeds, once loaded (see `#show`). */
  get stateViews(): StateViews | undefined {
    return this.spine?.stateViews.module;
  }

  /**
   * Shows `snapshot`. One that needs a state view waits for that chunk (a few milliseconds,
   * once per page), so that the widget shows the error or the notice as it updates and fires
   * its event with it; should the chunk fail, the widget says so in a sentence of its own.
   */
  #show(snapshot: FeedSnapshot, url?: string): void {
    const shown = ++this.#shows;
    // A new request or a failure before a load's event: that event would come after theirs, so it is dropped.
    if (snapshot.status !== 'ready') this.#pendingLoad = undefined;
    const attachment = this.#attachment;
    const views = this.spine?.stateViews;
    if (views && !views.module && needsStateViews(snapshot)) {
      void views
        .load()
        .catch(() => {})
        .then(() => this.#shows === shown && this.#attachment === attachment && this.#apply(snapshot, url));
      return;
    }
    this.#apply(snapshot, url);
  }

  #apply(snapshot: FeedSnapshot, url?: string): void {
    const previous = this.snapshot;
    this.snapshot = snapshot;
    const views = this.stateViews;
    if (views) adoptStyles(this.#host.renderRoot, views.styles);
    this.#host.requestUpdate();
    if (this.#nestedInWidget()) return;
    if (snapshot.status === 'ready' && (previous.status !== 'ready' || previous.feed !== snapshot.feed)) {
      // The event names every problem: it waits for those still being checked (the widget shows the feed meanwhile).
      const load = (this.#pendingLoad = {});
      void (snapshot.allProblems ?? Promise.resolve(snapshot.problems)).then((problems) => {
        if (this.#pendingLoad !== load) return;
        this.#pendingLoad = undefined;
        this.snapshot = { ...this.snapshot, problems, allProblems: undefined };
        this.#host.dispatchEvent(new BalticFeedLoadEvent({ url, problems }));
      });
    } else if (snapshot.status === 'error' && snapshot.error && snapshot.error !== previous.error) {
      const { kind, status, message } = snapshot.error;
      this.#host.dispatchEvent(new BalticFeedErrorEvent({ url, kind, status, message, stale: snapshot.feed !== undefined }));
    }
  }

  /** Whether the host is part of another widget (in a `baltic-…` element's shadow root). */
  #nestedInWidget(): boolean {
    const root = this.#host.getRootNode();
    return root instanceof ShadowRoot && root.host.localName.startsWith('baltic-');
  }
}

/**
 * Connects a widget to its feed: the shared source for its `src`, or its `feed` object.
 * Keeps the snapshot the widget renders, and fires `baltic-feed-load` / `baltic-feed-error`
 * on the widget when the feed arrives or fails.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedLoadError, feedSource, snapshotOfObject, type FeedSnapshot, type FeedSource } from '../feed/loader.js';
import { BalticFeedErrorEvent, BalticFeedLoadEvent } from './events.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: object;
  timeout?: number;
}

const NO_FEED: FeedSnapshot = {
  status: 'error',
  problems: [],
  stale: false,
  error: new FeedLoadError('missing', 'no feed: set the src attribute or the feed property'),
};

export class FeedController implements ReactiveController {
  snapshot: FeedSnapshot = { status: 'idle', problems: [], stale: false };
  private source?: FeedSource;
  private unsubscribe?: () => void;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.attach();
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** (Re)connects to the feed named by the host's `feed` or `src`. */
  attach(): void {
    this.detach();
    const { feed, src } = this.host;
    if (feed) {
      this.show(snapshotOfObject(feed));
    } else if (src) {
      const source = feedSource(src);
      this.source = source;
      this.unsubscribe = source.subscribe((snapshot) => this.show(snapshot));
      this.show(source.snapshot);
      void source.load({ timeout: this.host.timeout });
    } else {
      this.show(NO_FEED);
    }
  }

  /** Fetches the feed again (the shown data stays until the answer is in). */
  refresh(): Promise<void> {
    return this.source?.load({ force: true, timeout: this.host.timeout }) ?? Promise.resolve();
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.source = undefined;
  }

  private show(snapshot: FeedSnapshot): void {
    const previous = this.snapshot;
    this.snapshot = snapshot;
    this.host.requestUpdate();
    const url = this.source?.url;
    if (snapshot.status === 'ready' && (previous.status !== 'ready' || previous.feed !== snapshot.feed)) {
      this.host.dispatchEvent(new BalticFeedLoadEvent({ url, problems: snapshot.problems }));
    } else if (snapshot.status === 'error' && snapshot.error && snapshot.error !== previous.error) {
      const { kind, status, message } = snapshot.error;
      this.host.dispatchEvent(new BalticFeedErrorEvent({ url, kind, status, message, stale: snapshot.feed !== undefined }));
    }
  }
}

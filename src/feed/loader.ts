/**
 * Loading feeds: one request per URL for all the widgets on a page, a timeout, a clear kind
 * for every failure, and the last good feed kept in memory and in browser storage so that a
 * failing or running refresh still shows it (marked with its age).
 */
import type { Feed } from './schema.js';
import { formatProblem, validateFeed, type FeedProblem } from './validate.js';

export type FeedErrorKind =
  /** The server could not be reached (offline, DNS, CORS, connection reset). */
  | 'network'
  /** No complete answer within the timeout. */
  | 'timeout'
  /** The server answered with an HTTP error status. */
  | 'http'
  /** The answer is not JSON. */
  | 'not-json'
  /** JSON, but not a feed. */
  | 'invalid'
  /** Neither `src` nor `feed` was given. */
  | 'missing';

export class FeedLoadError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedLoadError';
  }
}

export interface FeedSnapshot {
  /** `loading` while a request runs, also when older data is shown meanwhile. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The feed shown: the newest good one. */
  feed?: Feed;
  /** Problems found in the shown feed (skipped items, ignored fields). */
  problems: FeedProblem[];
  /** Why the last load failed. */
  error?: FeedLoadError;
  /** When the shown feed was fetched (ms since epoch). */
  updatedAt?: number;
  /** True when the shown feed is not the answer of the latest request (cached, or a refresh failed or still runs). */
  stale: boolean;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const STORAGE_PREFIX = 'baltic-widgets:feed:v1:';

type Listener = (snapshot: FeedSnapshot) => void;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // Blocked (sandboxed iframe, privacy settings).
  }
}

const warnedFor = new Set<string>();
/** Reports a feed's problems on the console once per source and message. */
export function warnProblems(source: string, problems: readonly FeedProblem[]): void {
  for (const problem of problems) {
    const line = `[baltic-widgets] ${source}: ${formatProblem(problem)}${problem.severity === 'error' ? ' (item skipped)' : ''}`;
    if (warnedFor.has(line)) continue;
    warnedFor.add(line);
    console.warn(line);
  }
}

/** Parses and validates the text of a feed; throws a FeedLoadError when it is not one. */
export function parseFeedText(text: string): { feed: Feed; problems: FeedProblem[] } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new FeedLoadError('not-json', `not JSON: ${(error as Error).message}`);
  }
  const result = validateFeed(document);
  if (!result.ok) throw new FeedLoadError('invalid', result.problems.map(formatProblem).join('; '));
  return { feed: result.feed, problems: result.problems };
}

/** One feed URL, shared by every widget that names it. */
export class FeedSource {
  private current: FeedSnapshot = { status: 'idle', problems: [], stale: false };
  private readonly listeners = new Set<Listener>();
  private request?: Promise<void>;

  constructor(
    readonly url: string,
    private readonly fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
  ) {
    this.restoreFromStorage();
  }

  get snapshot(): FeedSnapshot {
    return this.current;
  }

  /** Calls `listener` on every change from now on; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the feed unless it is loaded or loading; `force` starts a new request unless one runs. */
  load({ force = false, timeout = DEFAULT_TIMEOUT_MS }: { force?: boolean; timeout?: number } = {}): Promise<void> {
    if (this.request) return this.request;
    if (!force && this.current.status === 'ready' && !this.current.stale) return Promise.resolve();
    this.set({ status: 'loading' });
    this.request = this.fetchFeed(timeout).finally(() => {
      this.request = undefined;
    });
    return this.request;
  }

  private async fetchFeed(timeout: number): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      let response: Response;
      try {
        response = await this.fetchImpl(this.url, {
          signal: controller.signal,
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
        });
      } catch (error) {
        throw controller.signal.aborted
          ? new FeedLoadError('timeout', `no answer within ${timeout / 1000} s`)
          : new FeedLoadError('network', (error as Error).message || 'network error');
      }
      if (!response.ok) throw new FeedLoadError('http', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw controller.signal.aborted
          ? new FeedLoadError('timeout', `no complete answer within ${timeout / 1000} s`)
          : new FeedLoadError('network', (error as Error).message || 'connection lost');
      }
      const { feed, problems } = parseFeedText(text);
      warnProblems(this.url, problems);
      const updatedAt = Date.now();
      this.set({ status: 'ready', feed, problems, error: undefined, updatedAt, stale: false });
      this.saveToStorage(text, updatedAt);
    } catch (error) {
      const loadError = error instanceof FeedLoadError ? error : new FeedLoadError('network', String(error));
      this.set({ status: 'error', error: loadError, stale: this.current.feed !== undefined });
    } finally {
      clearTimeout(timer);
    }
  }

  private set(change: Partial<FeedSnapshot>): void {
    this.current = { ...this.current, ...change };
    if (change.status === 'loading' && this.current.feed) this.current.stale = true;
    for (const listener of [...this.listeners]) listener(this.current);
  }

  private restoreFromStorage(): void {
    try {
      const saved = storage()?.getItem(STORAGE_PREFIX + this.url);
      if (!saved) return;
      const { savedAt, text } = JSON.parse(saved) as { savedAt: number; text: string };
      const { feed, problems } = parseFeedText(text);
      this.current = { status: 'idle', feed, problems, updatedAt: savedAt, stale: true };
    } catch {
      // Unreadable or outdated cache entry: ignore it.
    }
  }

  private saveToStorage(text: string, savedAt: number): void {
    try {
      storage()?.setItem(STORAGE_PREFIX + this.url, JSON.stringify({ savedAt, text }));
    } catch {
      // Storage full or blocked: the feed is still shown, just not kept.
    }
  }
}

const sources = new Map<string, FeedSource>();

/** The shared source for a feed URL (resolved against the page), created on first use. */
export function feedSource(url: string): FeedSource {
  const absolute = new URL(url, globalThis.location?.href).href;
  let source = sources.get(absolute);
  if (!source) {
    source = new FeedSource(absolute);
    sources.set(absolute, source);
  }
  return source;
}

const validatedObjects = new WeakMap<object, FeedSnapshot>();
/** A snapshot for a feed given as an object (the `feed` property), validated once per object. */
export function snapshotOfObject(document: object): FeedSnapshot {
  let snapshot = validatedObjects.get(document);
  if (!snapshot) {
    const result = validateFeed(document);
    warnProblems('feed property', result.problems);
    snapshot = result.ok
      ? { status: 'ready', feed: result.feed, problems: result.problems, stale: false }
      : {
          status: 'error',
          problems: result.problems,
          stale: false,
          error: new FeedLoadError('invalid', result.problems.map(formatProblem).join('; ')),
        };
    validatedObjects.set(document, snapshot);
  }
  return snapshot;
}

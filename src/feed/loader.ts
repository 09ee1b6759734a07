/**
 * Loading feeds: one request per URL for all the widgets on a page, a timeout, a clear kind
 * for every failure, and the last good feed kept in memory and in browser storage so that a
 * failing or running refresh still shows it (marked with its age). This module and the
 * quick validator (`feed-validation.ts`) are the lazily loaded feed spine (see `request.ts`).
 */
import { BIG_FEED_CHARS } from './constants.js';
import { feedFetchOptions } from './fetch-options.js';
import { formatProblem, type FeedProblem } from './problems.js';
import { pageWide } from './page-wide.js';
import { takeFeedRequest } from './request.js';
import type { Feed } from './schema.js';
import type { FeedError, FeedErrorKind, FeedSnapshot } from './snapshot.js';
import { readSavedCopy } from './saved-copies.js';
import { startsAsUtf16 } from './utf16.js';
import type { FeedValidation } from './feed-validation.js';
import { mayBeStamped, stampedFeed, vouchedFeed } from './feed-stamp.js';
import { problemsWithLoadedWords } from './worded-problems.js';
import { VALIDATION_SLICE_MS, whenIdle, yieldToMain } from './slices.js';

export type { FeedError, FeedErrorKind, FeedSnapshot };

/** How long a widget waits for its feed (its `timeout` unless set) before it says the feed did not come. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export class FeedLoadError extends Error implements FeedError {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
    /** How long the server asked us to wait (its `Retry-After`), in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'FeedLoadError';
  }
}

/**
 * After a failure that may pass (network, timeout, server error), the feed is fetched again
 * by itself: 2, 4, 8, 16, 32 and 64 s after each failure (±20 %, so that many visitors do not
 * come back at once; longer when the server's `Retry-After` asks for it), then no more until
 * the visitor presses Retry or the browser reports the network back (`online`).
 */
export const RETRY_BASE_MS = 2_000;
export const MAX_AUTOMATIC_RETRIES = 6;
const MAX_RETRY_AFTER_MS = 300_000;

/** Failures worth trying again without the visitor: the network, a timeout, the server being busy or broken. */
const isTransient = ({ kind, status = 0 }: FeedLoadError) =>
  kind === 'network' || kind === 'timeout' || (kind === 'http' && (status >= 500 || status === 408 || status === 429));

function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return ms > 0 ? Math.min(ms, MAX_RETRY_AFTER_MS) : undefined;
}

type Listener = (snapshot: FeedSnapshot) => void;

const warnedFor = new Set<string>();
/** Reports a feed's problems on the console once per source and message. */
export function warnProblems(source: string, problems: readonly FeedProblem[]): void {
  for (const problem of problems) {
    const line = `[baltic-widgets] ${source}: ${formatProblem(problem)}${problem.severity === 'error' && problem.path ? ' (item skipped)' : ''}`;
    if (warnedFor.has(line)) continue;
    warnedFor.add(line);
    console.warn(line);
  }
}

/**
 * `problems` with the warnings about skipped local times, checked once the page is idle
 * (`withSkippedTimeWarnings`) and logged for `source`: while `stillShown()`, for a feed that
 * may be replaced before (a saved copy); neither checked further nor logged after.
 */
const allProblemsOf = (source: string, document: unknown, problems: FeedProblem[], stillShown = () => true): Promise<FeedProblem[]> =>
  check()
    .then(({ withSkippedTimeWarnings }) => withSkippedTimeWarnings(document, problems, stillShown), () => problems)
    .then((all) => {
      if (stillShown()) warnProblems(source, all);
      return all;
    });

/**
 * The feed's check in the browser (feed-validation.ts): a chunk, loaded only for a feed without a
 * stamp of this check matching its content (feed-stamp.ts; the studio stamps every feed it saves
 * without problems). Should it fail to load, the widget says so (with Retry).
 */
const check = () => import('./feed-validation.js');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedLoadError('not-json', `not JSON: ${(error as Error).message}`);
  }
}

function validated(result: FeedValidation): { feed: Feed; problems: FeedProblem[] } {
  if (!result.ok) throw new FeedLoadError('invalid', result.problems.map(formatProblem).join('; '));
  return { feed: result.feed, problems: result.problems };
}

/**
 * Parses the text of a feed and validates it with `validate` (`validateFeed` for
 * `parseFeedText` in index.ts; the saved copies need no nearest-zone search: they were valid);
 * throws a FeedLoadError when it is not one.
 */
export const parseFeedTextWith = (text: string, validate: (document: unknown) => FeedValidation): { feed: Feed; problems: FeedProblem[] } => validated(validate(parseJson(text)));

/** The lenient validation's chunk (for a feed with problems) could not be loaded: the `chunk` error, which the widget says as such. */
const validationChunkFailure = (error: unknown) => new FeedLoadError('chunk', `the feed's validation could not be loaded: ${(error as Error)?.message}`);

/** A body that is not UTF-8: UTF-16 (a byte order mark) or an old encoding such as Windows-1251. */
class NotUtf8 extends Error {
  constructor(readonly utf16: boolean) {
    super(utf16 ? 'UTF-16' : 'not UTF-8');
  }
}

/**
 * The body as text, decoded as it arrives (a piece per task): `response.text()` decodes a
 * 20 MB body in one long task. Feeds are UTF-8: a body in UTF-16 or in an old encoding
 * (Windows-1251) is an `encoding` error, not text shown as garbage (`������`). The words for
 * the console come from `encoding.ts` only then (`encodingFailure`). `started` gets the text of
 * the first piece.
 */
async function readText(response: Response, started: (start: string) => void): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const refuse = (utf16: boolean) => {
    void reader?.cancel().catch(() => {});
    return new NotUtf8(utf16);
  };
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw refuse(false);
    }
  };
  if (!reader) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (startsAsUtf16(bytes)) throw refuse(true);
    const text = decode(bytes) + decode();
    started(text);
    return text;
  }
  let text = '';
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (!text && startsAsUtf16(chunk.value)) throw refuse(true);
    // A network gives pieces of some kilobytes; a blob: URL or a cache may give the whole body at once.
    for (let at = 0; at < chunk.value.length; at += DECODE_PIECE_BYTES) {
      if (at) await yieldToMain();
      const first = !text;
      text += decode(chunk.value.subarray(at, at + DECODE_PIECE_BYTES));
      if (first) started(text);
    }
  }
  return text + decode();
}

/** The most bytes decoded in one task (about 15 ms on a laptop, 50 on a phone). */
const DECODE_PIECE_BYTES = 1 << 20;

/** The `encoding` load error, with `encoding.ts`'s words of what to do (loaded for this failure only). */
async function encodingFailure({ utf16 }: NotUtf8): Promise<FeedLoadError> {
  const words = await import('./encoding.js').then(({ UTF16, NOT_UTF8 }) => (utf16 ? UTF16 : NOT_UTF8)).catch(() => (utf16 ? 'the file is UTF-16 text, not UTF-8' : 'the file is not UTF-8 text'));
  return new FeedLoadError('encoding', words);
}


/**
 * `parseFeedText` (index.ts) that lets the page respond between slices of work (big feeds: 50,000
 * events, 20 MB), and takes a feed its stamp vouches for without the check (`vouched`; not a big
 * one: its hash would hold the page).
 */
async function parseFeedTextInSlices(text: string): Promise<{ document: unknown; feed: Feed; problems: FeedProblem[]; vouched?: boolean }> {
  let document: unknown;
  if (text.length > BIG_FEED_CHARS) {
    await yieldToMain();
    // The slicing parser loads for big feeds only; should it fail to load, one JSON.parse does the same.
    const slices = await import('./json-slices.js').catch(() => undefined);
    document = slices
      ? await slices.parseJsonInSlices(text, VALIDATION_SLICE_MS, yieldToMain).catch((error: unknown) => {
          throw new FeedLoadError('not-json', `not JSON: ${(error as Error).message}`);
        })
      : parseJson(text);
  } else {
    document = parseJson(text);
  }
  const vouched = text.length > BIG_FEED_CHARS ? undefined : await vouchedFeed(document, text);
  if (vouched) return { document, feed: vouched, problems: [], vouched: true };
  await yieldToMain();
  // The check's chunk, and the lenient validation's for a feed with problems; should one fail to load, the widget says so (with Retry).
  const validation = await check()
    .then(({ validateFeedInSlices }) => validateFeedInSlices(document))
    .catch((error: unknown) => {
      throw validationChunkFailure(error);
    });
  // The widgets render in the task that receives the feed: let the page respond before.
  if (text.length > BIG_FEED_CHARS) await yieldToMain();
  return { document, ...validated(validation) };
}

/** One feed URL, shared by every widget that names it. */
export class FeedSource {
  #current: FeedSnapshot = { status: 'idle', problems: [], stale: false };
  readonly #listeners = new Set<Listener>();
  #request?: Promise<void>;
  #timeout = DEFAULT_TIMEOUT_MS;
  /** The text of the feed shown, as loaded (from the network or the browser's storage). */
  #savedText?: string;
  /** Whether that feed's stamp vouched for it (feed-stamp.ts): the saved copy says so, and is then shown without the check. */
  #vouched = false;
  /** A saved copy being checked (one without a stamp that vouched for it): a failed request waits for it, so that the copy shows with the failure. */
  #restoring?: Promise<void>;
  /** Automatic retries since the last success (or since the network came back). */
  #retries = 0;
  #retryTimer?: ReturnType<typeof setTimeout>;
  #waitingForNetwork = false;
  readonly #retryWhenOnline = () => {
    this.#retries = 0;
    void this.#fetchInBackground();
  };

  readonly #fetchImpl: typeof fetch;

  constructor(
    readonly url: string,
    fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
  ) {
    this.#fetchImpl = fetchImpl;
    this.#restoreFromStorage();
  }

  get snapshot(): FeedSnapshot {
    return this.#current;
  }

  /** Calls `listener` on every change from now on; returns the unsubscribe function. Retries stop when nobody listens. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
      if (!this.#listeners.size) this.#stopRetrying();
    };
  }

  /** Loads the feed unless it is loaded or loading; `force` starts a new request unless one runs. */
  load({ force = false, timeout = DEFAULT_TIMEOUT_MS }: { force?: boolean; timeout?: number } = {}): Promise<void> {
    if (this.#request) {
      // The visitor presses Retry while an automatic retry runs: show that it is loading.
      if (force && this.#current.status === 'error') this.#set({ status: 'loading', retryAt: undefined });
      return this.#request;
    }
    if (!force && this.#current.status === 'ready' && !this.#current.stale) return Promise.resolve();
    this.#timeout = timeout;
    this.#set({ status: 'loading', retryAt: undefined });
    return this.#fetchInBackground();
  }

  /** Fetches again without showing a loading state (an automatic retry: the error stays shown until it works). */
  #fetchInBackground(): Promise<void> {
    clearTimeout(this.#retryTimer);
    if (this.#request) return this.#request;
    const fetched = this.#fetchFeed(this.#timeout).finally(() => {
      this.#request = undefined;
    });
    this.#request = fetched.then(() => undefined);
    // The copy for the next visit is written once the request has ended: a Retry meanwhile asks the server again.
    return fetched.then((arrived) => arrived && this.#saveToStorage(arrived.text, arrived.updatedAt));
  }

  /** Fetches and shows the feed; returns its text and time when it arrived (to be saved), nothing when it failed. */
  async #fetchFeed(timeout: number): Promise<{ text: string; updatedAt: number } | undefined> {
    const request = takeFeedRequest(this.url) ?? this.#startRequest();
    const { controller } = request;
    const timer = setTimeout(() => controller.abort(), Math.max(0, request.startedAt + timeout - Date.now()));
    const failure = (error: unknown, fallback: string) =>
      controller.signal.aborted
        ? new FeedLoadError('timeout', `no complete answer within ${timeout / 1000} s`)
        : new FeedLoadError('network', (error as Error)?.message || fallback);
    try {
      const response = await request.response.catch((error: unknown) => {
        throw failure(error, 'network error');
      });
      if (!response.ok) {
        throw new FeedLoadError('http', `HTTP ${response.status} ${response.statusText}`.trim(), response.status, retryAfterMs(response));
      }
      // A feed without a stamp at its start, or a big one (not taken by its stamp), needs the check: its chunk loads while the rest of the body arrives.
      const big = Number(response.headers.get('Content-Length')) > BIG_FEED_CHARS;
      const text = await readText(response, (start) => void ((!big && mayBeStamped(start)) || check().catch(() => {}))).catch(async (error: unknown) => {
        throw error instanceof NotUtf8 ? await encodingFailure(error) : failure(error, 'connection lost');
      });
      // Unchanged since it was saved (a repeat visit, usually): the feed shown is the one, no second validation.
      // But a stamped one its stamp did not vouch for yet (a copy saved by an earlier release) is taken by it now.
      const shown = this.#current;
      const { feed, problems, allProblems } =
        text === this.#savedText && shown.feed && (this.#vouched || !mayBeStamped(text.slice(0, 1000)))
          ? { feed: shown.feed, problems: await problemsWithLoadedWords(shown.problems), allProblems: shown.allProblems }
          : this.#withAllProblems(await parseFeedTextInSlices(text));
      warnProblems(this.url, problems);
      const updatedAt = Date.now();
      this.#stopRetrying();
      this.#set({ status: 'ready', feed, problems, allProblems, error: undefined, updatedAt, stale: false });
      return { text, updatedAt };
    } catch (error) {
      // The saved copy, still being checked, shows with the failure (the older data and Retry), not after it.
      await this.#restoring;
      const failure = error instanceof FeedLoadError ? error : new FeedLoadError('network', String(error));
      // An automatic retry that failed the same way is the same failure: the widgets (and the page) know of it already.
      const shown = this.#current.status === 'error' ? this.#current.error : undefined;
      const sameFailure = shown?.kind === failure.kind && shown.status === failure.status;
      this.#set({ status: 'error', error: sameFailure ? shown : failure, stale: this.#current.feed !== undefined, retryAt: this.#scheduleRetry(failure) });
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Plans the next automatic retry after `error`; returns when it runs, if it does. */
  #scheduleRetry(error: FeedLoadError): number | undefined {
    if (!this.#listeners.size || !isTransient(error)) return undefined;
    if (!this.#waitingForNetwork) globalThis.addEventListener?.('online', this.#retryWhenOnline);
    this.#waitingForNetwork = true;
    // Offline, or out of retries: only the network coming back (or the Retry button) tries again.
    if (globalThis.navigator?.onLine === false || this.#retries >= MAX_AUTOMATIC_RETRIES) return undefined;
    const backoff = RETRY_BASE_MS * 2 ** this.#retries++ * (0.8 + Math.random() * 0.4);
    const delay = Math.max(backoff, error.retryAfterMs ?? 0);
    this.#retryTimer = setTimeout(() => void this.#fetchInBackground(), delay);
    return Date.now() + delay;
  }

  #stopRetrying(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#retries = 0;
    if (this.#waitingForNetwork) globalThis.removeEventListener?.('online', this.#retryWhenOnline);
    this.#waitingForNetwork = false;
  }

  #startRequest() {
    const controller = new AbortController();
    const response = this.#fetchImpl(this.url, feedFetchOptions(controller.signal));
    return { response, controller, startedAt: Date.now() };
  }

  #set(change: Partial<FeedSnapshot>): void {
    this.#current = { ...this.#current, ...change };
    if (change.status === 'loading' && this.#current.feed) this.#current.stale = true;
    for (const listener of [...this.#listeners]) listener(this.#current);
  }

  /**
   * Shows the feed saved by an earlier visit while the first request runs: at once when its
   * stamp vouched for it when it arrived (feed-stamp.ts); else once the check's chunk is there
   * (and for one with problems, a skipped item say, the lenient validation's), unless a feed is
   * shown by then.
   */
  #restoreFromStorage(): void {
    try {
      const saved = readSavedCopy(this.url);
      if (!saved) return;
      const document = parseJson(saved.text);
      const restored = (taken: { feed: Feed; problems: FeedProblem[]; vouched?: boolean }): Partial<FeedSnapshot> => {
        const { feed, problems, allProblems } = this.#withAllProblems({ document, ...taken });
        this.#savedText = saved.text;
        return { feed, problems, allProblems, updatedAt: saved.savedAt, stale: true };
      };
      const feed = saved.vouched ? stampedFeed(document) : undefined;
      if (feed) {
        this.#current = { ...this.#current, ...restored({ feed, problems: [], vouched: true }) };
        return;
      }
      this.#restoring = check()
        .then(async ({ quickValidationNow }) => quickValidationNow(document) ?? (await import('./lenient-validation.js')).checkFeed(document))
        .then((validation) => {
          if (!this.#current.feed) this.#set(restored(validated(validation)));
        })
        .catch(() => {});
    } catch {
      // Unreadable or outdated cache entry: ignore it.
    }
  }

  /**
   * A feed taken with the promise of all its problems (`FeedSnapshot.allProblems`): the
   * warnings about local times the clocks skip are checked once the page is idle
   * (`withSkippedTimeWarnings`), logged, and then part of the snapshot. Not for a feed the
   * source no longer shows (a saved copy the fresh feed replaced meanwhile): neither checked
   * further nor logged. None for a feed its stamp vouched for: the check found it had none.
   */
  #withAllProblems({ document, feed, problems, vouched = false }: { document: unknown; feed: Feed; problems: FeedProblem[]; vouched?: boolean }): Pick<FeedSnapshot, 'problems' | 'allProblems'> & { feed: Feed } {
    this.#vouched = vouched;
    if (vouched) return { feed, problems, allProblems: undefined };
    const stillShown = () => this.#current.feed === feed;
    const allProblems: Promise<FeedProblem[]> = allProblemsOf(this.url, document, problems, stillShown).then((all) => {
      if (this.#current.allProblems === allProblems) this.#current = { ...this.#current, problems: all, allProblems: undefined };
      return all;
    });
    return { feed, problems, allProblems };
  }

  /**
   * Keeps the feed for the next visit, noting whether its stamp vouched for it. Nothing on the
   * page waits for it: the code that writes it loads once the browser is idle, after the widgets
   * have shown the feed.
   */
  async #saveToStorage(text: string, savedAt: number): Promise<void> {
    this.#savedText = text;
    const vouched = this.#vouched;
    await whenIdle();
    // Should the writer fail to load, the copy is not kept: the feed is shown all the same.
    await import('./save-copy.js').then(({ keepCopy }) => keepCopy(this.url, text, savedAt, new Set(sources.keys()), vouched), () => {});
  }
}

const sources = pageWide('feed sources', () => new Map<string, FeedSource>());

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

const validatedObjects = new WeakMap<object, Promise<FeedSnapshot>>();
/**
 * The snapshot of a feed given as an object (the `feed` property), taken once per object (widgets
 * given the same object share it): as its stamp vouches for it, else validated.
 */
export function snapshotOfObject(document: object): Promise<FeedSnapshot> {
  let snapshot = validatedObjects.get(document);
  if (!snapshot) {
    snapshot = vouchedFeed(document).then(async (feed): Promise<FeedSnapshot> => {
      if (feed) return { status: 'ready', feed, problems: [], stale: false };
      const result = await (await check()).validateFeedObject(document);
      warnProblems('feed property', result.problems);
      return result.ok
        ? { status: 'ready', feed: result.feed, problems: result.problems, allProblems: allProblemsOf('feed property', document, result.problems), stale: false }
        : {
            status: 'error',
            problems: result.problems,
            stale: false,
            error: new FeedLoadError('invalid', result.problems.map(formatProblem).join('; ')),
          };
    }).catch((error: unknown): FeedSnapshot => {
      // The check's or the lenient validation's chunk did not load (a feed with problems): said so; the object given again tries again.
      validatedObjects.delete(document);
      return { status: 'error', problems: [], stale: false, error: validationChunkFailure(error) };
    });
    validatedObjects.set(document, snapshot);
  }
  return snapshot;
}

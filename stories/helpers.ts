/**
 * Shared story helpers: the toolbar's language and theme for the widgets, the demo feed,
 * and the feed states no static file can produce (a request that never answers, a network
 * failure, an HTTP error, HTML instead of JSON, data saved by an earlier visit). Those work
 * in a static Storybook build too: a story names a URL of its own and installs, in a
 * decorator, the answer `fetch` gives for exactly that URL.
 */
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { matchLocale, SOURCE_LOCALE, type Locale } from '../src/i18n/locales.js';
import type { Theme } from '../src/internal/baltic-element.js';

/**
 * The demo feed (`demo/feed.json`, served by `staticDirs`). Relative, so that a Storybook
 * published under a sub-path finds it too; it resolves to `/demo/feed.json` here.
 */
export const DEMO_FEED_URL = 'demo/feed.json';

/** A test fixture (`test/fixtures/<name>`, served at `/fixtures/<name>`). */
export const fixtureUrl = (name: string) => `fixtures/${name}`;

const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/** The toolbar's language and theme, for the frame and for the widgets' `theme`. */
export function widgetGlobals(context: { globals: Record<string, unknown> }): { lang: Locale; theme: Theme } {
  const { locale, theme } = context.globals as { locale?: string; theme?: string };
  return {
    lang: matchLocale(locale) ?? SOURCE_LOCALE,
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : 'auto',
  };
}

// ————— The demo feed as an object —————

/** A feed as written: a JSON object. */
export type FeedDocument = Record<string, unknown> & { organization?: Record<string, unknown> };

let demoFeed: Promise<FeedDocument> | undefined;

/** The demo feed, fetched once per page. */
export function loadDemoFeed(): Promise<FeedDocument> {
  demoFeed ??= fetch(DEMO_FEED_URL, { headers: { Accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`${DEMO_FEED_URL}: HTTP ${response.status}`);
      return (await response.json()) as FeedDocument;
    })
    .catch((error: unknown) => {
      demoFeed = undefined; // Let the next story try again.
      throw error;
    });
  return demoFeed;
}

/** Loader: `context.loaded.demoFeed` is the demo feed (a fresh copy per story, free to change). */
export const demoFeedLoader = async () => ({ demoFeed: structuredClone(await loadDemoFeed()) });

/** The demo feed from a story's context (the story must have `demoFeedLoader`). */
export function loadedDemoFeed(context: { loaded: Record<string, unknown> }): FeedDocument {
  const feed = (context.loaded as { demoFeed?: FeedDocument }).demoFeed;
  if (!feed) throw new Error('This story needs `loaders: [demoFeedLoader]`.');
  return feed;
}

/**
 * The feed with mistakes of the kinds feed authors make: the bad items are skipped, a bad
 * optional field is ignored, the rest is shown, and each problem is reported on the console.
 */
export function feedWithMistakes(feed: FeedDocument): FeedDocument {
  const copy = structuredClone(feed);
  const organization = (copy.organization ??= { name: 'Example association' });
  organization.email = 'info(at)example.org'; // Not an email address: ignored.
  organization.members = -12; // Negative: ignored.
  organization.aims = [...asArray(organization.aims), 42]; // Not a text: skipped.
  organization.social = [
    ...asArray(organization.social),
    { network: 'myspace', url: 'https://myspace.com/example' }, // Unknown network: skipped.
    { network: 'website', url: 'javascript:alert(1)' }, // Scheme not allowed: skipped.
  ];
  copy.events = [...asArray(copy.events), { id: 'broken event', title: 'No start date' }]; // Skipped.
  return copy;
}

/** The feed without its `organization` section. */
export function feedWithoutOrganization(feed: FeedDocument): FeedDocument {
  const { organization: _organization, ...rest } = structuredClone(feed);
  return rest;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

// ————— Answers for fetch —————

/** What `fetch` answers for one URL. */
export type FetchAnswer = (request: Request) => Promise<Response>;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const answers = {
  /** No answer, ever (until the request is aborted, as a real one would be on timeout). */
  never: (): FetchAnswer => (request) =>
    new Promise((_resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    }),
  /** The server cannot be reached (what `fetch` does offline, or on a DNS or CORS failure). */
  networkError:
    (afterMs = 0): FetchAnswer =>
    async () => {
      await delay(afterMs);
      throw new TypeError('Failed to fetch');
    },
  /** An HTTP error status. */
  httpError:
    (status = 500, statusText = 'Internal Server Error'): FetchAnswer =>
    async () =>
      new Response(`<!doctype html><title>${status} ${statusText}</title><h1>${statusText}</h1>`, {
        status,
        statusText,
        headers: { 'Content-Type': 'text/html' },
      }),
  /** A 200 answer with this body (e.g. an HTML page where the feed should be). */
  text:
    (body: string, contentType = 'text/html'): FetchAnswer =>
    async () =>
      new Response(body, { status: 200, headers: { 'Content-Type': contentType } }),
  /** A 200 answer with this JSON document, or with the one `make()` gives (e.g. built from the demo feed). */
  json:
    (document: unknown): FetchAnswer =>
    async () => {
      const body = typeof document === 'function' ? await (document as () => unknown)() : document;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
};

const stubs = new Map<string, FetchAnswer>();
let originalFetch: typeof fetch | undefined;

const absoluteUrl = (url: string) => new URL(url, document.baseURI).href;

/** From now on, `fetch(url)` gets `answer` (other URLs are fetched as usual). */
export function stubFetch(url: string, answer: FetchAnswer): void {
  stubs.set(absoluteUrl(url), answer);
  if (originalFetch) return;
  const original = (originalFetch = globalThis.fetch.bind(globalThis));
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const stub = stubs.get(request.url);
    return stub ? stub(request) : original(input, init);
  };
}

/** A URL of the story's own for the demo feed: relative URLs in the feed still resolve to `demo/`. */
export const mockFeedUrl = (story: string) => `${DEMO_FEED_URL}?story=${encodeURIComponent(story)}`;

/** Decorator: the story in a column `px` wide at most (360 for a phone), narrower when the preview is. */
export const width =
  (px: number): Decorator =>
  (story) =>
    html`<div style=${`inline-size: ${px}px; max-inline-size: 100%`}>${story()}</div>`;

/**
 * Clicks `selector` in the first `tag` widget of `canvas` once it is rendered: a story's `play`
 * that leaves an open state (filters, details, a popup) for the story tests and axe to see.
 */
export async function clickInWidget(canvas: HTMLElement, tag: string, selector: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const target = canvas.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (target) return target.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A story's description on the docs page. */
export const description = (text: string) => ({ docs: { description: { story: text } } });

/** The feed states every widget has, and what `fetch` answers for each. */
const FEED_STATES = {
  loading: { answer: answers.never, name: undefined, args: { timeout: 24 * 3600_000 } },
  'network-error': { answer: answers.networkError, name: 'Error: network', args: {} },
  'http-error': { answer: () => answers.httpError(500), name: 'Error: HTTP 500', args: {} },
} as const;

/**
 * A story of one of the feed states every widget has, on a mock URL of its own:
 * `export const Loading: Story = feedStateStory('schedule-loading', 'loading', 'The feed never answers: …');`
 */
export function feedStateStory(id: string, state: keyof typeof FEED_STATES, text: string) {
  const url = mockFeedUrl(id);
  const { answer, name, args } = FEED_STATES[state];
  return {
    ...(name ? { name } : {}),
    args: { src: url, ...args },
    decorators: [withFetchAnswer(url, answer())],
    parameters: description(text),
  };
}

/** Decorator: `fetch(url)` gets `answer`, installed before the story renders. */
export const withFetchAnswer =
  (url: string, answer: FetchAnswer): Decorator =>
  (story) => {
    stubFetch(url, answer);
    return story();
  };

// ————— Data saved by an earlier visit —————

/** Where the widgets keep the last good feed of a URL (see `src/feed/loader.ts`). */
export const savedFeedKey = (url: string) => `baltic-widgets:feed:v1:${absoluteUrl(url)}`;

/** Stores `feed` as if a visit `ageMs` ago had loaded it from `url`. */
export function saveFeedAsOf(url: string, feed: unknown, ageMs: number): void {
  try {
    localStorage.setItem(savedFeedKey(url), JSON.stringify({ savedAt: Date.now() - ageMs, text: JSON.stringify(feed) }));
  } catch (error) {
    console.warn('[storybook] localStorage unavailable: the saved feed is not shown', error);
  }
}

/** Decorator: the demo feed saved for `url` `ageMs` ago (the story needs `demoFeedLoader`). */
export const withSavedDemoFeed =
  (url: string, ageMs: number): Decorator =>
  (story, context) => {
    saveFeedAsOf(url, loadedDemoFeed(context), ageMs);
    return story();
  };

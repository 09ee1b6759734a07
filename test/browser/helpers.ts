/** Helpers shared by the browser tests. */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';
import type { BalticElement } from '../../src/internal/baltic-element.js';
import { FEED_CHECK_ID } from '../../src/generated/feed-defaults.js';

let counter = 0;
/** A feed URL of the mock server with an id no other test uses (so requests can be counted). */
export function mockUrl(path: 'feed' | 'status' | 'html' | 'json' | 'hang' | 'flaky' | 'stored' | 'sequence', params: Record<string, string> = {}): string {
  const id = `t${Date.now().toString(36)}${(counter++).toString(36)}`;
  return `/__mock/${path}?${new URLSearchParams({ id, ...params })}`;
}

/** A URL that serves `document` as JSON (any size), through the mock server. */
export async function servedFeed(document: unknown): Promise<string> {
  const url = mockUrl('stored');
  await fetch(url.replace('/__mock/stored', '/__mock/store'), { method: 'POST', body: JSON.stringify(document) });
  return url;
}

export async function requestCount(url: string): Promise<number> {
  const id = new URL(url, location.href).searchParams.get('id')!;
  const response = await fetch(`/__mock/count?id=${id}`);
  return ((await response.json()) as { count: number }).count;
}

/**
 * The file of `document` with a stamp of this check, as the studio and `validate --stamp` write
 * it (two-space JSON, a final newline, the stamp first), the stamp computed here with Web Crypto
 * as the feed format describes it: the check's name, then the SHA-256 (base64) of the file
 * without the stamp, then that of the feed's JSON without it.
 */
export async function stampedText(document: Record<string, unknown>): Promise<string> {
  const { checked: _earlier, ...content } = document;
  const sha256 = async (text: string) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))));
  const checked = `${FEED_CHECK_ID}:${await sha256(`${JSON.stringify(content, null, 2)}\n`)}:${await sha256(JSON.stringify(content))}`;
  return `${JSON.stringify({ checked, ...content }, null, 2)}\n`;
}

let fixtureFeed: Promise<Record<string, unknown>> | undefined;
/** The fixture feed as a fresh object (test/fixtures/feed.json). */
export async function loadFixtureFeed(): Promise<Record<string, any>> {
  fixtureFeed ??= fetch('/test/fixtures/feed.json').then((response) => response.json());
  return structuredClone(await fixtureFeed);
}

/**
 * @open-wc's `waitUntil`, looking every 10 ms instead of every 50: a test goes on as soon as
 * what it waits for is there (hundreds of waits made the browser tests a minute longer).
 */
export const waitUntil: typeof openWcWaitUntil = (predicate, message, options = {}) => openWcWaitUntil(predicate, message, { interval: 10, ...options });

/** Waits until the widget shows its feed (or its error), and has rendered that. */
export async function settled(element: BalticElement, state: 'ready' | 'error' = 'ready'): Promise<void> {
  await waitUntil(
    () => element.feedSnapshot.status === state && !element.shadowRoot?.querySelector('[aria-busy="true"]'),
    `widget did not reach "${state}" (now "${element.feedSnapshot.status}")`,
    { timeout: 5000 },
  );
  await element.updateComplete;
}

/** The visible text of a shadow root, white space folded. */
export const textOf = (element: Element): string => (element.shadowRoot ?? element).textContent!.replace(/\s+/g, ' ').trim();

export const shadow = (element: Element) => element.shadowRoot!;

/** `root` and every shadow root inside it, however deep. */
export function shadowRootsIn(root: Document | ShadowRoot): (Document | ShadowRoot)[] {
  return [root, ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? shadowRootsIn(element.shadowRoot) : []))];
}

/**
 * Ends at once the finite animations (the widgets' entrance fades) in the element's shadow
 * root and every shadow root inside it, or in the whole document: what a visitor sees once
 * they have played, without waiting for them. Endless ones (a skeleton's shimmer) keep running.
 */
export function finishAnimations(within: Element | Document): void {
  const root = within instanceof Document ? within : within.shadowRoot;
  if (!root) return;
  for (const animation of shadowRootsIn(root).flatMap((each) => each.getAnimations())) {
    if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
  }
}

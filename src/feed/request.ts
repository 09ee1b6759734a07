/**
 * The part of loading that is in every widget's entry: it starts the feed request at once,
 * while the feed spine (loader, validator, schema; a lazily loaded chunk) is still on its
 * way, and the spine takes the running request over. So the entries stay small and the
 * feed request does not wait for the spine.
 *
 * One request per URL and page: once the spine has taken a URL's request over, its feed
 * source owns that URL (it shares the answer with every widget and decides when to ask
 * again), so a widget that attaches later (a nested add-to-calendar button, a dialog) starts
 * nothing, and no unclaimed answer is left waiting for a later Retry to pick up.
 */
import { feedFetchOptions } from './fetch-options.js';
import { pageWide } from './page-wide.js';

export interface StartedRequest {
  response: Promise<Response>;
  controller: AbortController;
  startedAt: number;
}

const started = pageWide('started feed requests', () => new Map<string, StartedRequest>());
/** URLs whose request the spine took over: their feed source fetches them from now on. */
const handedOver = pageWide('feed requests handed over', () => new Set<string>());

/** Starts fetching a feed URL (absolute) unless a request for it runs or the spine owns it. */
export function startFeedRequest(url: string): void {
  if (started.has(url) || handedOver.has(url)) return;
  const controller = new AbortController();
  const response = globalThis.fetch(url, feedFetchOptions(controller.signal));
  response.catch(() => {}); // Reported by the spine when it takes the request over.
  started.set(url, { response, controller, startedAt: Date.now() });
}

/**
 * Hands a started request over to the spine's feed source; from then on the source owns the
 * URL. Undefined when none was started: the source asks the server itself (every Retry does).
 */
export function takeFeedRequest(url: string): StartedRequest | undefined {
  const request = started.get(url);
  started.delete(url);
  handedOver.add(url);
  return request;
}

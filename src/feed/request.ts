/**
 * The part of loading that is in every widget's entry: it starts the feed request at once,
 * while the feed spine (loader, validator, schema; a lazily loaded chunk) is still on its
 * way, and the spine takes the running request over. So the entries stay small and the
 * feed request does not wait for the spine.
 */
import { feedFetchOptions } from './fetch-options.js';

export interface StartedRequest {
  response: Promise<Response>;
  controller: AbortController;
  startedAt: number;
}

const started = new Map<string, StartedRequest>();

/** Starts fetching a feed URL (absolute) unless a request for it runs. */
export function startFeedRequest(url: string): void {
  if (started.has(url)) return;
  const controller = new AbortController();
  const response = globalThis.fetch(url, feedFetchOptions(controller.signal));
  response.catch(() => {}); // Reported by the spine when it takes the request over.
  started.set(url, { response, controller, startedAt: Date.now() });
}

/** Hands a started request over to the spine (once). */
export function takeFeedRequest(url: string): StartedRequest | undefined {
  const request = started.get(url);
  started.delete(url);
  return request;
}


/**
 * Helpers of the hardening tests that run the BUILT bundle (/dist/cdn/baltic-widgets.js) in a
 * page of test/pages/ inside an iframe of its own: opening the page, waiting for its widgets,
 * reaching into shadow roots. The pages load test/pages/csp.js, which records the page's
 * CSP violations and uncaught errors.
 */
import { waitUntil } from './helpers.js';

export interface BundlePage extends Window {
  cspViolations: string[];
  pageErrors: string[];
}

export type Widget = HTMLElement & { feedSnapshot?: { status: string; feed?: object; error?: { kind: string }; problems?: Array<{ path: string }> }; updateComplete?: Promise<unknown> };

/** Every widget the bundle defines that a page shows on its own. */
export const WIDGET_TAGS = [
  'baltic-org-card',
  'baltic-event-calendar',
  'baltic-schedule',
  'baltic-gallery',
  'baltic-location-map',
  'baltic-dialogue-banner',
  'baltic-add-to-calendar',
] as const;

/** Opens a page in an iframe of the given size; resolves once it has loaded. */
export async function openBundlePage(url: string, width = 1000, height = 900): Promise<{ frame: HTMLIFrameElement; page: BundlePage; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as unknown as BundlePage;
  return { frame, page, doc: page.document };
}

/** The page's top-level widgets (not the ones inside other widgets), once all rendered their feed. */
export async function readyWidgets(page: BundlePage, count: number): Promise<Widget[]> {
  // The loader defines only the widgets a page has.
  const present = WIDGET_TAGS.filter((tag) => page.document.querySelector(tag));
  await waitUntil(() => present.every((tag) => page.customElements.get(tag)), 'the bundle did not define every widget on the page', { timeout: 10_000 });
  const widgets = [...page.document.querySelectorAll<Widget>(WIDGET_TAGS.join(','))];
  if (widgets.length !== count) throw new Error(`expected ${count} widgets on ${page.location.pathname}, found ${widgets.length}`);
  await waitUntil(
    () => widgets.every((widget) => widget.feedSnapshot?.status === 'ready' && !widget.shadowRoot?.querySelector('[aria-busy="true"], .sk-view')),
    `not every widget rendered its feed: ${widgets.map((widget) => `${widget.localName}=${widget.feedSnapshot?.status}`).join(', ')}`,
    { timeout: 10_000 },
  );
  return widgets;
}

/** The first element matching `selector` in the widget's shadow root. */
export const inShadow = <T extends HTMLElement = HTMLElement>(element: Element, selector: string): T | null =>
  element.shadowRoot?.querySelector<T>(selector) ?? null;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

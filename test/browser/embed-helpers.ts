/**
 * Opening the one-script embed as a webmaster's page gets it (the BUILT dist/cdn on the plain
 * partner page of test/middleware/embed-page.mjs, in an iframe of its own) and reading what it
 * fetched, for the embed tests.
 */
import { waitUntil } from './helpers.js';
import { openBundlePage, type BundlePage, type Widget } from './bundle-page-helpers.js';

export interface EmbedPage extends BundlePage {
  feedLoads: string[];
  consoleWarnings: string[];
  balticWidgets?: { discover(root: ParentNode): void };
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** The README's snippet on a plain partner page with `widgets`, in an iframe `width` px wide (1000 by default), removed after the test. */
export async function openEmbedPage(widgets: readonly string[], options: { feed?: string; twice?: boolean; lang?: string; width?: number } = {}) {
  const params = new URLSearchParams({ widgets: widgets.join(','), ...(options.feed ? { feed: options.feed } : {}), ...(options.twice ? { twice: '' } : {}), ...(options.lang ? { lang: options.lang } : {}) });
  const opened = await openBundlePage(`/__embed/page?${params}`, options.width ?? 1000, 900);
  frames.push(opened.frame);
  return { ...opened, page: opened.page as EmbedPage };
}

/** The page's widgets (not those inside other widgets), once each rendered its content. */
export async function rendered(page: EmbedPage): Promise<Widget[]> {
  const widgets = [...page.document.body.querySelectorAll<Widget>('*')].filter((element) => element.localName.startsWith('baltic-'));
  await waitUntil(
    () => widgets.every((widget) => widget.feedSnapshot?.status === 'ready' && !widget.shadowRoot?.querySelector('[aria-busy="true"], .sk-view, .skeleton')),
    `not every widget rendered: ${widgets.map((widget) => `${widget.localName}=${widget.feedSnapshot?.status}`).join(', ')}`,
    { timeout: 10_000 },
  );
  return widgets;
}

/** A file of the embed by its path in dist/cdn, those of the version folder (`v-1a2b3c4d/`) without it: `widgets/org-card.js`, `baltic-widgets.js`. */
export const embedFile = (pathname: string) => pathname.slice('/dist/cdn/'.length).replace(/^v-[0-9a-f]{8}\//, '');

/** The embed's files the page fetched (`embedFile`). */
export const fetchedFiles = (page: EmbedPage) =>
  page.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/'))
    .map(embedFile);

/** The widgets' define modules and bundles among `files` (not the bundles' chunks, in `bundles/<name>/`). */
export const entryFiles = (files: string[]) => files.filter((file) => /^(widgets|bundles)\/[^/]+\.js$/.test(file));


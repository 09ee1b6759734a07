/**
 * What a webmaster's page gets through the one-script embed, measured in a real browser:
 * dist/cdn is built (as `npm run build` builds it) into a folder of its own and served with the
 * demo feed (stamped as checked, as the studio saves it; `UNSTAMPED_CASES` without the stamp); headless Chromium opens a plain partner page with the README's snippet
 * (test/middleware/embed-page.mjs) for each case, waits until every widget rendered its
 * content, and reads from the page's Resource Timing entries which of the embed's files it
 * had started to fetch by then, except the writer of the saved copy (loaded once the page is idle after
 * the feed arrived, for the next visit). Each file counts with its gzip -9 size. Also counted: requests (the feed's
 * apart) and the layout shift of the page until then (Chromium's layout-shift entries).
 * Used by scripts/size.mjs (budgets) and scripts/bench.mjs (figures).
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { embedPage } from '../test/middleware/embed-page.mjs';
import { chromeArgs, chromePath } from './browsers.mjs';
import { IDLE_CHUNKS } from './idle-chunks.mjs';

const ROOT = resolve('.');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };

/** The pages measured: a name and the widgets on it. */
export const EMBED_CASES = [
  { name: 'loader', widgets: [] },
  { name: 'org-card', widgets: ['org-card'] },
  { name: 'dialogue-banner', widgets: ['dialogue-banner'] },
  { name: 'add-to-calendar', widgets: ['add-to-calendar'] },
  { name: 'gallery', widgets: ['gallery'] },
  { name: 'location-map', widgets: ['location-map'] },
  { name: 'schedule', widgets: ['schedule'] },
  { name: 'event-calendar', widgets: ['event-calendar'] },
  { name: 'all six', widgets: ['org-card', 'event-calendar', 'schedule', 'gallery', 'location-map', 'dialogue-banner'] },
];

/** The demo feed without its stamp (as after an edit by hand): the page also loads the check (src/feed/feed-stamp.ts). */
export const UNSTAMPED_FEED = '/__embed/unstamped-feed.json';
/** Pages measured with `UNSTAMPED_FEED` too, for what a feed without a stamp costs. */
export const UNSTAMPED_CASES = EMBED_CASES.filter((page) => ['org-card', 'dialogue-banner', 'event-calendar'].includes(page.name)).map((page) => ({ ...page, feed: UNSTAMPED_FEED }));

/** Builds dist/cdn into a temporary folder, exactly as `npm run build` does (the files as they ship); returns the folder. */
export async function buildEmbed() {
  const outDir = mkdtempSync(join(tmpdir(), 'baltic-size-embed-'));
  await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Serves the built embed under /dist/cdn/, the embed pages, and the repository's files (the fixture feed and its images). */
export function serve(cdnDir) {
  let feedRequests = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/__embed/page') {
      const widgets = (url.searchParams.get('widgets') ?? '').split(',').filter(Boolean);
      response.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' });
      response.end(embedPage({ widgets, root: url.searchParams.get('root') ?? '62.5', feed: url.searchParams.get('feed') ?? undefined }));
      return;
    }
    if (url.pathname === '/demo/feed.json' || url.pathname === UNSTAMPED_FEED) feedRequests++;
    if (url.pathname === UNSTAMPED_FEED) {
      const { checked: _stamp, ...unstamped } = JSON.parse(readFileSync(join(ROOT, 'demo/feed.json'), 'utf8'));
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(unstamped, null, 2));
      return;
    }
    const file = url.pathname.startsWith('/dist/cdn/') ? join(cdnDir, url.pathname.slice('/dist/cdn/'.length)) : join(ROOT, decodeURIComponent(url.pathname));
    if (!(file.startsWith(cdnDir) || file.startsWith(ROOT + '/')) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) =>
    server.listen(0, '127.0.0.1', () =>
      resolvePromise({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close(), feedRequests: () => feedRequests, resetFeedRequests: () => (feedRequests = 0) }),
    ),
  );
}

/**
 * Whether every widget on the page, and every widget inside one (the calendar dialog's button),
 * is defined and shows its content (no skeleton, no busy state). The banner's button shows its
 * stand-in until a visitor reaches for it: that is content too.
 */
const everyWidgetRendered = () => {
  const widgetsIn = (root) =>
    [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('baltic-')).flatMap((element) => [element, ...(element.shadowRoot ? widgetsIn(element.shadowRoot) : [])]);
  const rendered = widgetsIn(document.body).every(
    (widget) =>
      widget.shadowRoot
        ? (!('feedSnapshot' in widget) || widget.feedSnapshot.status === 'ready') && !widget.shadowRoot.querySelector('[aria-busy="true"], .sk-view, .skeleton')
        : widget.querySelector(':scope > [data-stand-in]'),
  );
  // When it was first seen: what the page fetches later (the chunks loaded when idle, say) is not counted.
  if (rendered) window.renderedAt ??= performance.now();
  return rendered;
};

/**
 * Measures each case at each width: { name, width, jsBytes, jsFiles, requests, feedRequests, cls, files },
 * and with `returning` also `returningCls`: the layout shift of a second visit in the same
 * browser, which shows the feed saved at the first at once while the fresh one takes 1.2 s
 * (a phone's network), then replaces it. `widths` defaults to 1280 px only.
 */
export async function measureEmbed({ cases = EMBED_CASES, widths = [1280], returning = false } = {}) {
  const executablePath = chromePath();
  if (!executablePath) throw new Error("no Chromium found (install Debian's chromium or set CHROME_PATH)");
  const cdnDir = await buildEmbed();
  const server = await serve(cdnDir);
  const browser = await chromium.launch({ executablePath, args: chromeArgs });
  const gzipped = new Map();
  const gz = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(cdnDir, file)), { level: 9 }).length);
    return gzipped.get(file);
  };
  const results = [];
  try {
    for (const width of widths) {
      for (const { name, widgets, feed } of cases) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'Europe/Helsinki', locale: 'en-GB' });
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        server.resetFeedRequests();
        await page.goto(`${server.origin}/__embed/page?widgets=${widgets.join(',')}${feed ? `&feed=${encodeURIComponent(feed)}` : ''}`);
        await page.waitForFunction(everyWidgetRendered, null, { timeout: 30_000 });
        // The loader alone: everything it fetches within 300 ms counts.
        if (!widgets.length) await page.waitForTimeout(300).then(() => page.evaluate(() => (window.renderedAt = performance.now())));
        const paths = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime <= window.renderedAt)
            .map((entry) => new URL(entry.name).pathname),
        );
        // Late shifts (images, fonts) count too.
        await page.waitForTimeout(500);
        const cls = await page.evaluate(() => window.layoutShift);
        const feedRequests = server.feedRequests();
        let returningCls;
        if (returning) {
          await page.route('**/demo/feed.json', async (route) => {
            await new Promise((resolveDelay) => setTimeout(resolveDelay, 1200));
            await route.continue();
          });
          await page.goto(`${server.origin}/__embed/page?widgets=${widgets.join(',')}`);
          await page.waitForFunction(() => document.querySelector('baltic-org-card, baltic-event-calendar')?.shadowRoot?.querySelector('[part="stale-notice"]'), null, { timeout: 30_000 });
          await page.waitForFunction(everyWidgetRendered, null, { timeout: 30_000 });
          await page.waitForTimeout(500);
          returningCls = await page.evaluate(() => window.layoutShift);
        }
        await context.close();
        if (errors.length) throw new Error(`${name} at ${width} px: ${errors.join('; ')}`);
        // Two chunks load once the page is idle after the feed has arrived: the writer of the saved
        // copy (for the next visit) and the check of local times the clocks skip (warnings for the
        // console and the load event). On a slow machine that can come before the last of six
        // widgets has rendered. They are no part of showing them, and the figure does not depend on
        // the machine's speed.
        const counted = paths.filter((path) => !IDLE_CHUNKS.test(path));
        const files = counted.filter((path) => path.startsWith('/dist/cdn/') && path.endsWith('.js')).map((path) => path.slice('/dist/cdn/'.length));
        results.push({
          name,
          width,
          feed,
          jsBytes: files.reduce((sum, file) => sum + gz(file), 0),
          jsFiles: files.length,
          requests: counted.length + 1,
          feedRequests,
          cls,
          returningCls,
          files: files.map((file) => ({ file, bytes: gz(file) })),
        });
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(cdnDir, { recursive: true, force: true });
  }
  return results;
}

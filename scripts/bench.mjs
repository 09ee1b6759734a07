#!/usr/bin/env node
/**
 * `npm run bench`: our widgets side by side with the tools people use today (FullCalendar 7,
 * add-to-calendar-button, PhotoSwipe 5, Leaflet 1.9), on the same machine and the same data.
 *
 *   node scripts/bench.mjs [--runs 5] [--markdown] [--out bench-results/latest.json]
 *
 * 0. The one-script embed as a webmaster's page gets it (scripts/size-embed.mjs): per page, gzip -9
 *    of every JS file fetched until the widgets rendered, requests, and layout shift at 1280 and 375 px.
 * 1. Bytes (gzip -9): our entries and lazy chunks as scripts/size.mjs measures them (run and
 *    read), and the anchors bundled the same way (Vite, minified; bench/anchors/*.js). FullCalendar
 *    is measured without temporal-polyfill (browsers with a native Temporal need none; the bench
 *    says whether its Chromium has one), the polyfill apart.
 * 2. Calendar (bench/calendar-figures.mjs, on pages built as users get the code): element created
 *    → month rendered with 100 / 1,000 / 5,000 events, warm, and 1,000 cold (fresh page); the
 *    list's first page of 1,000 events beside FullCalendar's day list with the same rows; the
 *    longest main-thread task with 50,000 events and a 20 MB feed by URL.
 * 3. Gallery, 500 photos: ours to the first thumbnails (PhotoSwipe has no grid), and click → open
 *    lightbox with photo 1 loaded, ours and PhotoSwipe.
 * 4. iCal: the .ics of 10,000 events with src/ics/calendar-file.ts in Node (bench/ics-bench.ts).
 * 5. demo/index.html (all six widgets on demo/feed.json): FCP, LCP, CLS (with the elements that
 *    shifted, if any), total blocking time, at 1280 and 375 px.
 * 6. CLI: `validate` and `ics -o` on 1,000 / 10,000 / 50,000 generated events and on one event
 *    with a 1 / 10 / 50 MB description, per 1,000 events or per MB (bench/cli.mjs; also alone:
 *    `node bench/cli.mjs`).
 *
 * Pages are served by Vite as in development, in production mode (Lit without its dev build), so
 * our code is not minified and comes as many modules: the figures are an upper bound for us. Times
 * are taken after one warm-up run (code loaded), except the demo page's, which is loaded fresh.
 * Figures only; nothing here passes or fails on time. Results go to bench-results/latest.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, createServer } from 'vite';
import { ANCHOR_DEPENDENCIES } from '../bench/anchors/dependencies.mjs';
import { EMBED_CASES, measureEmbed } from './size-embed.mjs';
import { measureCalendar, serveBuiltPages } from '../bench/calendar-figures.mjs';
import { chromeArgs, chromePath } from './browsers.mjs';

// Lit's production build (as shipped) in the pages the dev server serves, and in the anchors' builds.
process.env.NODE_ENV = 'production';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    markdown: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/latest.json' },
  },
});
const runs = Math.max(1, Number(values.runs) || 5);
const benchStarted = performance.now();

// ---------------------------------------------------------------- helpers
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** Median, min and max of several runs. */
const stats = (numbers) => ({ median: median(numbers), min: Math.min(...numbers), max: Math.max(...numbers), runs: numbers });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
const msSpread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const ratio = (ours, theirs) => (ours && theirs ? ours / theirs : undefined);
const ratioText = (value) => (value === undefined ? '—' : `${value.toFixed(2)}×`);
const log = (...args) => console.error(...args); // progress on stderr; the report on stdout

/** Runs a command, resolves with its stdout (whatever its exit code: size.mjs exits 1 when an entry is over budget). */
function run(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (stdout ? resolvePromise(stdout) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

// ---------------------------------------------------------------- 1. bytes
/** Our entries as scripts/size.mjs prints them: { name: { entry, lazy: { chunk: bytes } } } (KB rounded as printed). */
async function ourSizes() {
  const text = await run(process.execPath, ['scripts/size.mjs', '--no-embed']);
  const entries = {};
  for (const line of text.split('\n')) {
    // name, size (widget + spine), budget, "widget + spine", lazy chunks
    const match = /^(\S+)\s+([\d.]+) KB\s+[\d.]+ KB\s+[\d.]+ \+ ([\d.]+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const lazy = { 'feed-spine': Number(match[3]) * 1024 };
    for (const part of match[4].replace(/\s+(OVER BUDGET|over target)$/, '').split(', ')) {
      const chunk = /^(\S+) ([\d.]+)$/.exec(part.trim());
      if (chunk) lazy[chunk[1]] = Number(chunk[2]) * 1024;
    }
    // `entry` is the widget's own part; the pairs below add the spine where it counts.
    // The time-zone data of the demo feed's region (Europe/Helsinki), loaded with the .ics code.
    const europe = /\(Europe ([\d.]+)\)/.exec(match[4]);
    if (europe) lazy.europe = Number(europe[1]) * 1024;
    entries[match[1]] = { entry: Number(match[2]) * 1024 - lazy['feed-spine'], lazy };
  }
  return entries;
}

/** An anchor bundled like our entries (Vite, minified, es2022): gzip -9 of every JS chunk (lazy ones too) and CSS file. */
async function anchorSize(file) {
  const outDir = mkdtempSync(join(tmpdir(), 'baltic-bench-anchor-'));
  try {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: { target: 'es2022', modulePreload: false, outDir, emptyOutDir: true, write: false, cssCodeSplit: true, rollupOptions: { input: { anchor: file } } },
    });
    const output = (Array.isArray(result) ? result[0] : result).output;
    const gz = (item) => gzipSync(item.type === 'chunk' ? item.code : item.source, { level: 9 }).length;
    const js = output.filter((item) => item.type === 'chunk').reduce((sum, item) => sum + gz(item), 0);
    const css = output.filter((item) => item.type === 'asset' && item.fileName.endsWith('.css')).reduce((sum, item) => sum + gz(item), 0);
    return { js, css, total: js + css };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The embed's pages (scripts/size-embed.mjs) at 1280 and 375 px: { name: { 1280: result, 375: result } }. */
async function embedFigures() {
  const byName = {};
  for (const result of await measureEmbed({ widths: [1280, 375] })) (byName[result.name] ??= {})[result.width] = result;
  return byName;
}

log('bench: the one-script embed on a plain partner page (dist/cdn in Chromium)…');
const embed = await embedFigures();
log('bench: measuring bytes (scripts/size.mjs and the anchors)…');
const [ours, ...anchorList] = await Promise.all([
  ourSizes(),
  ...['fullcalendar-month', 'fullcalendar-month-week-list', 'temporal-polyfill', 'add-to-calendar-button', 'photoswipe', 'leaflet'].map(async (name) => [name, await anchorSize(`bench/anchors/${name}.js`)]),
]);
const anchors = Object.fromEntries(anchorList);
const spine = (name) => ours[name]?.lazy['feed-spine'] ?? 0;
const lazy = (name, chunk) => ours[name]?.lazy[chunk] ?? 0;
/** Equivalent pairs: what a page downloads for the same job. Our feed spine (loader + validator) is needed before any widget renders, so it counts. */
const bytePairs = [
  { what: 'Calendar, month view', ours: 'event-calendar entry + feed spine', oursBytes: ours['event-calendar'].entry + spine('event-calendar'), anchor: 'FullCalendar 7 (dayGrid, classic theme; native Temporal)', anchorBytes: anchors['fullcalendar-month'].total },
  {
    what: 'Calendar, month view, browser without Temporal',
    ours: 'event-calendar entry + feed spine (needs no Temporal)',
    oursBytes: ours['event-calendar'].entry + spine('event-calendar'),
    anchor: `FullCalendar 7 + temporal-polyfill (${kb(anchors['temporal-polyfill'].total)})`,
    anchorBytes: anchors['fullcalendar-month'].total + anchors['temporal-polyfill'].total,
  },
  {
    what: 'Calendar, month view, through the one-script embed',
    ours: 'every JS file a page with only the calendar fetched until the month showed (loader, base, spine, calendar, month view)',
    oursBytes: embed['event-calendar'][1280].jsBytes,
    anchor: 'FullCalendar 7 (dayGrid, classic theme; native Temporal)',
    anchorBytes: anchors['fullcalendar-month'].total,
  },
  {
    what: 'Calendar, month + week + list',
    ours: '+ week-view, list-view chunks',
    oursBytes: ours['event-calendar'].entry + spine('event-calendar') + lazy('event-calendar', 'week-view') + lazy('event-calendar', 'list-view') + lazy('event-calendar', 'row.styles'),
    anchor: 'FullCalendar 7 (dayGrid + timeGrid + list)',
    anchorBytes: anchors['fullcalendar-month-week-list'].total,
  },
  { what: 'Add to calendar, on the page', ours: 'add-to-calendar entry + feed spine', oursBytes: ours['add-to-calendar'].entry + spine('add-to-calendar'), anchor: 'add-to-calendar-button 2.15', anchorBytes: anchors['add-to-calendar-button'].total },
  {
    what: 'Add to calendar, after a click',
    ours: '+ menu, .ics and European time-zone chunks (loaded on click)',
    oursBytes: ours['add-to-calendar'].entry + spine('add-to-calendar') + lazy('add-to-calendar', 'calendar-menu') + lazy('add-to-calendar', 'calendar-file') + lazy('add-to-calendar', 'europe') + lazy('add-to-calendar', 'text'),
    anchor: 'add-to-calendar-button 2.15',
    anchorBytes: anchors['add-to-calendar-button'].total,
  },
  { what: 'Gallery + lightbox', ours: 'gallery entry + feed spine + lightbox chunk', oursBytes: ours.gallery.entry + spine('gallery') + lazy('gallery', 'lightbox'), anchor: 'PhotoSwipe 5 lightbox + core + CSS (no grid)', anchorBytes: anchors.photoswipe.total },
  { what: 'Map, until the visitor asks for it', ours: 'location-map entry + feed spine (addresses, directions, consent panel; Leaflet not loaded)', oursBytes: ours['location-map'].entry + spine('location-map'), anchor: 'Leaflet 1.9 + CSS (loaded with the page)', anchorBytes: anchors.leaflet.total },
  {
    what: 'Map, shown',
    ours: 'location-map entry + feed spine + leaflet-map chunk (Leaflet + CSS inside)',
    oursBytes: ours['location-map'].entry + spine('location-map') + lazy('location-map', 'leaflet-map') + lazy('location-map', 'popup') + lazy('location-map', 'format'),
    anchor: 'Leaflet 1.9 + CSS',
    anchorBytes: anchors.leaflet.total,
  },
].map((pair) => ({ ...pair, ratio: ratio(pair.oursBytes, pair.anchorBytes) }));

// ---------------------------------------------------------------- 2, 3, 5. in Chromium
const executablePath = chromePath();
if (!executablePath) {
  console.error("bench: no Chromium found (install Debian's chromium or set CHROME_PATH)");
  process.exit(1);
}
// Production mode (with NODE_ENV above: Lit's production build). A cache of its own, not to disturb `npm start`'s.
const server = await createServer({
  configFile: 'vite.config.ts',
  mode: 'production',
  cacheDir: join(tmpdir(), 'baltic-bench-vite-production'),
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0, hmr: false },
  // The anchors' modules, some imported only on demand: optimized up front, not in the middle of a run (which reloads the page).
  optimizeDeps: { include: ANCHOR_DEPENDENCIES },
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath, args: chromeArgs });
const browserVersion = browser.version();
/** Whether this Chromium has a native Temporal (else FullCalendar needs temporal-polyfill). */
async function nativeTemporal() {
  const page = await browser.newPage();
  const native = await page.evaluate(() => typeof globalThis.Temporal?.ZonedDateTime === 'function');
  await page.close();
  return native;
}
const temporalInChromium = await nativeTemporal();
const pageErrors = [];
let calendar;
const gallery = {};
const demoPage = [];

/** A page with the bench module loaded and a CDP session for the heap. */
async function benchPage(path, ready) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Helsinki', locale: 'en-GB' });
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  await page.goto(`${base}${path}`);
  await page.waitForFunction(ready, null, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
  };
  return { page, heap };
}

/** Several timed runs after a warm-up; then the heap held by one render (after GC, minus the emptied stage). */
async function timed(page, heap, call, clear, args) {
  await page.evaluate(call, args); // warm-up: loads the code
  const results = [];
  for (let index = 0; index < runs; index++) results.push(await page.evaluate(call, args));
  let heapBytes;
  if (clear) {
    await page.evaluate(clear);
    const before = await heap();
    await page.evaluate(call, args);
    heapBytes = (await heap()) - before;
  }
  return { results, heapBytes };
}

try {
  log('bench: calendar (ours and FullCalendar, built pages)…');
  {
    const pages = await serveBuiltPages();
    try {
      calendar = await measureCalendar({ browser, base: pages.base, bundle: pages.bundle, runs, log, pageErrors });
    } finally {
      await pages.close();
    }
  }
  log('bench: gallery (ours and PhotoSwipe)…');
  {
    const { page, heap } = await benchPage('bench/gallery.html', () => typeof window.galleryBench === 'function');
    const { results } = await timed(page, heap, (count) => window.galleryBench(count), undefined, 500);
    gallery.ours = { thumbnails: stats(results.map((r) => r.thumbnailsMs)), open: stats(results.map((r) => r.openMs)), thumbnailCount: results[0].thumbnails };
    await page.close();
  }
  {
    const { page, heap } = await benchPage('bench/photoswipe.html', () => typeof window.photoswipeBench === 'function');
    const { results } = await timed(page, heap, (count) => window.photoswipeBench(count), undefined, 500);
    gallery.photoswipe = { open: stats(results.map((r) => r.openMs)) };
    await page.close();
  }
  log('bench: demo page with all six widgets…');
  for (const width of [1280, 375]) {
    const samples = [];
    for (let index = 0; index < Math.min(runs, 3); index++) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'Europe/Helsinki', locale: 'en-GB' });
      await context.addInitScript(() => {
        /** Where a node is, through shadow roots: `baltic-gallery > ul.grid`. */
        const describe = (node) => {
          const path = [];
          for (let element = node?.nodeType === 1 ? node : node?.parentElement; element; ) {
            path.unshift(`${element.localName}${element.id ? `#${element.id}` : ''}${element.classList?.length ? `.${[...element.classList].join('.')}` : ''}${element.getAttribute?.('part') ? `[part=${element.getAttribute('part')}]` : ''}`);
            if (element.localName.startsWith('baltic-')) break;
            element = element.parentElement ?? element.getRootNode()?.host;
          }
          return path.join(' > ');
        };
        window.__vitals = { cls: 0, shifts: [], lcp: 0, tbt: 0, sizes: {} };
        // Each widget's box in every frame: before its module defines it (no shadow root yet), from its
        // first frame with a shadow root (the skeleton, which must be of the final size), and at the end.
        const sample = () => {
          for (const element of document.querySelectorAll('*')) {
            if (!element.localName.startsWith('baltic-') || element.getRootNode() !== document) continue;
            const key = `${element.localName}${element.id ? `#${element.id}` : ''}`;
            const rect = element.getBoundingClientRect();
            const size = `${Math.round(rect.width)}×${Math.round(rect.height)}`;
            const entry = (window.__vitals.sizes[key] ??= { undefinedSize: undefined, defined: undefined, definedAt: undefined, last: size, changesAfterDefined: 0 });
            if (!element.shadowRoot) entry.undefinedSize = size;
            else if (entry.defined === undefined) Object.assign(entry, { defined: size, definedAt: performance.now() });
            else if (entry.last !== size) entry.changesAfterDefined++;
            entry.last = size;
          }
          if (performance.now() < 10_000) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            window.__vitals.cls += entry.value;
            window.__vitals.shifts.push({ value: entry.value, time: entry.startTime, sources: entry.sources.map((source) => ({ node: describe(source.node), from: source.previousRect.toJSON(), to: source.currentRect.toJSON() })) });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__vitals.lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__vitals.tbt += Math.max(0, entry.duration - 50);
        }).observe({ type: 'longtask', buffered: true });
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`demo/index.html ${width}: ${error.message}`));
      await page.goto(`${base}demo/index.html?lang=en`);
      const widgets = ['baltic-org-card', 'baltic-event-calendar', 'baltic-schedule', 'baltic-gallery', 'baltic-location-map', 'baltic-dialogue-banner'];
      await page.waitForFunction(
        (tags) => tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.shadowRoot && el.feedSnapshot?.status !== 'loading' && !el.shadowRoot.querySelector('[aria-busy="true"]'))),
        widgets,
        { timeout: 30_000 },
      );
      const settledAt = await page.evaluate(() => performance.now());
      await page.waitForTimeout(1000); // late shifts (fonts, images) count too
      const vitals = await page.evaluate(() => ({
        ...window.__vitals,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        widgets: document.querySelectorAll('main *').length,
      }));
      samples.push({ ...vitals, settled: settledAt });
      await context.close();
    }
    demoPage.push({
      width,
      fcp: stats(samples.map((s) => s.fcp)),
      lcp: stats(samples.map((s) => s.lcp)),
      settled: stats(samples.map((s) => s.settled)),
      tbt: stats(samples.map((s) => s.tbt)),
      cls: stats(samples.map((s) => s.cls)),
      shifts: samples.flatMap((s) => s.shifts),
      widgetSizes: samples[0].sizes,
    });
  }
} finally {
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------- 4. iCal in Node
log('bench: iCal (Node)…');
const icsRuns = JSON.parse((await run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'bench/ics-bench.ts', String(runs), '10000'])).trim().split('\n').at(-1));
const ics = { events: icsRuns.events, bytes: icsRuns.bytes, build: stats(icsRuns.runsMs) };

// ---------------------------------------------------------------- 6. CLI in Node
log('bench: CLI validate and ics (Node)…');
const cli = JSON.parse((await run(process.execPath, ['bench/cli.mjs', '--json', '--runs', String(Math.min(runs, 3))])).trim().split('\n').at(-1));

// ---------------------------------------------------------------- report
const rows = [];
const row = (section, measure, oursText, anchorText, ratioValue, note = '') => rows.push({ section, measure, ours: oursText, anchor: anchorText, ratio: ratioText(ratioValue), note });
/** The embed's figures, per page: bytes (and the budget), requests, layout shift at both widths. */
function embedRows() {
  const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8')).$embed;
  for (const { name } of EMBED_CASES) {
    const wide = embed[name][1280];
    const narrow = embed[name][375];
    const page = name === 'loader' ? 'Loader alone (no widget on the page)' : name === 'all six' ? 'All six widgets on one page' : `Only <baltic-${name}>`;
    row(
      'One-script embed (dist/cdn), plain partner page',
      page,
      kb(wide.jsBytes),
      '—',
      undefined,
      `budget ${budgets[name].budgetKb} KB; ${wide.jsFiles} JS files, ${wide.requests} requests (${wide.feedRequests} for the feed); layout shift ${wide.cls.toFixed(3)} at 1280 px, ${narrow.cls.toFixed(3)} at 375 px`,
    );
  }
}
embedRows();
for (const pair of bytePairs) row('Bytes (gzip -9)', pair.what, kb(pair.oursBytes), kb(pair.anchorBytes), pair.ratio, `ours: ${pair.ours}; anchor: ${pair.anchor}`);
for (const r of calendar.rows) row('Calendar', r.measure, r.ours, r.anchor, r.ratio, [r.budget === undefined ? '' : `budget ≤ ${r.budget.toFixed(1)}×: ${r.ratio <= r.budget ? 'met' : 'NOT met'}`, r.note].filter(Boolean).join('; '));
row('Gallery (500 photos)', 'Created → first thumbnails shown', msSpread(gallery.ours.thumbnails), '—', undefined, 'PhotoSwipe has no grid: ours only');
row('Gallery (500 photos)', 'Click on photo 1 → lightbox open, photo loaded', msSpread(gallery.ours.open), msSpread(gallery.photoswipe.open), ratio(gallery.ours.open.median, gallery.photoswipe.open.median), 'code already loaded (warm-up run); PhotoSwipe without its opening animation');
row('iCal (Node)', `.ics of ${ics.events.toLocaleString('en')} events`, msSpread(ics.build), '—', undefined, `${kb(ics.bytes)} of text; no anchor`);
/** The CLI's cost per unit (1,000 events, or a MB of description) and its ratio to the smallest feed's: about 1× when linear. */
for (const [what, unit, results] of [['events', '1,000 events', cli.events], ['description', 'MB', cli.description]]) {
  for (const command of ['validate', 'ics']) {
    const perUnit = (result) => result[`${command}Ms`] / result.units;
    for (const result of results) {
      const measure = what === 'events' ? `${command} of ${(result.units * 1000).toLocaleString('en')} events` : `${command} of one event with a ${result.units} MB description`;
      row('CLI (Node, CPU time)', measure, ms(result[`${command}Ms`]), '—', undefined, `${ms(perUnit(result))} per ${unit}, ${(perUnit(result) / perUnit(results[0])).toFixed(2)}× the smallest feed's (linear: about 1×); peak memory ${result[`${command}PeakMb`].toFixed(0)} MB for a ${(result.bytes / 1_048_576).toFixed(1)} MB feed`);
    }
  }
}
for (const d of demoPage) {
  row(`Demo page, ${d.width} px`, 'First contentful paint', msSpread(d.fcp), '—', undefined, 'dev server, unminified modules: an upper bound');
  row(`Demo page, ${d.width} px`, 'Largest contentful paint', msSpread(d.lcp), '—', undefined, '');
  row(`Demo page, ${d.width} px`, 'All six widgets rendered', msSpread(d.settled), '—', undefined, '');
  row(`Demo page, ${d.width} px`, 'Total blocking time', msSpread(d.tbt), '—', undefined, '');
  row(`Demo page, ${d.width} px`, 'Cumulative layout shift', d.cls.max.toFixed(3), '—', undefined, d.cls.max === 0 ? 'must be 0: it is' : `NOT 0. Moved: ${[...new Set(d.shifts.flatMap((s) => s.sources.map((source) => source.node)))].join('; ')}. Widgets painted before their module defined them (no size reserved): ${Object.entries(d.widgetSizes).filter(([, v]) => v.undefinedSize !== undefined && v.undefinedSize !== v.last).map(([k, v]) => `${k} ${v.undefinedSize} → ${v.last}`).join(', ') || 'none'}. Skeleton (first frame defined) → final size: ${Object.entries(d.widgetSizes).filter(([, v]) => v.defined !== v.last).map(([k, v]) => `${k} ${v.defined} → ${v.last}`).join(', ') || 'all the same'}`);
}

const header = `baltic-widgets bench — headless Chromium ${browserVersion} (native Temporal: ${temporalInChromium ? 'yes, so FullCalendar runs without its polyfill' : 'NO: FullCalendar needs temporal-polyfill here'}), Node ${process.versions.node}, ${availableParallelism()} cores; median (min–max) of ${runs} runs after a warm-up (demo page: ${Math.min(runs, 3)} fresh loads)`;
if (values.markdown) {
  console.log(`${header}\n`);
  console.log('| Section | Measure | baltic-widgets | Anchor | Ours / anchor | Note |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.section} | ${r.measure} | ${r.ours} | ${r.anchor} | ${r.ratio} | ${r.note.replaceAll('|', '\\|')} |`);
} else {
  console.log(`${header}\n`);
  let section;
  for (const r of rows) {
    if (r.section !== section) console.log(`\n${(section = r.section)}`);
    console.log(`  ${r.measure.padEnd(58)} ${r.ours.padStart(26)}  ${r.anchor.padStart(26)}  ${r.ratio.padStart(6)}${r.note ? `\n    ${r.note}` : ''}`);
  }
}
const notTwice = rows.filter((r) => r.ratio !== '—' && Number.parseFloat(r.ratio) > 0.5);
console.log(`\nNot at least 2× smaller/faster than the anchor (ratio above 0.50×): ${notTwice.length ? notTwice.map((r) => `${r.section}: ${r.measure} (${r.ratio})`).join('; ') : 'none'}`);
if (demoPage.some((d) => d.cls.max !== 0)) console.log('Layout shift on the demo page: see the shifted elements above (CLS must be 0).');

const outFile = resolve(values.out);
mkdirSync(dirname(outFile), { recursive: true });
const totalMs = performance.now() - benchStarted;
writeFileSync(
  outFile,
  `${JSON.stringify({ date: new Date().toISOString(), chromium: browserVersion, nativeTemporal: temporalInChromium, node: process.versions.node, cpus: availableParallelism(), runs, totalMs, embed, bytes: { ours, anchors, pairs: bytePairs }, calendar: calendar.figures, gallery, ics, demoPage, rows, pageErrors }, null, 2)}\n`,
);
console.log(`\nResults written to ${outFile} (bench took ${ms(totalMs)})`);
if (pageErrors.length) {
  console.error(`page errors:\n${pageErrors.join('\n')}`);
  process.exitCode = 1;
}

/**
 * The calendar's figures beside FullCalendar 7 (#17, #18), for `npm run bench` (scripts/bench.mjs
 * calls `measureCalendar`) or alone: `node bench/calendar-figures.mjs [--runs 5]`.
 *
 * - Month of 100 / 1,000 / 5,000 events, warm: element created → rendered, after a warm-up run in
 *   the same page (code and lazy chunks loaded).
 * - Ours and FullCalendar take turns, run by run (warm: their two pages; cold: a fresh page each):
 *   on a shared machine whose speed drifts, both sides see the same drift.
 * - Month of 1,000 events, cold: the same in a fresh page each run, the code loaded as the one-script
 *   embed has it when the feed arrives: a calendar-only page's file, `bundles/event-calendar.js`
 *   (the widget, the feed spine and the month; the dialog, the filters and the weekly activities'
 *   code load in the run when used).
 * - List of 1,000 events, first page (12 a day, so our first page and FullCalendar's day list show
 *   the same 12 rows), warm and cold, ours from a phone's file, `bundles/event-calendar-list.js`.
 * - Big feeds by URL (50,000 events; a 20 MB feed): the longest main-thread task (PerformanceObserver
 *   `longtask`) from creating the calendar to its month shown. Ours only.
 *
 * Ours runs the one-script embed's own bundles, built as `npm run build` builds dist/cdn (the
 * files a partner page gets); FullCalendar's page is built by Vite from npm, minified. Both are
 * served statically: a cold first view loads our lazy chunks as a visitor's browser does, not as
 * the dev server's module graph.
 */
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values });
const ms = (value) => `${value.toFixed(1)} ms`;
const spread = (s) => `${ms(s.median)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const ratioOf = (ours, anchor) => (anchor ? ours / anchor : undefined);

/** Builds the two bench pages (production, minified) and the one-script embed beside them into a temporary folder and serves them; returns the base URL, the path of an embed bundle (`bundle(name)`) and a closer. */
export async function serveBuiltPages() {
  const { build, preview } = await import('vite');
  const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
  const outDir = mkdtempSync(join(tmpdir(), 'baltic-calendar-bench-'));
  await build({
    configFile: 'vite.config.ts',
    mode: 'production',
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: { input: { calendar: 'bench/event-calendar.html', fullcalendar: 'bench/fullcalendar.html' }, output: { entryFileNames: '[name]-[hash].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  // The one-script embed beside them, as `npm run build` makes it (dist/cdn): our calendar pages run its bundles.
  await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: join(outDir, 'cdn'), emptyOutDir: true } });
  const version = readdirSync(join(outDir, 'cdn')).find((name) => /^v-[0-9a-f]{8}$/.test(name));
  const server = await preview({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const base = server.resolvedUrls.local[0];
  return {
    base,
    /** The URL path of one of the embed's bundles (`event-calendar`: with the month; `event-calendar-list`: with the list, a phone's). */
    bundle: (name) => `/cdn/${version}/bundles/${name}.js`,
    close: async () => {
      await new Promise((resolve) => server.httpServer.close(resolve));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * Measures the calendar cases in `browser` against the Vite server at `base`. Returns the
 * figures and report rows (`{ measure, ours, anchor, ratio, budget, note }`).
 */
export async function measureCalendar({ browser, base, bundle, runs = 5, log = () => {}, pageErrors = [] }) {
  const open = async (path, ready) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Helsinki', locale: 'en-GB' });
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.goto(`${base}${path}`);
    await page.waitForFunction(ready, null, { timeout: 60_000 });
    return page;
  };
  /** Our page, running the embed's bundle `name` (`bundle` from serveBuiltPages), or this repository's sources without it. */
  const oursPage = (name) => () => open(`bench/event-calendar.html${bundle ? `?bundle=${encodeURIComponent(bundle(name))}` : ''}`, () => typeof window.calendarBench === 'function');
  const anchorPage = () => open('bench/fullcalendar.html', () => typeof window.fullcalendarBench === 'function');
  const ours = (view, count, perDay) => (page) => page.evaluate(([v, c, p]) => window.calendarBench(v, c, p), [view, count, perDay]);
  const anchor = (view, count, perDay) => (page) => page.evaluate(([v, c, p]) => window.fullcalendarBench(c, p, v), [view, count, perDay]);

  /**
   * Warm: one page each, a warm-up run in each, then `runs` timed runs taking turns (ours, the
   * anchor, ours…): a machine that slows down for a while slows both alike, not one side's series.
   */
  const warm = async (newPages, calls) => {
    const pages = await Promise.all(newPages.map((newPage) => newPage()));
    // The page measured is the one in front (a page behind may get fewer frames), and the page
    // measured before it has done what it does once idle (ours checks local times the clocks skip
    // then): that work would otherwise run beside the other side's run on this 2-core machine.
    const run = async (side) => {
      await pages[side].bringToFront();
      const result = await calls[side](pages[side]);
      await pages[side].evaluate(() => new Promise((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 3000 }), 500)));
      return result;
    };
    for (const side of pages.keys()) await run(side);
    const results = pages.map(() => []);
    for (let index = 0; index < runs; index++) for (const side of pages.keys()) results[side].push(await run(side));
    await Promise.all(pages.map((page) => page.close()));
    return results;
  };
  /** Cold: a fresh page for each run, the sides taking turns. */
  const cold = async (newPages, calls) => {
    const results = newPages.map(() => []);
    for (let index = 0; index < runs; index++) {
      for (const [side, newPage] of newPages.entries()) {
        const page = await newPage();
        results[side].push(await calls[side](page));
        await page.close();
      }
    }
    return results;
  };
  const month = [oursPage('event-calendar'), anchorPage];
  const list = [oursPage('event-calendar-list'), anchorPage];

  const figures = { month: [], cold: {}, list: {}, bigFeeds: [] };
  for (const count of [100, 1000, 5000]) {
    const perDay = Math.ceil(count / 30);
    log(`bench: calendar month, ${count} events, warm…`);
    const [o, f] = await warm(month, [ours('month', count, perDay), anchor('month', count, perDay)]);
    figures.month.push({ count, ours: stats(o.map((r) => r.renderMs)), validation: stats(o.map((r) => r.validationMs)), check: stats(o.map((r) => r.checkMs)), fullcalendar: stats(f.map((r) => r.renderMs)), eventButtons: o[0].eventButtons, eventElements: f[0].eventElements });
  }
  log('bench: calendar month, 1,000 events, cold…');
  {
    const [o, f] = await cold(month, [ours('month', 1000, 34), anchor('month', 1000, 34)]);
    figures.cold = { count: 1000, ours: stats(o.map((r) => r.renderMs)), fullcalendar: stats(f.map((r) => r.renderMs)) };
  }
  log('bench: calendar list, 1,000 events, first page…');
  {
    const [o, f] = await warm(list, [ours('list', 1000, 12), anchor('list', 1000, 12)]);
    const [oc, fc] = await cold(list, [ours('list', 1000, 12), anchor('list', 1000, 12)]);
    figures.list = { count: 1000, ours: stats(o.map((r) => r.renderMs)), fullcalendar: stats(f.map((r) => r.renderMs)), oursCold: stats(oc.map((r) => r.renderMs)), fullcalendarCold: stats(fc.map((r) => r.renderMs)), rows: o[0].eventButtons, anchorRows: f[0].eventElements };
  }
  for (const [count, descriptionChars, label] of [
    [50_000, 0, '50,000 events'],
    [50_000, 250, '50,000 events with descriptions'],
  ]) {
    log(`bench: big feed, ${label}…`);
    const page = await oursPage('event-calendar')();
    const result = await page.evaluate(([c, d]) => window.calendarBigFeedBench(c, d), [count, descriptionChars]);
    await page.close();
    figures.bigFeeds.push({ label, ...result });
  }

  const rows = [];
  const row = (measure, oursText, anchorText, ratio, budget, note = '') => rows.push({ measure, ours: oursText, anchor: anchorText, ratio, budget, note });
  for (const m of figures.month) {
    row(`Month, ${m.count.toLocaleString('en')} events, warm`, spread(m.ours), spread(m.fullcalendar), ratioOf(m.ours.median, m.fullcalendar.median), m.count === 1000 ? 0.4 : undefined, `${m.eventButtons} event buttons vs ${m.eventElements}; of ours, taking the stamped feed ${ms(m.validation.median)} (without its stamp, the check: ${ms(m.check.median)})`);
  }
  row('Month, 1,000 events, cold (fresh page)', spread(figures.cold.ours), spread(figures.cold.fullcalendar), ratioOf(figures.cold.ours.median, figures.cold.fullcalendar.median), 0.6, 'fresh page: the embed\'s file a calendar-only page gets (widget, feed spine, month), compiled as it arrives');
  row('List, 1,000 events, first page, warm', spread(figures.list.ours), spread(figures.list.fullcalendar), ratioOf(figures.list.ours.median, figures.list.fullcalendar.median), 1.0, `${figures.list.rows} rows vs FullCalendar listDay ${figures.list.anchorRows}`);
  row('List, 1,000 events, first page, cold', spread(figures.list.oursCold), spread(figures.list.fullcalendarCold), ratioOf(figures.list.oursCold.median, figures.list.fullcalendarCold.median), undefined, '');
  for (const big of figures.bigFeeds) {
    row(`Big feed by URL: ${big.label} (${(big.chars / 1e6).toFixed(1)} MB) → month shown`, ms(big.renderMs), '—', undefined, undefined, `longest main-thread task ${ms(big.longestTaskMs)} (budget 200 ms); tasks over 200 ms: ${big.tasksOver200}`);
  }
  return { figures, rows };
}

/** The rows as text, one a line, with the ratio and the budget. */
export function formatCalendarRows(rows) {
  return rows
    .map((r) => {
      const ratio = r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`;
      const budget = r.budget === undefined ? '' : ` (budget ≤ ${r.budget.toFixed(1)}×: ${r.ratio <= r.budget ? 'met' : 'NOT met'})`;
      return `  ${r.measure.padEnd(62)} ${r.ours.padStart(24)}  ${r.anchor.padStart(24)}  ${ratio}${budget}${r.note ? `\n    ${r.note}` : ''}`;
    })
    .join('\n');
}

// Alone: a production-mode Vite server and headless Chromium, as scripts/bench.mjs has them.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.env.NODE_ENV = 'production';
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const { chromium } = await import('playwright-core');
  const { chromeArgs, chromePath } = await import('../scripts/browsers.mjs');
  console.error('bench: building the bench pages…');
  const server = await serveBuiltPages();
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  const pageErrors = [];
  try {
    const { rows } = await measureCalendar({ browser, base: server.base, bundle: server.bundle, runs: Number(values.runs), log: (line) => console.error(line), pageErrors });
    console.log(`Calendar vs FullCalendar 7 — built pages, headless Chromium ${browser.version()}, ${availableParallelism()} cores (load average ${loadavg()[0].toFixed(1)}); median (min–max) of ${values.runs} runs\n`);
    console.log(`  ${'measure'.padEnd(62)} ${'baltic-widgets'.padStart(24)}  ${'FullCalendar 7'.padStart(24)}  ours/anchor`);
    console.log(formatCalendarRows(rows));
    if (pageErrors.length) console.error(`page errors:\n${pageErrors.join('\n')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

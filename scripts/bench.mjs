#!/usr/bin/env node
/**
 * `npm run bench`: the event calendar's render times in headless Chromium (Debian's), served by
 * Vite as in development (Lit's dev mode warnings off, not minified: figures are an upper bound).
 *
 *   node scripts/bench.mjs [--runs 7]
 *
 * Prints the median of several runs of: the month view with 1,000 events in one month, and the
 * list view with 10,000 events (with its DOM size: the list builds only what is near the view).
 * Figures only; nothing here passes or fails on time.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, chromePath } from './browsers.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Math.max(1, Number(values.runs) || 7);

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

const executablePath = chromePath();
if (!executablePath) {
  console.error('bench: no Chromium found (install Debian\'s chromium or set CHROME_PATH)');
  process.exit(1);
}

const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const browser = await chromium.launch({ executablePath, args: chromeArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Helsinki', locale: 'en-GB' });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.resolvedUrls.local[0]}bench/event-calendar.html`);
  await page.waitForFunction(() => typeof window.calendarBench === 'function', null, { timeout: 30_000 });

  const cases = [
    { name: 'month view, 1,000 events in one month', view: 'month', count: 1000, perDay: 33 },
    { name: 'list view, 10,000 events', view: 'list', count: 10_000, perDay: 10 },
  ];
  console.log(`baltic-event-calendar bench — headless Chromium ${browser.version()}, median of ${runs} runs (after one warm-up)\n`);
  for (const { name, view, count, perDay } of cases) {
    await page.evaluate(([v, c, p]) => window.calendarBench(v, c, p), [view, count, perDay]); // warm-up: loads the code
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await page.evaluate(([v, c, p]) => window.calendarBench(v, c, p), [view, count, perDay]));
    console.log(name);
    console.log(`  element created → rendered: ${ms(median(results.map((result) => result.renderMs)))}  (min ${ms(Math.min(...results.map((r) => r.renderMs)))}, max ${ms(Math.max(...results.map((r) => r.renderMs)))})`);
    console.log(`  of which validating the feed (shared by every widget): ${ms(median(results.map((result) => result.validationMs)))}`);
    console.log(`  DOM: ${median(results.map((result) => result.nodes))} elements in the shadow root, ${median(results.map((result) => result.eventButtons))} event buttons`);
    if (view === 'list') {
      const pages = results.map((result) => result.nextPageMs).filter((value) => value !== undefined);
      if (pages.length) console.log(`  adding the next page of the list (while scrolling): ${ms(median(pages))}`);
      console.log(`  (of ${count.toLocaleString('en')} events; the rest is built only as the end of the list comes near the view)`);
    }
    console.log('');
  }
  if (errors.length) {
    console.error(`page errors:\n${errors.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}

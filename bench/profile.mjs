#!/usr/bin/env node
/**
 * Where the time goes in the bench cases where we are not 2× faster than the anchor: a CPU profile
 * (CDP) of one run after a warm-up, summed by function (self time), top entries printed.
 *
 *   node bench/profile.mjs [--top 15] [--only 'month view']
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANCHOR_DEPENDENCIES } from './anchors/dependencies.mjs';
import { chromeArgs, chromePath } from '../scripts/browsers.mjs';

process.env.NODE_ENV = 'production'; // Lit's production build, as in scripts/bench.mjs

const { values } = parseArgs({ options: { top: { type: 'string', default: '15' }, only: { type: 'string', default: '' } } });
const cases = [
  { name: 'our month view, 1,000 events', path: 'bench/event-calendar.html', ready: () => typeof window.calendarBench === 'function', call: () => window.calendarBench('month', 1000, 34) },
  { name: 'our month view, 5,000 events', path: 'bench/event-calendar.html', ready: () => typeof window.calendarBench === 'function', call: () => window.calendarBench('month', 5000, 167) },
  { name: 'FullCalendar month view, 5,000 events', path: 'bench/fullcalendar.html', ready: () => typeof window.fullcalendarBench === 'function', call: () => window.fullcalendarBench(5000, 167) },
  { name: 'our gallery, 500 photos: click on photo 1 → lightbox open', path: 'bench/gallery.html', ready: () => typeof window.galleryBench === 'function', call: () => window.galleryOpen(), before: () => window.galleryPrepare(500) },
  { name: 'PhotoSwipe, 500 photos: click → lightbox open', path: 'bench/photoswipe.html', ready: () => typeof window.photoswipeBench === 'function', call: () => window.photoswipeBench(500) },
];

const server = await createServer({ configFile: 'vite.config.ts', mode: 'production', cacheDir: join(tmpdir(), 'baltic-bench-vite-production'), logLevel: 'error', server: { host: '127.0.0.1', port: 0, hmr: false }, optimizeDeps: { include: ANCHOR_DEPENDENCIES } });
await server.listen();
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
try {
  for (const { name, path, ready, call, before } of cases.filter((item) => item.name.includes(values.only))) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Helsinki', locale: 'en-GB' });
    await page.goto(`${server.resolvedUrls.local[0]}${path}`);
    await page.waitForFunction(ready, null, { timeout: 60_000 });
    if (before) await page.evaluate(before);
    await page.evaluate(call);
    if (before) await page.evaluate(before);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await page.evaluate(call);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    const deltas = profile.timeDeltas;
    profile.samples.forEach((id, index) => {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/\/[^/]+\//, '').replace(/\?.*$/, '')}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`\n${name}: ${JSON.stringify(result)}\n  profiled ${total.toFixed(0)} ms; top self time:`);
    for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`  ${time.toFixed(1).padStart(7)} ms  ${key}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

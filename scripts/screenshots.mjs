#!/usr/bin/env node
/**
 * Screenshots of a page as visitors see it: phone (375 px) and desktop (1280 px), light and
 * dark, in the languages given, with Debian's Chromium. Serves the repository with Vite.
 *
 *   node scripts/screenshots.mjs [--page demo/index.html] [--langs ru,fi] [--selector css] [--out screenshots]
 *
 * With --selector only that element is captured. PNGs go to the out folder.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, chromePath } from './browsers.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: 'demo/index.html' },
    langs: { type: 'string', default: 'ru,fi' },
    selector: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
    widths: { type: 'string', default: '375,1280' },
    themes: { type: 'string', default: 'light,dark' },
  },
});

mkdirSync(values.out, { recursive: true });
const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const errors = [];
try {
  for (const lang of values.langs.split(',')) {
    for (const theme of values.themes.split(',')) {
      for (const width of values.widths.split(',').map(Number)) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, locale: lang, timezoneId: 'Europe/Helsinki' });
        const page = await context.newPage();
        page.on('pageerror', (error) => errors.push(`${lang}/${theme}/${width}: ${error.message}`));
        await page.goto(`${base}${values.page}?lang=${lang}&theme=${theme}`);
        await page.waitForFunction(() => !document.querySelector('*:is(baltic-org-card, baltic-event-calendar, baltic-schedule, baltic-gallery, baltic-location-map, baltic-dialogue-banner)') ||
          [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('baltic-') && el.shadowRoot).every((el) => !el.shadowRoot.querySelector('[aria-busy="true"]')), null, { timeout: 15000 }).catch(() => {});
        await page.waitForTimeout(300);
        const file = `${values.out}/${values.page.replace(/\W+/g, '-').replace(/-html$/, '')}${values.selector ? '-' + values.selector.replace(/\W+/g, '') : ''}-${lang}-${theme}-${width}.png`;
        if (values.selector) await page.locator(values.selector).first().screenshot({ path: file });
        else await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (errors.length) {
  console.error(`page errors:\n${errors.join('\n')}`);
  process.exit(1);
}

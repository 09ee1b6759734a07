#!/usr/bin/env node
/**
 * Screenshots of the feed studio as a volunteer sees it: the demo feed opened in the static
 * studio (src/studio/index.html, served by Vite), phone (375 px) and desktop (1280 px), light
 * and dark (the computer's setting), in the languages given, with Debian's Chromium.
 *
 *   node scripts/studio-screenshots.mjs [--langs ru,fi] [--section events] [--out screenshots]
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, chromePath } from './browsers.mjs';

const { values } = parseArgs({
  options: {
    langs: { type: 'string', default: 'ru,fi' },
    widths: { type: 'string', default: '375,1280' },
    themes: { type: 'string', default: 'light,dark' },
    section: { type: 'string', default: 'events' },
    out: { type: 'string', default: 'screenshots' },
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
        await context.addInitScript((locale) => localStorage.setItem('baltic-studio-locale', locale), lang);
        const page = await context.newPage();
        page.on('pageerror', (error) => errors.push(`${lang}/${theme}/${width}: ${error.message}`));
        await page.goto(`${base}src/studio/index.html`);
        // As a webmaster opens it: the feed dropped onto the page from the computer.
        await page.locator('baltic-studio .start').waitFor();
        await page.evaluate(async () => {
          const file = new File([await (await fetch('/demo/feed.json')).text()], 'feed.json', { type: 'application/json' });
          const dataTransfer = new DataTransfer();
          dataTransfer.items.add(file);
          window.dispatchEvent(new DragEvent('drop', { dataTransfer, cancelable: true }));
        });
        await page.locator('baltic-studio #save').waitFor();
        if (values.section !== 'events') await page.locator(`baltic-studio nav.sections button >> nth=${['events', 'schedule', 'locations', 'organization', 'categories', 'albums', 'festival', 'settings'].indexOf(values.section)}`).click();
        await page.waitForFunction(() => {
          const preview = document.querySelector('baltic-studio')?.shadowRoot?.querySelector('baltic-studio-preview');
          const widgets = [...(preview?.shadowRoot?.querySelectorAll('*') ?? [])].filter((element) => element.localName.startsWith('baltic-') && element.shadowRoot);
          return widgets.length > 0 && widgets.every((element) => !element.shadowRoot.querySelector('[aria-busy="true"]'));
        }, null, { timeout: 15000 }).catch(() => errors.push(`${lang}/${theme}/${width}: the preview did not settle`));
        await page.waitForTimeout(300);
        const file = `${values.out}/studio-${values.section}-${lang}-${theme}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
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

#!/usr/bin/env node
/**
 * Screenshots of a page as visitors see it: phone (375 px) and desktop (1280 px), light and
 * dark, in the languages given, with Debian's Chromium. Serves the repository with Vite.
 *
 *   node scripts/screenshots.mjs [--page demo/index.html] [--langs ru,fi] [--selector css] [--out screenshots]
 *   node scripts/screenshots.mjs --page src/studio/index.html --drop demo/feed.json   (the feed studio)
 *
 * With --selector only that element is captured. With --drop the file is dropped onto the
 * page once it has loaded, as a person drags it there (the studio then opens it); the
 * widgets waited for may be inside other elements' shadow roots. PNGs go to the out folder.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
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
    drop: { type: 'string' },
  },
});
const dropped = values.drop ? { name: basename(values.drop), text: readFileSync(values.drop, 'utf8') } : undefined;

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
        if (dropped) {
          // The studio takes a drop once it shows its start screen (it has asked for a server first).
          await page.waitForFunction(() => document.querySelector('baltic-studio')?.shadowRoot?.querySelector('.start'), null, { timeout: 15000 });
          await page.evaluate(({ name, text }) => {
            const dataTransfer = new DataTransfer();
            dataTransfer.items.add(new File([text], name, { type: 'application/json' }));
            window.dispatchEvent(new DragEvent('drop', { dataTransfer, cancelable: true }));
          }, dropped);
        }
        // Every widget (at any depth of shadow roots) has loaded; with --drop, at least one must be there.
        await page.waitForFunction((needWidget) => {
          const all = (root) => [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element, ...all(element.shadowRoot)] : [element]));
          const widgets = all(document).filter((element) => /^baltic-(org-card|event-calendar|schedule|gallery|location-map|dialogue-banner)$/.test(element.localName) && element.shadowRoot);
          return (!needWidget || widgets.length > 0) && widgets.every((element) => !element.shadowRoot.querySelector('[aria-busy="true"]'));
        }, !!dropped, { timeout: 15000 }).catch(() => dropped && errors.push(`${lang}/${theme}/${width}: the widgets did not settle`));
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

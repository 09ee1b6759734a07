#!/usr/bin/env node
/**
 * Checks locales/<locale>.xlf (the widgets) and locales/studio/<locale>.xlf (the feed
 * studio): every message translated, the same placeholders as the source, well-formed XML. `node scripts/check-translations.mjs fi ru` (default: all).
 * Exits 1 when something is missing or wrong.
 */
import { existsSync, readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const locales = process.argv.slice(2).length ? process.argv.slice(2) : config.targetLocales;
const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map((match) => match[1]).sort().join(',');
let failed = false;
const files = locales.flatMap((locale) => [`locales/${locale}.xlf`, `locales/studio/${locale}.xlf`].filter(existsSync).map((path) => ({ locale, path })));
for (const { locale, path } of files) {
  const xml = readFileSync(path, 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const problems = [];
  for (const [, id, body] of units) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined || !target.trim()) problems.push(`${id}: not translated`);
    else {
      if (placeholders(target) !== placeholders(source)) problems.push(`${id}: placeholders differ from the source`);
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(target.replace(/<x [^>]*\/>/g, '')) || /<(?!x id="\d+" equiv-text="[^"]*"\/>)/.test(target)) {
        problems.push(`${id}: not well-formed XML (escape & as &amp; and < as &lt;)`);
      }
    }
  }
  failed ||= problems.length > 0;
  console.log(`${path.startsWith('locales/studio/') ? `studio ${locale}` : locale}: ${units.length - problems.filter((p) => p.endsWith('not translated')).length}/${units.length} translated${problems.length ? `, ${problems.length} problem(s):\n  ${problems.join('\n  ')}` : ''}`);
}
process.exit(failed ? 1 : 0);

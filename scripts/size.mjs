#!/usr/bin/env node
/**
 * The size budget, measured as the issues define it: each widget entry "with Lit and the feed
 * spine". Builds each entry on its own, exactly as the bundle is built (same Vite plugins,
 * minified, Lit included), and measures with gzip -9 what a page downloads before the widget
 * can show its feed: the entry, every chunk it imports statically, the widget's own chunks
 * that it always loads at start (`startChunks`), and the feed spine (the loader with the quick
 * way for a stamped feed: a chunk the entry loads at once, in parallel with the feed; the check
 * of a feed without a stamp is a chunk loaded for it). The output shows the
 * widget's part and the spine's apart; chunks loaded on demand are listed after them.
 * Exits 1 when an entry is over its budget.
 *
 * An entry whose issue's budget is known to be out of reach may name a `ceilingKb` and a
 * `why` in size-budgets.json: every run then says it is over the target, and fails only
 * above the ceiling (so it cannot grow unnoticed while the issue stays open).
 *
 * Then the one-script embed as a webmaster's page gets it (`$embed` in size-budgets.json):
 * dist/cdn built and opened in headless Chromium, one plain partner page per widget, one with
 * the loader alone and one with all six widgets; every JS file fetched until the widgets
 * rendered counts (scripts/size-embed.mjs), at 1280 and 375 px (the calendar shows its list there).
 * The layout shift of every page, and for all six also on a returning visit (the saved feed
 * shown, then the fresh one), must stay within `clsBudget`. The demo feed is stamped as checked,
 * as the studio saves it; three pages are measured again with it unstamped (a feed edited by
 * hand), where the page also loads the check: printed, with no budget. `--no-embed` leaves that
 * part out.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { EMBED_CASES, measureEmbed, UNSTAMPED_CASES } from './size-embed.mjs';
import { buildPlugins, buildTarget } from './vite-plugins.mjs';

const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const kb2 = (bytes) => (bytes / 1024).toFixed(2);

async function measure(name, entry, startChunks = []) {
  const outDir = mkdtempSync(join(tmpdir(), `baltic-size-${name}-`));
  try {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      plugins: buildPlugins(),
      build: {
        target: buildTarget,
        modulePreload: false,
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        write: false,
        rollupOptions: { input: { [name]: entry }, preserveEntrySignatures: 'exports-only' },
      },
    });
    const outputs = (Array.isArray(result) ? result[0] : result).output.filter((item) => item.type === 'chunk');
    const byName = new Map(outputs.map((chunk) => [chunk.fileName, chunk]));
    const entryChunk = outputs.find((chunk) => chunk.isEntry);
    const eager = new Set();
    const visit = (chunk, into = eager) => {
      if (eager.has(chunk.fileName) || into.has(chunk.fileName)) return;
      into.add(chunk.fileName);
      for (const imported of chunk.imports) visit(byName.get(imported), into);
    };
    visit(entryChunk);
    // A widget's own chunks that it always loads at start count as its entry.
    for (const chunk of outputs) if (startChunks.some((start) => chunk.fileName.includes(`/${start}-`))) visit(chunk);
    // The feed spine, and what it imports that the entry does not.
    const spine = new Set();
    const spineChunk = outputs.find((chunk) => chunk.fileName.includes('/feed-spine-'));
    if (spineChunk) visit(spineChunk, spine);
    const sum = (files) => [...files].reduce((total, file) => total + gz(byName.get(file).code), 0);
    const widgetBytes = sum(eager);
    const spineBytes = sum(spine);
    const eagerBytes = widgetBytes + spineBytes;
    // Each language's messages and each region's time zones are generated modules: listed as groups.
    const groupOf = (chunk) => ['locales', 'time-zones'].find((group) => chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => id.includes(`/src/generated/${group}/`)));
    const lazy = outputs
      .filter((chunk) => !eager.has(chunk.fileName) && !spine.has(chunk.fileName))
      .map((chunk) => ({ file: chunk.fileName.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''), bytes: gz(chunk.code), group: groupOf(chunk) }));
    return { eagerBytes, widgetBytes, spineBytes, lazy };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

let failed = false;
console.log('Size (gzip -9) of each widget entry with Lit and the feed spine (the widget with Lit + the spine); lazy chunks load on demand.\n');
console.log('entry'.padEnd(18) + 'size'.padStart(9) + 'budget'.padStart(9) + '   widget + spine'.padEnd(24) + 'lazy chunks');
const overTarget = [];
for (const [name, { entry, budgetKb, ceilingKb, why, startChunks }] of Object.entries(budgets).filter(([key]) => !key.startsWith('$'))) {
  if (!existsSync(entry)) continue;
  const { eagerBytes, widgetBytes, spineBytes, lazy } = await measure(name, entry, startChunks);
  const overBudget = eagerBytes > budgetKb * 1024;
  const over = eagerBytes > (ceilingKb ?? budgetKb) * 1024;
  failed ||= over;
  if (overBudget && !over) overTarget.push(`${name}: ${kb2(eagerBytes)} KB, over the issue's ${budgetKb} KB target (ceiling ${ceilingKb} KB): ${why}`);
  const languages = lazy.filter((chunk) => chunk.group === 'locales');
  const zones = lazy.filter((chunk) => chunk.group === 'time-zones');
  const others = lazy.filter((chunk) => !chunk.group).map((chunk) => `${chunk.file} ${kb(chunk.bytes)}`);
  const range = (chunks) => `${kb(Math.min(...chunks.map((c) => c.bytes)))}–${kb(Math.max(...chunks.map((c) => c.bytes)))} each`;
  const languageNote = [
    ...(zones.length ? [`time zones by region ${range(zones)} (Europe ${kb(zones.find((c) => c.file === 'europe')?.bytes ?? 0)})`] : []),
    ...(languages.length ? [`7 languages ${range(languages)}`] : []),
  ];
  console.log(
    `${name.padEnd(18)}${`${kb2(eagerBytes)} KB`.padStart(9)}${`${budgetKb} KB`.padStart(9)}   ${`${kb(widgetBytes)} + ${kb(spineBytes)}`.padEnd(21)}${[...others, ...languageNote].join(', ')}${over ? '   OVER BUDGET' : overBudget ? '   over target' : ''}`,
  );
}
{
  const { eagerBytes, lazy } = await measure('baltic-widgets', 'src/index.ts');
  console.log(`\nEvery widget through the package index (import 'baltic-widgets') with the feed spine: ${kb2(eagerBytes)} KB, lazy chunks ${kb(lazy.reduce((sum, chunk) => sum + chunk.bytes, 0))} KB in all`);
}
if (!process.argv.includes('--no-embed')) {
  console.log('\nThe one-script embed on a plain partner page (62.5 % root, headless Chromium): gzip -9 of every JS file fetched until the widgets rendered\n');
  console.log('page'.padEnd(18) + 'width'.padStart(6) + 'size'.padStart(10) + 'budget'.padStart(9) + '   files  requests  feed requests  layout shift (returning visitor)');
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the budget file's comment is not a page
  const { $comment, clsBudget, ...embedBudgets } = budgets.$embed;
  const allSix = EMBED_CASES.filter((page) => page.name === 'all six');
  const others = EMBED_CASES.filter((page) => page.name !== 'all six');
  const results = [...(await measureEmbed({ cases: others, widths: [1280, 375] })), ...(await measureEmbed({ cases: allSix, widths: [1280, 375], returning: true }))];
  const unstamped = await measureEmbed({ cases: UNSTAMPED_CASES, widths: [1280] });
  for (const result of results) {
    const { budgetKb, ceilingKb, why } = embedBudgets[result.name];
    const overBudget = result.jsBytes > budgetKb * 1024;
    const shifts = Math.max(result.cls, result.returningCls ?? 0) > clsBudget;
    const over = result.jsBytes > (ceilingKb ?? budgetKb) * 1024 || result.feedRequests > 1 || shifts;
    failed ||= over;
    if (overBudget && !over && result.width === 1280) overTarget.push(`embed, ${result.name}: ${kb2(result.jsBytes)} KB, over the issue's ${budgetKb} KB target (ceiling ${ceilingKb} KB): ${why}`);
    console.log(
      `${result.name.padEnd(18)}${`${result.width}`.padStart(6)}${`${kb2(result.jsBytes)} KB`.padStart(10)}${`${budgetKb} KB`.padStart(9)}   ${String(result.jsFiles).padStart(5)}  ${String(result.requests).padStart(8)}  ${String(result.feedRequests).padStart(13)}  ${result.cls.toFixed(3).padStart(12)}${result.returningCls === undefined ? '' : ` (${result.returningCls.toFixed(3)})`}${over ? `   OVER BUDGET${shifts ? ` (layout shift above ${clsBudget})` : ''}` : overBudget ? '   over target' : ''}`,
    );
  }
  // A feed edited by hand after it was stamped (or never stamped): no budget, the check is the price of it.
  console.log('\nThe same with the demo feed without its stamp (the page also loads the check):\n');
  for (const result of unstamped) {
    const stamped = results.find((other) => other.name === result.name && other.width === result.width);
    console.log(`${result.name.padEnd(18)}${`${result.width}`.padStart(6)}${`${kb2(result.jsBytes)} KB`.padStart(10)}   +${kb2(result.jsBytes - stamped.jsBytes)} KB, ${result.jsFiles} files, layout shift ${result.cls.toFixed(3)}`);
    failed ||= result.feedRequests > 1 || result.cls > clsBudget;
  }
}
if (overTarget.length) console.log(`\nOver the issues' targets, within their ceilings:\n  ${overTarget.join('\n  ')}`);
if (failed) {
  console.error('\nsize: an entry is over its budget');
  process.exit(1);
}

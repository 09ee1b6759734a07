#!/usr/bin/env node
/**
 * The studio's messages (`lit-localize.studio.json`): `extract` updates locales/studio/*.xlf,
 * `build` writes src/studio/generated/locales/. The studio imports the widgets for its
 * preview, so the extractor sees their messages too: they are dropped here, keeping only
 * the `studio.*` ids (the widgets' own are translated in locales/*.xlf).
 *   node scripts/studio-localize.mjs extract|build
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: node scripts/studio-localize.mjs extract|build');
  process.exit(2);
}
/** Runs lit-localize; its complaints about the widgets' messages (translated elsewhere) are left out, the studio's counted. */
function run(step) {
  const output = execSync(`npx lit-localize ${step} --config lit-localize.studio.json 2>&1`, { encoding: 'utf8' });
  const missing = new Map();
  for (const line of output.split('\n')) {
    const match = /^(\w+) message (\S+) is missing/.exec(line);
    if (match) {
      if (match[2].startsWith('studio.')) missing.set(match[1], (missing.get(match[1]) ?? 0) + 1);
    } else if (line.trim()) console.log(line);
  }
  for (const [locale, count] of missing) console.log(`${locale}: ${count} studio messages not yet translated (English shown)`);
}

/** Keeps only the studio's own trans-units in each XLIFF file. */
function dropWidgetMessages() {
  for (const file of readdirSync('locales/studio').filter((name) => name.endsWith('.xlf'))) {
    const path = `locales/studio/${file}`;
    const text = readFileSync(path, 'utf8');
    const kept = text.replace(/\n?[ \t]*<trans-unit id="(?!studio\.)[^"]*">[\s\S]*?<\/trans-unit>/g, '');
    if (kept !== text) writeFileSync(path, kept);
  }
}

/** The generated modules keep only the studio's messages too (a widget message would fall back to English anyway). */
function dropWidgetTemplates() {
  for (const file of readdirSync('src/studio/generated/locales').filter((name) => name.endsWith('.ts'))) {
    const path = `src/studio/generated/locales/${file}`;
    const text = readFileSync(path, 'utf8');
    const kept = text.replace(/\n[ \t]*'(?!studio\.)[^']*':[^\n]*/g, '');
    if (kept !== text) writeFileSync(path, kept);
  }
}

run(command);
if (command === 'extract') dropWidgetMessages();
else dropWidgetTemplates();

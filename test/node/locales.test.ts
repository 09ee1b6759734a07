/**
 * Translations: every message of the source is in every locale's XLIFF file, translated in the
 * locales declared complete, with exactly the placeholders of the source.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

/** Locales whose translation must be complete: all eight languages are. */
export const COMPLETE_LOCALES = ['fi', 'sv', 'ru', 'uk', 'et', 'lv', 'lt'];
const TARGET_LOCALES: string[] = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;

interface Unit {
  id: string;
  source: string;
  target?: string;
}

function readUnits(file: string): Map<string, Unit> {
  const xml = readFileSync(file, 'utf8');
  const units = new Map<string, Unit>();
  for (const match of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const [, id, body] = match as unknown as [string, string, string];
    units.set(id, {
      id,
      source: /<source>([\s\S]*?)<\/source>/.exec(body)![1]!,
      target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
    });
  }
  return units;
}

const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((match) => match[1]).sort();

/** The messages in the source code now, extracted into a temporary folder. */
function extractFresh(): Map<string, Unit> {
  const dir = mkdtempSync(join(tmpdir(), 'baltic-xliff-'));
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  config.interchange.xliffDir = dir;
  config.targetLocales = ['fi'];
  const configPath = join(dir, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify({ ...config, tsConfig: join(process.cwd(), config.tsConfig) }));
  execFileSync('npx', ['lit-localize', 'extract', '--config', configPath], { stdio: 'pipe' });
  return readUnits(join(dir, 'fi.xlf'));
}

const fresh = extractFresh();

test('locales/*.xlf hold every message of the source code (run `npm run localize:extract`)', () => {
  for (const locale of TARGET_LOCALES) {
    const units = readUnits(`locales/${locale}.xlf`);
    const missing = [...fresh.keys()].filter((id) => !units.has(id));
    assert.deepEqual(missing, [], `${locale}.xlf lacks messages`);
    const changed = [...fresh.values()].filter((unit) => units.get(unit.id)!.source !== unit.source).map((unit) => unit.id);
    assert.deepEqual(changed, [], `${locale}.xlf has outdated source texts`);
  }
});

for (const locale of TARGET_LOCALES) {
  test(`${locale}: translations keep exactly the placeholders of the source`, () => {
    for (const unit of readUnits(`locales/${locale}.xlf`).values()) {
      if (unit.target === undefined) continue;
      assert.deepEqual(placeholders(unit.target), placeholders(unit.source), `${locale} ${unit.id}: "${unit.target}"`);
    }
  });
}

for (const locale of COMPLETE_LOCALES) {
  test(`${locale}: every message is translated`, () => {
    const untranslated = [...readUnits(`locales/${locale}.xlf`).values()].filter((unit) => !unit.target?.trim()).map((unit) => unit.id);
    assert.deepEqual(untranslated, []);
  });
}

test('the generated locale modules match the XLIFF files (run `npm run localize:build`)', () => {
  for (const locale of COMPLETE_LOCALES) {
    const module = readFileSync(`src/generated/locales/${locale}.ts`, 'utf8');
    for (const unit of readUnits(`locales/${locale}.xlf`).values()) {
      assert.ok(module.includes(`'${unit.id}'`), `src/generated/locales/${locale}.ts lacks ${unit.id}`);
    }
  }
});

#!/usr/bin/env node
/**
 * `npm pack` and `npm publish` run this first (`prepack`): a package made from a checkout that
 * was not built has none of the files its `exports`, `bin` and `types` name (`dist/` and
 * `custom-elements.json` are built, not committed), and would install without a word and then
 * fail in every app that imports it. This stops it, saying what to run.
 */
import { existsSync, readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Every file path the package names, without its pattern part (`./dist/cdn/**` names the folder). */
function namedPaths(value) {
  if (typeof value === 'string') return [value.replace(/\*.*$/, '')];
  if (value && typeof value === 'object') return Object.values(value).flatMap(namedPaths);
  return [];
}

const named = [manifest.main, manifest.module, manifest.types, manifest.customElements, manifest['web-types'], ...namedPaths(manifest.bin), ...namedPaths(manifest.exports)].filter(Boolean);
const missing = [...new Set(named)].filter((path) => !existsSync(new URL(`../${path}`, import.meta.url)));
if (missing.length) {
  console.error(`baltic-widgets: not built, the package would lack ${missing.length} of the files it names (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}). Run \`npm run build\` first.`);
  process.exit(1);
}

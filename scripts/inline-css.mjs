#!/usr/bin/env node
/**
 * dist/esm is plain tsc output for bundlers; Vite's `import css from 'x.css?inline'` works
 * only in Vite. This turns each such import into an import of a generated module beside the
 * importer (`<name>.css.js`, default export: the CSS text), so webpack, esbuild or Rollup
 * users get the same result.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = 'dist/esm';
const files = readdirSync(root, { recursive: true }).map(String).filter((file) => file.endsWith('.js'));
let count = 0;
for (const file of files) {
  const path = join(root, file);
  const code = readFileSync(path, 'utf8');
  const rewritten = code.replace(/(['"])([^'"]+\.css)\?inline\1/g, (_, quote, specifier) => {
    const cssPath = specifier.startsWith('.') ? resolve(dirname(path), specifier) : require.resolve(specifier);
    const moduleName = `./${basename(cssPath)}.js`;
    writeFileSync(join(dirname(path), moduleName), `export default ${JSON.stringify(readFileSync(cssPath, 'utf8'))};\n`);
    count++;
    return `${quote}${moduleName}${quote}`;
  });
  if (rewritten !== code) writeFileSync(path, rewritten);
}
console.log(`dist/esm: ${count} CSS import(s) inlined as modules`);

/**
 * The README's React and Vue examples are the apps `npm test` type-checks, builds and runs in
 * Chromium from the packed package (test/frameworks/, test/package/package.test.ts): each
 * file below must stand in the framework docs as a code block, character for character.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
/** The React and Vue sections of the README. */
const DOCS = ['README.md'];
const EXAMPLES = {
  'react/src/App.tsx': 'tsx',
  'react/vite.config.ts': 'ts',
  'vue/vite.config.ts': 'ts',
  'vue/src/main.ts': 'ts',
  'vue/src/App.vue': 'vue',
};

test('the framework docs show the tested React and Vue apps as they are', async () => {
  const docs = (await Promise.all(DOCS.filter((path) => existsSync(new URL(path, root))).map((path) => readFile(new URL(path, root), 'utf8')))).join('\n');
  for (const [file, lang] of Object.entries(EXAMPLES)) {
    const source = (await readFile(new URL(`test/frameworks/${file}`, root), 'utf8')).trimEnd();
    assert.ok(docs.includes(`\`\`\`${lang}\n${source}\n\`\`\``), `test/frameworks/${file} is not a code block of the docs as it is`);
  }
});

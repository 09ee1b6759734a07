#!/usr/bin/env node
/**
 * `npm run release`: from a clean work tree, builds everything and writes to release/:
 *   baltic-widgets-<version>.tgz          the npm package (`npm pack`), installable with
 *                                         `npm install ./baltic-widgets-<version>.tgz`
 *   baltic-widgets-cdn-<version>.zip      a folder `baltic-widgets/` for a web server: the
 *                                         embed files (dist/cdn), the feed's JSON Schema, the
 *                                         studio page (when built), an example feed with its
 *                                         images, a one-page README and the CHANGELOG
 * `--allow-dirty` skips the clean-tree check (for trying it out; a real release never uses it).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCdnZip } from './cdn-zip.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: root, stdio: 'inherit', ...options });
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

if (!process.argv.includes('--allow-dirty')) {
  const changes = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
  if (changes) {
    console.error(`release: the work tree has uncommitted changes; commit them first (or --allow-dirty to try):\n${changes}`);
    process.exit(1);
  }
}
if (!(await readFile(join(root, 'CHANGELOG.md'), 'utf8')).includes(`## ${version}`)) {
  console.error(`release: CHANGELOG.md has no "## ${version}" section`);
  process.exit(1);
}

run(process.execPath, ['scripts/build.mjs']);
const out = join(root, 'release');
await rm(out, { recursive: true, force: true });
await mkdir(out);
run('npm', ['pack', '--pack-destination', out, '--silent']);

await writeCdnZip(root, join(out, `baltic-widgets-cdn-${version}.zip`));
console.log(`release/: baltic-widgets-${version}.tgz, baltic-widgets-cdn-${version}.zip`);

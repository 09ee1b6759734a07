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
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: root, stdio: 'inherit', ...options });
const exists = (path) => stat(join(root, path)).then(() => true, () => false);
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

const staging = await mkdtemp(join(tmpdir(), 'baltic-release-'));
const folder = join(staging, 'baltic-widgets');
await cp(join(root, 'dist/cdn'), folder, { recursive: true });
await cp(join(root, 'feed.schema.json'), join(folder, 'feed.schema.json'));
if (await exists('dist/studio')) await cp(join(root, 'dist/studio'), join(folder, 'studio'), { recursive: true });
const { $schema: _demoSchema, ...example } = JSON.parse(await readFile(join(root, 'demo/feed.json'), 'utf8'));
await mkdir(join(folder, 'example'));
await writeFile(join(folder, 'example/feed.json'), `${JSON.stringify({ $schema: '../feed.schema.json', ...example }, null, 2)}\n`);
await cp(join(root, 'demo/images'), join(folder, 'example/images'), { recursive: true });
await cp(join(root, 'docs/cdn-readme.md'), join(folder, 'README.md'));
await cp(join(root, 'CHANGELOG.md'), join(folder, 'CHANGELOG.md'));
const zip = join(out, `baltic-widgets-cdn-${version}.zip`);
run('zip', ['-qr', '-X', zip, 'baltic-widgets'], { cwd: staging });
await rm(staging, { recursive: true, force: true });
console.log(`release/: baltic-widgets-${version}.tgz, baltic-widgets-cdn-${version}.zip`);

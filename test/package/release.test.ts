/**
 * `npm run release`'s zip for a web server, made from the built package (after the build,
 * scripts/test.mjs) and read back by another implementation (Python's zipfile): the folder
 * a webmaster copies holds the embed files as built, the schema the example feed's `$schema`
 * names, the example's images, the one-page README and the CHANGELOG of this version.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeCdnZip } from '../../scripts/cdn-zip.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);
/** Python's zipfile: checks every entry's CRC, then gives the names and the files asked for. */
const READ_ZIP = `
import base64, json, sys, zipfile
archive = zipfile.ZipFile(sys.argv[1])
assert archive.testzip() is None, "a damaged entry"
print(json.dumps({"names": archive.namelist(), "files": {name: base64.b64encode(archive.read(name)).decode() for name in sys.argv[2:]}}))
`;

let work: string;
let zip: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'baltic-release-test-'));
  zip = join(work, 'cdn.zip');
  await writeCdnZip(ROOT, zip);
});
after(() => rm(work, { recursive: true, force: true }));

async function readZip(...files: string[]) {
  const { stdout } = await exec('python3', ['-c', READ_ZIP, zip, ...files], { maxBuffer: 64 * 1024 * 1024 });
  const read = JSON.parse(stdout) as { names: string[]; files: Record<string, string> };
  return { names: read.names, file: (name: string) => Buffer.from(read.files[name]!, 'base64') };
}

test('release zip: the folder baltic-widgets/ with the embed files as built, the schema, the README and this version\'s CHANGELOG', async () => {
  const { names, file } = await readZip('baltic-widgets/baltic-widgets.js', 'baltic-widgets/baltic-widgets.css', 'baltic-widgets/CHANGELOG.md', 'baltic-widgets/README.md');
  assert.ok(names.every((name) => name.startsWith('baltic-widgets/')), 'one folder to copy');
  for (const name of ['baltic-widgets.js', 'baltic-widgets.css']) assert.deepEqual(file(`baltic-widgets/${name}`), await readFile(join(ROOT, 'dist/cdn', name)), name);
  assert.ok(names.includes('baltic-widgets/feed.schema.json'));
  // Every file the loader names (without `.js`: all are modules), in the version folder it names.
  const folder = /"folder":"(v-[0-9a-f]{8})\/"/.exec(file('baltic-widgets/baltic-widgets.js').toString())?.[1];
  assert.ok(folder, 'the loader names its version folder');
  const files = JSON.parse(/"files":(\[[^\]]*\])/.exec(file('baltic-widgets/baltic-widgets.js').toString())![1]!) as string[];
  assert.deepEqual(files.filter((name) => !names.includes(`baltic-widgets/${folder}/${name}.js`)), [], 'files the loader names that are not in the zip');
  assert.ok(names.includes('baltic-widgets/studio/index.html'), 'the feed studio (built by npm run build)');
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  assert.match(file('baltic-widgets/CHANGELOG.md').toString(), new RegExp(`^## ${version.replaceAll('.', '\\.')}\\b`, 'm'));
  assert.match(file('baltic-widgets/README.md').toString(), /<script type="module" src="\/baltic-widgets\/baltic-widgets\.js"><\/script>/);
});

test('release zip: the example feed names the schema beside it, and every image it uses is in the folder', async () => {
  const { names, file } = await readZip('baltic-widgets/example/feed.json');
  const example = JSON.parse(file('baltic-widgets/example/feed.json').toString());
  assert.equal(example.$schema, '../feed.schema.json');
  assert.ok(names.includes('baltic-widgets/feed.schema.json'), 'example/../feed.schema.json');
  const images = [...JSON.stringify(example).matchAll(/"(images\/[^"]+)"/g)].map((match) => match[1]);
  assert.ok(images.length >= 3);
  for (const image of images) assert.ok(names.includes(`baltic-widgets/example/${image}`), image);
});

test('release zip: the $schema address of the README\'s feed example names a file of the folder, once copied to the site', async () => {
  const { names } = await readZip();
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const address = readme.match(/"\$schema": "https:\/\/your-site\.example\/([^"]+)"/)?.[1];
  assert.equal(address, 'baltic-widgets/feed.schema.json');
  assert.ok(names.includes(address));
});

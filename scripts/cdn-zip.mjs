/**
 * The release's `baltic-widgets-cdn-<version>.zip`: a folder `baltic-widgets/` for a web server
 * with the embed files (dist/cdn), the feed's JSON Schema, the studio page (when built), an
 * example feed with its images (its `$schema` pointing at the schema beside it), a one-page
 * README for webmasters and the CHANGELOG. Written by Node itself (deflate, no `zip` program:
 * a fresh machine has none), with fixed dates so the same files give the same archive.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const exists = (path) => stat(path).then(() => true, () => false);

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** Every file of the folder, as [path inside the zip, contents]. */
async function cdnFolder(root) {
  const files = [];
  const addTree = async (from, to) => {
    for (const file of await filesUnder(join(root, from))) files.push([`${to}/${relative(join(root, from), file).split(sep).join('/')}`, await readFile(file)]);
  };
  await addTree('dist/cdn', 'baltic-widgets');
  files.push(['baltic-widgets/feed.schema.json', await readFile(join(root, 'feed.schema.json'))]);
  if (await exists(join(root, 'dist/studio'))) await addTree('dist/studio', 'baltic-widgets/studio');
  const { $schema: _demoSchema, ...example } = JSON.parse(await readFile(join(root, 'demo/feed.json'), 'utf8'));
  files.push(['baltic-widgets/example/feed.json', Buffer.from(`${JSON.stringify({ $schema: '../feed.schema.json', ...example }, null, 2)}\n`)]);
  await addTree('demo/images', 'baltic-widgets/example/images');
  files.push(['baltic-widgets/README.md', await readFile(join(root, 'docs/cdn-readme.md'))]);
  files.push(['baltic-widgets/CHANGELOG.md', await readFile(join(root, 'CHANGELOG.md'))]);
  return files;
}

const DOS_DATE = (1 << 5) | 1; // 1980-01-01, 00:00

/** A zip archive (PKWARE APPNOTE: local headers, central directory, end record; deflate). */
function zip(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const fields = (header) => {
      header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
      header.writeUInt16LE(0x0800, 6); // UTF-8 names
      header.writeUInt16LE(8, 8); // deflate
      header.writeUInt16LE(0, 10);
      header.writeUInt16LE(DOS_DATE, 12);
      header.writeUInt32LE(crc32(data), 14);
      header.writeUInt32LE(packed.length, 18);
      header.writeUInt32LE(data.length, 22);
      header.writeUInt16LE(nameBytes.length, 26);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    fields(entry.subarray(2));
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a plain file, rw-r--r--
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Writes the CDN zip of the built package in `root` (after `npm run build`) to `file`. */
export async function writeCdnZip(root, file) {
  await writeFile(file, zip(await cdnFolder(root)));
}

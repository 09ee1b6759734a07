/**
 * The studio's image folder, `images/` beside the feed: photos a volunteer chooses are copied
 * in under a safe name, and served back for the preview. No other path is read or written.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { writeAtomically } from './feed-file.js';

/** The folder's name beside the feed, and the start of the URLs the feed gets. */
export const IMAGE_FOLDER = 'images';

/** The largest photo taken, in bytes. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** Image types by extension. SVG is left out: it can carry scripts, and a photo never needs it. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
};

/** The first bytes of each type, so that a file named .jpg is a JPEG. */
const SIGNATURES: ReadonlyArray<readonly [string, (bytes: Uint8Array) => boolean]> = [
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/png', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['image/gif', (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46],
  ['image/webp', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['image/avif', (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12))],
];

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

export class ImageRejectedError extends Error {
  constructor(
    message: string,
    readonly status: 413 | 415,
  ) {
    super(message);
    this.name = 'ImageRejectedError';
  }
}

/** A file name made safe: Latin letters, digits, `-` and `_` (Cyrillic and other letters transliterated or dropped), lower case, bounded. */
export function safeImageName(original: string): string {
  const extension = (/\.[^./\\]+$/.exec(original)?.[0] ?? '').toLowerCase();
  const stem = original
    .slice(0, original.length - extension.length)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, (run) => (/[\p{L}\p{N}]/u.test(run) ? run : '-'))
    .replace(/\p{L}/gu, (letter) => transliterate(letter))
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'photo'}${extension === '.jpeg' ? '.jpg' : extension}`;
}

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g',
};

function transliterate(letter: string): string {
  const lower = letter.toLowerCase();
  return /[a-z]/.test(lower) ? letter : Object.hasOwn(CYRILLIC, lower) ? CYRILLIC[lower]! : '';
}

export class ImageFolder {
  readonly directory: string;

  constructor(feedDirectory: string) {
    this.directory = join(feedDirectory, IMAGE_FOLDER);
  }

  /**
   * Copies a photo in; resolves to its URL relative to the feed (`images/koncert-2026.jpg`).
   * The same bytes under the same name are stored once; another photo of that name gets `-2`, `-3`….
   */
  async add(originalName: string, bytes: Uint8Array): Promise<string> {
    if (bytes.byteLength > MAX_IMAGE_BYTES) throw new ImageRejectedError(`the photo is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`, 413);
    const name = safeImageName(originalName);
    const type = IMAGE_TYPES[extname(name)];
    if (!type) throw new ImageRejectedError(`${originalName}: not a photo the widgets can show (JPEG, PNG, WebP, GIF or AVIF)`, 415);
    const actual = SIGNATURES.find(([, matches]) => matches(bytes))?.[0];
    if (actual !== type) throw new ImageRejectedError(`${originalName}: the file's contents are not ${type.slice(6).toUpperCase()}`, 415);
    await mkdir(this.directory, { recursive: true });
    const existing = new Set(await readdir(this.directory));
    const digest = hash(bytes);
    const extension = extname(name);
    const stem = name.slice(0, -extension.length);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : `${stem}-${n}${extension}`;
      if (!existing.has(candidate)) {
        await writeAtomically(join(this.directory, candidate), bytes);
        return `${IMAGE_FOLDER}/${candidate}`;
      }
      if (hash(await readFile(join(this.directory, candidate))) === digest) return `${IMAGE_FOLDER}/${candidate}`;
    }
  }

  /** A stored photo's bytes and type, for a name as it comes in a URL; undefined for anything that is not a photo in the folder. */
  async get(name: string): Promise<{ bytes: Buffer; type: string } | undefined> {
    // Only a plain name of the folder: no separators, no dot files, a photo's extension.
    if (!/^[a-z0-9_-][a-z0-9._-]*$/i.test(name) || name.includes('..')) return undefined;
    const type = IMAGE_TYPES[extname(name).toLowerCase()];
    if (!type) return undefined;
    try {
      const path = join(this.directory, name);
      // A link could lead anywhere on the disk: only the folder's own files are served.
      if (!(await lstat(path)).isFile()) return undefined;
      return { bytes: await readFile(path), type };
    } catch {
      return undefined;
    }
  }
}

const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

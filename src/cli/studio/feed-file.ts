/**
 * The feed file the studio edits, and nothing else of the disk: reading it (in the encoding its
 * editor saved it in: `text-encoding.ts`; saves write UTF-8), its version (a hash of its bytes, so a change by another program is seen),
 * atomic saves (a temporary file beside it, then a rename) and a bounded history of the
 * versions each save replaced, beside the feed in `<name>.history/`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { decodeFeedBytes, type FeedEncoding } from '../../studio/model/text-encoding.js';

/** How many replaced versions the history keeps; the oldest go first. */
export const HISTORY_LIMIT = 50;

/** A history entry's id: the time of the save that replaced it, made safe for a file name. */
const HISTORY_ID = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?$/;

export interface HistoryEntry {
  id: string;
  /** When the version was replaced (ISO 8601). */
  savedAt: string;
  /** Its size in bytes. */
  size: number;
}

/** What reading the feed found: its text and the encoding it was saved in, or that there is no file yet. */
export type FeedRead = { exists: true; text: string; version: string; encoding: FeedEncoding } | { exists: false; text: null; version: null; encoding: null };

/** Another program changed the file since the version the editor started from. */
export class ChangedOnDiskError extends Error {
  constructor(readonly currentVersion: string | null) {
    super('the feed file changed on disk since it was opened');
    this.name = 'ChangedOnDiskError';
  }
}

export const versionOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

export class FeedFile {
  readonly directory: string;
  readonly fileName: string;
  readonly historyDirectory: string;
  /** Saves run one after another, so two at once cannot interleave their checks and renames. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {
    this.directory = dirname(path);
    this.fileName = basename(path);
    this.historyDirectory = join(this.directory, `${this.fileName}.history`);
  }

  /** The file's bytes, or undefined when there is none. */
  async #bytes(): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async read(): Promise<FeedRead> {
    const bytes = await this.#bytes();
    if (!bytes) return { exists: false, text: null, version: null, encoding: null };
    return { exists: true, ...decodeFeedBytes(bytes), version: versionOf(bytes) };
  }

  async version(): Promise<string | null> {
    const bytes = await this.#bytes();
    return bytes ? versionOf(bytes) : null;
  }

  /**
   * Writes `text` as the feed, unless the file's version is no longer `baseVersion` (null: no
   * file was there) and `force` is not set. The version replaced goes into the history first;
   * the new text reaches the feed's name only complete (temporary file, flushed, renamed).
   */
  save(text: string, baseVersion: string | null, force = false): Promise<{ version: string; savedAt: string }> {
    const run = this.#queue.then(async () => {
      const current = await this.#bytes();
      const currentVersion = current ? versionOf(current) : null;
      if (!force && currentVersion !== baseVersion) throw new ChangedOnDiskError(currentVersion);
      const savedAt = new Date();
      if (current) await this.#remember(current, savedAt);
      const bytes = Buffer.from(text, 'utf8');
      await writeAtomically(this.path, bytes);
      return { version: versionOf(bytes), savedAt: savedAt.toISOString() };
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #remember(bytes: Buffer, savedAt: Date): Promise<void> {
    await mkdir(this.historyDirectory, { recursive: true });
    const stem = savedAt.toISOString().replace(/[:.]/g, '-');
    const taken = new Set(await readdir(this.historyDirectory));
    let id = stem;
    for (let n = 2; taken.has(`${id}.json`); n++) id = `${stem}-${n}`;
    await writeAtomically(join(this.historyDirectory, `${id}.json`), bytes);
    const entries = (await this.history()).slice(HISTORY_LIMIT);
    await Promise.all(entries.map((entry) => rm(join(this.historyDirectory, `${entry.id}.json`), { force: true })));
  }

  /** The versions saves replaced, newest first. */
  async history(): Promise<HistoryEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.historyDirectory);
    } catch {
      return [];
    }
    const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).filter((id) => HISTORY_ID.test(id));
    const entries = await Promise.all(
      ids.map(async (id) => ({ id, savedAt: idToIso(id), size: (await stat(join(this.historyDirectory, `${id}.json`))).size })),
    );
    return entries.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  /** One history entry's text; undefined for an id that is not one (whatever it says, nothing outside the history is read). */
  async historyText(id: string): Promise<string | undefined> {
    if (!HISTORY_ID.test(id)) return undefined;
    try {
      return decodeFeedBytes(await readFile(join(this.historyDirectory, `${id}.json`))).text;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}

/** Writes a file so that its name only ever holds a complete version: a flushed temporary file beside it, renamed over it. */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

function idToIso(id: string): string {
  const [, date, hours, minutes, seconds, millis] = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(id)!;
  return `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
}

/**
 * Writing long output in pieces, as it is made: a calendar of a 200 MB feed is never held whole
 * in memory, and a file the CLI writes is replaced only once it is complete (a subscriber
 * fetching the published `.ics` meanwhile gets the old calendar, not half of the new one).
 */
import { createWriteStream, realpathSync } from 'node:fs';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { TextSink } from './io.js';

/** Pieces are gathered to about this many characters before each write. */
const BATCH_LENGTH = 1 << 16;

type WaitingSink = TextSink & { once?(event: 'drain', listener: () => void): unknown };

/** Writes `text`; when the stream asks to wait (its buffer is full), resolves once it has drained. */
function writeWaiting(sink: WaitingSink, text: string): Promise<void> | undefined {
  if (sink.write(text) !== false || !sink.once) return undefined;
  return new Promise((resolve) => sink.once!('drain', resolve));
}

/** Writes `pieces` to `sink` in order, in batches of about 64 K characters, waiting whenever the stream asks to. */
export async function writePieces(sink: WaitingSink, pieces: Iterable<string>): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < BATCH_LENGTH) continue;
    await writeWaiting(sink, batch);
    batch = '';
  }
  if (batch) await writeWaiting(sink, batch);
}

/** The file a path names, through symbolic links (a link to the published calendar stays a link); the path itself when there is none yet. */
function targetOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Writes `pieces` as UTF-8 to `path`: first to a temporary file beside it (with the old file's
 * permissions), which then replaces the file. On any error the temporary file is removed, the
 * old file stays as it was, and the error is thrown.
 */
export async function writeFileInPieces(path: string, pieces: Iterable<string>): Promise<void> {
  const target = targetOf(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const stream = createWriteStream(temporary);
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  try {
    await Promise.race([
      failed,
      (async () => {
        await writePieces(stream, pieces);
        await new Promise<void>((resolve) => stream.end(resolve));
      })(),
    ]);
    const mode = await stat(target).then((existing) => existing.mode, () => undefined);
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writing a feed file from the command line (`import`, `validate --stamp`): atomically, in the
 * file's own indentation, with the stamp of the check when the feed may carry one
 * (src/feed/feed-stamp.ts) and without an outdated one.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { feedFileText, withCurrentStamp, type Stamping } from '../feed/feed-stamping.js';
import type { FeedValidation } from '../feed/validate.js';
import { CliError, ExitCode } from './io.js';

/** The indentation the feed file uses (two spaces when it is new or on one line). */
function indentOf(text: string | undefined): string | number {
  const indent = text && /\n([ \t]+)"/.exec(text)?.[1];
  return indent || 2;
}

/** Writes next to the file, then renames: a reader never sees half a feed, and a failed write leaves the old one. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliError(`cannot write ${path}: ${(error as Error).message}`, ExitCode.Unreadable);
  }
}

/**
 * Writes `feed` to `path` as the file `previousText` was laid out, stamped when it may be (an
 * earlier stamp is dropped otherwise: it would no longer match); resolves to how it went. With
 * `onlyStamped` (`validate --stamp`), a feed that cannot be stamped is not written; `validation`
 * is the feed's, when the command has it (it is not validated twice).
 */
export async function writeFeedFile(
  path: string,
  feed: object,
  previousText: string | undefined,
  { onlyStamped = false, validation }: { onlyStamped?: boolean; validation?: FeedValidation } = {},
): Promise<Stamping> {
  const indent = indentOf(previousText);
  const { document, stamping } = await withCurrentStamp(feed as Record<string, unknown>, indent, validation);
  if (!onlyStamped || 'stamped' in stamping) await writeAtomically(path, feedFileText(document, indent));
  return stamping;
}

/**
 * Opening a feed in the studio: from the server or a file, a new one from the wizard, or the
 * edit session kept before a reload (the draft belongs to its feed: see StudioFiles).
 * A file in another layout is compared as the studio writes it, so opening changes nothing.
 */
import { FeedParseError, newFeed, normalizedText, parseFeedDocument, serializeFeed, type NewFeedAnswers } from '../model/document.js';
import { msg, str } from '../i18n.js';
import { encodingName, type FeedEncoding } from '../model/text-encoding.js';
import { jsonBreak, withoutTrailingCommas } from '../model/json-repair.js';
import type { StudioHost } from './studio-host.js';
import type { OpenFeed } from './studio-files.js';

/** Finds the feed: a draft kept for it, the server's file, the wizard (a server without a file) or the start screen. */
export async function startStudio(host: StudioHost): Promise<void> {
  const opened = await host.files.start().catch((error: Error) => {
    host.notice = { kind: 'error', text: () => msg(str`The studio server did not answer: ${error.message}`, { id: 'studio.server-error' }) };
    return undefined;
  });
  const draft = host.files.draft();
  if (draft) {
    loadFeed(host, draft.text, draft.savedText);
    host.notice = { kind: 'info', text: () => msg('Your unsaved changes from last time are back. Save them, or open the file again to drop them.', { id: 'studio.draft-restored' }) };
  } else if (opened) {
    if (opened.text === null) host.screen = 'wizard';
    else showOpened(host, opened);
  } else host.screen = 'start';
  host.files.watch(() => (host.diskChanged = true));
}

/**
 * Shows a feed's text; `savedText` is what is on disk (null for a feed never saved). Commas
 * after a last item (`json-repair.ts`) are left out, said so, and the feed marked unsaved; a
 * text that is no feed is said so, with the line where its JSON breaks (the start screen then,
 * when nothing else was open: never "Loading…" for good).
 */
export function loadFeed(host: StudioHost, text: string, savedText: string | null): void {
  let repairedLines: number[] = [];
  try {
    host.document = parseFeedDocument(text);
  } catch (error) {
    const repaired = withoutTrailingCommas(text);
    try {
      if (!repaired.lines.length) throw error;
      host.document = parseFeedDocument(repaired.text);
      repairedLines = repaired.lines;
    } catch {
      const at = jsonBreak(text);
      host.notice = {
        kind: 'error',
        text: () =>
          at
            ? msg(str`This file is not a feed the studio can read: its text breaks at line ${at.line}, column ${at.column}. Whoever set up the website can fix that line; earlier versions are under "Earlier versions".`, { id: 'studio.parse-error-at' })
            : msg(str`This file is not a feed: ${(error as FeedParseError).message}`, { id: 'studio.parse-error' }),
      };
      if (host.screen === 'loading') host.screen = 'start';
      return;
    }
  }
  host.savedText = savedText === null || repairedLines.length ? null : savedText === text ? serializeFeed(host.document) : normalizedText(savedText);
  host.selected = 0;
  host.screen = 'editor';
  host.diskChanged = false;
  if (repairedLines.length) {
    const lines = [...new Set(repairedLines)].join(', ');
    host.notice = { kind: 'info', text: () => msg(str`The file had a comma after the last item (line ${lines}), which a feed may not have: the studio left it out. Save to store the corrected file.`, { id: 'studio.commas-removed' }) };
  }
}

/** Opens another feed (asking first when the current one has unsaved changes). */
export async function openFeed(host: StudioHost, open: () => Promise<OpenFeed | undefined>): Promise<void> {
  if (host.dirty && !host.confirm(() => msg('Your changes are not saved. Open another file anyway?', { id: 'studio.confirm-discard' }))) return;
  const opened = await open().catch((error: Error) => {
    host.notice = { kind: 'error', text: () => error.message };
    return undefined;
  });
  if (opened?.text != null) {
    host.notice = undefined;
    showOpened(host, opened);
    host.keepDraft();
  }
}

/** Shows a feed as opened from its file (what is on disk is its text), saying so when it came in another encoding than UTF-8; nothing for no file. */
export function showOpened(host: StudioHost, opened: OpenFeed): void {
  if (opened.text === null) return;
  loadFeed(host, opened.text, opened.text);
  noteEncoding(host, opened);
}

/**
 * A file an editor saved in another encoding than UTF-8 (Windows-1251, UTF-16…) is shown as it
 * was meant (`text-encoding.ts`), marked unsaved and said so: saving stores it as UTF-8, the one
 * the widgets read. Its bytes as they were stay in the history once it is saved.
 */
function noteEncoding(host: StudioHost, { fileName, encoding }: { fileName: string; encoding: FeedEncoding | null }): void {
  if (!encoding || encoding === 'utf-8' || host.screen !== 'editor') return;
  host.savedText = null;
  host.notice =
    encoding === 'utf-8-damaged'
      ? { kind: 'error', text: () => msg(str`${fileName} has some bytes that are not text; they show as "�". Check the texts where you see it, then save.`, { id: 'studio.damaged' }) }
      : {
          kind: 'info',
          text: () => msg(str`${fileName} was saved as ${encodingName(encoding)} text. It is shown as it was meant; save it to store it as UTF-8, the text the widgets read.`, { id: 'studio.converted' }),
        };
}

/** A new feed from the wizard's answers, never saved yet. */
export function createFeed(host: StudioHost, answers: NewFeedAnswers): void {
  host.document = newFeed(answers);
  host.savedText = null;
  host.screen = 'editor';
  host.section = 'events';
  host.keepDraft();
}

/**
 * Opening a feed in the studio: from the server or a file, a new one from the wizard, or the
 * edit session kept before a reload (the draft belongs to its feed: see StudioFiles).
 * A file in another layout is compared as the studio writes it, so opening changes nothing.
 */
import { FeedParseError, newFeed, normalizedText, parseFeedDocument, serializeFeed, type NewFeedAnswers } from '../model/document.js';
import { msg, str } from '../i18n.js';
import { encodingName, type FeedEncoding } from '../model/text-encoding.js';
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
    else {
      loadFeed(host, opened.text, opened.text);
      noteEncoding(host, opened);
    }
  } else host.screen = 'start';
  host.files.watch(() => (host.diskChanged = true));
}

/** Shows a feed's text; `savedText` is what is on disk (null for a feed never saved). A text that is no feed is said so. */
export function loadFeed(host: StudioHost, text: string, savedText: string | null): void {
  try {
    host.document = parseFeedDocument(text);
  } catch (error) {
    host.notice = { kind: 'error', text: () => msg(str`This file is not a feed: ${(error as FeedParseError).message}`, { id: 'studio.parse-error' }) };
    return;
  }
  host.savedText = savedText === null ? null : savedText === text ? serializeFeed(host.document) : normalizedText(savedText);
  host.selected = 0;
  host.screen = 'editor';
  host.diskChanged = false;
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
    loadFeed(host, opened.text, opened.text);
    noteEncoding(host, opened);
    host.keepDraft();
  }
}

/**
 * A file an editor saved in another encoding than UTF-8 (Windows-1251, UTF-16…) is shown as it
 * was meant (`text-encoding.ts`), marked unsaved and said so: saving stores it as UTF-8, the one
 * the widgets read. Its bytes as they were stay in the history once it is saved.
 */
export function noteEncoding(host: StudioHost, { fileName, encoding }: { fileName: string; encoding: FeedEncoding | null }): void {
  if (!encoding || encoding === 'utf-8' || host.screen !== 'editor') return;
  host.savedText = null;
  host.notice = {
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

/**
 * Opening a feed in the studio: from the server or a file, a new one from the wizard, or the
 * edit session kept before a reload (the draft belongs to its feed: see StudioFiles).
 * A file in another layout is compared as the studio writes it, so opening changes nothing.
 */
import { FeedParseError, newFeed, normalizedText, parseFeedDocument, serializeFeed, type NewFeedAnswers } from '../model/document.js';
import { msg, str } from '../i18n.js';
import type { StudioHost } from './studio-host.js';

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
    else loadFeed(host, opened.text, opened.text);
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
export async function openFeed(host: StudioHost, open: () => Promise<{ text: string | null } | undefined>): Promise<void> {
  if (host.dirty && !host.confirm(() => msg('Your changes are not saved. Open another file anyway?', { id: 'studio.confirm-discard' }))) return;
  const opened = await open().catch((error: Error) => {
    host.notice = { kind: 'error', text: () => error.message };
    return undefined;
  });
  if (opened?.text != null) {
    host.notice = undefined;
    loadFeed(host, opened.text, opened.text);
    host.keepDraft();
  }
}

/** A new feed from the wizard's answers, never saved yet. */
export function createFeed(host: StudioHost, answers: NewFeedAnswers): void {
  host.document = newFeed(answers);
  host.savedText = null;
  host.screen = 'editor';
  host.section = 'events';
  host.keepDraft();
}

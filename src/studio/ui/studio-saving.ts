/**
 * Saving from the studio, and what can go wrong: the file changed on disk since it was
 * opened (the volunteer chooses: theirs or mine), a save that failed (the changes stay), and
 * the earlier versions the server keeps.
 */
import { ChangedOnDiskError } from '../model/server.js';
import { msg, str } from '../i18n.js';
import { loadFeed, showOpened } from './studio-session.js';
import type { StudioHost } from './studio-host.js';

/** Saves the feed (with the chosen calendar files on a server); `force` saves over a file changed on disk. */
export async function saveFeed(host: StudioHost, force = false): Promise<void> {
  if (!host.document) return;
  host.dialog = undefined;
  try {
    const saving = host.document;
    const { text, document, result, how } = await host.files.save(saving, { force, ics: host.files.mode === 'server' ? host.icsLanguages : undefined });
    if (how === 'cancelled') return;
    // What was written, with its stamp (or without an earlier one); an edit made meanwhile stays, unsaved.
    if (host.document === saving) host.document = document;
    host.savedText = text;
    host.diskChanged = false;
    host.lastSave = { icsFiles: result?.ics ?? [] };
    host.files.keepDraft(host.document, host.savedText);
    const time = new Date().toLocaleTimeString(host.locale === 'en' ? 'en-GB' : host.locale, { timeStyle: 'short' });
    host.notice = {
      kind: 'success',
      text: () => how === 'downloaded'
        ? msg(str`Saved as a download: ${host.files.fileName}. Put it in place of the old file.`, { id: 'studio.saved-download' })
        : msg(str`Saved at ${time}.`, { id: 'studio.saved' }),
    };
  } catch (error) {
    if (error instanceof ChangedOnDiskError) host.dialog = 'conflict';
    else host.notice = { kind: 'error', text: () => msg(str`Not saved: ${(error as Error).message}. Your changes are kept here; try again.`, { id: 'studio.save-error' }) };
  }
}

/** Loads the version on disk in place of the studio's (the volunteer chose theirs). */
export async function reloadTheirs(host: StudioHost): Promise<void> {
  host.dialog = undefined;
  const opened = await host.files.reload();
  showOpened(host, opened);
  host.files.keepDraft(undefined, null);
}

export async function openHistory(host: StudioHost): Promise<void> {
  host.dialog = 'history';
  host.history = undefined;
  host.history = await host.files.history().catch(() => []);
}

/** Opens an earlier version as unsaved changes: saving makes it the current one. */
export async function restoreVersion(host: StudioHost, id: string): Promise<void> {
  const text = await host.files.historyText(id);
  host.dialog = undefined;
  loadFeed(host, text, host.savedText);
  host.keepDraft();
  host.notice = { kind: 'info', text: () => msg('The earlier version is open. Save to make it the current one.', { id: 'studio.history.opened' }) };
}

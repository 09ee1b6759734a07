/**
 * The studio as a static page: feeds opened from the computer and saved back (the File
 * System Access API where the browser has it, a download otherwise), calendar files
 * downloaded, the edit session kept in localStorage across reloads.
 */
import { decodeFeedBytes, type FeedEncoding } from './text-encoding.js';

interface FileHandle {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
}
interface PickerWindow {
  showOpenFilePicker?: (options?: object) => Promise<FileHandle[]>;
  showSaveFilePicker?: (options?: object) => Promise<FileHandle>;
}

const JSON_TYPES = [{ description: 'Feed (JSON)', accept: { 'application/json': ['.json'] } }];

export interface OpenedFile {
  name: string;
  text: string;
  /** The encoding the file was saved in (`text-encoding.ts`). */
  encoding: FeedEncoding;
  handle?: FileHandle;
}

export const canPickFiles = () => typeof (window as PickerWindow).showOpenFilePicker === 'function';

/** A feed chosen with the browser's file dialog of the File System Access API (undefined when cancelled). */
export async function pickFeedFile(): Promise<OpenedFile | undefined> {
  try {
    const [handle] = await (window as PickerWindow).showOpenFilePicker!({ types: JSON_TYPES });
    if (!handle) return undefined;
    return { name: handle.name, ...decodeFeedBytes(new Uint8Array(await (await handle.getFile()).arrayBuffer())), handle };
  } catch (error) {
    if ((error as DOMException).name === 'AbortError') return undefined;
    throw error;
  }
}

/**
 * Writes the feed back: into the file it came from when the browser allows, a file chosen
 * with a save dialog, else a download. Returns the handle to use next time, and how it went.
 */
export async function saveFeedFile(text: string, name: string, handle: FileHandle | undefined): Promise<{ handle?: FileHandle; how: 'written' | 'downloaded' | 'cancelled' }> {
  const picker = window as PickerWindow;
  try {
    let target = handle;
    if (!target && typeof picker.showSaveFilePicker === 'function') target = await picker.showSaveFilePicker({ suggestedName: name, types: JSON_TYPES });
    if (target && typeof target.createWritable === 'function') {
      const writable = await target.createWritable();
      await writable.write(new Blob([text], { type: 'application/json' }));
      await writable.close();
      return { handle: target, how: 'written' };
    }
  } catch (error) {
    if ((error as DOMException).name === 'AbortError') return { how: 'cancelled' };
    // Permission refused or no such API after all: a download keeps the work.
  }
  downloadFile(text, name, 'application/json');
  return { how: 'downloaded' };
}

/** Offers a text as a file download (a link clicked for the visitor). */
export function downloadFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Width and height of an image file, read by the browser. */
export async function imageSize(file: Blob): Promise<{ width: number; height: number }> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface Draft {
  text: string;
  /** The text as last opened or saved: the draft differs from it. */
  savedText: string | null;
  baseVersion: string | null;
  fileName: string;
  mode: 'server' | 'static';
  /** Which feed the draft belongs to (the studio server's address and its file), so one feed's draft never opens into another. */
  source: string;
}

const DRAFT_KEY = 'baltic-studio-draft';

export function saveDraft(draft: Draft | undefined): void {
  try {
    if (draft) localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    else localStorage.removeItem(DRAFT_KEY);
  } catch {
    /* Storage full or off: the page still warns before leaving. */
  }
}

export function loadDraft(): Draft | undefined {
  try {
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
    return draft && typeof draft.text === 'string' ? draft : undefined;
  } catch {
    return undefined;
  }
}

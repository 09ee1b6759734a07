/**
 * Where the feed comes from and goes to: the local server (`baltic-widgets studio`) or, on
 * a static page, files on the computer. One interface for the editor; the draft in
 * localStorage and the "changed on disk" watch live here too.
 */
import { serializeFeed, type FeedDocument } from '../model/document.js';
import { withCurrentStamp } from '../../feed/feed-stamping.js';
import { canPickFiles, downloadFile, imageSize, loadDraft, pickFeedFile, saveDraft, saveFeedFile, type Draft, type OpenedFile } from '../model/local-files.js';
import { StudioServer, type SaveResult } from '../model/server.js';
import { decodeFeedBytes, type FeedEncoding } from '../model/text-encoding.js';

export type StudioMode = 'server' | 'static';

export interface OpenFeed {
  text: string | null;
  version: string | null;
  fileName: string;
  /** The encoding the file was saved in (saving writes UTF-8); null when there is no file. */
  encoding: FeedEncoding | null;
}

/** How often the server is asked whether the file changed on disk. */
const VERSION_POLL_MS = 5000;
/** A burst of typing is kept as one draft, this long after its last keystroke. */
const DRAFT_DELAY_MS = 250;

type DraftState = () => readonly [document: FeedDocument | undefined, savedText: string | null];

export class StudioFiles {
  mode: StudioMode = 'static';
  fileName = 'feed.json';
  /** The file's version when it was opened or last saved (server mode). */
  baseVersion: string | null = null;
  private handle: OpenedFile['handle'];
  private readonly server: StudioServer;
  private poll?: ReturnType<typeof setInterval>;
  private draftTimer?: ReturnType<typeof setTimeout>;
  private pendingDraft?: DraftState;

  constructor(private readonly apiBase: string) {
    this.server = new StudioServer(apiBase);
  }

  /** The feed a draft is kept for: on a server its address and file, on a static page the page. */
  private get draftSource(): string {
    return this.mode === 'server' ? `${new URL(this.apiBase, location.href).href}|${this.fileName}` : 'static';
  }

  /** Asks for a studio server; the feed it serves, or undefined on a static page. */
  async start(): Promise<OpenFeed | undefined> {
    const session = await this.server.session();
    if (!session) return undefined;
    this.mode = 'server';
    this.fileName = session.fileName;
    const { text, version, encoding } = await this.server.feed();
    this.baseVersion = version;
    return { text, version, fileName: session.fileName, encoding };
  }

  /** The server's current text (after "load theirs"). */
  async reload(): Promise<OpenFeed> {
    const { text, version, encoding } = await this.server.feed();
    this.baseVersion = version;
    return { text, version, fileName: this.fileName, encoding };
  }

  /** Calls `onChanged` when the file on disk is no longer the one opened or saved. */
  watch(onChanged: (version: string | null) => void): void {
    if (this.mode !== 'server' || this.poll) return;
    this.poll = setInterval(() => {
      void this.server.version().then(
        (version) => {
          if (version !== this.baseVersion) onChanged(version);
        },
        () => undefined,
      );
    }, VERSION_POLL_MS);
  }

  stop(): void {
    clearInterval(this.poll);
    this.poll = undefined;
  }

  /**
   * Saves, stamped as checked when the feed has no problem (feed-stamping.ts): `document` is what
   * was written. In server mode ChangedOnDiskError when the file changed since it was opened
   * (unless `force`).
   */
  async save(
    unsaved: FeedDocument,
    options: { force?: boolean; ics?: string[] } = {},
  ): Promise<{ text: string; document: FeedDocument; result?: SaveResult; how: 'saved' | 'written' | 'downloaded' | 'cancelled' }> {
    const document = (await withCurrentStamp(unsaved)).document as FeedDocument;
    const text = serializeFeed(document);
    if (this.mode === 'server') {
      const result = await this.server.save(text, this.baseVersion, options);
      this.baseVersion = result.version;
      return { text, document, result, how: 'saved' };
    }
    const { handle, how } = await saveFeedFile(text, this.fileName, this.handle);
    if (handle) {
      this.handle = handle;
      this.fileName = handle.name;
    }
    return { text, document, how };
  }

  canPick = canPickFiles;

  /** A feed chosen with the browser's file dialog (static page). */
  async pick(): Promise<OpenFeed | undefined> {
    const opened = await pickFeedFile();
    if (!opened) return undefined;
    this.handle = opened.handle;
    this.fileName = opened.name;
    return { text: opened.text, version: null, fileName: opened.name, encoding: opened.encoding };
  }

  /** A feed given as a File (file input or drag and drop): saved later as a download or with a save dialog. */
  async openFile(file: File): Promise<OpenFeed> {
    this.handle = undefined;
    this.fileName = file.name;
    const { text, encoding } = decodeFeedBytes(new Uint8Array(await file.arrayBuffer()));
    return { text, version: null, fileName: file.name, encoding };
  }

  history() {
    return this.server.history();
  }

  historyText(id: string) {
    return this.server.historyText(id);
  }

  /** An image for the feed: its URL (copied beside the feed by the server; `images/<name>` on a static page) and its size. */
  async image(file: File): Promise<{ src: string; width: number; height: number }> {
    const size = await imageSize(file);
    const src = this.mode === 'server' ? await this.server.uploadImage(file) : `images/${file.name.replace(/[^\w.-]+/g, '-')}`;
    return { src, ...size };
  }

  download = downloadFile;

  /** Keeps the session for a reload (or forgets it when nothing is unsaved). */
  keepDraft(document: FeedDocument | undefined, savedText: string | null): void {
    const text = document ? serializeFeed(document) : undefined;
    const draft: Draft | undefined =
      text !== undefined && text !== savedText ? { text, savedText, baseVersion: this.baseVersion, fileName: this.fileName, mode: this.mode, source: this.draftSource } : undefined;
    saveDraft(draft);
  }

  /** Keeps the session soon (once per burst of typing); `current` is read when it is written. */
  keepDraftSoon(current: DraftState): void {
    clearTimeout(this.draftTimer);
    this.pendingDraft = current;
    this.draftTimer = setTimeout(() => this.flushDraft(), DRAFT_DELAY_MS);
  }

  /** Writes a draft still waiting for its timer now (the page is leaving, or the studio is removed). */
  flushDraft(): void {
    clearTimeout(this.draftTimer);
    const current = this.pendingDraft;
    this.pendingDraft = undefined;
    if (current) this.keepDraft(...current());
  }

  /** The session kept before a reload, if it belongs to this feed. */
  draft(): Draft | undefined {
    const draft = loadDraft();
    if (!draft || draft.mode !== this.mode || draft.source !== this.draftSource) return undefined;
    if (this.mode === 'static') this.fileName = draft.fileName;
    else this.baseVersion = draft.baseVersion;
    return draft;
  }
}

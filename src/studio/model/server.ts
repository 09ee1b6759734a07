/**
 * The local server's API (`baltic-widgets studio`): every URL relative to the page (or to
 * `base`), the session cookie sent along. Any answer to `api/session` other than a server
 * session means the studio runs as a static page.
 */
import type { FeedEncoding } from './text-encoding.js';

export interface SaveResult {
  version: string;
  savedAt: string;
  ics: { lang: string; file: string }[];
}

export interface HistoryEntry {
  id: string;
  savedAt: string;
  size: number;
}

export class ChangedOnDiskError extends Error {
  constructor(readonly version: string) {
    super('changed on disk');
  }
}

export class ServerError extends Error {}

export class StudioServer {
  constructor(private readonly base: string) {}

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetch(new URL(path, new URL(this.base, location.href)), { credentials: 'same-origin', ...init });
    const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (response.status === 409 && body?.error === 'changed') throw new ChangedOnDiskError(String(body.version));
    if (!response.ok) throw new ServerError(typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`);
    return body as T;
  }

  /** The file name when a studio server answers, undefined otherwise (a static page). */
  async session(): Promise<{ fileName: string; exists: boolean } | undefined> {
    try {
      const session = await this.request<{ mode?: string; fileName?: string; exists?: boolean }>('api/session');
      return session?.mode === 'server' ? { fileName: String(session.fileName ?? 'feed.json'), exists: !!session.exists } : undefined;
    } catch {
      return undefined;
    }
  }

  feed(): Promise<{ text: string | null; version: string | null; encoding: FeedEncoding | null }> {
    return this.request('api/feed');
  }

  save(text: string, baseVersion: string | null, options: { force?: boolean; ics?: string[] } = {}): Promise<SaveResult> {
    return this.request('api/feed', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, baseVersion, ...options }),
    });
  }

  async version(): Promise<string | null> {
    return (await this.request<{ version: string | null }>('api/version')).version;
  }

  history(): Promise<HistoryEntry[]> {
    return this.request('api/history');
  }

  async historyText(id: string): Promise<string> {
    return (await this.request<{ text: string }>(`api/history/${encodeURIComponent(id)}`)).text;
  }

  /** Copies an image beside the feed; the URL to write in the feed. */
  async uploadImage(file: File): Promise<string> {
    const { url } = await this.request<{ url: string }>(`api/images?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
    return url;
  }
}

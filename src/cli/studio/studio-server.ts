/**
 * The studio's local server: the editor page (the static build in `dist/studio/`), and a small
 * JSON API over the one feed file it was started for, its history, its calendar files and its
 * image folder. The API is what the editor in `src/studio/` calls, with URLs relative to the page:
 *
 * | request | answer |
 * | --- | --- |
 * | `GET api/session` | `{ mode: 'server', fileName, exists }` |
 * | `GET api/feed` | `{ text, version, encoding }` (all null before the first save; `encoding` the one the file was in, e.g. `windows-1251`: saves write UTF-8) |
 * | `GET api/version` | `{ version }`: polled, to warn early that another program changed the file |
 * | `PUT api/feed` `{ text, baseVersion, force?, ics? }` | `{ version, savedAt, ics: [{ lang, file }], problems }`; 409 `{ error: 'changed', version }`; 400 `{ error: 'invalid', message }` |
 * | `GET api/history` | `[{ id, savedAt, size }]`, newest first |
 * | `GET api/history/<id>` | `{ text }` |
 * | `POST api/images?name=<file name>` (the bytes) | `{ url: 'images/<name>' }`; 413, 415 `{ error, message }` |
 * | `GET images/<name>` | the photo, for the preview |
 *
 * Every request passes the RequestGuard first.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { runIcs } from '../ics.js';
import { ChangedOnDiskError, FeedFile } from './feed-file.js';
import { IMAGE_FOLDER, ImageFolder, ImageRejectedError, MAX_IMAGE_BYTES } from './image-folder.js';
import { newToken, RequestGuard } from './request-guard.js';

/** The largest feed a save may send, in bytes. */
export const MAX_FEED_BYTES = 64 * 1024 * 1024;

export interface StudioServerOptions {
  /** The feed file (it need not exist yet: the editor then starts a new feed). */
  feedPath: string;
  /** The built editor page and its assets. */
  staticDirectory: string;
  /** 0 takes any free port. */
  port?: number;
  /** For tests; a random one otherwise. */
  token?: string;
}

export interface RunningStudio {
  /** The address to open, with the token. */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const STATIC_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.xlf': 'application/xml; charset=utf-8',
};

/** The page may load only itself; photos and map tiles from anywhere (https), as the widgets show them. */
const PAGE_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob: https:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message ?? body.error));
  }
}

export async function startStudioServer(options: StudioServerOptions): Promise<RunningStudio> {
  const feed = new FeedFile(resolve(options.feedPath));
  const images = new ImageFolder(feed.directory);
  const token = options.token ?? newToken();
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const port = (server.address() as AddressInfo).port;
  const guard = new RequestGuard(token, port);
  const staticRoot = resolve(options.staticDirectory);

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(response, error.status, error.body);
      sendJson(response, 500, { error: 'internal', message: error instanceof Error ? error.message : String(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${guard.hosts[0]}`);
    const verdict = guard.check(request, url);
    if (!verdict.ok) return sendText(response, verdict.status, `baltic-widgets studio: ${verdict.reason}\n`);
    if (verdict.fromQuery) {
      // The token moves from the address into a cookie, so it is not kept in the browser's history or sent onwards.
      response.writeHead(303, { Location: url.pathname, 'Set-Cookie': guard.cookieHeader(), 'Cache-Control': 'no-store' });
      return void response.end();
    }
    const method = request.method ?? 'GET';
    const path = url.pathname;
    if (path.startsWith('/api/')) return handleApi(method, path.slice('/api/'.length), url, request, response);
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, { error: 'method' });
    if (path.startsWith(`/${IMAGE_FOLDER}/`)) {
      const image = await images.get(decodeURIComponent(path.slice(IMAGE_FOLDER.length + 2)));
      if (!image) return sendText(response, 404, 'not found\n');
      response.writeHead(200, {
        'Content-Type': image.type,
        'Content-Length': image.bytes.byteLength,
        'Content-Security-Policy': "default-src 'none'; sandbox",
        ...COMMON_HEADERS,
      });
      return void response.end(method === 'HEAD' ? undefined : image.bytes);
    }
    return serveStatic(path, method, response);
  }

  async function handleApi(method: string, route: string, url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (method === 'GET' && route === 'session') {
      return sendJson(response, 200, { mode: 'server', fileName: feed.fileName, exists: (await feed.version()) !== null });
    }
    if (method === 'GET' && route === 'feed') {
      const { text, version, encoding } = await feed.read();
      return sendJson(response, 200, { text, version, encoding });
    }
    if (method === 'GET' && route === 'version') return sendJson(response, 200, { version: await feed.version() });
    if (method === 'PUT' && route === 'feed') return sendJson(response, 200, await save(await readJsonBody(request)));
    if (method === 'GET' && route === 'history') return sendJson(response, 200, await feed.history());
    if (method === 'GET' && route.startsWith('history/')) {
      const text = await feed.historyText(decodeURIComponent(route.slice('history/'.length)));
      if (text === undefined) throw new HttpError(404, { error: 'not-found', message: 'no such saved version' });
      return sendJson(response, 200, { text });
    }
    if (method === 'POST' && route === 'images') {
      const name = url.searchParams.get('name');
      if (!name) throw new HttpError(400, { error: 'invalid', message: 'the photo needs its file name (?name=)' });
      try {
        return sendJson(response, 200, { url: await images.add(name, await readBody(request, MAX_IMAGE_BYTES)) });
      } catch (error) {
        if (error instanceof ImageRejectedError) throw new HttpError(error.status, { error: 'rejected', message: error.message });
        throw error;
      }
    }
    throw new HttpError(404, { error: 'not-found', message: `no ${method} api/${route}` });
  }

  async function save(body: unknown): Promise<Record<string, unknown>> {
    const { text, baseVersion, force, ics } = (body ?? {}) as Record<string, unknown>;
    if (typeof text !== 'string') throw new HttpError(400, { error: 'invalid', message: '"text" must be the feed as a string' });
    if (baseVersion !== null && typeof baseVersion !== 'string') throw new HttpError(400, { error: 'invalid', message: '"baseVersion" must be a string or null' });
    if (ics !== undefined && !(Array.isArray(ics) && ics.every((lang) => typeof lang === 'string' && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang)))) {
      throw new HttpError(400, { error: 'invalid', message: '"ics" must list language codes' });
    }
    try {
      JSON.parse(text);
    } catch (error) {
      throw new HttpError(400, { error: 'invalid', message: `not JSON: ${(error as Error).message}` });
    }
    let saved: { version: string; savedAt: string };
    try {
      saved = await feed.save(text, baseVersion, force === true);
    } catch (error) {
      if (error instanceof ChangedOnDiskError) throw new HttpError(409, { error: 'changed', version: error.currentVersion });
      throw error;
    }
    const calendars = await writeCalendars(feed, (ics as string[] | undefined) ?? []);
    return { ...saved, ...calendars };
  }

  async function serveStatic(path: string, method: string, response: ServerResponse): Promise<void> {
    let relative: string;
    try {
      relative = decodeURIComponent(path === '/' ? '/index.html' : path);
    } catch {
      return sendText(response, 400, 'bad address\n');
    }
    const file = resolve(staticRoot, `.${relative}`);
    if (!file.startsWith(staticRoot + sep) || relative.includes('\0')) return sendText(response, 404, 'not found\n');
    let bytes: Buffer;
    try {
      if (!(await stat(file)).isFile()) return sendText(response, 404, 'not found\n');
      bytes = await readFile(file);
    } catch {
      if (path === '/') return sendText(response, 503, `The studio's page is not built. Run "npm run build" in the baltic-widgets folder (expected ${join(staticRoot, 'index.html')}).\n`);
      return sendText(response, 404, 'not found\n');
    }
    const type = STATIC_TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': bytes.byteLength,
      ...(type.startsWith('text/html') ? { 'Content-Security-Policy': PAGE_POLICY } : {}),
      ...COMMON_HEADERS,
    });
    response.end(method === 'HEAD' ? undefined : bytes);
  }

  return {
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    port,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * Writes `<feed name>.<lang>.ics` beside the feed for each language, with the `ics` command
 * itself (so the files are the ones `baltic-widgets ics --lang <lang>` writes).
 */
async function writeCalendars(feed: FeedFile, languages: readonly string[]): Promise<{ ics: Array<{ lang: string; file: string }>; problems: string[] }> {
  const written: Array<{ lang: string; file: string }> = [];
  const problems: string[] = [];
  const stem = feed.fileName.replace(/\.json$/i, '');
  for (const lang of new Set(languages)) {
    const file = `${stem}.${lang}.ics`;
    const lines: string[] = [];
    const sink = { write: (text: string) => void lines.push(...text.split('\n').filter(Boolean)) };
    try {
      const code = await runIcs([feed.path, '-o', join(feed.directory, file), '--lang', lang], { stdout: { write: () => undefined }, stderr: sink });
      if (code <= 1) written.push({ lang, file });
    } catch (error) {
      lines.push(error instanceof Error ? error.message : String(error));
    }
    problems.push(...lines.map((line) => `${file}: ${line}`));
  }
  return { ics: written, problems };
}

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...COMMON_HEADERS });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...COMMON_HEADERS });
  response.end(text);
}

/** A request's body, refused (413) past `limit` bytes. */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) throw new HttpError(413, { error: 'too-large', message: `larger than ${Math.round(limit / 1024 / 1024)} MB` });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) throw new HttpError(413, { error: 'too-large', message: `larger than ${Math.round(limit / 1024 / 1024)} MB` });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const bytes = await readBody(request, MAX_FEED_BYTES);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new HttpError(400, { error: 'invalid', message: 'the request is not JSON' });
  }
}

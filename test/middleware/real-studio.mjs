/**
 * The real studio server for the studio's end-to-end browser test: `baltic-widgets studio`
 * (the CLI, as a volunteer starts it) on a temporary copy of a feed, with the test page's
 * API calls passed through to it. The page runs on the test server's origin, so the pass-
 * through speaks to the studio as its own page does (its Host, its Origin, the token from
 * the printed address); the Host/Origin/token refusals themselves are the node tests' part.
 *   POST /__real-studio/start               body {text} or {bytes} (base64): starts a studio on a copy; {id}
 *   /__real-studio/<id>/api/…, images/…     passed to that studio
 *   GET  /__real-studio/<id>/__disk         the folder as it is: {text, inode, files, history: [{name, text}]}
 *   POST /__real-studio/<id>/__external     body {text}: another program rewrites the feed file
 *   POST /__real-studio/<id>/__stop         stops the studio and removes its folder
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const studios = new Map();
let counter = 0;

async function body(context) {
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Starts `baltic-widgets studio <copy> --no-open`; resolves with its printed address once it listens. */
async function start(text) {
  const folder = await mkdtemp(join(tmpdir(), 'baltic-real-studio-'));
  const feedPath = join(folder, 'feed.json');
  await writeFile(feedPath, text);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'studio', feedPath, '--no-open'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  const address = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the studio did not start within 20 s: ${output}`)), 20_000);
    const read = (chunk) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(new URL(match[1]));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the studio exited (${code}): ${output}`));
    });
  });
  const id = `r${(counter++).toString(36)}`;
  studios.set(id, { child, folder, feedPath, address });
  return id;
}

async function stop(id) {
  const studio = studios.get(id);
  if (!studio) return;
  studios.delete(id);
  const exited = new Promise((resolve) => studio.child.once('exit', resolve));
  studio.child.kill('SIGINT');
  await exited;
  await rm(studio.folder, { recursive: true, force: true });
}

// Nothing outlives the test run.
process.once('exit', () => {
  for (const { child } of studios.values()) child.kill('SIGKILL');
});

/** Passes a request on to the studio as its own page would send it. */
function pass(studio, context, path, bytes) {
  const { address } = studio;
  const headers = {
    host: address.host,
    'x-baltic-studio-token': address.searchParams.get('token'),
    ...(context.method === 'GET' || context.method === 'HEAD' ? {} : { origin: address.origin }),
    ...(context.get('content-type') ? { 'content-type': context.get('content-type') } : {}),
    ...(bytes.length ? { 'content-length': String(bytes.length) } : {}),
  };
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: address.port, method: context.method, path: `/${path}${context.querystring ? `?${context.querystring}` : ''}`, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        context.status = response.statusCode;
        if (response.headers['content-type']) context.type = response.headers['content-type'];
        context.set('Cache-Control', 'no-store');
        context.body = Buffer.concat(chunks);
        resolve();
      });
    });
    request.on('error', reject);
    request.end(bytes);
  });
}

export async function middleware(context, next) {
  if (!context.path.startsWith('/__real-studio/')) return next();
  const json = (status, value) => {
    context.status = status;
    context.type = 'application/json';
    context.set('Cache-Control', 'no-store');
    context.body = JSON.stringify(value);
  };
  try {
    if (context.path === '/__real-studio/start' && context.method === 'POST') {
      // `bytes` (base64): a file as another editor saved it, in another encoding than UTF-8.
      const { text, bytes } = JSON.parse((await body(context)).toString('utf8'));
      return json(200, { id: await start(bytes ? Buffer.from(bytes, 'base64') : text) });
    }
    const match = /^\/__real-studio\/(\w+)\/(.*)$/.exec(context.path);
    const studio = match && studios.get(match[1]);
    if (!studio) return json(404, { error: 'no such studio' });
    const rest = match[2];
    if (rest === '__stop') {
      await stop(match[1]);
      return json(200, {});
    }
    if (rest === '__external' && context.method === 'POST') {
      const { text } = JSON.parse((await body(context)).toString('utf8'));
      await writeFile(studio.feedPath, text);
      return json(200, {});
    }
    if (rest === '__disk') {
      const historyFolder = `${studio.feedPath}.history`;
      const historyNames = (await readdir(historyFolder).catch(() => [])).sort();
      return json(200, {
        text: await readFile(studio.feedPath, 'utf8'),
        inode: (await stat(studio.feedPath)).ino,
        files: (await readdir(studio.folder)).sort(),
        history: await Promise.all(historyNames.map(async (name) => ({ name, text: await readFile(join(historyFolder, name), 'utf8') }))),
      });
    }
    return await pass(studio, context, rest, await body(context));
  } catch (error) {
    return json(500, { error: String(error?.message ?? error) });
  }
}

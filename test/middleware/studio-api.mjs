/**
 * A stand-in for the studio's local server (`baltic-widgets studio`), for the studio's
 * browser tests: the same API contract, its state in memory, one independent state per
 * session name so that tests do not share files.
 *   /__studio/<session>/api/session | feed | version | history | history/<id> | images?name=
 *   POST /__studio/<session>/seed   body {text} (null: no file yet) sets the file on "disk"
 *   GET  /__studio/<session>/disk   what is on "disk": {text, version, saves, ics, images}
 */
import { createHash } from 'node:crypto';

const sessions = new Map();

const versionOf = (text) => (text === null ? null : createHash('sha256').update(text).digest('hex').slice(0, 16));

function session(name) {
  let state = sessions.get(name);
  if (!state) {
    state = { text: null, version: null, history: [], saves: 0, ics: [], images: [] };
    sessions.set(name, state);
  }
  return state;
}

async function body(context) {
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export async function middleware(context, next) {
  const match = /^\/__studio\/([\w-]+)\/(.*)$/.exec(context.path);
  if (!match) return next();
  const [, name, rest] = match;
  const state = session(name);
  const json = (status, value) => {
    context.status = status;
    context.type = 'application/json';
    context.set('Cache-Control', 'no-store');
    context.body = JSON.stringify(value);
  };
  const method = context.method;
  if (rest === 'seed' && method === 'POST') {
    const { text } = JSON.parse((await body(context)).toString('utf8'));
    Object.assign(state, { text, version: versionOf(text), history: [], saves: 0, ics: [], images: [] });
    return json(200, { version: state.version });
  }
  if (rest === 'disk') return json(200, state);
  if (rest === 'api/session') return json(200, { mode: 'server', fileName: 'feed.json', exists: state.text !== null });
  if (rest === 'api/version') return json(200, { version: state.version });
  if (rest === 'api/feed' && method === 'GET') return json(200, { text: state.text, version: state.version });
  if (rest === 'api/feed' && method === 'PUT') {
    const request = JSON.parse((await body(context)).toString('utf8'));
    if (typeof request.text !== 'string') return json(400, { error: 'invalid', message: 'text missing' });
    if (!request.force && request.baseVersion !== state.version) return json(409, { error: 'changed', version: state.version });
    if (state.text !== null) state.history.unshift({ id: `v${state.history.length + 1}`, savedAt: new Date().toISOString(), size: state.text.length, text: state.text });
    state.text = request.text;
    state.version = versionOf(request.text);
    state.saves++;
    state.ics = (request.ics ?? []).map((lang) => ({ lang, file: `feed.${lang}.ics` }));
    return json(200, { version: state.version, savedAt: new Date().toISOString(), ics: state.ics });
  }
  if (rest === 'api/history') return json(200, state.history.map(({ id, savedAt, size }) => ({ id, savedAt, size })));
  const historyMatch = /^api\/history\/([\w-]+)$/.exec(rest);
  if (historyMatch) {
    const entry = state.history.find((item) => item.id === historyMatch[1]);
    return entry ? json(200, { text: entry.text }) : json(404, { error: 'not found' });
  }
  if (rest === 'api/images' && method === 'POST') {
    const bytes = await body(context);
    const safe = String(context.query.name ?? 'image').replace(/[^\w.-]+/g, '-');
    state.images.push({ name: safe, size: bytes.length });
    return json(200, { url: `images/${safe}` });
  }
  if (rest === 'external-save' && method === 'POST') {
    // Another program writes the file: the version changes under the studio.
    const { text } = JSON.parse((await body(context)).toString('utf8'));
    state.text = text;
    state.version = versionOf(text);
    return json(200, { version: state.version });
  }
  return json(404, { error: 'not found' });
}

/**
 * Feed endpoints for the browser tests, served by the test runner's dev server:
 *   /__mock/feed?id=X[&delay=ms][&file=path]  the fixture feed (counts requests per id)
 *   /__mock/count?id=X                         how many feed requests id X got
 *   /__mock/status?code=500                    an HTTP error
 *   /__mock/html                               an HTML page instead of JSON
 *   /__mock/json?body=…                        any short JSON text (e.g. an array: not a feed)
 *   POST /__mock/store?id=X, then /__mock/stored?id=X   serves the posted bytes as they came (any size)
 *   /__mock/hang                               answers only after 3 s (tests set a shorter timeout)
 *   /__mock/flaky?id=X                         first answer good, then 500s
 *   /__mock/sequence?id=X&steps=503,reset,feed,changed[&delay=ms]
 *                                              the n-th request of id X gets the n-th step (the last
 *                                              one repeats): an HTTP status, `reset` (headers and half
 *                                              the body, then the connection is cut), `feed` (the
 *                                              fixture), `changed` (the fixture with the association
 *                                              renamed "Baltic Region ry (updated)")
 */
import { readFile } from 'node:fs/promises';

const counts = new Map();
const stored = new Map();

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function mockFeeds(context, next) {
  if (!context.path.startsWith('/__mock/')) return next();
  const params = new URL(context.url, 'http://localhost').searchParams;
  const id = params.get('id') ?? '';
  const count = () => counts.set(id, (counts.get(id) ?? 0) + 1).get(id);
  context.set('Cache-Control', 'no-store');
  switch (context.path) {
    case '/__mock/feed': {
      count();
      await sleep(Number(params.get('delay') ?? 0));
      context.type = 'application/json';
      context.body = await readFile(params.get('file') ?? 'test/fixtures/feed.json', 'utf8');
      return;
    }
    case '/__mock/count':
      context.type = 'application/json';
      context.body = JSON.stringify({ count: counts.get(id) ?? 0 });
      return;
    case '/__mock/status':
      context.status = Number(params.get('code') ?? 500);
      context.body = 'Server error';
      return;
    case '/__mock/html':
      context.type = 'text/html';
      context.body = '<!doctype html><title>Not found</title><p>Sorry, no feed here.</p>';
      return;
    case '/__mock/json':
      context.type = 'application/json';
      context.body = params.get('body') ?? '[]';
      return;
    case '/__mock/store':
      stored.set(id, await readBody(context.req));
      context.body = 'stored';
      return;
    case '/__mock/stored':
      count();
      context.type = 'application/json';
      context.body = stored.get(id) ?? '';
      return;
    case '/__mock/hang':
      await sleep(3000);
      context.status = 504;
      return;
    case '/__mock/sequence': {
      const steps = (params.get('steps') ?? 'feed').split(',');
      const step = steps[Math.min(count(), steps.length) - 1];
      await sleep(Number(params.get('delay') ?? 0));
      const fixture = await readFile('test/fixtures/feed.json', 'utf8');
      if (step === 'feed' || step === 'changed') {
        context.type = 'application/json';
        context.body = step === 'feed' ? fixture : fixture.replace('"name": "Baltic Region ry"', '"name": "Baltic Region ry (updated)"');
      } else if (step === 'reset') {
        // The answer starts well, then the connection is cut in the middle of the body.
        context.respond = false;
        context.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(fixture)), 'Cache-Control': 'no-store' });
        context.res.write(fixture.slice(0, fixture.length >> 1));
        setTimeout(() => context.res.destroy(), 50);
      } else {
        context.status = Number(step);
        if (params.has('retryAfter')) context.set('Retry-After', params.get('retryAfter'));
        context.body = 'Unavailable';
      }
      return;
    }
    case '/__mock/flaky':
      if (count() > 1) {
        context.status = 503;
        context.body = 'Unavailable';
        return;
      }
      context.type = 'application/json';
      context.body = await readFile('test/fixtures/feed.json', 'utf8');
      return;
    default:
      return next();
  }
}

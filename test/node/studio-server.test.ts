/**
 * The studio's local server as a browser, another site and a curious program would talk to it:
 * the token, Host and Origin checks, paths that try to leave the feed's files, atomic saves,
 * the history, a file changed on disk meanwhile, photos, and calendar files written on save
 * (read back with ical.js, an independent parser).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { HISTORY_LIMIT } from '../../src/cli/studio/feed-file.js';
import { safeImageName } from '../../src/cli/studio/image-folder.js';
import { startStudioServer, type RunningStudio } from '../../src/cli/studio/studio-server.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'test-token-0123456789abcdefghijklmn';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  json: () => any;
}

let studio: RunningStudio;
let folder: string;
let feedPath: string;
let origin: string;

/** A request as the studio page makes it (own Host and Origin, the token's cookie), with anything overridden. */
function send(method: string, path: string, options: { headers?: Record<string, string | undefined>; body?: string | Buffer } = {}): Promise<Answer> {
  const headers: Record<string, string> = {
    host: `127.0.0.1:${studio.port}`,
    cookie: `baltic-studio-${studio.port}=${TOKEN}`,
    ...(method === 'GET' ? {} : { origin }),
  };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: studio.port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, json: () => JSON.parse(body.toString('utf8')) });
      });
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

const putFeed = (body: object, headers?: Record<string, string | undefined>) =>
  send('PUT', '/api/feed', { body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'baltic-studio-'));
  await mkdir(join(folder, 'page'));
  await mkdir(join(folder, 'site'));
  await writeFile(join(folder, 'page', 'index.html'), '<!doctype html><title>Studio</title>');
  await writeFile(join(folder, 'secret.txt'), 'not for the studio');
  feedPath = join(folder, 'site', 'feed.json');
});

beforeEach(async () => {
  await studio?.close();
  await rm(join(folder, 'site'), { recursive: true, force: true });
  await mkdir(join(folder, 'site'));
  await copyFile(join(REPO_ROOT, 'test/node/fixtures/valid-feed.json'), feedPath);
  studio = await startStudioServer({ feedPath, staticDirectory: join(folder, 'page'), token: TOKEN });
  origin = `http://127.0.0.1:${studio.port}`;
});

after(async () => {
  await studio?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('who may talk to the studio', () => {
  test('the printed address holds the token; opening it moves the token into an HttpOnly, SameSite=Strict cookie', async () => {
    assert.match(studio.url, new RegExp(`^http://127\\.0\\.0\\.1:${studio.port}/\\?token=`));
    const first = await send('GET', `/?token=${TOKEN}`, { headers: { cookie: undefined } });
    assert.equal(first.status, 303);
    assert.equal(first.headers.location, '/');
    const cookie = String(first.headers['set-cookie']);
    assert.match(cookie, new RegExp(`^baltic-studio-${studio.port}=${TOKEN};`));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const page = await send('GET', '/');
    assert.equal(page.status, 200);
    assert.match(page.body.toString(), /<title>Studio<\/title>/);
    assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
  });

  test('without the token, or with a wrong one, nothing is answered but the reason', async () => {
    for (const path of ['/', '/api/feed', '/api/history', '/images/x.jpg']) {
      assert.equal((await send('GET', path, { headers: { cookie: undefined } })).status, 401, path);
      assert.equal((await send('GET', path, { headers: { cookie: `baltic-studio-${studio.port}=wrong` } })).status, 401, path);
    }
    assert.equal((await send('GET', '/?token=wrong', { headers: { cookie: undefined } })).status, 401);
    // A token of the same length but other letters, and the header form.
    assert.equal((await send('GET', '/api/feed', { headers: { cookie: undefined, 'x-baltic-studio-token': TOKEN.replace('t', 'T') } })).status, 401);
    assert.equal((await send('GET', '/api/feed', { headers: { cookie: undefined, 'x-baltic-studio-token': TOKEN } })).status, 200);
  });

  test('another Host (DNS rebinding) is refused, even with the token', async () => {
    for (const host of ['evil.example', `evil.example:${studio.port}`, '127.0.0.1', `127.0.0.2:${studio.port}`]) {
      const answer = await send('GET', '/api/feed', { headers: { host } });
      assert.equal(answer.status, 403, host);
      assert.doesNotMatch(answer.body.toString(), /"events"/);
    }
    assert.equal((await send('GET', '/api/feed', { headers: { host: `localhost:${studio.port}` } })).status, 200);
  });

  test('another Origin, a cross-site fetch, or a change without Origin is refused', async () => {
    const before = await readFile(feedPath, 'utf8');
    const { version } = (await send('GET', '/api/feed')).json();
    for (const headers of [{ origin: 'https://evil.example' }, { origin: `http://localhost:${studio.port + 1}` }, { origin: undefined }, { 'sec-fetch-site': 'cross-site' }]) {
      const answer = await putFeed({ text: '{"version":1}', baseVersion: version }, headers);
      assert.equal(answer.status, 403, JSON.stringify(headers));
    }
    assert.equal((await send('GET', '/api/feed', { headers: { origin: 'https://evil.example' } })).status, 403);
    assert.equal(await readFile(feedPath, 'utf8'), before);
  });
});

describe('only the feed, its history and its photos', () => {
  test('paths that try to leave the page, the photos or the history find nothing', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsite%2ffeed.json',
      '/images/..%2ffeed.json',
      '/images/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/images/.hidden.jpg',
      '/api/history/..%2f..%2fsecret',
      '/api/history/..%2ffeed',
      '/page/index.html%00.jpg',
    ];
    for (const path of attempts) {
      const answer = await send('GET', path);
      assert.ok([400, 404].includes(answer.status), `${path}: ${answer.status}`);
      assert.doesNotMatch(answer.body.toString(), /not for the studio|"organization"/, path);
    }
  });

  test('the feed is read as it is on disk, with its version', async () => {
    const answer = (await send('GET', '/api/feed')).json();
    assert.equal(answer.text, await readFile(feedPath, 'utf8'));
    assert.match(answer.version, /^[0-9a-f]{32}$/);
    assert.deepEqual((await send('GET', '/api/session')).json(), { mode: 'server', fileName: 'feed.json', exists: true });
  });

  test('a feed an editor saved in Windows-1251, Windows-1252 or UTF-16 is read as it was meant, said so, and saved as UTF-8 with the old bytes in the history', async () => {
    const cyrillic = Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xca, 0xeb, 0xf3, 0xe1, 0x20, 0xe4, 0xeb, 0xff, 0x20, 0xe4, 0xe5, 0xf2, 0xe5, 0xe9, 0x22, 0x7d]); // {"t":"Клуб для детей"} in Windows-1251
    await writeFile(feedPath, cyrillic);
    let answer = await send('GET', '/api/feed');
    assert.equal(answer.status, 200);
    assert.deepEqual({ text: answer.json().text, encoding: answer.json().encoding }, { text: '{"t":"Клуб для детей"}', encoding: 'windows-1251' });
    await writeFile(feedPath, Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0x4b, 0x65, 0x73, 0xe4, 0x6c, 0xe4, 0x22, 0x7d])); // {"t":"Kesälä"} in Windows-1252
    assert.deepEqual((await send('GET', '/api/feed')).json().text, '{"t":"Kesälä"}');
    assert.equal((await send('GET', '/api/feed')).json().encoding, 'windows-1252');
    // UTF-8 with one damaged byte stays UTF-8 (the studio says which texts show "�"): read as Windows-1251 every letter would be garbled.
    await writeFile(feedPath, Buffer.concat([Buffer.from('{"t":"Клуб для детей, ', 'utf8'), Buffer.from([0xff]), Buffer.from('"}', 'utf8')]));
    assert.deepEqual({ text: (await send('GET', '/api/feed')).json().text, encoding: (await send('GET', '/api/feed')).json().encoding }, { text: '{"t":"Клуб для детей, \uFFFD"}', encoding: 'utf-8-damaged' });
    await writeFile(feedPath, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"t":"Клуб"}', 'utf16le')]));
    assert.deepEqual({ text: (await send('GET', '/api/feed')).json().text, encoding: (await send('GET', '/api/feed')).json().encoding }, { text: '{"t":"Клуб"}', encoding: 'utf-16le' });

    // Saved: UTF-8 on disk; the Windows-1251 bytes it replaced open from the history as they were meant.
    await writeFile(feedPath, cyrillic);
    const { version } = (await send('GET', '/api/feed')).json();
    answer = await putFeed({ text: '{"t":"Клуб для детей"}\n', baseVersion: version });
    assert.equal(answer.status, 200, answer.body.toString());
    assert.equal((await readFile(feedPath)).toString('utf8'), '{"t":"Клуб для детей"}\n');
    assert.equal((await send('GET', '/api/feed')).json().encoding, 'utf-8');
    const [replaced] = (await send('GET', '/api/history')).json();
    const old = await send('GET', `/api/history/${replaced.id}`);
    assert.equal(old.status, 200);
    assert.equal(old.json().text, '{"t":"Клуб для детей"}');
  });
});

describe('saving', () => {
  test('a save replaces the file whole, keeps the version it replaced, and leaves no temporary file', async () => {
    const original = await readFile(feedPath, 'utf8');
    const { version } = (await send('GET', '/api/feed')).json();
    const text = `${JSON.stringify({ ...JSON.parse(original), name: 'x' }, null, 2)}\n`;
    const answer = await putFeed({ text, baseVersion: version });
    assert.equal(answer.status, 200, answer.body.toString());
    assert.equal(await readFile(feedPath, 'utf8'), text);
    assert.notEqual(answer.json().version, version);
    assert.equal((await send('GET', '/api/version')).json().version, answer.json().version);
    assert.deepEqual((await readdir(join(folder, 'site'))).sort(), ['feed.json', 'feed.json.history']);
    const history = (await send('GET', '/api/history')).json();
    assert.equal(history.length, 1);
    assert.equal((await send('GET', `/api/history/${history[0].id}`)).json().text, original);
  });

  test('the history is bounded, newest first, and any kept version can be read back', async () => {
    let { version } = (await send('GET', '/api/feed')).json();
    const total = HISTORY_LIMIT + 5;
    for (let n = 1; n <= total; n++) {
      const answer = await putFeed({ text: `{"version":1,"n":${n}}`, baseVersion: version });
      assert.equal(answer.status, 200);
      version = answer.json().version;
    }
    const history = (await send('GET', '/api/history')).json();
    assert.equal(history.length, HISTORY_LIMIT);
    // The newest replaced version is the one before the last save; the oldest kept is 5 saves in.
    assert.equal((await send('GET', `/api/history/${history[0].id}`)).json().text, `{"version":1,"n":${total - 1}}`);
    assert.equal((await send('GET', `/api/history/${history.at(-1).id}`)).json().text, `{"version":1,"n":${total - HISTORY_LIMIT}}`);
    assert.ok(history.every((entry: { savedAt: string }, i: number) => i === 0 || entry.savedAt <= history[i - 1].savedAt));
  });

  test('a file changed on disk since it was opened is not overwritten unless the volunteer says so', async () => {
    const { version } = (await send('GET', '/api/feed')).json();
    await writeFile(feedPath, '{"version":1,"changedBy":"someone else"}');
    const refused = await putFeed({ text: '{"version":1,"mine":true}', baseVersion: version });
    assert.equal(refused.status, 409);
    assert.equal(refused.json().error, 'changed');
    assert.equal(await readFile(feedPath, 'utf8'), '{"version":1,"changedBy":"someone else"}');
    const forced = await putFeed({ text: '{"version":1,"mine":true}', baseVersion: version, force: true });
    assert.equal(forced.status, 200);
    assert.equal(await readFile(feedPath, 'utf8'), '{"version":1,"mine":true}');
    // Their version is in the history, not lost.
    const [latest] = (await send('GET', '/api/history')).json();
    assert.equal((await send('GET', `/api/history/${latest.id}`)).json().text, '{"version":1,"changedBy":"someone else"}');
  });

  test('a new feed: no file until the first save, which expects none', async () => {
    await rm(feedPath);
    assert.deepEqual((await send('GET', '/api/feed')).json(), { text: null, version: null, encoding: null });
    assert.equal((await send('GET', '/api/session')).json().exists, false);
    assert.equal((await putFeed({ text: '{"version":1}', baseVersion: 'abc' })).status, 409);
    assert.equal((await putFeed({ text: '{"version":1}', baseVersion: null })).status, 200);
    assert.equal(await readFile(feedPath, 'utf8'), '{"version":1}');
  });

  test('text that is not JSON, or a body that is not the save request, is refused and the file kept', async () => {
    const before = await readFile(feedPath, 'utf8');
    const { version } = (await send('GET', '/api/feed')).json();
    assert.equal((await putFeed({ text: '{"version":1,', baseVersion: version })).status, 400);
    assert.equal((await putFeed({ text: 42, baseVersion: version })).status, 400);
    assert.equal((await send('PUT', '/api/feed', { body: 'not json' })).status, 400);
    assert.equal(await readFile(feedPath, 'utf8'), before);
  });

  test('saving can write the calendar files beside the feed, one per language, as `ics` does', async () => {
    const { text, version } = (await send('GET', '/api/feed')).json();
    const answer = await putFeed({ text, baseVersion: version, ics: ['ru', 'fi'] });
    assert.equal(answer.status, 200, answer.body.toString());
    assert.deepEqual(answer.json().ics, [{ lang: 'ru', file: 'feed.ru.ics' }, { lang: 'fi', file: 'feed.fi.ics' }]);
    const feed = JSON.parse(text);
    for (const lang of ['ru', 'fi']) {
      const calendar = new ICAL.Component(ICAL.parse(await readFile(join(folder, 'site', `feed.${lang}.ics`), 'utf8')));
      const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
      const first = feed.events[0];
      const expected = typeof first.title === 'string' ? first.title : (first.title[lang] ?? first.title.en);
      assert.ok(summaries.includes(expected), `${lang}: ${summaries.join(' | ')} lacks ${expected}`);
    }
    assert.equal((await putFeed({ text, baseVersion: answer.json().version, ics: ['../x'] })).status, 400);
  });
});

describe('photos', () => {
  test('a chosen photo is copied into images/ under a safe name, once, and served for the preview', async () => {
    const first = await send('POST', `/api/images?name=${encodeURIComponent('Концерт в Турку 2026.JPEG')}`, { body: JPEG });
    assert.equal(first.status, 200, first.body.toString());
    assert.equal(first.json().url, 'images/kontsert-v-turku-2026.jpg');
    assert.deepEqual(await readFile(join(folder, 'site', 'images', 'kontsert-v-turku-2026.jpg')), JPEG);
    const again = await send('POST', `/api/images?name=${encodeURIComponent('Концерт в Турку 2026.JPEG')}`, { body: JPEG });
    assert.equal(again.json().url, 'images/kontsert-v-turku-2026.jpg');
    const other = Buffer.concat([JPEG.subarray(0, -2), Buffer.from([0x00, 0xff, 0xd9])]);
    const clash = await send('POST', `/api/images?name=${encodeURIComponent('Концерт в Турку 2026.jpg')}`, { body: other });
    assert.equal(clash.json().url, 'images/kontsert-v-turku-2026-2.jpg');
    const served = await send('GET', '/images/kontsert-v-turku-2026.jpg');
    assert.equal(served.status, 200);
    assert.equal(served.headers['content-type'], 'image/jpeg');
    assert.equal(served.headers['x-content-type-options'], 'nosniff');
    assert.deepEqual(served.body, JPEG);
  });

  test('what is not a photo, or too large, is refused', async () => {
    assert.equal((await send('POST', '/api/images?name=logo.svg', { body: '<svg onload="alert(1)"/>' })).status, 415);
    assert.equal((await send('POST', '/api/images?name=photo.jpg', { body: '<html>' })).status, 415);
    assert.equal((await send('POST', '/api/images?name=photo.png', { body: JPEG })).status, 415);
    assert.equal((await send('POST', '/api/images?name=feed.json', { body: '{}' })).status, 415);
    assert.equal((await send('POST', '/api/images?name=big.jpg', { headers: { 'content-length': String(26 * 1024 * 1024) }, body: JPEG })).status, 413);
    assert.deepEqual(await readdir(join(folder, 'site')), ['feed.json']);
  });

  test('safe names', () => {
    assert.equal(safeImageName('../../etc/passwd.jpg'), 'etc-passwd.jpg');
    assert.equal(safeImageName('Hääjuhla – Åbo.PNG'), 'haajuhla-abo.png');
    assert.equal(safeImageName('Щука і їжак.webp'), 'schuka-i-izhak.webp');
    assert.equal(safeImageName('.jpg'), 'photo.jpg');
  });
});

describe('the studio command', () => {
  test('prints its address on 127.0.0.1 and serves the feed named on the command line until stopped', { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'studio', feedPath, '--no-open'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    const url = new URL(address);
    const token = url.searchParams.get('token')!;
    assert.ok(token.length >= 32);
    const answer = await fetch(new URL('/api/feed', url), { headers: { 'x-baltic-studio-token': token } });
    assert.equal((await answer.json()).text, await readFile(feedPath, 'utf8'));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    assert.equal(await exited, 0);
  });

  test('refuses a folder that does not exist and a port that is not one', async () => {
    const { main } = await import('../../src/cli/main.js');
    const stderr: string[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: (text: string) => stderr.push(text) } };
    assert.equal(await main(['studio', join(folder, 'nowhere', 'feed.json'), '--no-open'], io), 2);
    assert.equal(await main(['studio', feedPath, '--port', '99999', '--no-open'], io), 2);
    assert.match(stderr.join(''), /does not exist[\s\S]*not a port number/);
  });
});

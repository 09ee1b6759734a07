/**
 * The package as a webmaster gets it: `npm pack`, installed into an empty folder, then the
 * command run with npx on the example feed, and the React 19 types checked by TypeScript on
 * a component a React developer would write. Runs after the build (scripts/test.mjs).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ICAL from 'ical.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);
const run = (command: string, args: string[], cwd: string) =>
  exec(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' }, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

let work: string;
let app: string;

before(async () => {
  // Inside the repository's node_modules, so that TypeScript finds React's types (@types/react) above the app.
  await mkdir(join(ROOT, 'node_modules/.cache'), { recursive: true });
  work = await mkdtemp(join(ROOT, 'node_modules/.cache/package-test-'));
  app = join(work, 'app');
  await mkdir(app);
  const packed = await run('npm', ['pack', '--pack-destination', work, '--silent'], ROOT);
  assert.equal(packed.code, 0, packed.stderr);
  const tarball = join(work, packed.stdout.trim().split('\n').at(-1)!);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'webmaster-site', private: true, type: 'module' }));
  const installed = await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
  assert.equal(installed.code, 0, installed.stderr);
  await writeFile(join(app, 'feed.json'), await readFile(join(ROOT, 'demo/feed.json'), 'utf8'));
});

after(() => rm(work, { recursive: true, force: true }));

test('npx baltic-widgets validate: the example feed is valid', async () => {
  const result = await run('npx', ['--no-install', 'baltic-widgets', 'validate', 'feed.json'], app);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^feed\.json: valid feed v1 — 1 organization, \d+ categories, \d+ locations, \d+ events/);
});

test('npx baltic-widgets ics: a calendar file ical.js reads, with every event of the feed', async () => {
  const result = await run('npx', ['--no-install', 'baltic-widgets', 'ics', 'feed.json', '-o', 'events.ics'], app);
  assert.equal(result.code, 0, result.stderr);
  const feed = JSON.parse(await readFile(join(app, 'feed.json'), 'utf8'));
  const calendar = new ICAL.Component(ICAL.parse(await readFile(join(app, 'events.ics'), 'utf8')));
  const uids = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('uid')));
  for (const event of feed.events) assert.ok(uids.some((uid) => uid.startsWith(`event.${event.id}@`) || uid.includes(event.id)), `${event.id} in the .ics`);
  const weekly = calendar.getAllSubcomponents('vevent').filter((event) => event.hasProperty('rrule'));
  assert.equal(weekly.length, feed.schedule.length);
});

test('React 19 types from the tarball: a widget with a feed object and a typed listener compiles; wrong uses do not', async () => {
  await writeFile(
    join(app, 'app.tsx'),
    `import type {} from 'baltic-widgets/react';
import type { FeedInput } from 'baltic-widgets';
const feed: FeedInput = { organization: { name: 'Baltic Region ry' } };
export const ok = (
  <>
    <baltic-org-card feed={feed} heading-level={2} theme="dark" class="card" onbaltic-feed-load={(event) => event.detail.problems.length}></baltic-org-card>
    <baltic-event-calendar src="/feed.json" view="month" onbaltic-event-select={(event) => event.detail.eventId.toUpperCase()}></baltic-event-calendar>
    <baltic-add-to-calendar event-id="concert" onbaltic-add-to-calendar={(event) => event.detail.target}></baltic-add-to-calendar>
  </>
);
// @ts-expect-error: no such widget
export const unknownTag = <baltic-org-cards></baltic-org-cards>;
// @ts-expect-error: theme is auto, light or dark
export const wrongTheme = <baltic-org-card theme="purple"></baltic-org-card>;
// @ts-expect-error: React 19 would listen for an event named "BalticFeedLoad", which never fires
export const camelListener = <baltic-org-card onBalticFeedLoad={() => {}}></baltic-org-card>;
// @ts-expect-error: the detail of baltic-feed-load has no eventId
export const wrongDetail = <baltic-org-card onbaltic-feed-load={(event) => event.detail.eventId}></baltic-org-card>;
`,
  );
  await writeFile(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], skipLibCheck: true, types: [] },
      files: ['app.tsx'],
    }),
  );
  const result = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], app);
  assert.equal(result.stdout.trim(), '');
  assert.equal(result.code, 0);
});

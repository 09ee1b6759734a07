/**
 * The package as a webmaster gets it: `npm pack`, installed into an empty folder, then the
 * command run with npx on the example feed, the editors' data read, and the React 19 and Vue 3
 * apps of test/frameworks/ (those of the README) type-checked with the shipped types, built
 * with Vite and run in Chromium. Runs after the build (scripts/test.mjs).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { chromeArgs, chromePath } from '../../scripts/browsers.mjs';

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

test('npm pack of a checkout that was not built stops, saying to build first (a package without its dist/ would install and then fail in every app)', async () => {
  const checkout = join(work, 'unbuilt');
  await mkdir(join(checkout, 'scripts'), { recursive: true });
  await cp(join(ROOT, 'package.json'), join(checkout, 'package.json'));
  await cp(join(ROOT, 'scripts/check-packable.mjs'), join(checkout, 'scripts/check-packable.mjs'));
  const packed = await run('npm', ['pack', '--dry-run'], checkout);
  assert.notEqual(packed.code, 0, 'npm pack went on');
  assert.match(packed.stderr, /baltic-widgets: not built, the package would lack \d+ of the files it names \(dist\/esm\/index\.js.*Run `npm run build` first\./);
});

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

test('editors: the VS Code HTML data and the JetBrains web-types the README points at are in the package', async () => {
  const installed = join(app, 'node_modules/baltic-widgets');
  // The path of the README's .vscode/settings.json line.
  const htmlData = JSON.parse(await readFile(join(app, 'node_modules/baltic-widgets/dist/frameworks/html-data.json'), 'utf8'));
  const card = htmlData.tags.find((tag: { name: string }) => tag.name === 'baltic-org-card');
  const theme = card.attributes.find((attribute: { name: string }) => attribute.name === 'theme');
  assert.deepEqual(theme.values, [{ name: 'auto' }, { name: 'light' }, { name: 'dark' }]);
  assert.ok(card.attributes.some((attribute: { name: string }) => attribute.name === 'heading-level'));
  // JetBrains IDEs read the file named by "web-types" in the installed package.json.
  const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  const webTypes = JSON.parse(await readFile(join(installed, manifest['web-types']), 'utf8'));
  const calendar = webTypes.contributions.html.elements.find((element: { name: string }) => element.name === 'baltic-event-calendar');
  const view = calendar.attributes.find((attribute: { name: string }) => attribute.name === 'view');
  assert.equal(view.value.type, "'month' | 'week' | 'list'");
  assert.ok(calendar.js.events.some((event: { name: string }) => event.name === 'baltic-event-select'));
  assert.equal(htmlData.tags.length, 8);
  assert.equal(webTypes.contributions.html.elements.length, 8);
});

/**
 * A framework app of test/frameworks/, copied beside the installed package (so `baltic-widgets`
 * is the tarball's; React, Vue and Vite come from the repository's node_modules above), checked
 * by its framework's type checker, built by Vite and opened in Chromium: the org card must show
 * the feed object's organization as a level-2 heading, and the app's listener must have the
 * feed-load event's detail (the one skipped event's path).
 */
async function checkApp(name: 'react' | 'vue', typeCheck: string[]) {
  const dir = join(app, name);
  await cp(join(ROOT, 'test/frameworks', name), dir, { recursive: true });
  const checked = await run(process.execPath, [...typeCheck, '-p', '.'], dir);
  assert.equal(checked.stdout.trim(), '', `${name}: type check`);
  assert.equal(checked.code, 0);
  const built = await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], dir);
  assert.equal(built.code, 0, built.stderr);
  assert.doesNotMatch(built.stdout + built.stderr, /warn|error/i, `${name}: Vite build without warnings`);

  const server = await preview({ root: dir, configFile: false, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const page = await (await openBrowser()).newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => (message.type() === 'error' ? errors : message.type() === 'warning' ? warnings : []).push(message.text()));
  try {
    await page.goto(server.resolvedUrls!.local[0]!);
    const heading = page.getByRole('heading', { level: 2, name: 'Aura River Friends ry' });
    await heading.waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('baltic-org-card').getByText('Neighbours who meet by the river.').count(), 1);
    assert.equal(await page.locator('#loaded').textContent({ timeout: 30_000 }), 'Feed loaded, skipped: events[0].start');
    assert.deepEqual(errors, []);
    // The README's promise: the browser console names the skipped item.
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /events\[0\]\.start \(event "picnic"\): not a date.*\(item skipped\)/);
  } finally {
    await page.close();
    await server.close();
  }
}

let browser: Browser | undefined;
async function openBrowser() {
  const executablePath = chromePath();
  assert.ok(executablePath, 'Chromium not found: run node scripts/ensure-browsers.mjs (or set CHROME_PATH)');
  return (browser ??= await chromium.launch({ executablePath, args: chromeArgs }));
}
after(() => browser?.close());

test('React 19 app: tsc with the shipped JSX types (wrong tags, themes, listeners and details refused), Vite build, a feed object and a listener in Chromium', async () => {
  await checkApp('react', [join(ROOT, 'node_modules/typescript/bin/tsc')]);
});

test('Vue 3 app: vue-tsc (strictTemplates) with the shipped GlobalComponents (wrong uses refused), Vite build, a feed object and a listener in Chromium', async () => {
  await checkApp('vue', [join(ROOT, 'node_modules/vue-tsc/bin/vue-tsc.js')]);
});

test('a bundler app that imports one widget (baltic-widgets/org-card.js): Vite build, the card shows its feed in Chromium, and no other widget is defined', async () => {
  const dir = join(app, 'one-widget');
  await mkdir(dir);
  await writeFile(join(dir, 'index.html'), '<!doctype html>\n<html lang="en">\n<body>\n<baltic-org-card lang="en"></baltic-org-card>\n<script type="module" src="/main.js"></script>\n</body>\n</html>\n');
  await writeFile(
    join(dir, 'main.js'),
    "import 'baltic-widgets/org-card.js';\n\ndocument.querySelector('baltic-org-card').feed = { version: 1, organization: { name: 'Aura River Friends ry', description: 'Neighbours who meet by the river.' } };\n",
  );
  const built = await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], dir);
  assert.equal(built.code, 0, built.stderr);
  assert.doesNotMatch(built.stdout + built.stderr, /warn|error/i, 'Vite build without warnings');

  const server = await preview({ root: dir, configFile: false, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const page = await (await openBrowser()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(server.resolvedUrls!.local[0]!);
    await page.getByRole('heading', { level: 2, name: 'Aura River Friends ry' }).waitFor({ timeout: 30_000 });
    const others = ['event-calendar', 'schedule', 'gallery', 'location-map', 'dialogue-banner', 'add-to-calendar', 'language-switcher'].map((name) => `baltic-${name}`);
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), others);
    assert.deepEqual(defined, [], 'widgets the app did not import');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await server.close();
  }
});

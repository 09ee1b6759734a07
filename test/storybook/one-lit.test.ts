/**
 * `npm run storybook` as a developer opens it: the dev server (Vite, Lit in dev mode) serves a
 * story of the widgets to Chromium, which must load one Lit: Lit's dev build warns "Multiple
 * versions of Lit loaded" when a second copy registers (Storybook's renderer and the widgets
 * each bringing their own). Needs custom-elements.json (the build writes it).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/browsers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let storybook: ChildProcess | undefined;
let browser: Browser | undefined;
after(async () => {
  await browser?.close();
  // Its whole process group (Storybook starts workers), unless it has already exited.
  if (storybook?.pid && storybook.exitCode === null) process.kill(-storybook.pid);
});

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts `storybook dev` in its own process group; resolves with its address once it serves the story index. */
async function startStorybook(): Promise<string> {
  const port = await freePort();
  storybook = spawn(process.execPath, [`${ROOT}node_modules/storybook/dist/bin/dispatcher.js`, 'dev', '--ci', '--no-open', '--quiet', '-p', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  let errors = '';
  storybook.stderr!.on('data', (chunk) => (errors += chunk));
  const exited = new Promise<never>((_, reject) => storybook!.on('exit', (code) => reject(new Error(`storybook dev exited (${code}): ${errors}`))));
  const url = `http://127.0.0.1:${port}`;
  const ready = (async () => {
    for (;;) {
      const response = await fetch(`${url}/index.json`).catch(() => undefined);
      if (response?.ok) return url;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return Promise.race([ready, exited]);
}

test('storybook dev: a widget story loads one Lit (no "Multiple versions of Lit loaded")', { timeout: 180_000 }, async () => {
  const url = await startStorybook();
  const executablePath = chromePath();
  assert.ok(executablePath, 'Chromium not found: run node scripts/ensure-browsers.mjs (or set CHROME_PATH)');
  browser = await chromium.launch({ executablePath, args: chromeArgs });
  const page = await browser.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${url}/iframe.html?id=widgets-organization-card--loaded&viewMode=story`, { timeout: 120_000 });
  // The story has rendered the card from the demo feed: its name as a heading.
  await page.getByRole('heading', { name: 'Baltic Region ry' }).first().waitFor({ timeout: 120_000 });
  assert.deepEqual(warnings.filter((warning) => /multiple versions of lit/i.test(warning)), []);
});

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findJsonErrorOffset } from '../../src/cli/json-error.js';
import { CliError, ExitCode, readSource } from '../../src/cli/io.js';
import { commands } from '../../src/cli/main.js';
import { packageVersion } from '../../src/cli/version.js';
import { runCli } from './cli-run.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => join('test/node/fixtures', name);



const lines = (text: string) => text.split('\n').filter((line) => line !== '');

async function listen(handler: RequestListener): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

describe('validate a file', () => {
  test('a valid feed: exit 0 and a summary of what it holds on stdout', async () => {
    const run = await runCli('validate', fixture('valid-feed.json'));
    assert.equal(run.code, ExitCode.Ok);
    assert.deepEqual(lines(run.stdout), [
      'test/node/fixtures/valid-feed.json: valid feed v1 — 1 organization, 2 categories, 2 locations, 3 events, 1 activity, 1 album (2 photos), festival',
      'not stamped: the widgets check it in the browser (about 4 KB more on every page, and a moment later); `baltic-widgets validate --stamp test/node/fixtures/valid-feed.json` stamps it',
    ]);
    assert.equal(run.stderr, '');
  });

  test('a feed with warnings only: exit 0, each warning on stderr, then the summary', async () => {
    const run = await runCli('validate', fixture('warnings-only.json'));
    assert.equal(run.code, ExitCode.Ok);
    assert.deepEqual(lines(run.stderr), [
      'warning: events[2].end (event "c"): ends before it starts (ignored)',
      'warning: events[2].category (event "c"): unknown category "missing" (ignored)',
    ]);
    assert.deepEqual(lines(run.stdout), [
      'test/node/fixtures/warnings-only.json: valid feed v1 — 0 categories, 0 locations, 3 events, 0 activities, 0 albums',
      'not stamped: the widgets check it in the browser (about 4 KB more on every page, and a moment later); once its 2 warnings are fixed, `baltic-widgets validate --stamp test/node/fixtures/warnings-only.json` stamps it',
    ]);
  });

  test('bad items: exit 1, one line per problem naming its path, then the counts', async () => {
    const run = await runCli('validate', fixture('bad-items.json'));
    assert.equal(run.code, ExitCode.InvalidFeed);
    assert.equal(run.stdout, '');
    assert.deepEqual(lines(run.stderr), [
      'error: events[1].start (event "bad-date"): not a date: no such day or time in the calendar',
      'warning: events[2].url (event "bad-url"): URL scheme not allowed (use https:, http:, mailto:, tel:, webcal: or a relative URL) (ignored)',
      'error: albums[0].photos[1].src (album "album"): URL scheme not allowed (use https:, http:, mailto:, tel:, webcal: or a relative URL)',
      'error: categories[1].id (category "concert"): duplicate id "concert"',
      'test/node/fixtures/bad-items.json: 3 errors (3 items skipped), 1 warning',
    ]);
  });

  test('a JSON array is not a feed: exit 1', async () => {
    const run = await runCli('validate', fixture('not-a-feed.json'));
    assert.equal(run.code, ExitCode.InvalidFeed);
    assert.deepEqual(lines(run.stderr), ['error: not a feed: expected a JSON object', 'test/node/fixtures/not-a-feed.json: not a feed: 1 error']);
  });

  test('a missing file: exit 2 and the reason', async () => {
    const run = await runCli('validate', fixture('no-such-feed.json'));
    assert.equal(run.code, ExitCode.Unreadable);
    assert.equal(run.stderr, 'cannot read test/node/fixtures/no-such-feed.json: ENOENT: no such file or directory\n');
    assert.equal(run.stdout, '');
  });

  test('invalid JSON whose Node message has a position: exit 2 with its line and column', async () => {
    const run = await runCli('validate', fixture('missing-comma.json'));
    assert.equal(run.code, ExitCode.Unreadable);
    assert.equal(
      run.stderr,
      "test/node/fixtures/missing-comma.json: invalid JSON at line 4, column 5: Expected ',' or ']' after array element\n",
    );
  });

  test('invalid JSON whose Node message has no position (a trailing comma): still its line and column, without the quoted text', async () => {
    const run = await runCli('validate', fixture('trailing-comma.json'));
    assert.equal(run.code, ExitCode.Unreadable);
    assert.equal(run.stderr, "test/node/fixtures/trailing-comma.json: invalid JSON at line 4, column 3: Unexpected token ']'\n");
  });

  test('a truncated file: the error is at its end', async () => {
    const run = await runCli('validate', fixture('truncated.json'));
    assert.equal(run.code, ExitCode.Unreadable);
    assert.equal(run.stderr, 'test/node/fixtures/truncated.json: invalid JSON at line 3, column 1: Unexpected end of JSON input\n');
  });

  test('a file starting with a UTF-8 byte order mark is read as browsers read it', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'baltic-widgets-cli-'));
    try {
      const path = join(directory, 'feed.json');
      await writeFile(path, `\uFEFF${await readFile(join(REPO_ROOT, fixture('valid-feed.json')), 'utf8')}`);
      const run = await runCli('validate', path);
      assert.equal(run.code, ExitCode.Ok, run.stderr);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('the JSON error scanner', () => {
  test('finds the offset Node reports, for every error Node gives an offset for', () => {
    const broken = [
      '{\n  "a": 1\n  "b": 2\n}',
      '{"a" 1}',
      "{'a': 1}",
      '{"a": 1,}',
      '{"a": 01}',
      '{"a": "\\q"}',
      '{"a": "x\ny"}',
      '{"a": 1} x',
      '[1, 2\n 3]',
      '{"a": "\\u12G4"}',
    ];
    for (const text of broken) {
      const nodeMessage = (() => {
        try {
          JSON.parse(text);
        } catch (error) {
          return (error as Error).message;
        }
        throw new Error(`${JSON.stringify(text)} parsed`);
      })();
      const nodeOffset = /at position (\d+)/.exec(nodeMessage)?.[1];
      assert.ok(nodeOffset, `no position in Node's message for ${JSON.stringify(text)}: ${nodeMessage}`);
      assert.equal(findJsonErrorOffset(text), Number(nodeOffset), `for ${JSON.stringify(text)}`);
    }
  });

  test('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', ' [ ] ', '{"a": [1, -2.5e+3, true, false, null, "\\u00e4\\n"], "b": {}}', '"x"', '0']) {
      assert.equal(findJsonErrorOffset(text), undefined, text);
    }
  });
});

describe('validate a URL', () => {
  let origin: string;
  let server: Server;
  const feedText = readFile(join(REPO_ROOT, fixture('valid-feed.json')), 'utf8');

  before(async () => {
    const text = await feedText;
    ({ server, origin } = await listen((request, response) => {
      if (request.url === '/feed.json') {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(text);
      } else if (request.url === '/page') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html>\n<title>Welcome</title>');
      } else {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      }
    }));
  });
  after(() => close(server));

  test('a feed served as JSON: exit 0 and the summary named by the URL', async () => {
    const run = await runCli('validate', `${origin}/feed.json`);
    assert.equal(run.code, ExitCode.Ok, run.stderr);
    assert.match(run.stdout, new RegExp(`^${origin}/feed\\.json: valid feed v1 — 1 organization, .* festival\\nnot stamped: .*the studio, or \`validate --stamp\` on its file, stamps it\\n$`));
  });

  test('HTTP 404: exit 2, saying the fetch failed and why', async () => {
    const run = await runCli('validate', `${origin}/missing.json`);
    assert.equal(run.code, ExitCode.Unreadable);
    assert.equal(run.stderr, `cannot fetch ${origin}/missing.json: HTTP 404 Not Found\n`);
  });

  test('an HTML page: exit 2, invalid JSON, naming what the server sent', async () => {
    const run = await runCli('validate', `${origin}/page`);
    assert.equal(run.code, ExitCode.Unreadable);
    assert.equal(run.stderr, `${origin}/page: invalid JSON at line 1, column 1: Unexpected token '<' (the server sent text/html, not JSON)\n`);
  });

  test('no server listening: exit 2 with the network error', async () => {
    const { server: closed, origin: closedOrigin } = await listen(() => {});
    await close(closed);
    const run = await runCli('validate', `${closedOrigin}/feed.json`);
    assert.equal(run.code, ExitCode.Unreadable);
    assert.equal(run.stderr, `cannot fetch ${closedOrigin}/feed.json: connect ECONNREFUSED ${closedOrigin.slice('http://'.length)}\n`);
  });

  test('a server that does not answer in time: a CliError for exit 2, not a hang', async () => {
    const { server: silent, origin: silentOrigin } = await listen(() => {});
    try {
      await assert.rejects(readSource(`${silentOrigin}/feed.json`, { timeoutMs: 200 }), (error: unknown) => {
        assert.ok(error instanceof CliError);
        assert.equal(error.exitCode, ExitCode.Unreadable);
        assert.equal(error.message, `cannot fetch ${silentOrigin}/feed.json: no answer within 0.2 s`);
        return true;
      });
    } finally {
      await close(silent);
    }
  });
});

describe('usage', () => {
  test('--help and -h: the usage, listing every registered command, on stdout, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli(flag);
      assert.equal(run.code, ExitCode.Ok);
      assert.match(run.stdout, /^Usage: baltic-widgets <command>/);
      for (const command of Object.values(commands)) assert.ok(run.stdout.includes(command.usage), `${flag} lists ${command.usage}`);
      assert.equal(run.stderr, '');
    }
  });

  test('no arguments: the usage on stderr, exit 2', async () => {
    const run = await runCli();
    assert.equal(run.code, ExitCode.Usage);
    assert.match(run.stderr, /^Usage: baltic-widgets <command>[^]*validate \[--stamp\] <feed>/);
    assert.equal(run.stdout, '');
  });

  test('an unknown command: named, with the usage on stderr, exit 2', async () => {
    const run = await runCli('frobnicate', 'feed.json');
    assert.equal(run.code, ExitCode.Usage);
    assert.match(run.stderr, /^baltic-widgets: unknown command "frobnicate"\n[^]*Usage: baltic-widgets <command>/);
  });

  test('validate without a feed, with two, or with an unknown option: exit 2 and the command usage', async () => {
    const cases: Array<[string[], string]> = [
      [[], 'validate: missing <feed> (a file, - for standard input, or an http(s) URL)'],
      [['a.json', 'b.json'], 'validate: one feed at a time (got 2)'],
      [['--strict', 'a.json'], "validate: Unknown option '--strict'"],
    ];
    for (const [args, message] of cases) {
      const run = await runCli('validate', ...args);
      assert.equal(run.code, ExitCode.Usage, args.join(' '));
      assert.equal(run.stderr, `${message}\nUsage: baltic-widgets validate [--stamp] <feed>\n`);
    }
  });

  test('validate --help: the command usage on stdout, exit 0, nothing read', async () => {
    const run = await runCli('validate', '--help');
    assert.equal(run.code, ExitCode.Ok);
    assert.match(run.stdout, /^Usage: baltic-widgets validate \[--stamp\] <feed>\n\nCheck a feed/);
  });

  test('--version: the version in package.json', async () => {
    const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli('--version');
    assert.equal(run.code, ExitCode.Ok);
    assert.equal(run.stdout, `${version}\n`);
  });

  test('the version is found from a built dist/ whose own package.json has no name', async () => {
    const root = await mkdtemp(join(tmpdir(), 'baltic-widgets-version-'));
    try {
      await mkdir(join(root, 'dist'));
      await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'baltic-widgets', version: '9.8.7' }));
      await writeFile(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'module' }));
      assert.equal(await packageVersion(pathToFileURL(join(root, 'dist', 'cli.js')).href), '9.8.7');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

test('as a real process, the exit code reaches the shell', async () => {
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile('npx', ['tsx', 'src/cli/main.ts', 'validate', fixture('bad-items.json')], { cwd: REPO_ROOT }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
    );
  });
  assert.equal(result.code, ExitCode.InvalidFeed, result.stderr);
  assert.match(result.stderr, /test\/node\/fixtures\/bad-items\.json: 3 errors \(3 items skipped\), 1 warning\n$/);
  assert.equal(result.stdout, '');
});

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { caseInsensitiveSource, FEED_SCHEMA_PATH, renderFeedSchema } from '../../scripts/feed-schema.js';
import { UrlSchema } from '../../src/feed/schema.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface StringJsonSchema {
  pattern?: string;
  allOf?: Array<{ pattern?: string }>;
}

test('the committed feed.schema.json is what src/feed/schema.ts generates (run `npx tsx scripts/feed-schema.ts` if not)', async () => {
  assert.equal(await readFile(FEED_SCHEMA_PATH, 'utf8'), renderFeedSchema());
});

test('--check exits 1 and says so for an outdated file, 0 for a current one', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'baltic-widgets-schema-'));
  const check = (path: string) =>
    new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile('npx', ['tsx', 'scripts/feed-schema.ts', '--check', path], { cwd: REPO_ROOT }, (error, _stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stderr }),
      );
    });
  try {
    const outdated = join(directory, 'outdated.schema.json');
    const current = join(directory, 'current.schema.json');
    await writeFile(outdated, renderFeedSchema().replace('"title"', '"x-title"'));
    await writeFile(current, renderFeedSchema());
    const [outdatedRun, currentRun] = await Promise.all([check(outdated), check(current)]);
    assert.equal(outdatedRun.code, 1);
    assert.match(outdatedRun.stderr, /outdated\.schema\.json is out of date with src\/feed\/schema\.ts; run `npx tsx scripts\/feed-schema\.ts`/);
    assert.equal(currentRun.code, 0, currentRun.stderr);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

test('the schema is draft-07, titled, and lets a feed name its schema with "$schema"', () => {
  const schema = JSON.parse(renderFeedSchema()) as { $schema: string; title: string; properties: Record<string, { type?: string }> };
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(schema.title, 'baltic-widgets feed');
  assert.equal(schema.properties.$schema?.type, 'string');
});

test('the URL patterns of the JSON Schema accept exactly the URLs the validator accepts', () => {
  const { $defs } = JSON.parse(renderFeedSchema()) as { $defs: { Url: StringJsonSchema } };
  const patterns = [$defs.Url.pattern, ...($defs.Url.allOf ?? []).map((part) => part.pattern)]
    .filter((pattern): pattern is string => pattern !== undefined)
    .map((pattern) => new RegExp(pattern, 'u')); // JSON Schema patterns are ECMA-262, without flags.
  assert.ok(patterns.length >= 2, 'both the control-character and the scheme pattern are kept');
  const samples = [
    'https://example.org/feed.json',
    'HTTPS://EXAMPLE.ORG/',
    'Mailto:info@example.org',
    'tel:+358401234567',
    'webcal://example.org/calendar.ics',
    'photos/p1.jpg',
    '#programme',
    '?page=2',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.org/',
    'https://example.org/\u0000',
  ];
  for (const url of samples) {
    const acceptedBySchema = patterns.every((pattern) => pattern.test(url));
    assert.equal(acceptedBySchema, v.is(UrlSchema, url), JSON.stringify(url));
  }
});

test('a case-insensitive pattern it cannot rewrite stops the generation instead of loosening the schema', () => {
  assert.equal(caseInsensitiveSource('^(?:tel|x\\d):'), '^(?:[tT][eE][lL]|[xX]\\d):');
  assert.throws(() => caseInsensitiveSource('^[a-z]+$'), /character class/);
  assert.throws(() => caseInsensitiveSource('^\\p{L}$'), /escape/);
});

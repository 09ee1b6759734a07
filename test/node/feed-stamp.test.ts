/**
 * The stamp of a checked feed (src/feed/feed-stamp.ts): written only for a feed without problems,
 * a SHA-256 of its content that node:crypto computes alike, trusted only while it matches, and
 * giving the widgets exactly the feed the check gives.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FEED_CHECK_ID } from '../../src/generated/feed-defaults.js';
import { stampDocument, withCurrentStamp } from '../../src/feed/feed-stamping.js';
import { vouchedFeed } from '../../src/feed/feed-stamp.js';
import { validateFeed } from '../../src/feed/validate.js';
import { ExitCode } from '../../src/cli/io.js';
import { REPO_ROOT, runCli } from './cli-run.js';

const readJson = async (path: string) => JSON.parse(await readFile(join(REPO_ROOT, path), 'utf8')) as Record<string, unknown>;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
/**
 * The stamp as the feed format describes it, computed here with node:crypto: the check's name,
 * then the SHA-256 (base64) of the file without `checked` as written with `indent`, then that of
 * the feed's JSON without `checked`.
 */
const expectedStamp = (document: Record<string, unknown>, indent: string | number = 2) => {
  const { checked: _stamp, ...content } = document;
  return `${FEED_CHECK_ID}:${sha256(`${JSON.stringify(content, null, indent)}\n`)}:${sha256(JSON.stringify(content))}`;
};
const stamped = async (document: Record<string, unknown>) => {
  const stamping = await stampDocument(document);
  assert.ok('stamped' in stamping, `not stamped: ${JSON.stringify(stamping).slice(0, 300)}`);
  return stamping.stamped;
};

describe('the stamp of a checked feed', () => {
  test('the demo feed carries the stamp of this check, matching its content (else: npm run cli -- validate --stamp demo/feed.json)', async () => {
    const demo = await readJson('demo/feed.json');
    assert.equal(demo.checked, expectedStamp(demo));
    assert.equal(Object.keys(demo)[0], 'checked', 'first in the file, where a widget sees it in the first bytes');
  });

  test('a stamped feed gives the widgets what the check gives, down to the defaults; its stamp is the SHA-256 node computes', async () => {
    for (const path of ['test/fixtures/feed.json', 'test/node/fixtures/valid-feed.json', 'demo/feed.json']) {
      const document = await readJson(path);
      const { checked: _earlier, ...unstamped } = document;
      const withStamp = await stamped(unstamped);
      assert.equal(withStamp.checked, expectedStamp(unstamped), path);
      const checked = validateFeed(unstamped);
      assert.ok(checked.ok);
      const quick = await vouchedFeed(withStamp);
      assert.deepEqual(quick, JSON.parse(JSON.stringify(checked.feed)), path);
      // The defaults were added (the fixtures leave `status` out of their events).
      assert.ok((quick?.events ?? []).every((event) => event.status && event.descriptionFormat), path);
      assert.ok(!('checked' in withStamp) || withStamp !== unstamped, 'the document given is not changed');
      assert.equal('checked' in unstamped, false);
    }
  });

  test('a stamp is trusted only for the content it was made for, and only from this check', async () => {
    const document = await stamped(await readJson('test/fixtures/feed.json'));
    assert.ok(await vouchedFeed(document));
    // Any edit by hand: a title, a number, a field added or removed.
    const events = document.events as Record<string, unknown>[];
    const edits: Record<string, unknown>[] = [
      { ...document, events: [{ ...events[0], title: 'Другое название' }, ...events.slice(1)] },
      { ...document, events: [{ ...events[0], start: '2026-12-06T18:00' }, ...events.slice(1)] },
      { ...document, festival: undefined },
      { ...document, description: 'x' },
    ];
    for (const edited of edits) assert.equal(await vouchedFeed(JSON.parse(JSON.stringify(edited))), undefined);
    // The file as written: taken by the text's digest. The same content laid out otherwise (tabs, Windows line ends,
    // on one line) is taken by the content's; an edit in the text by neither.
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const variants = [text, JSON.stringify(document, null, '\t'), text.replaceAll('\n', '\r\n'), JSON.stringify(document)];
    for (const variant of variants) assert.ok(await vouchedFeed(JSON.parse(variant), variant), variant.slice(0, 40));
    const editedText = text.replace('"Baltic Region ry"', '"Baltic Region ry!"');
    assert.notEqual(editedText, text);
    assert.equal(await vouchedFeed(JSON.parse(editedText), editedText), undefined);
    // Another check's stamp (an older version of the widgets wrote it), or a stamp written by hand.
    const digest = (document.checked as string).split(':')[1];
    for (const checked of [`older-check1:${digest}`, `${FEED_CHECK_ID}:${'A'.repeat(43)}=`, '', 42]) {
      assert.equal(await vouchedFeed({ ...document, checked }), undefined, String(checked));
    }
  });

  test('the feed property stays the app’s: a stamped object is copied, not changed', async () => {
    const document = await stamped(await readJson('test/fixtures/feed.json'));
    const before = JSON.stringify(document);
    const feed = await vouchedFeed(document);
    assert.ok(feed);
    assert.equal(JSON.stringify(document), before);
    assert.notEqual(feed, document);
  });

  test('a feed property is taken as the JSON that was hashed: not what the app changes meanwhile, `undefined` as absent, lists of its own', async () => {
    const document = await stamped(await readJson('test/fixtures/feed.json'));
    const pending = vouchedFeed(document);
    // The app goes on with its object while the digest is computed.
    (document.events as object[]).push({ id: 'late', title: 42 });
    const feed = await pending;
    assert.ok(feed);
    assert.ok(!feed.events.some((event) => event.id === 'late'));
    // `undefined` is no JSON: the digest does not see it, and the field gets the check's default, as the check gives it.
    const { checked: _stamp, ...content } = await readJson('test/fixtures/feed.json');
    const withoutZone = await stamped({ ...content, timeZone: undefined });
    const taken = await vouchedFeed({ ...withoutZone, timeZone: undefined });
    const checked = validateFeed({ ...content, timeZone: undefined });
    assert.ok(checked.ok);
    assert.equal(taken?.timeZone, 'Europe/Helsinki');
    assert.equal(taken?.timeZone, checked.feed.timeZone);
    // Two feeds without albums do not share one list (an app adding to one would add to the other).
    const withoutAlbums = await stamped({ organization: { name: 'Baltic Region ry' } });
    const [first, second] = await Promise.all([vouchedFeed(withoutAlbums), vouchedFeed(withoutAlbums)]);
    assert.deepEqual(first?.albums, []);
    assert.notEqual(first?.albums, second?.albums);
  });

  test('without Web Crypto (a studio page on plain http) a feed is saved unstamped, without the stamp it had', async () => {
    const document = await stamped(await readJson('test/fixtures/feed.json'));
    const crypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      const { document: written, stamping } = await withCurrentStamp(document);
      assert.deepEqual(stamping, { unstamped: 'no-crypto' });
      assert.equal('checked' in written, false);
    } finally {
      Object.defineProperty(globalThis, 'crypto', crypto);
    }
  });

  test('no stamp for a feed with any problem, or with fields the widgets do not read', async () => {
    const fixture = await readJson('test/fixtures/feed.json');
    const albums = fixture.albums as { photos: Record<string, unknown>[] }[];
    const withoutAlt = { ...fixture, albums: [{ ...albums[0], photos: [{ ...albums[0]!.photos[0], alt: undefined }, ...albums[0]!.photos.slice(1)] }] };
    const problems = await stampDocument(JSON.parse(JSON.stringify(withoutAlt)));
    assert.equal('unstamped' in problems && problems.unstamped, 'problems');
    const skippedHour = { ...fixture, events: [...(fixture.events as object[]), { id: 'dst', title: 'Ночь', start: '2026-03-29T03:30' }] };
    assert.equal('unstamped' in (await stampDocument(skippedHour)) ? 'unstamped' : 'stamped', 'unstamped', 'a local time the clocks skip is a problem');
    const extension = { ...fixture, events: [{ ...(fixture.events as object[])[0], 'x-ticket-system': 'A-17' }, ...(fixture.events as object[]).slice(1)] };
    const extended = await stampDocument(extension);
    assert.ok('unstamped' in extended, JSON.stringify(extended).slice(0, 200));
  });
});

describe('validate --stamp and import', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'baltic-stamp-'));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  test('validate --stamp writes the stamp first, keeps the file’s indentation, and validate then says it is stamped', async () => {
    const path = join(folder, 'feed.json');
    const original = await readJson('test/fixtures/feed.json');
    await writeFile(path, `${JSON.stringify(original, null, 4)}\n`);
    const run = await runCli('validate', '--stamp', path);
    assert.equal(run.code, ExitCode.Ok, run.stderr);
    assert.match(run.stdout, /stamped as checked: the widgets show it without checking it again\n$/);
    const text = await readFile(path, 'utf8');
    assert.match(text, /^\{\n {4}"checked": "[\w-]+:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}="/);
    const written = JSON.parse(text) as Record<string, unknown>;
    assert.equal(written.checked, expectedStamp(original, 4));
    assert.deepEqual(JSON.parse(JSON.stringify({ ...written, checked: undefined })), JSON.parse(JSON.stringify({ ...original, checked: undefined })));
    assert.match((await runCli('validate', path)).stdout, /\nstamped as checked/);
    // Edited by hand afterwards: said, with what to do.
    await writeFile(path, text.replace('"Культурный диалог', '"Диалог культур'));
    assert.match((await runCli('validate', path)).stdout, /\nits stamp does not match \(edited since, or stamped by another version\): the widgets check it in the browser/);
  });

  test('validate of a stamped feed of over a million characters says the widgets check it all the same', async () => {
    const path = join(folder, 'big.json');
    const fixture = await readJson('test/fixtures/feed.json');
    const description = 'Lorem ipsum dolor sit amet. '.repeat(40);
    const events = Array.from({ length: 1_000 }, (_, index) => ({ id: `e${index}`, title: `Event ${index}`, start: '2027-01-10T10:00', description }));
    await writeFile(path, `${JSON.stringify({ ...fixture, events }, null, 2)}\n`);
    assert.match((await runCli('validate', '--stamp', path)).stdout, /: stamped as checked/);
    assert.ok((await readFile(path, 'utf8')).length > 1_000_000);
    assert.match((await runCli('validate', path)).stdout, /\nstamped as checked, but over 1,000,000 characters the widgets check it all the same, in slices/);
  });

  test('validate --stamp on a feed with warnings: not stamped, the file unchanged, and why', async () => {
    const path = join(folder, 'warnings.json');
    const text = await readFile(join(REPO_ROOT, 'test/node/fixtures/warnings-only.json'), 'utf8');
    await writeFile(path, text);
    const run = await runCli('validate', '--stamp', path);
    assert.equal(run.code, ExitCode.Ok);
    assert.match(run.stdout, /: not stamped: only a feed without any problem is \(fix the 2 warnings above\)/);
    assert.equal(await readFile(path, 'utf8'), text);
  });

  test('validate --stamp of an address or standard input: a usage error', async () => {
    for (const source of ['https://example.org/feed.json', '-']) {
      const run = await runCli('validate', '--stamp', source);
      assert.equal(run.code, ExitCode.Usage);
      assert.match(run.stderr, /^validate --stamp: give a file/);
    }
  });

  test('import writes the feed stamped when it has no problem (its items keep where they came from), and without a stamp when it has one', async () => {
    const clean = join(folder, 'outlook.json');
    const run = await runCli('import', join(REPO_ROOT, 'test/node/fixtures/outlook.ics'), '--into', clean);
    assert.match(run.stdout, /\(stamped as checked\)\n$/);
    const written = JSON.parse(await readFile(clean, 'utf8')) as { checked?: string; events: { icsUid?: string }[] };
    assert.equal(written.checked, expectedStamp(written));
    assert.ok(written.events.every((event) => event.icsUid), 'the UIDs the next import finds its items by');
    const quick = await vouchedFeed(written);
    assert.ok(quick?.events.every((event) => event.icsUid));
    // A calendar with an event that ends before it starts: a warning, so no stamp; the stamp of the earlier import goes.
    const warned = await runCli('import', join(REPO_ROOT, 'test/node/fixtures/google-calendar.ics'), '--into', clean);
    assert.match(warned.stderr, /ends before it starts/);
    assert.equal((JSON.parse(await readFile(clean, 'utf8')) as { checked?: string }).checked, undefined);
  });
});

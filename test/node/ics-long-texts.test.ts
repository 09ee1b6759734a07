/**
 * Long texts in calendar files, and how the CLI writes the file: values of any length are
 * escaped and folded in pieces (a 200 MB description is never copied whole), so what matters
 * is that the pieces meet anywhere without a trace; and `ics -o` replaces the published file
 * only with a complete calendar. Oracle: ical.js reads the texts back.
 */
import assert from 'node:assert/strict';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { validateFeed } from '../../src/feed/validate.js';
import { buildCalendarFile } from '../../src/ics/calendar-file.js';
import { runCli } from './cli-run.js';
import { octets, parseIcs, physicalLines } from './ics-fixtures.js';

/** Where a long value is cut into pieces (src/ics/ics-text.ts): the awkward characters are put right there. */
const PIECE = 65_536;

/**
 * About three pieces of text in which a line break (CR LF), an emoji (a surrogate pair), a
 * comma, a semicolon and a backslash each straddle or touch a piece's end, among Cyrillic and
 * Latin words.
 */
function awkwardText(): string {
  const filler = (length: number) => 'Литературный вечер, стихи; path\\to '.repeat(Math.ceil(length / 30)).slice(0, length);
  return [
    filler(PIECE - 1), '\r\n', // the CR is a piece's last character, its LF the next piece's first
    filler(PIECE - 2), '🎭', // the emoji's first half is a piece's last character
    filler(PIECE - 3), ',;\\', // escaped characters at the very end of a piece
    filler(1_000), 'é'.repeat(PIECE), // two-octet characters across a piece's end
  ].join('');
}

const feedWith = (description: string) => ({
  version: 1,
  timeZone: 'Europe/Helsinki',
  languages: ['ru'],
  events: [{ id: 'long', title: description.slice(PIECE - 10, PIECE + 60), start: '2027-01-10T18:00', end: '2027-01-10T20:00', description }],
});

let directory: string;
before(async () => {
  directory = await mkdtemp(join(tmpdir(), 'baltic-ics-long-'));
});
after(() => rm(directory, { recursive: true, force: true }));

/** The checks every calendar with the awkward text must pass. */
function assertReadsBack(text: string, description: string): void {
  for (const line of physicalLines(text)) {
    assert.ok(octets(line) <= 75, `${octets(line)} octets: ${line}`);
    assert.ok(!/[\r\n]/.test(line), `bare CR or LF in ${JSON.stringify(line)}`);
    assert.ok(!line.includes('\uFFFD') && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(line), `a broken character in ${JSON.stringify(line)}`);
  }
  const [event] = parseIcs(text).events;
  // ical.js unescapes the text; the one line break of the feed (CR LF) is one "\n".
  assert.equal(event?.description, description.replace('\r\n', '\n'));
  assert.equal(event?.summary, description.slice(PIECE - 10, PIECE + 60).replace('\r\n', '\n'));
}

describe('long texts in calendar files', () => {
  test('a description of three pieces reads back whole, wherever line breaks, emoji and escaped characters meet a piece’s end', async () => {
    const description = awkwardText();
    const result = validateFeed(feedWith(description));
    assert.ok(result.ok);
    assertReadsBack(await buildCalendarFile(result.feed, { lang: 'ru', events: result.feed.events }), description);
  });

  test('an HTML description of many pieces becomes the plain text a reader expects, wherever the pieces meet', async () => {
    // Paragraphs with references and runs of white space, then 100,000 characters without any white space.
    const paragraph = (index: number) => `<p>\n   Строка ${index} &amp; line&#8211;end&nbsp;!\t\t</p>\n\n\n`;
    const count = 4_000;
    const html = Array.from({ length: count }, (_, index) => paragraph(index)).join('') + `<p>${'w&amp;'.repeat(20_000)}</p>`;
    const expected = [...Array.from({ length: count }, (_, index) => `Строка ${index} & line–end\u00A0!`), 'w&'.repeat(20_000)].join('\n\n');
    assert.ok(html.length > 3 * PIECE);
    const feed = feedWith('');
    Object.assign(feed.events[0]!, { description: html, descriptionFormat: 'html' });
    const result = validateFeed(feed);
    assert.ok(result.ok);
    const [event] = parseIcs(await buildCalendarFile(result.feed, { lang: 'ru', events: result.feed.events })).events;
    assert.equal(event?.description, expected);
  });

  test('`ics -o` and `ics` to standard output write the same calendar', async () => {
    const description = awkwardText();
    const feedPath = join(directory, 'awkward.json');
    await writeFile(feedPath, JSON.stringify(feedWith(description)));
    const toFile = await runCli('ics', feedPath, '-o', join(directory, 'awkward.ics'));
    assert.equal(toFile.code, 0, toFile.stderr);
    const toStdout = await runCli('ics', feedPath);
    assert.equal(toStdout.code, 0, toStdout.stderr);
    const written = await readFile(join(directory, 'awkward.ics'), 'utf8');
    assertReadsBack(written, description);
    const withoutStamp = (text: string) => text.replace(/^DTSTAMP:.*$/m, '');
    assert.equal(withoutStamp(toStdout.stdout), withoutStamp(written));
  });
});

describe('`ics -o` replaces the published file only with a whole calendar', () => {
  const feed = { version: 1, timeZone: 'Europe/Helsinki', events: [{ id: 'a', title: 'Vappu', start: '2027-05-01T12:00' }] };
  let feedPath: string;
  before(async () => {
    feedPath = join(directory, 'small.json');
    await writeFile(feedPath, JSON.stringify(feed));
  });

  test('through a symbolic link the link stays and the file it names gets the calendar, with its permissions', async () => {
    const published = join(directory, 'published');
    await mkdir(published);
    const real = join(published, 'events.ics');
    await writeFile(real, 'the old calendar');
    await chmod(real, 0o640);
    const link = join(directory, 'events-link.ics');
    await symlink(real, link);
    const run = await runCli('ics', feedPath, '-o', link);
    assert.equal(run.code, 0, run.stderr);
    assert.ok((await lstat(link)).isSymbolicLink(), 'the link is still a link');
    assert.equal(await readlink(link), real);
    assert.equal(parseIcs(await readFile(real, 'utf8')).events[0]?.summary, 'Vappu');
    assert.equal((await stat(real)).mode & 0o777, 0o640, 'the file keeps its permissions');
    assert.deepEqual((await readdir(published)).sort(), ['events.ics'], 'no temporary file is left beside it');
  });

  test('a file that cannot be replaced stays as it was, the message names it, and nothing is left behind', async () => {
    const place = join(directory, 'a-folder');
    await mkdir(join(place, 'inside'), { recursive: true });
    const run = await runCli('ics', feedPath, '-o', place);
    assert.equal(run.code, 2);
    assert.match(run.stderr, new RegExp(`^cannot write ${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: E[A-Z]+: [a-z ]+\\n$`));
    assert.deepEqual(await readdir(place), ['inside'], 'the folder is untouched');
    assert.deepEqual((await readdir(directory)).filter((name) => name.endsWith('.tmp')), [], 'no temporary file is left');
  });

  test('a folder that does not exist: one line naming the file as the user wrote it', async () => {
    const run = await runCli('ics', feedPath, '-o', join(directory, 'no-such-folder', 'events.ics'));
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `cannot write ${join(directory, 'no-such-folder', 'events.ics')}: ENOENT: no such file or directory\n`);
  });
});

/**
 * End to end with the real server: `baltic-widgets studio` (the CLI) serving a temporary copy
 * of the demo feed (test/middleware/real-studio.mjs starts it and passes the page's API calls
 * through). A volunteer opens the feed, edits a title and saves: the file on disk changes by
 * a rename (a new inode, no temporary file left) and the version it replaced is in the
 * history; when another program rewrites the file, the studio asks before it overwrites.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { BalticStudio } from '../../src/studio/define.js';
import { button, click, mountStudio, type, until } from './studio-helpers.js';
import { stampedText } from './helpers.js';

interface RealDisk {
  text: string;
  inode: number;
  files: string[];
  history: { name: string; text: string }[];
}

let id: string | undefined;
const disk = async (): Promise<RealDisk> => (await fetch(`/__real-studio/${id}/__disk`)).json();

describe('feed studio with the real local server', () => {
  afterEach(async () => {
    fixtureCleanup();
    localStorage.removeItem('baltic-studio-draft');
    if (id) await fetch(`/__real-studio/${id}/__stop`, { method: 'POST' });
    id = undefined;
  });

  it('saves an edit atomically with the replaced version in the history, and asks before overwriting a file another program changed', async function () {
    this.timeout(60000);
    const demo = await (await fetch('/demo/feed.json')).text();
    const started = await fetch('/__real-studio/start', { method: 'POST', body: JSON.stringify({ text: demo }) });
    expect(started.status, await started.clone().text()).to.equal(200);
    id = ((await started.json()) as { id: string }).id;
    const before = await disk();

    const studio: BalticStudio = await mountStudio(`/__real-studio/${id}/`, 'ru');
    expect(studio.files.mode).to.equal('server');
    expect(studio.dirty).to.be.false;

    // An edit and a save: only that field changes on disk.
    await type(studio, '#f-events-0-title-ru', 'Экскурсия по замку Турку');
    await click(studio, '#save');
    await until(async () => (await disk()).text !== demo, 'the file on disk did not change', { timeout: 10000 });
    const first = await disk();
    const expected = JSON.parse(demo);
    expected.events[0].title.ru = 'Экскурсия по замку Турку';
    // Stamped again as checked: the demo's stamp no longer matched the edited content.
    expect(first.text).to.equal(await stampedText(expected));
    // Atomically: renamed into place (another inode), nothing half-written left beside it.
    expect(first.inode).not.to.equal(before.inode);
    expect(first.files).to.deep.equal(['feed.json', 'feed.json.history']);
    // The version it replaced, byte for byte, in the history.
    expect(first.history.map((entry) => entry.text)).to.deep.equal([demo]);
    await until(() => !studio.dirty, 'still unsaved after the save');

    // Another program rewrites the file; the volunteer edits and saves: asked first, nothing overwritten.
    const theirs = JSON.parse(first.text);
    theirs.organization.name = 'Baltic Region ry (их версия)';
    const theirsText = `${JSON.stringify(theirs, null, 2)}\n`;
    await fetch(`/__real-studio/${id}/__external`, { method: 'POST', body: JSON.stringify({ text: theirsText }) });
    await type(studio, '#f-events-0-title-ru', 'Замок Турку');
    await click(studio, '#save');
    await until(() => studio.shadowRoot!.querySelector('[role=alertdialog]'), 'no question about the changed file', { timeout: 10000 });
    expect((await disk()).text).to.equal(theirsText);

    // "Save mine over it": theirs goes into the history, mine onto disk.
    await click(studio, button(studio, 'Сохранить мою поверх'));
    await until(async () => (await disk()).text !== theirsText, 'not saved with force', { timeout: 10000 });
    const last = await disk();
    expect(JSON.parse(last.text).events[0].title.ru).to.equal('Замок Турку');
    expect(last.history.map((entry) => entry.text)).to.have.members([demo, theirsText]);
  });

  it('opens a feed Notepad saved as Windows-1251 ("ANSI") as it was meant, says so, and saves it as UTF-8', async function () {
    this.timeout(60000);
    const feed = { languages: ['ru'], organization: { name: 'Балтийский регион' }, events: [{ id: 'klub', title: 'Клуб для детей', start: '2027-01-10T10:00' }] };
    // Windows-1251 by hand: А–я are 0xC0–0xFF, the rest here is ASCII.
    const cp1251 = Uint8Array.from([...JSON.stringify(feed)].map((char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x350;
      throw new Error(`not in this test's Windows-1251: ${char}`);
    }));
    const started = await fetch('/__real-studio/start', { method: 'POST', body: JSON.stringify({ bytes: btoa(String.fromCharCode(...cp1251)) }) });
    expect(started.status, await started.clone().text()).to.equal(200);
    id = ((await started.json()) as { id: string }).id;

    const studio: BalticStudio = await mountStudio(`/__real-studio/${id}/`, 'ru');
    const titleBox = () => studio.shadowRoot!.querySelector<HTMLInputElement>('input[id^="f-events-0-title"]');
    await until(titleBox, 'the event is not shown');
    const title = titleBox()!;
    expect(title.value).to.equal('Клуб для детей');
    const notice = studio.shadowRoot!.querySelector('.notice')!.textContent!;
    expect(notice).to.contain('feed.json').and.to.contain('Windows-1251').and.to.contain('UTF-8');
    expect(studio.dirty, 'marked unsaved until it is stored as UTF-8').to.equal(true);

    await click(studio, '#save');
    // (The folder is read while the save renames: an answer may have no text yet.)
    await until(async () => (await disk()).text?.includes('Клуб для детей'), 'not saved as UTF-8', { timeout: 10000 });
    // As UTF-8, and stamped as checked: the feed has no problem.
    expect((await disk()).text).to.equal(await stampedText(feed));
    await until(() => !studio.dirty, 'still unsaved after the save');
  });
});

/**
 * The feed copies kept in localStorage for the next visit: bounded in number and size, the
 * oldest removed first, URL variants not piling up, the host page's own items never touched,
 * and a save that fails (storage full) handled: the feed is still shown.
 */
import { expect } from '@open-wc/testing';
import { FeedSource } from '../../src/feed/index.js';
import { STORAGE_PREFIX } from '../../src/feed/saved-copies.js';
import { keepCopy, MAX_SAVED_CHARS, MAX_SAVED_FEEDS } from '../../src/feed/save-copy.js';
import { loadFixtureFeed, stampedText, waitUntil } from './helpers.js';

const feedText = (name: string, padding = 0) => JSON.stringify({ version: 1, organization: { name, description: 'x'.repeat(padding) } });
/** A fetch that answers every URL with the given text. */
const answering = (text: string): typeof fetch => () => Promise.resolve(new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } }));
const ours = () => Object.keys(localStorage).filter((key) => key.startsWith(STORAGE_PREFIX));
const savedUrls = () => ours().map((key) => key.slice(STORAGE_PREFIX.length)).sort();

/** Loads `url` through a new source (as a new page would) and returns its snapshot. */
async function load(url: string, text: string) {
  const source = new FeedSource(url, answering(text));
  const stop = source.subscribe(() => {});
  await source.load();
  stop();
  return source.snapshot;
}

describe('saved feed copies (localStorage)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it(`keeps at most ${MAX_SAVED_FEEDS} feeds and removes the oldest first`, async () => {
    const urls = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `https://feeds.example/${name}.json`);
    for (const url of urls) {
      await load(url, feedText(url));
      await new Promise((resolve) => setTimeout(resolve, 5)); // distinct save times
    }
    expect(savedUrls()).to.deep.equal(urls.slice(-MAX_SAVED_FEEDS));
    // What is kept is what a repeat visit shows, once the check's chunk is there (the feed has no stamp).
    const again = new FeedSource(urls.at(-1)!, () => new Promise(() => {}));
    await waitUntil(() => again.snapshot.feed, 'the saved copy is shown');
    expect(again.snapshot.feed?.organization?.name).to.equal(urls.at(-1));
    expect(again.snapshot.stale).to.equal(true);
  });

  it('a stamped feed’s copy is shown at once on the next visit, with the defaults the check gives; one whose stamp did not match, only once checked', async () => {
    const document = await loadFixtureFeed();
    const stamped = await stampedText(document);
    await load('https://feeds.example/stamped.json', stamped);
    const again = new FeedSource('https://feeds.example/stamped.json', () => new Promise(() => {}));
    expect(again.snapshot.feed?.organization?.name, 'shown as the source is made: no wait').to.equal(document.organization.name);
    expect(again.snapshot.stale).to.equal(true);
    expect(again.snapshot.feed!.events.map((event) => event.status)).to.deep.equal(document.events.map((event: { status?: string }) => event.status ?? 'scheduled'));
    expect(again.snapshot.feed).to.not.have.property('checked');
    // Edited after it was stamped (a title in Finnish changed by hand): its copy waits for the check, like any feed without a stamp.
    await load('https://feeds.example/edited.json', stamped.replace('"Baltic Region ry"', '"Baltic Region ry (muokattu)"'));
    const edited = new FeedSource('https://feeds.example/edited.json', () => new Promise(() => {}));
    expect(edited.snapshot.feed, 'not at once').to.equal(undefined);
    await waitUntil(() => edited.snapshot.feed, 'the checked copy is shown');
    expect(edited.snapshot.feed!.organization!.name).to.include('muokattu');
  });

  it('a stamped feed kept by an earlier release (without a note of its stamp) is taken by its stamp when it arrives again, and shown at once the visit after', async () => {
    const document = await loadFixtureFeed();
    const text = await stampedText(document);
    const url = 'https://feeds.example/earlier-release.json';
    keepCopy(url, text, Date.now() - 3_600_000, new Set());
    expect(localStorage.getItem(STORAGE_PREFIX + url)).to.not.include('"vouched"');
    // The kept copy is shown (once the check's chunk is there) before the same text arrives again.
    let answer!: () => void;
    const arrives = new Promise<void>((resolve) => (answer = resolve));
    const source = new FeedSource(url, () => arrives.then(() => new Response(text, { status: 200 })));
    const stop = source.subscribe(() => {});
    const loaded = source.load();
    await waitUntil(() => source.snapshot.feed, 'the kept copy is not shown');
    answer();
    await loaded;
    stop();
    await waitUntil(() => localStorage.getItem(STORAGE_PREFIX + url)?.includes('"vouched":true'), 'the copy was not kept with its stamp', { timeout: 5000 });
    const again = new FeedSource(url, () => new Promise(() => {}));
    expect(again.snapshot.feed?.organization?.name, 'at once').to.equal(document.organization.name);
  });

  it('a copy without a stamp, shown once checked, shows with a failed request: never the failure alone first', async () => {
    const url = 'https://feeds.example/down-with-copy.json';
    keepCopy(url, JSON.stringify(await loadFixtureFeed()), Date.now() - 3_600_000, new Set());
    // The server answers 503 at once, before the check's chunk is there.
    const source = new FeedSource(url, () => Promise.resolve(new Response('down', { status: 503 })));
    const seen: { status: string; feed: boolean }[] = [];
    const stop = source.subscribe((snapshot) => seen.push({ status: snapshot.status, feed: snapshot.feed !== undefined }));
    await source.load();
    stop();
    expect(source.snapshot.status).to.equal('error');
    expect(source.snapshot.stale).to.equal(true);
    expect(source.snapshot.feed?.organization?.name).to.equal('Baltic Region ry');
    expect(seen.filter((snapshot) => snapshot.status === 'error' && !snapshot.feed), 'the failure shown without the copy').to.deep.equal([]);
  });

  it('replaces the copy of another variant of the same URL (feed.json?v=1…7)', async () => {
    for (let version = 1; version <= 7; version++) await load(`https://feeds.example/feed.json?v=${version}`, feedText(`v${version}`));
    expect(savedUrls()).to.deep.equal(['https://feeds.example/feed.json?v=7']);
  });

  it('keeps the total size within its budget and does not keep a feed bigger than that', async () => {
    const quarter = Math.floor(MAX_SAVED_CHARS / 3);
    for (const name of ['one', 'two', 'three', 'four']) await load(`https://feeds.example/${name}.json`, feedText(name, quarter));
    const total = ours().reduce((sum, key) => sum + key.length + localStorage.getItem(key)!.length, 0);
    expect(total).to.be.at.most(MAX_SAVED_CHARS);
    expect(savedUrls()).to.deep.equal(['https://feeds.example/four.json', 'https://feeds.example/three.json']);
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const huge = await load('https://feeds.example/huge.json', feedText('huge', MAX_SAVED_CHARS));
      expect(huge.status, 'a feed too big to keep is still shown').to.equal('ready');
    } finally {
      console.warn = originalWarn;
    }
    expect(savedUrls()).to.not.include('https://feeds.example/huge.json');
    expect(warnings, 'the console says why').to.deep.equal([
      "[baltic-widgets] https://feeds.example/huge.json: not kept in the browser's storage for the next visit (too big, or the storage is full or blocked)",
    ]);
  });

  it("never removes the host page's own items, and a failed save still shows the feed", async () => {
    localStorage.setItem('host-page-draft', 'the host page keeps this');
    await load('https://feeds.example/old.json', feedText('old'));
    // The storage is full for anything more (the host page's data): setItem throws, as browsers do.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith(STORAGE_PREFIX)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
    let snapshot;
    try {
      snapshot = await load('https://feeds.example/new.json', feedText('new'));
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(snapshot.status).to.equal('ready');
    expect(snapshot.feed?.organization?.name).to.equal('new');
    expect(localStorage.getItem('host-page-draft')).to.equal('the host page keeps this');
    // Our older copy made room for the new one (which still did not fit).
    expect(savedUrls()).to.deep.equal([]);
  });

  it('a returning visitor\'s saved copy is not checked once the fresh feed has replaced it: no warning about what is no longer in the feed', async () => {
    const url = `https://feeds.example/skipped-${Date.now()}.json`;
    const withEvent = async (event: object) => {
      const feed = await loadFixtureFeed();
      feed.timeZone = 'Europe/Helsinki';
      feed.events.push(event);
      return JSON.stringify(feed);
    };
    // The copy of the last visit has a night walk at 03:30 on the night the clocks skip 03:00–04:00; the fresh feed moved it to 03:15.
    // It also had an event without a title, skipped (and named) then; the fresh feed has none such.
    const copy = JSON.parse(await withEvent({ id: 'night-walk', title: 'Night walk', start: '2027-03-28T03:30', end: '2027-03-28T05:00' }));
    copy.events.push({ id: 'untitled-in-copy', start: '2027-01-10T10:00' });
    keepCopy(url, JSON.stringify(copy), Date.now() - 3_600_000, new Set());
    const fresh = await withEvent({ id: 'night-walk', title: 'Night walk', start: '2027-03-28T03:15', end: '2027-03-28T05:00' });
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      // The fresh feed arrives once the copy is shown: a copy with a skipped item is shown when the lenient validation's chunk is there.
      let copyShown!: () => void;
      const freshArrives = new Promise<void>((resolve) => (copyShown = resolve));
      const source = new FeedSource(url, () => freshArrives.then(() => new Response(fresh, { status: 200, headers: { 'Content-Type': 'application/json' } })));
      const stop = source.subscribe(() => {});
      const loaded = source.load();
      await waitUntil(() => source.snapshot.feed, 'the saved copy is shown');
      expect(source.snapshot.feed!.events.map((event) => event.id), 'the copy, its untitled event skipped').to.include('night-walk').and.not.include('untitled-in-copy');
      const savedCopyChecked = source.snapshot.allProblems;
      expect(savedCopyChecked, 'the saved copy is shown, its check to come').to.exist;
      copyShown();
      await loaded;
      const freshChecked = source.snapshot.allProblems;
      await Promise.all([savedCopyChecked, freshChecked]);
      stop();
      expect(warnings.filter((line) => line.includes('03:15')), 'the fresh feed\'s warning').to.have.length(1);
      expect(warnings.filter((line) => line.includes('03:30') || line.includes('untitled-in-copy')), 'the replaced copy\'s').to.deep.equal([]);
    } finally {
      console.warn = originalWarn;
      localStorage.clear();
    }
  });
});

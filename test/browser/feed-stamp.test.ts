/**
 * A feed stamped as checked (feed-stamp.ts), as a webmaster's page gets it through the built
 * one-script embed: shown without downloading the check; the same feed without its stamp, or
 * edited after it was stamped, checked in the browser and shown alike; a stale stamp never lets
 * a broken item through.
 */
import { expect } from '@open-wc/testing';
import { FeedSource } from '../../src/feed/index.js';
import { mockUrl, servedFeed, stampedText, textOf, waitUntil } from './helpers.js';
import { fetchedFiles, openEmbedPage, rendered } from './embed-helpers.js';

const CHECK_CHUNK = /\/feed-validation\.js$/;

/** The demo feed as the repository has it (stamped by `validate --stamp`), as an object. */
const demoFeed = async () => (await (await fetch('/demo/feed.json')).json()) as Record<string, any>;
/** A URL that serves `text` as it is (the mock server keeps it). */
const served = (text: string) => servedFeed(JSON.parse(text)).then((url) => ({ url, text }));

describe('a feed stamped as checked', () => {
  it('is shown without the check’s chunk, as written or laid out anew; the same feed without its stamp loads the check, and all show the same', async () => {
    const demo = await demoFeed();
    expect(demo.checked, 'the demo feed is stamped').to.be.a('string');
    // The file as `validate --stamp` wrote it (its text's digest matches), and the same feed on one line (its content's).
    const asWritten = mockUrl('feed', { file: 'demo/feed.json' });
    const oneLine = await servedFeed(demo);
    const { checked: _stamp, ...unstamped } = demo;
    const plain = await servedFeed(unstamped);
    const shown: string[] = [];
    for (const [feed, checks, what] of [[asWritten, false, 'as written'], [oneLine, false, 'on one line'], [plain, true, 'without its stamp']] as const) {
      const { page } = await openEmbedPage(['org-card', 'event-calendar'], { feed });
      const widgets = await rendered(page);
      expect(fetchedFiles(page).some((file) => CHECK_CHUNK.test(`/${file}`)), `the check downloaded for the feed ${what}`).to.equal(checks);
      shown.push(widgets.map(textOf).join('\n'));
      expect(textOf(widgets[0]!)).to.include('Baltic Region ry');
    }
    expect(shown[1]).to.equal(shown[0]);
    expect(shown[2]).to.equal(shown[0]);
  });

  it('edited by hand after it was stamped (a broken date), it is checked: the broken event is skipped and said, not shown', async () => {
    const demo = await demoFeed();
    const broken = demo.events[0];
    // The stamp stays as it was: the text no longer matches it.
    const text = JSON.stringify(demo, null, 2).replace(`"start": "${broken.start}"`, '"start": "2026-02-30T18:00"');
    expect(text).to.include('2026-02-30T18:00');
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const source = new FeedSource('https://feeds.example/hand-edited.json', () => Promise.resolve(new Response(text, { status: 200 })));
      const stop = source.subscribe(() => {});
      await source.load();
      stop();
      expect(source.snapshot.status).to.equal('ready');
      expect(source.snapshot.feed!.events.map((event) => event.id)).to.not.include(broken.id);
      expect(source.snapshot.problems.map((problem) => problem.path)).to.include('events[0].start');
      expect(warnings.some((line) => line.includes('events[0].start') && line.includes('(item skipped)'))).to.equal(true);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('a stamp made by another check (an older release) is not trusted: the feed is checked', async () => {
    const demo = await demoFeed();
    const [, digest] = (demo.checked as string).split(':');
    const { url } = await served(JSON.stringify({ ...demo, checked: `an-old-check:${digest}` }));
    const { page } = await openEmbedPage(['org-card'], { feed: url });
    await rendered(page);
    expect(fetchedFiles(page).some((file) => CHECK_CHUNK.test(`/${file}`))).to.equal(true);
  });

  it('given as the feed property (an app’s own object): shown without the check, the object left as it was', async () => {
    const demo = JSON.parse(await stampedText(await demoFeed())) as Record<string, any>;
    const before = JSON.stringify(demo);
    const { page, doc } = await openEmbedPage([]);
    await waitUntil(() => page.balticWidgets, 'the loader did not run', { timeout: 10_000 });
    const card = doc.createElement('baltic-org-card') as HTMLElement & { feed?: object };
    card.feed = demo;
    doc.body.append(card);
    await rendered(page);
    expect(textOf(card)).to.include('Baltic Region ry');
    expect(JSON.stringify(demo), 'the app’s object is not changed').to.equal(before);
    expect(fetchedFiles(page).some((file) => CHECK_CHUNK.test(`/${file}`))).to.equal(false);
  });
});

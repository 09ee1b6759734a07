/**
 * Hardening: failing networks. A feed that answers with server errors, is cut in the middle of
 * its body, answers late, is not JSON, or changes between loads: each ends in the right state,
 * the last good data stays, transient failures are retried with growing pauses (and no more
 * than six times), and the feed comes back by itself when the network does.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/org-card/define.js';
import type { BalticOrgCard } from '../../src/components/org-card/org-card.js';
import { mockUrl, requestCount, settled, shadow, waitUntil } from './helpers.js';

const STORAGE_PREFIX = 'baltic-widgets:feed:v1:';
/** A request timeout no retry pause can be mistaken for. */
const LONG_TIMEOUT = '600000';

/**
 * Runs `body` with the feed loader's retry pauses (1 s to 5 min) shortened to 10 ms, and
 * returns the pauses it asked for, in order. (Only the loader's: the tests' own waits stay.)
 */
async function withShortPauses(body: (pauses: number[]) => Promise<void>): Promise<number[]> {
  const pauses: number[] = [];
  const original = window.setTimeout;
  window.setTimeout = ((handler: TimerHandler, delay = 0, ...rest: unknown[]) => {
    if (delay >= 1000 && delay <= 300_000 && new Error().stack?.includes('/src/feed/loader.')) {
      pauses.push(delay);
      delay = 10;
    }
    return original(handler, delay, ...rest);
  }) as typeof window.setTimeout;
  try {
    await body(pauses);
  } finally {
    window.setTimeout = original;
  }
  return pauses;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const name = (card: BalticOrgCard) => shadow(card).querySelector('[part="name"]')?.textContent?.trim();

async function card(src: string, timeout = LONG_TIMEOUT): Promise<BalticOrgCard> {
  return fixture<BalticOrgCard>(html`<baltic-org-card lang="en" timeout=${timeout} src=${src}></baltic-org-card>`);
}

describe('hardening: failing networks', function () {
  // The copies earlier tests' feeds left (written once the page is idle) would crowd out one a
  // test plants: four are kept, the oldest goes first.
  beforeEach(() => localStorage.clear());

  this.timeout(20_000);

  it('comes back by itself after a server error, saying meanwhile that it will try again', async () => {
    const url = mockUrl('sequence', { steps: '503,feed' });
    const widget = await card(url);
    await settled(widget, 'error');
    const error = shadow(widget).querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('503').and.to.contain('Trying again automatically');
    expect(shadow(widget).querySelector('[part="retry"]'), 'the visitor can still retry at once').to.exist;
    // The first automatic retry comes after about 2 s (±20 %).
    await oneEvent(widget, 'baltic-feed-load');
    await widget.updateComplete;
    expect(name(widget)).to.equal('Baltic Region ry');
    expect(widget.feedSnapshot.stale).to.equal(false);
    expect(await requestCount(url)).to.equal(2);
  });

  it('treats a connection cut in the middle of the body as a network error, and recovers', async () => {
    await withShortPauses(async () => {
      const url = mockUrl('sequence', { steps: 'reset,feed' });
      const widget = await card(url);
      const failed = await oneEvent(widget, 'baltic-feed-error');
      expect(failed.detail.kind).to.equal('network');
      await waitUntil(() => name(widget), 'the feed did not come back after the cut', { timeout: 5000 });
      expect(name(widget)).to.equal('Baltic Region ry');
    });
  });

  it('backs off 2, 4, 8, 16, 32 and 64 s, then stops until the network comes back; the page hears of the failure once', async () => {
    const url = mockUrl('sequence', { steps: '503' });
    let widget!: BalticOrgCard;
    let errorEvents = 0;
    const countErrors = () => errorEvents++;
    document.addEventListener('baltic-feed-error', countErrors);
    const pauses = await withShortPauses(async () => {
      widget = await card(url);
      await waitUntil(async () => (await requestCount(url)) === 7, 'expected the first request and six retries', { timeout: 8000 });
      await sleep(300);
      expect(await requestCount(url), 'no seventh retry').to.equal(7);
    });
    document.removeEventListener('baltic-feed-error', countErrors);
    expect(errorEvents, 'one baltic-feed-error for one outage, not one per retry').to.equal(1);
    expect(pauses).to.have.length(6);
    pauses.forEach((pause, index) => {
      const planned = 2000 * 2 ** index;
      expect(pause, `retry ${index + 1}`).to.be.within(planned * 0.8, planned * 1.2);
    });
    await widget.updateComplete;
    expect(shadow(widget).querySelector('[part="error"]')!.textContent, 'no promise of another try').not.to.contain('Trying again');
    expect(shadow(widget).querySelector('[part="retry"]')).to.exist;

    // The browser reports the network back: one request at once.
    window.dispatchEvent(new Event('online'));
    await waitUntil(async () => (await requestCount(url)) === 8, 'no request when the network came back', { timeout: 3000 });
  });

  it('shows that it is loading when the visitor presses Retry during an automatic retry', async () => {
    await withShortPauses(async () => {
      const widget = await card(mockUrl('sequence', { steps: '503,503,feed', delay: '600' }));
      await settled(widget, 'error');
      // The automatic retry starts 10 ms later and takes 600 ms: press Retry meanwhile.
      await sleep(100);
      shadow(widget).querySelector<HTMLElement>('[part="retry"]')!.click();
      await widget.updateComplete;
      expect(widget.feedSnapshot.status).to.equal('loading');
      expect(shadow(widget).querySelector('[aria-busy="true"]'), 'the skeleton, not a button that does nothing').to.exist;
    });
  });

  it("waits as long as the server's Retry-After asks", async () => {
    const pauses = await withShortPauses(async () => {
      const widget = await card(mockUrl('sequence', { steps: '503,feed', retryAfter: '30' }));
      await waitUntil(() => name(widget), 'the feed did not load after the pause', { timeout: 5000 });
    });
    expect(pauses[0]).to.be.at.least(30_000);
  });

  for (const [what, url] of [
    ['an HTML page instead of JSON', () => mockUrl('html')],
    ['a 404', () => mockUrl('status', { code: '404' })],
    ['JSON that is not a feed', () => mockUrl('json', { body: '[1, 2, 3]' })],
  ] as const) {
    it(`does not retry by itself after ${what} (it would fail the same way)`, async () => {
      const src = url();
      await withShortPauses(async (pauses) => {
        const widget = await card(src);
        await settled(widget, 'error');
        await sleep(200);
        expect(pauses).to.deep.equal([]);
        expect(shadow(widget).querySelector('[part="error"]')!.textContent).not.to.contain('Trying again');
      });
      expect(await requestCount(src)).to.be.at.most(1);
    });
  }

  it('stops retrying when the widget leaves the page', async () => {
    const url = mockUrl('sequence', { steps: '503' });
    const widget = await card(url);
    await settled(widget, 'error');
    widget.remove();
    await withShortPauses(async () => {
      await sleep(300);
      window.dispatchEvent(new Event('online'));
      await sleep(200);
    });
    expect(await requestCount(url)).to.equal(1);
  });

  it('keeps the last good data while retrying, and shows the new feed when it changed', async () => {
    const url = mockUrl('sequence', { steps: 'feed,503,changed' });
    await withShortPauses(async () => {
      const widget = await card(url);
      await settled(widget);
      expect(name(widget)).to.equal('Baltic Region ry');
      const failed = oneEvent(widget, 'baltic-feed-error');
      void widget.refresh();
      expect((await failed).detail.stale).to.equal(true);
      await widget.updateComplete;
      expect(name(widget), 'the last good data stays').to.equal('Baltic Region ry');
      expect(shadow(widget).querySelector('[part="stale-notice"]')!.textContent).to.contain('Trying again automatically');
      const reloaded = await oneEvent(widget, 'baltic-feed-load');
      expect(reloaded).to.exist;
      await widget.updateComplete;
      expect(name(widget)).to.equal('Baltic Region ry (updated)');
      expect(shadow(widget).querySelector('[part="stale-notice"]')).not.to.exist;
    });
  });

  it('replaces the copy saved by an earlier visit with the newer feed from the network', async () => {
    const url = mockUrl('sequence', { steps: 'changed' });
    const saved = await (await fetch('/test/fixtures/feed.json')).text();
    localStorage.setItem(STORAGE_PREFIX + new URL(url, location.href).href, JSON.stringify({ savedAt: Date.now() - 86_400_000, text: saved }));
    const widget = await card(url);
    await waitUntil(() => name(widget) === 'Baltic Region ry (updated)', 'the newer feed did not replace the saved copy', { timeout: 5000 });
    expect(widget.feedSnapshot.stale).to.equal(false);
    // The copy is written once the page is idle.
    const stored = () => localStorage.getItem(STORAGE_PREFIX + new URL(url, location.href).href) ?? '';
    await waitUntil(() => stored().includes('Baltic Region ry (updated)'), `the newer feed was not saved: ${stored().slice(0, 80)}`, { timeout: 5000 });
  });

  it('shows the copy saved by an earlier visit at once, and keeps it when the network brings the same feed', async () => {
    const url = mockUrl('feed', { delay: '400' });
    const saved = await (await fetch('/test/fixtures/feed.json')).text();
    localStorage.setItem(STORAGE_PREFIX + new URL(url, location.href).href, JSON.stringify({ savedAt: Date.now() - 3_600_000, text: saved }));
    const widget = await card(url);
    await waitUntil(() => widget.feedSnapshot.feed, 'the saved copy was not shown while loading', { timeout: 2000 });
    expect(widget.feedSnapshot.stale).to.equal(true);
    const shown = widget.feedSnapshot.feed;
    await settled(widget);
    expect(widget.feedSnapshot.stale).to.equal(false);
    expect(widget.feedSnapshot.feed, 'the same feed object: not validated and rendered anew').to.equal(shown);
    expect(shadow(widget).querySelector('[part="stale-notice"]')).not.to.exist;
  });

  it('waits for a slow first byte within the timeout, showing the skeleton meanwhile', async () => {
    const widget = await card(mockUrl('feed', { delay: '1200' }), '5000');
    expect(shadow(widget).querySelector('[aria-busy="true"] .skeleton')).to.exist;
    await settled(widget);
    expect(name(widget)).to.equal('Baltic Region ry');
  });

  it('gives up on a first byte later than the timeout, says so, and retries', async () => {
    await withShortPauses(async (pauses) => {
      const widget = await card(mockUrl('feed', { delay: '800' }), '300');
      const failed = await oneEvent(widget, 'baltic-feed-error');
      expect(failed.detail.kind).to.equal('timeout');
      await widget.updateComplete;
      expect(shadow(widget).querySelector('[part="error"]')!.textContent).to.contain('did not answer in time');
      expect(pauses.length).to.be.at.least(1);
    });
  });
});

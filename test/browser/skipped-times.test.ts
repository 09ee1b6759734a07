/**
 * The warnings about local times the clocks skip need the time-zone rules, which a page that
 * shows no dates has no other use for: they are checked by a chunk of their own
 * (src/feed/skipped-times.ts) once the page is idle, after the widget has shown the feed, and
 * `baltic-feed-load` waits for them. A file of its own: the page is fresh, nothing fetched that
 * chunk before.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/org-card/define.js';
import type { BalticOrgCard } from '../../src/components/org-card/org-card.js';
import type { BalticFeedLoadEvent } from '../../src/events/feed.js';
import { loadFixtureFeed, mockUrl, servedFeed, waitUntil } from './helpers.js';

/** When this page started to fetch the skipped-times chunk (ms since the page began), if it did. */
const chunkStartedAt = () =>
  performance
    .getEntriesByType('resource')
    .find((entry) => new URL(entry.name).pathname.endsWith('/src/feed/skipped-times.ts'))?.startTime;

/** A card for `src`, and the moment it first showed the feed (its shadow root changed with the feed ready). */
function cardShowing(src: string) {
  const card = document.createElement('baltic-org-card') as BalticOrgCard;
  card.lang = 'en';
  document.body.append(card);
  let shownAt: number | undefined;
  new MutationObserver(() => {
    if (card.feedSnapshot.status === 'ready') shownAt ??= performance.now();
  }).observe(card.shadowRoot!, { childList: true, subtree: true, characterData: true });
  const loaded = oneEvent(card, 'baltic-feed-load') as Promise<BalticFeedLoadEvent>;
  card.src = src;
  return { card, loaded, shownAt: () => shownAt };
}

describe('local times the clocks skip', () => {
  afterEach(() => document.querySelectorAll('baltic-org-card').forEach((card) => card.remove()));

  it('are checked after the widget shows the feed; the load event and then the snapshot name them', async () => {
    const feed = await loadFixtureFeed();
    feed.timeZone = 'Europe/Helsinki';
    // 2027-03-28: at 03:00 the clocks in Helsinki go to 04:00.
    feed.events.push({ id: 'night-walk', title: 'Night walk', start: '2027-03-28T03:30', end: '2027-03-28T05:00' });
    const { card, loaded, shownAt } = cardShowing(await servedFeed(feed));
    const { detail } = await loaded;
    expect(shownAt(), 'the card showed the feed').to.be.a('number');
    expect(chunkStartedAt(), 'the check was fetched').to.be.a('number');
    expect(chunkStartedAt()!, 'the check was fetched only after the card showed the feed').to.be.above(shownAt()!);
    const warning = detail.problems.find((problem) => problem.path === `events[${feed.events.length - 1}].start`);
    expect(warning?.message).to.equal('2027-03-28T03:30 does not exist in Europe/Helsinki (the clocks skip 1 h that night): read as 04:30, and keeps its length of 1 h 30 min');
    expect(warning?.severity).to.equal('warning');
    expect(warning?.item).to.deep.equal({ kind: 'event', id: 'night-walk' });
    expect(card.feedSnapshot.problems, 'the widget knows them too').to.deep.equal(detail.problems);
    expect(card.feedSnapshot.allProblems).to.equal(undefined);
  });

  it('a second widget of the same feed gets them too; the check is fetched once per page', async () => {
    const feed = await loadFixtureFeed();
    feed.timeZone = 'Europe/Helsinki';
    feed.events.push({ id: 'night-walk', title: 'Night walk', start: '2027-03-28T03:30', end: '2027-03-28T05:00' });
    const url = await servedFeed(feed);
    await cardShowing(url).loaded;
    const { detail } = await cardShowing(url).loaded;
    expect(detail.problems.map((problem) => problem.path)).to.include(`events[${feed.events.length - 1}].start`);

    const clean = cardShowing(await servedFeed(await loadFixtureFeed()));
    expect((await clean.loaded).detail.problems).to.deep.equal([]);
    const fetches = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/src/feed/skipped-times.ts'));
    expect(fetches, 'the chunk is fetched once per page').to.have.length(1);
  });

  it('a load whose checks are still running when the widget asks again fires no event after the answer to that', async () => {
    const url = mockUrl('sequence', { steps: 'feed,503' });
    const { card } = cardShowing(url);
    const events: string[] = [];
    for (const type of ['baltic-feed-load', 'baltic-feed-error']) card.addEventListener(type, () => events.push(type));
    await waitUntil(() => card.feedSnapshot.status === 'ready', 'the feed did not arrive');
    const checked = card.feedSnapshot.allProblems;
    expect(checked, 'the checks are still running').to.exist;
    const failed = oneEvent(card, 'baltic-feed-error');
    void card.refresh();
    await failed;
    await checked;
    await new Promise((resolve) => setTimeout(resolve));
    expect(events, 'no load event after the error').to.deep.equal(['baltic-feed-error']);
  });
});

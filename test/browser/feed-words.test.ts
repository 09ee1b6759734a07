/**
 * The words of a feed's problems are a chunk of their own (src/feed/problem-words.ts), and so is
 * the lenient validation that finds, skips and reports what is wrong (src/feed/lenient-validation.ts
 * with apply-rule.ts): a page whose feed has no problem never fetches them, and one whose feed
 * has problems gets every problem in words, the rules' (with what was found) and the checks'
 * (with what they name). A file of its own: the page is fresh, nothing fetched them before.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/org-card/define.js';
import type { BalticOrgCard } from '../../src/components/org-card/org-card.js';
import type { BalticFeedLoadEvent } from '../../src/events/feed.js';
import { loadFixtureFeed, servedFeed } from './helpers.js';

/** The modules of the problems' words and of the lenient validation this page fetched so far. */
const fetchedWords = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/src\/(feed\/problem-words|generated\/feed-rule-words|feed\/lenient-validation|feed\/apply-rule)\./.test(path))
    .map((path) => path.replace(/^.*\/|\..*$/g, ''));

async function loaded(src: string): Promise<BalticFeedLoadEvent> {
  const card = await fixture<BalticOrgCard>(html`<baltic-org-card lang="en"></baltic-org-card>`);
  const event = oneEvent(card, 'baltic-feed-load');
  card.src = src;
  return event;
}

describe('the words of a feed’s problems, and the lenient validation', () => {
  it('are not fetched for a feed without problems', async () => {
    const { detail } = await loaded(await servedFeed(await loadFixtureFeed()));
    expect(detail.problems).to.deep.equal([]);
    expect(fetchedWords()).to.deep.equal([]);
  });

  it('come with a feed that has problems, every problem in words', async () => {
    const feed = await loadFixtureFeed();
    const [first] = feed.events;
    feed.events.push({ id: 'broken', title: 'Broken', start: 'next Tuesday' }, { ...first, category: 'nope' });
    feed.timeZone = 'Europe/Helsinki';
    feed.events.push({ id: 'night-walk', title: 'Night walk', start: '2027-03-28T03:30', end: '2027-03-28T05:00' });
    const { detail } = await loaded(await servedFeed(feed));
    const messages = Object.fromEntries(detail.problems.map(({ path, message }) => [path, message]));
    const at = (offset: number) => `events[${feed.events.length - offset}]`;
    expect(messages[`${at(3)}.start`]).to.equal('not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, optionally with Z or an offset)');
    expect(messages[`${at(2)}.id`]).to.equal(`duplicate id "${first.id}"`);
    expect(messages[`${at(1)}.start`]).to.equal('2027-03-28T03:30 does not exist in Europe/Helsinki (the clocks skip 1 h that night): read as 04:30, and keeps its length of 1 h 30 min');
    const controlCharacters = detail.problems.flatMap(({ message }) => [...message].filter((character) => character.charCodeAt(0) < 0x20));
    expect(controlCharacters, 'no message names its words by number').to.deep.equal([]);
    expect(fetchedWords().sort()).to.deep.equal(['apply-rule', 'feed-rule-words', 'lenient-validation', 'problem-words']);
  });
});

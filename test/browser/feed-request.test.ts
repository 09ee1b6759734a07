/**
 * One request per feed URL and page, counted by the mock server: a widget that attaches
 * after the feed spine took the first request over starts no second one (and leaves no
 * answer queued for later), a Retry always asks the server again, and a widget nested in
 * another widget fires no feed events of its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/org-card/define.js';
import type { BalticOrgCard } from '../../src/components/org-card/org-card.js';
import { mockUrl, requestCount, settled, shadow, waitUntil } from './helpers.js';

const nameOf = (card: BalticOrgCard) => shadow(card).querySelector('[part="name"]')?.textContent?.trim();

async function cardOn(src: string, parent: HTMLElement | ShadowRoot): Promise<BalticOrgCard> {
  const card = document.createElement('baltic-org-card');
  card.lang = 'en';
  card.src = src;
  parent.append(card);
  await settled(card);
  return card;
}

describe('one feed request per URL', () => {
  it('a widget added after the first request was handed over starts none; Retry then asks the server', async () => {
    // The first request gets the feed, any later one the feed with the association renamed.
    const url = mockUrl('sequence', { steps: 'feed,changed' });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const first = await cardOn(url, wrapper);
    expect(await requestCount(url)).to.equal(1);

    const later = await cardOn(url, wrapper);
    expect(await requestCount(url)).to.equal(1);
    expect(nameOf(later)).to.equal('Baltic Region ry');

    await later.refresh();
    expect(await requestCount(url)).to.equal(2);
    await waitUntil(() => nameOf(first) === 'Baltic Region ry (updated)', `the refreshed feed was not shown (${nameOf(first)})`, { timeout: 10_000 });
    expect(nameOf(later)).to.equal('Baltic Region ry (updated)');

    await first.refresh();
    expect(await requestCount(url)).to.equal(3);
  });

  it('fires baltic-feed-load once per load from the widgets a page placed, not from a widget nested in another', async () => {
    const url = mockUrl('feed');
    const loads: EventTarget[] = [];
    const record = (event: Event) => loads.push(event.composedPath()[0]!);
    document.addEventListener('baltic-feed-load', record);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const outer = await cardOn(url, wrapper);
      // A widget inside another widget's shadow root, as the banner and the calendar dialog place their buttons.
      const nested = await cardOn(url, outer.shadowRoot!);
      await nested.updateComplete;
      // The event comes once the feed's warnings are checked too; a nested widget's would come no later.
      await waitUntil(() => loads.length, 'no baltic-feed-load');
      expect(loads).to.deep.equal([outer]);
      // A widget the page places later fires its own load.
      const placed = await cardOn(url, wrapper);
      await waitUntil(() => loads.length > 1, 'no baltic-feed-load from the widget placed later');
      expect(loads).to.deep.equal([outer, placed]);
      expect(await requestCount(url)).to.equal(1);
    } finally {
      document.removeEventListener('baltic-feed-load', record);
    }
  });
});

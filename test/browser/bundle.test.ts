import { expect } from '@open-wc/testing';
import { loadFixtureFeed, waitUntil } from './helpers.js';

// The built one-script bundle (npm test builds it before the browser tests).
const BUNDLE = '/dist/cdn/baltic-widgets.js';

describe('the one-script bundle', () => {
  it('survives a second copy on the same page, and both copies work', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ BUNDLE);
      // A second copy: a different URL is a different module instance, like a second snippet.
      await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
      const feed = await loadFixtureFeed();
      const card = document.createElement('baltic-org-card') as HTMLElement & { feed: object };
      card.feed = feed;
      document.body.append(card);
      await waitUntil(() => card.shadowRoot?.querySelector('[part="name"]'), 'the bundled card did not render', { timeout: 5000 });
      expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent).to.contain(feed.organization.name);
      expect(errors).to.deep.equal([]);
      card.remove();
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});

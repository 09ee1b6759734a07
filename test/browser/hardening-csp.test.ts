/**
 * Hardening: every widget of the built bundle on a page with a strict Content-Security-Policy
 * (test/pages/csp.html: no inline script or style, no eval, everything from the page's origin),
 * in an iframe of its own; then the same with Trusted Types required (Lit creates its own
 * `lit-html` policy). No violation may be reported and every widget must render its feed,
 * dialogs and menus open.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';
import { openBundlePage, WIDGET_TAGS, type Widget } from './bundle-page-helpers.js';

const q = (element: Element, selector: string) => element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

const PAGES = [
  ['a strict Content-Security-Policy', '/test/pages/csp.html'],
  ["the same policy with Trusted Types required (require-trusted-types-for 'script')", '/test/pages/csp-trusted-types.html'],
] as const;

describe('hardening: pages with a strict Content-Security-Policy', function () {
  this.timeout(30_000);

  for (const [policy, url] of PAGES) it(`under ${policy}: every widget of the bundle renders, opens its dialogs, and no violation is reported`, async () => {
    const { frame, page } = await openBundlePage(url, 1100, 900);
    try {
      const doc = page.document;
      await waitUntil(() => WIDGET_TAGS.every((tag) => page.customElements.get(tag)), 'the bundle did not define every widget', { timeout: 10_000 });
      const widgets = [...doc.querySelectorAll<Widget>(WIDGET_TAGS.join(','))];
      expect(widgets).to.have.length(8);
      await waitUntil(
        () => widgets.every((widget) => widget.feedSnapshot?.status === 'ready' && !widget.shadowRoot?.querySelector('[aria-busy="true"], .sk-view')),
        `not every widget rendered its feed: ${widgets.map((widget) => `${widget.localName}=${widget.feedSnapshot?.status}`).join(', ')}`,
        { timeout: 10_000 },
      );
      const [card, month, list, schedule, gallery, map, banner, button] = widgets as [Widget, Widget, Widget, Widget, Widget, Widget, Widget, Widget];
      expect(q(card, '[part="name"]')!.textContent).to.contain('Baltic Region ry');
      expect(month.shadowRoot!.querySelectorAll('[part~="event"]').length, 'events in the month').to.be.above(0);
      expect(list.shadowRoot!.querySelectorAll('[part~="event"]').length, 'events in the list').to.be.above(0);
      expect(q(map, '[part="show-map"]'), 'the map asks for consent').to.not.equal(null);
      expect(banner.shadowRoot!.textContent).to.contain('Dialogue of Cultures');

      // The event dialog, with its lazily loaded rich text.
      q(month, '[part~="event"]')!.click();
      await waitUntil(() => (q(month, 'dialog') as HTMLDialogElement | null)?.open, 'the event dialog did not open');
      // An activity's details.
      await waitUntil(() => q(schedule, 'button.session'), 'the schedule shows no session');
      q(schedule, 'button.session')!.click();
      await waitUntil(() => q(schedule, '[part="details"]'), 'the activity did not open');
      // The lightbox.
      await waitUntil(() => q(gallery, '[part="card"], [part="thumbnail"]'), 'the gallery shows nothing to open');
      q(gallery, '[part="card"], [part="thumbnail"]')!.click();
      if (!q(gallery, '[part="thumbnail"]') || q(gallery, '[part="back"]')) await waitUntil(() => q(gallery, '[part="thumbnail"]'), 'the album did not open');
      q(gallery, '[part="thumbnail"]')!.click();
      await waitUntil(() => q(gallery, 'baltic-gallery-lightbox')?.shadowRoot?.querySelector('dialog')?.open, 'the lightbox did not open');
      // The add-to-calendar menu.
      q(button, '[part="button"]')!.click();
      await waitUntil(() => q(button, '[role="menuitem"]'), 'the add-to-calendar menu did not open');

      // Let late work (lazy chunks, images, styles) report.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(page.cspViolations, 'CSP violations').to.deep.equal([]);
      expect(page.pageErrors, 'errors in the page').to.deep.equal([]);
      if (url.includes('trusted-types')) {
        // The policy is really in force on that page: a plain string into innerHTML is refused.
        expect(() => (doc.createElement('div').innerHTML = '<b>x</b>')).to.throw(/TrustedHTML|Sink type/);
      }
    } finally {
      frame.remove();
    }
  });
});

/**
 * Hardening: the location map's lazily loaded Leaflet on a page that requires Trusted Types
 * (test/pages/csp-trusted-types-map.html: the strict CSP of csp-trusted-types.html, tiles from the
 * local tile server of test/middleware/tiles.mjs). Leaflet writes strings into innerHTML in many
 * places (feature detection, attribution, zoom buttons, popups, marker icons); under
 * `require-trusted-types-for 'script'` each of those throws. The visitor gives consent, the map
 * loads, a marker's popup opens, the zoom buttons work: no violation, no page error.
 * Firefox ESR has no Trusted Types: there only the CSP part is checked.
 */
import { expect } from '@open-wc/testing';
import { inShadow, openBundlePage, pause, readyWidgets } from './bundle-page-helpers.js';
import { waitUntil } from './helpers.js';

/** The zoom level of the tiles shown (the `{z}` of their URL); the highest one while a zoom animation still shows old ones. */
const tileZoom = (map: Element) =>
  Math.max(...[...map.shadowRoot!.querySelectorAll<HTMLImageElement>('img.leaflet-tile-loaded')].map((tile) => Number(/\/__tiles\/(\d+)\//.exec(tile.src)?.[1] ?? NaN)));

describe('hardening: the location map under Trusted Types', function () {
  this.timeout(30_000);

  const trustedTypes = 'trustedTypes' in window;
  const checked = trustedTypes ? 'Trusted Types required and a strict CSP' : 'a strict CSP (this browser has no Trusted Types: CSP only)';

  it(`under ${checked}: after "Show map" Leaflet loads, shows tiles and markers, opens a popup and zooms, with no violation and no page error`, async () => {
    const { frame, page, doc } = await openBundlePage('/test/pages/csp-trusted-types-map.html', 900, 800);
    try {
      const [map] = await readyWidgets(page, 1);
      const showMap = inShadow<HTMLButtonElement>(map!, '[part="show-map"]');
      expect(showMap, 'the map asks for consent first').to.not.equal(null);
      expect(map!.shadowRoot!.querySelector('.leaflet-container'), 'no map before consent').to.equal(null);
      showMap!.click();

      await waitUntil(() => map!.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length >= 3, `the map did not show its markers (violations: ${page.cspViolations.join("; ")}; page errors: ${page.pageErrors.join("; ")})`, { timeout: 10_000 });
      await waitUntil(() => map!.shadowRoot!.querySelector('img.leaflet-tile-loaded'), 'no tile was loaded', { timeout: 10_000 });
      const pins = [...map!.shadowRoot!.querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
      expect(pins.every((pin) => pin.querySelector('svg path')), 'every marker shows its pin').to.equal(true);

      // The attribution the tile server requires, with its link.
      const attribution = inShadow(map!, '.leaflet-control-attribution');
      expect(attribution?.textContent).to.contain('OpenStreetMap');
      expect(attribution?.querySelector('a[href="https://www.openstreetmap.org/copyright"]'), 'the attribution link').to.not.equal(null);

      // A marker's popup names its place.
      pins.find((pin) => pin.dataset['place'] === 'main-library')!.click();
      await waitUntil(() => inShadow(map!, '.leaflet-popup-content'), 'the popup did not open');
      expect(inShadow(map!, '.leaflet-popup-content')!.textContent).to.contain('Turku Main Library');
      expect(inShadow(map!, '.leaflet-popup-close-button')?.textContent?.trim(), 'the popup has its close button').to.equal('×');

      // The zoom buttons, with their symbols, change the tiles' zoom level.
      const zoomIn = inShadow(map!, '.leaflet-control-zoom-in')!;
      const zoomOut = inShadow(map!, '.leaflet-control-zoom-out')!;
      expect(zoomIn.textContent!.trim()).to.equal('+');
      expect(zoomOut.textContent!.trim()).to.equal('−');
      const before = tileZoom(map!);
      zoomOut.click();
      await waitUntil(() => tileZoom(map!) === before - 1 && !map!.shadowRoot!.querySelector('.leaflet-zoom-anim'), 'zooming out did not load the tiles of the next level', { timeout: 5000 });
      zoomIn.click();
      await waitUntil(() => map!.shadowRoot!.querySelector(`img.leaflet-tile-loaded[src*="/__tiles/${before}/"]`) && !map!.shadowRoot!.querySelector('.leaflet-zoom-anim'), 'zooming in did not come back', { timeout: 5000 });

      // Let late work (tiles, animations) report.
      await pause(300);
      expect(page.cspViolations, 'CSP / Trusted Types violations').to.deep.equal([]);
      expect(page.pageErrors, 'errors in the page').to.deep.equal([]);
      expect(inShadow(map!, '[part="map-notice"]'), 'no "map could not be loaded" fallback').to.equal(null);
      // Last (it reports a violation of its own): the policy is really in force on that page.
      if (trustedTypes) {
        expect(() => (doc.createElement('div').innerHTML = '<b>x</b>')).to.throw(/TrustedHTML|Sink type/);
      }
    } finally {
      frame.remove();
    }
  });
});

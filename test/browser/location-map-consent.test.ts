/** Consent mode, in a page of its own: before the click, not even Leaflet's code is fetched. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/location-map/define.js';
import type { BalticLocationMap } from '../../src/components/location-map/location-map.js';
import { loadFixtureFeed, settled, shadow } from './helpers.js';
import { leafletFetched, localTiles, mapReady, pause, tileRequests } from './location-map-helpers.js';

describe('baltic-location-map consent', () => {
  it('by default (no attribute) fetches neither Leaflet nor a tile before the visitor clicks "Show map"', async () => {
    const feed = await loadFixtureFeed();
    const tiles = localTiles();
    const map = await fixture<BalticLocationMap>(html`<baltic-location-map lang="en" tile-url=${tiles.url} .feed=${feed}></baltic-location-map>`);
    expect(map.consent).to.equal('ask');
    await settled(map);
    await pause(400);
    expect(leafletFetched()).to.equal(false);
    expect(await tileRequests(tiles.id)).to.equal(0);
    const button = shadow(map).querySelector<HTMLButtonElement>('[part="show-map"]')!;
    expect(button.textContent!.trim()).to.equal('Show map');
    button.click();
    await mapReady(map, 3);
    expect(leafletFetched()).to.equal(true);
    expect(await tileRequests(tiles.id)).to.be.above(0);
  });

  it('asks too with the bare `consent` attribute or an unknown value; only consent="page" loads the map without asking', async () => {
    const feed = await loadFixtureFeed();
    for (const value of ['', 'yes', 'no']) {
      const asking = await fixture<BalticLocationMap>(html`<baltic-location-map lang="en" consent=${value} .feed=${feed}></baltic-location-map>`);
      await settled(asking);
      expect(asking.consent).to.equal('ask');
      expect(shadow(asking).querySelector('[part="show-map"]'), `consent="${value}" asks`).to.exist;
    }
    const tiles = localTiles();
    const map = await fixture<BalticLocationMap>(html`<baltic-location-map lang="en" consent="page" tile-url=${tiles.url} .feed=${feed}></baltic-location-map>`);
    map.scrollIntoView(); // The maps above push it down; it loads near the viewport only.
    await settled(map);
    expect(shadow(map).querySelector('[part="show-map"]')).to.equal(null);
    await mapReady(map, 3);
    expect(await tileRequests(tiles.id)).to.be.above(0);
  });
});

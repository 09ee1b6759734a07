/** Consent mode, in a page of its own: before the click, not even Leaflet's code is fetched. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/location-map/define.js';
import type { BalticLocationMap } from '../../src/components/location-map/location-map.js';
import { loadFixtureFeed, settled, shadow } from './helpers.js';
import { leafletFetched, localTiles, mapReady, pause, tileRequests } from './location-map-helpers.js';

describe('baltic-location-map consent', () => {
  it('fetches neither Leaflet nor a tile before the visitor clicks "Show map"', async () => {
    const feed = await loadFixtureFeed();
    const tiles = localTiles();
    const map = await fixture<BalticLocationMap>(html`<baltic-location-map lang="en" consent tile-url=${tiles.url} .feed=${feed}></baltic-location-map>`);
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
});

/**
 * Lazy loading, in a page of its own (a module once fetched stays fetched): nothing of Leaflet
 * and no tile while the map is far from the viewport; both once it scrolls near.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/location-map/define.js';
import type { BalticLocationMap } from '../../src/components/location-map/location-map.js';
import { loadFixtureFeed, settled, shadow } from './helpers.js';
import { leafletFetched, localTiles, mapReady, pause, tileRequests } from './location-map-helpers.js';

describe('baltic-location-map loading', () => {
  it('fetches no Leaflet module and no tile before it is near the viewport', async () => {
    const feed = await loadFixtureFeed();
    const tiles = localTiles();
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 4000px">Page content above the map</div>
      <baltic-location-map lang="en" consent="page" tile-url=${tiles.url} .feed=${feed}></baltic-location-map>
    </div>`);
    const map = page.querySelector<BalticLocationMap>('baltic-location-map')!;
    await settled(map);
    expect(shadow(map).querySelectorAll('[part="place"]'), 'the list does not wait').to.have.length(3);
    await pause(400);
    expect(leafletFetched(), 'no Leaflet module yet').to.equal(false);
    expect(await tileRequests(tiles.id)).to.equal(0);

    map.scrollIntoView();
    await mapReady(map, 3);
    expect(leafletFetched()).to.equal(true);
    expect(await tileRequests(tiles.id)).to.be.above(0);
  });
});

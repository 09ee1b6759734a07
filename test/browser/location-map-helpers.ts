/** Helpers of the location map's tests: the local tile server (test/middleware/tiles.mjs) and waiting for the map. */
import type { BalticLocationMap } from '../../src/components/location-map/location-map.js';
import { shadow, waitUntil } from './helpers.js';

let counter = 0;
/** A tile URL template of the local tile server, with an id of its own (so its requests can be counted). */
export function localTiles(options: { fail?: boolean } = {}): { url: string; id: string } {
  const id = `tiles${Date.now().toString(36)}${(counter++).toString(36)}`;
  return { id, url: `/__tiles/{z}/{x}/{y}.png?id=${id}${options.fail ? '&fail=1' : ''}` };
}

export async function tileRequests(id: string): Promise<number> {
  return ((await (await fetch(`/__tiles/count?id=${id}`)).json()) as { count: number }).count;
}

export const markers = (map: BalticLocationMap) => [...shadow(map).querySelectorAll<HTMLElement>('.leaflet-marker-icon')];

/** Waits until the map shows its markers and has loaded its tiles. */
export async function mapReady(map: BalticLocationMap, count = 1): Promise<void> {
  await waitUntil(() => markers(map).length >= count, 'the map did not show its markers', { timeout: 5000 });
  await waitUntil(() => shadow(map).querySelector('.leaflet-tile-loaded'), 'no tile was shown', { timeout: 5000 });
}

/** True once any Leaflet module has been fetched by this page. */
export const leafletFetched = () => performance.getEntriesByType('resource').some((entry) => /leaflet/i.test(entry.name));

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The map on which a place's point is set: a lazily loaded chunk (Leaflet and its CSS load
 * only when the volunteer opens it). Click or tap the map, or move the point with the arrow
 * keys; the coordinates fields show it at once.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { adoptStyles } from '../../internal/adopted-styles.js';

export interface Point {
  lat: number;
  lon: number;
}

export interface PointMap {
  destroy(): void;
}

/** Turku's market square: where a new place starts. */
const TURKU: Point = { lat: 60.4518, lon: 22.2666 };

export interface PointMapOptions {
  /** Where the point starts (none yet: Turku, without a point). */
  start?: Point;
  tileUrl: string;
  attribution: string;
}

let sheet: CSSStyleSheet | undefined;

/** A map in `container` (inside `root`) with the point at `start`; `onPoint` hears every move. Tiles load from here on: ask first. */
export function createPointMap(root: ShadowRoot, container: HTMLElement, { start, tileUrl, attribution }: PointMapOptions, onPoint: (point: Point) => void): PointMap {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(leafletCss);
  }
  adoptStyles(root, sheet);
  const center = start ?? TURKU;
  const map = L.map(container, { center: [center.lat, center.lon], zoom: start ? 16 : 12, keyboard: true });
  L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map);
  const marker = L.circleMarker([center.lat, center.lon], { radius: 9, color: '#0b5cad', weight: 3, fillOpacity: 0.5 });
  if (start) marker.addTo(map);
  const place = (lat: number, lon: number) => {
    const point = { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 };
    marker.setLatLng([point.lat, point.lon]).addTo(map);
    onPoint(point);
  };
  map.on('click', (event: L.LeafletMouseEvent) => place(event.latlng.lat, event.latlng.lng));
  // Enter on the focused map puts the point at its centre (keyboard users pan with the arrows first).
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const middle = map.getCenter();
    place(middle.lat, middle.lng);
  });
  const sizing = requestAnimationFrame(() => map.invalidateSize());
  return {
    destroy: () => {
      // Closed at once (Done before the first frame, a wheel zoom Leaflet still debounces): nothing may run on the removed map.
      cancelAnimationFrame(sizing);
      clearTimeout((map.scrollWheelZoom as unknown as { _timer?: number })._timer);
      map.remove();
    },
  };
}

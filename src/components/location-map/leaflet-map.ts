/**
 * The interactive map: Leaflet, its CSS adopted into the widget's shadow root, one SVG
 * marker per place coloured by category, popups, no scroll trap. This module is the lazy
 * chunk: the widget imports it only when it is near the viewport (and, in consent mode,
 * after the visitor's click), so nothing of Leaflet is fetched before.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { mapCss } from './map.styles.js';

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** `#rgb` / `#rrggbb` (validated by the caller). */
  color: string;
  /** The popup's content, rendered by the widget. */
  popup: HTMLElement;
}

export interface MapLabels {
  /** The map's accessible name, with how to use it by keyboard. */
  map: string;
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
}

export interface MapOptions {
  tileUrl: string;
  /** Attribution as the page author wrote it: links and text are kept, anything else is dropped. */
  attribution: string;
  labels: MapLabels;
  /** A place's marker was chosen (clicked, or Enter / Space on it). */
  onSelect: (id: string) => void;
  /** No tile could be loaded: the widget falls back to the list alone. */
  onFailure: () => void;
}

export interface MapHandle {
  setPlaces(places: MapPlace[]): void;
  /** Centres the map on a place, opens its popup and focuses its marker. */
  show(id: string): void;
  destroy(): void;
}

/** A sensible street-level zoom for one place (and the closest zoom fitting several). */
const PLACE_ZOOM = 16;

let sheets: CSSStyleSheet[] | undefined;
/** Leaflet's CSS as a constructable stylesheet (a strict CSP allows it), then ours over it; shared by every map on the page. */
function adoptMapCss(root: ShadowRoot): void {
  if (!sheets) {
    sheets = [leafletCss, mapCss].map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
  }
  if (!root.adoptedStyleSheets.includes(sheets[0]!)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}

/** Keeps text and http(s) links of an attribution; escapes everything else (it ends up as innerHTML in Leaflet). */
export function safeAttribution(source: string): string {
  const template = document.createElement('template');
  template.innerHTML = source;
  const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const walk = (node: Node): string =>
    [...node.childNodes]
      .map((child) => {
        if (child.nodeType === Node.TEXT_NODE) return escape(child.textContent ?? '');
        if (child instanceof HTMLAnchorElement && /^https?:\/\//i.test(child.getAttribute('href') ?? '')) {
          return `<a href="${escape(child.getAttribute('href')!)}" rel="noopener">${walk(child)}</a>`;
        }
        return walk(child);
      })
      .join('');
  return walk(template.content);
}

/** The marker: a pin in the place's colour, with a white dot; decorative (the marker's label names the place). */
const pinSvg = (color: string) =>
  `<svg aria-hidden="true" focusable="false" viewBox="0 0 28 40" width="28" height="40"><path d="M14 1C6.8 1 1 6.7 1 13.8 1 23.4 14 39 14 39s13-15.6 13-25.2C27 6.7 21.2 1 14 1z" fill="${color}" stroke="#fff" stroke-width="2"/><circle cx="14" cy="14" r="5" fill="#fff"/></svg>`;

export function createMap(container: HTMLElement, options: MapOptions): MapHandle {
  adoptMapCss(container.getRootNode() as ShadowRoot);
  const { labels } = options;
  const map = L.map(container, {
    // No scroll trap: the wheel zooms (and, on touch screens, one finger pans) only once the map is focused or clicked.
    scrollWheelZoom: false,
    dragging: !L.Browser.mobile,
    zoomControl: false,
    maxZoom: 19,
  });
  L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map);
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', labels.map);

  const activate = () => {
    map.scrollWheelZoom.enable();
    map.dragging.enable();
  };
  const deactivate = () => {
    map.scrollWheelZoom.disable();
    if (L.Browser.mobile) map.dragging.disable();
  };
  map.on('focus click', activate);
  container.addEventListener('focusin', activate);
  container.addEventListener('focusout', (event) => {
    if (!container.contains(event.relatedTarget as Node | null)) deactivate();
  });
  container.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse' && !container.contains(container.ownerDocument.activeElement) && !container.contains((container.getRootNode() as ShadowRoot).activeElement)) deactivate();
  });

  // Only the tiles in view (no prefetching beyond what Leaflet shows), fetched only once this runs.
  const tiles = L.tileLayer(options.tileUrl, { maxZoom: 19, keepBuffer: 1, updateWhenIdle: true, attribution: safeAttribution(options.attribution) });
  let loadedTiles = 0;
  let failedTiles = 0;
  tiles.on('tileload', () => loadedTiles++);
  tiles.on('tileerror', () => failedTiles++);
  tiles.on('load', () => {
    // Not from inside Leaflet's handler: it still uses the map after firing 'load'.
    if (loadedTiles === 0 && failedTiles > 0) setTimeout(options.onFailure);
  });
  tiles.addTo(map);

  map.on('popupopen', (event: L.PopupEvent) => {
    const close = event.popup.getElement()?.querySelector('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', labels.closePopup);
    close?.setAttribute('title', labels.closePopup);
  });

  // The column changes width with the container (list beside or under the map).
  const resize = new ResizeObserver(() => map.invalidateSize({ pan: false }));
  resize.observe(container);

  const markers = new Map<string, L.Marker>();
  const layer = L.featureGroup().addTo(map);

  const handle: MapHandle = {
    setPlaces(places) {
      layer.clearLayers();
      markers.clear();
      for (const place of places) {
        const marker = L.marker([place.lat, place.lon], {
          icon: L.divIcon({ html: pinSvg(place.color), className: 'marker', iconSize: [28, 40], iconAnchor: [14, 39], popupAnchor: [0, -36] }),
          keyboard: true,
          riseOnHover: true,
        });
        marker.bindPopup(place.popup, { maxWidth: 280, autoPanPadding: [16, 16] });
        marker.on('popupopen', () => options.onSelect(place.id));
        marker.on('add', () => {
          const element = marker.getElement()!;
          element.setAttribute('aria-label', place.name);
          element.dataset['place'] = place.id;
          // Leaflet opens a popup on Enter; a button opens on Space too.
          element.addEventListener('keydown', (event) => {
            if (event.key !== ' ') return;
            event.preventDefault();
            marker.openPopup();
          });
        });
        marker.addTo(layer);
        markers.set(place.id, marker);
      }
      if (places.length === 1) map.setView([places[0]!.lat, places[0]!.lon], PLACE_ZOOM);
      // More room at the top: a pin stands 40px above its place.
      else if (places.length > 1) map.fitBounds(layer.getBounds(), { paddingTopLeft: [32, 56], paddingBottomRight: [32, 24], maxZoom: PLACE_ZOOM });
      else map.setView([0, 0], 1);
    },
    show(id) {
      const marker = markers.get(id);
      if (!marker) return;
      map.setView(marker.getLatLng(), Math.max(map.getZoom(), 15), { animate: false });
      marker.openPopup();
      (marker.getElement() as HTMLElement | undefined)?.focus({ preventScroll: true });
    },
    destroy() {
      resize.disconnect();
      // A wheel zoom still pending (Leaflet debounces it) would run on the removed map.
      clearTimeout((map.scrollWheelZoom as unknown as { _timer?: number })._timer);
      map.remove();
    },
  };
  return handle;
}

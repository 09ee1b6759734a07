/**
 * The interactive map: Leaflet, its CSS adopted into the widget's shadow root, one SVG
 * marker per place coloured by category, popups, no scroll trap. This module is the lazy
 * chunk: the widget imports it only when it is near the viewport (and, in consent mode,
 * after the visitor's click), so nothing of Leaflet is fetched before.
 */
// First: lets Leaflet's load-time feature detection run on pages that require Trusted Types.
import { restoreCreateElement } from './leaflet-guard.js';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { mapCss } from './map.styles.js';
import { adoptStyles } from '../../internal/adopted-styles.js';

restoreCreateElement();

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
  adoptStyles(root, sheets);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', mdash: '—', ndash: '–' };
/** A numeric character reference's character; U+FFFD for none (0, or beyond U+10FFFF), as an HTML parser does. */
const codePoint = (ref: string) => {
  const hex = ref[1] === 'x' || ref[1] === 'X';
  const value = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
  return String.fromCodePoint(value > 0 && value <= 0x10ffff ? value : 0xfffd);
};
/** Decodes the character references an attribution is likely to use (numeric ones, and a few named). */
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => (ref[0] === '#' ? codePoint(ref) : (Object.hasOwn(NAMED_ENTITIES, ref.toLowerCase()) ? NAMED_ENTITIES[ref.toLowerCase()]! : whole)));

/**
 * An attribution as DOM nodes: its text, and its http(s) links as links; every other tag is
 * dropped (its text kept). Built without parsing HTML into the page, so it works under Trusted Types.
 */
export function attributionNodes(source: string): DocumentFragment {
  const root = document.createDocumentFragment();
  let parent: ParentNode = root;
  for (const [, tag, text] of source.matchAll(/(<[^>]*>?)|([^<]+)/g)) {
    if (text !== undefined) parent.append(decodeEntities(text));
    else if (/^<\/a\s*>$/i.test(tag!)) parent = root;
    else if (/^<a[\s>]/i.test(tag!)) {
      const quoted = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag!);
      const href = decodeEntities(quoted?.[1] ?? quoted?.[2] ?? quoted?.[3] ?? '').trim();
      if (!/^https?:\/\//i.test(href)) continue;
      const link = document.createElement('a');
      link.href = href;
      link.rel = 'noopener';
      root.append(link);
      parent = link;
    }
  }
  return root;
}

const SVG = 'http://www.w3.org/2000/svg';
/** An SVG element with attributes (DOM calls: no HTML parsing, so Trusted Types pages allow it). */
function svg(name: string, attributes: Record<string, string>, ...children: Element[]): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

/** The marker: a pin in the place's colour, with a white dot; decorative (the marker's label names the place). */
const pin = (color: string) =>
  svg(
    'svg',
    { 'aria-hidden': 'true', focusable: 'false', viewBox: '0 0 28 40', width: '28', height: '40' },
    svg('path', { d: 'M14 1C6.8 1 1 6.7 1 13.8 1 23.4 14 39 14 39s13-15.6 13-25.2C27 6.7 21.2 1 14 1z', fill: color, stroke: '#fff', 'stroke-width': '2' }),
    svg('circle', { cx: '14', cy: '14', r: '5', fill: '#fff' }),
  );

/** A text the screen reader skips (the control's label says it). */
function hiddenText(text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.setAttribute('aria-hidden', 'true');
  span.textContent = text;
  return span;
}

/** Leaflet's zoom control with its "+" and "−" set as text (Leaflet's own assigns them to innerHTML). */
const ZoomControl = L.Control.Zoom.extend({
  _createButton(this: L.Control.Zoom, text: string, title: string, className: string, container: HTMLElement, fn: () => void) {
    const link = L.DomUtil.create('a', className, container);
    link.append(hiddenText(text));
    link.href = '#';
    link.title = title;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-label', title);
    L.DomEvent.disableClickPropagation(link);
    L.DomEvent.on(link, 'click', L.DomEvent.stop);
    L.DomEvent.on(link, 'click', fn, this);
    L.DomEvent.on(link, 'click', (this as unknown as { _refocusOnMap: () => void })._refocusOnMap, this);
    return link;
  },
});

/** The tile server's attribution, built from DOM (Leaflet's attribution control assigns strings to innerHTML). */
const AttributionControl = L.Control.extend({
  options: { position: 'bottomright' },
  onAdd(this: L.Control & { options: { attribution: string } }) {
    const container = L.DomUtil.create('div', 'leaflet-control-attribution');
    L.DomEvent.disableClickPropagation(container);
    const leaflet = document.createElement('a');
    leaflet.href = 'https://leafletjs.com';
    leaflet.rel = 'noopener';
    leaflet.textContent = 'Leaflet';
    container.append(leaflet, ' ', hiddenText('|'), ' ', attributionNodes(this.options.attribution));
    return container;
  },
});

export function createMap(container: HTMLElement, options: MapOptions): MapHandle {
  adoptMapCss(container.getRootNode() as ShadowRoot);
  const { labels } = options;
  const map = L.map(container, {
    // No scroll trap: the wheel zooms (and, on touch screens, one finger pans) only once the map is focused or clicked.
    scrollWheelZoom: false,
    dragging: !L.Browser.mobile,
    zoomControl: false,
    attributionControl: false,
    maxZoom: 19,
  });
  new ZoomControl({ zoomInText: '+', zoomInTitle: labels.zoomIn, zoomOutText: '−', zoomOutTitle: labels.zoomOut } as L.Control.ZoomOptions).addTo(map);
  new AttributionControl({ attribution: options.attribution } as L.ControlOptions).addTo(map);
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
  const tiles = L.tileLayer(options.tileUrl, { maxZoom: 19, keepBuffer: 1, updateWhenIdle: true });
  let loadedTiles = 0;
  let failedTiles = 0;
  tiles.on('tileload', () => loadedTiles++);
  tiles.on('tileerror', () => failedTiles++);
  tiles.on('load', () => {
    // Not from inside Leaflet's handler: it still uses the map after firing 'load'.
    if (loadedTiles === 0 && failedTiles > 0) setTimeout(options.onFailure);
  });
  tiles.addTo(map);

  /** The popup open now, and the marker of each popup. */
  let openPopup: L.Popup | undefined;
  const popupMarkers = new WeakMap<L.Popup, L.Marker>();
  map.on('popupopen', (event: L.PopupEvent) => {
    openPopup = event.popup;
    const popup = event.popup.getElement();
    if (!popup || popup.querySelector('.leaflet-popup-close-button')) return;
    // As Leaflet's own (its styles apply), built from DOM.
    const close = L.DomUtil.create('a', 'leaflet-popup-close-button');
    close.href = '#';
    close.setAttribute('role', 'button');
    close.setAttribute('aria-label', labels.closePopup);
    close.title = labels.closePopup;
    close.append(hiddenText('×'));
    L.DomEvent.on(close, 'click', (click) => {
      L.DomEvent.preventDefault(click);
      event.popup.close();
    });
    popup.prepend(close);
  });

  // Escape closes the open popup, from its marker or from inside it (Leaflet's own Escape works only
  // while the map itself has focus), and focus goes back to the marker it belongs to.
  L.DomEvent.on(container, 'keydown', (event) => {
    const popup = openPopup;
    if ((event as KeyboardEvent).key !== 'Escape' || !popup?.isOpen()) return;
    L.DomEvent.stop(event);
    const source = popupMarkers.get(popup);
    map.closePopup(popup);
    (source?.getElement() as HTMLElement | undefined)?.focus({ preventScroll: true });
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
          icon: L.divIcon({ html: pin(place.color), className: 'marker', iconSize: [28, 40], iconAnchor: [14, 39], popupAnchor: [0, -36] }),
          keyboard: true,
          riseOnHover: true,
        });
        // Our own close button (popupopen below): Leaflet's sets its "×" through innerHTML.
        marker.bindPopup(place.popup, { maxWidth: 280, autoPanPadding: [16, 16], closeButton: false });
        popupMarkers.set(marker.getPopup()!, marker);
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

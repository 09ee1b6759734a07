import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, FeedEvent, Location } from '../../feed/schema.js';
import { safeUrl } from '../../feed/url.js';
import { msg, str } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { BalticEventSelectEvent } from '../../events/event-select.js';
import { renderEmptyState } from '../../internal/state-box.js';
import { addressLines } from '../../presentation/address.js';
import { headingLevel } from '../../presentation/heading.js';
import { renderAddressLines, renderDirections } from '../../presentation/templates.js';
import type { MapHandle, MapPlace } from './leaflet-map.js';
import { presentationStyles } from '../../presentation/styles.js';
import { locationMapStyles } from './location-map.styles.js';
import { renderConsentPreview, storeConsent, storedConsent, type MapConsent } from './map-consent.js';
import { parseIdList, selectPlaces, type Place } from './places.js';

/** OpenStreetMap's standard tiles; its usage policy asks for the attribution below and no prefetching. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
export { consentStorageKey, type MapConsent } from './map-consent.js';

/**
 * Under the map (a narrow widget) the list shows this many places, then a button for the rest:
 * the page reserves the widget's height before it loads (baltic-widgets.css), and the list
 * must not push the page down when the places arrive, however many the feed has.
 */
const NARROW_FIRST_PLACES = 2;

/** The map's own state; the feed's (loading, error, stale) is the base element's. */
type MapState = 'waiting' | 'ready' | 'failed';

/**
 * @summary Where things happen: the feed's locations on a map, always with a list beside or
 * under it (name, address, how to get there, directions links). Private by choice: Leaflet and
 * the tiles load only after the visitor's "Show map" (unless the page opts out with
 * `consent="page"`), and only near the viewport.
 *
 * @tagname baltic-location-map
 *
 * @fires baltic-event-select - A visitor chose an event in a place's popup; `detail.eventId` names it.
 * @fires baltic-feed-load - The feed was loaded; `detail.problems` lists what was skipped.
 * @fires baltic-feed-error - The feed could not be loaded; `detail.kind` says why.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart map - The map (Leaflet's container).
 * @csspart preview - The map-shaped panel shown before the map (asking for consent, loading).
 * @csspart show-map - The "Show map" button (the default, until the visitor clicks it).
 * @csspart map-notice - The notice shown when the map could not be loaded.
 * @csspart list - The list of places.
 * @csspart place - One place in the list.
 * @csspart place-name - A place's name.
 * @csspart directions - A place's "how to get there" text.
 * @csspart directions-links - A place's links to map apps.
 * @csspart empty - The state shown when there is no place to show.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button.
 * @csspart stale-notice - The notice shown over saved (older) information.
 *
 * @cssprop --baltic-color-accent - Accent colour (links, buttons, the selected place). Every colour property takes `light-dark(light, dark)` to set both themes.
 * @cssprop --baltic-color-surface - Background of the list items and popups.
 * @cssprop --baltic-color-text - Text colour.
 * @cssprop --baltic-color-muted - Secondary text colour.
 * @cssprop --baltic-color-border - Border colour.
 * @cssprop --baltic-radius - Corner radius.
 * @cssprop --baltic-font-family - Font (default: the page's).
 * @cssprop --baltic-location-map-height - Height of the map (default: up to 22em above the list, 28em beside it; em of the widget's font size).
 */
export class BalticLocationMap extends BalticElement {
  static override styles = [...BalticElement.styles, presentationStyles, locationMapStyles];

  static override properties: PropertyDeclarations = {
    locations: {},
    eventId: { attribute: 'event-id' },
    consent: { converter: { fromAttribute: (value: string | null): MapConsent => (value === 'page' ? 'page' : 'ask') } },
    rememberConsent: { type: Boolean, attribute: 'remember-consent' },
    tileUrl: { attribute: 'tile-url' },
    attribution: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Location ids to show (separated by spaces or commas), in this order; by default all the feed's locations. */
  declare locations?: string;

  /** Shows only the places of this event (or of the festival, by its id); wins over `locations`. */
  declare eventId?: string;

  /**
   * Privacy by default (GDPR art. 25): `ask` (the default, also the bare attribute `consent`)
   * shows a map-shaped preview and a "Show map" button, and requests neither Leaflet nor any
   * tile before the visitor's click. `consent="page"` opts out knowingly, for a page that has
   * asked already (its own consent banner) or serves the tiles itself: the map then loads as
   * it comes near the viewport. Any other value asks.
   */
  declare consent: MapConsent;

  /** While asking: the visitor's "Show map" is remembered on this site (localStorage) for this tile server. */
  declare rememberConsent: boolean;

  /** Tile URL template (`{z}`, `{x}`, `{y}`, `{s}`); default OpenStreetMap's. Use your own tile server for heavy traffic. */
  declare tileUrl: string;

  /** The tile server's required attribution (text and links); default OpenStreetMap's. */
  declare attribution: string;

  /** The heading level (1–6) of each place's name in the list; default 2, which fits a page with only an `<h1>` (no level skipped). Set 3 when the widget sits under a section's `<h2>`. */
  declare headingLevel: number;

  // Internal state, not properties (so that no attribute is documented for them): each change calls requestUpdate().
  #mapState: MapState = 'waiting';
  #consentGiven = false;
  #selectedId?: string;
  /** The visitor asked for every place (under the map the list shows NARROW_FIRST_PLACES at first). */
  #allPlacesShown = false;

  #near = false;
  #observer?: IntersectionObserver;
  #map?: MapHandle;
  #mapPlacesShown?: Place[];
  #focusMapWhenReady = false;
  /** The map's chunk is being fetched (not reactive: the view is the same as while waiting). */
  #mapLoading = false;
  #memo?: { key: unknown[]; places: Place[] };
  /** The popup module, loaded with the map. */
  #popups?: typeof import('./popup.js');

  constructor() {
    super();
    this.consent = 'ask';
    this.rememberConsent = false;
    this.tileUrl = DEFAULT_TILE_URL;
    this.attribution = DEFAULT_ATTRIBUTION;
    this.headingLevel = 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#near) return;
    // Nothing of Leaflet until the widget is about to scroll into view.
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.#near = true;
        this.requestUpdate();
      },
      { rootMargin: '300px' },
    );
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#destroyMap('waiting');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('consent') || changed.has('rememberConsent') || changed.has('tileUrl')) && !this.#consentGiven) {
      this.#consentGiven = this.consent === 'page' || (this.rememberConsent && storedConsent(this.tileUrl));
    }
    if (changed.has('tileUrl') || changed.has('attribution')) this.#destroyMap('waiting');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (this.#map && !container?.classList.contains('leaflet-container')) this.#destroyMap('waiting');
    if (this.#mapState === 'waiting' && !this.#mapLoading && container && this.#near && this.#consentGiven) void this.#loadMap(container);
    if (this.#map && this.#mapPlacesShown !== this.#places) this.#syncMarkers();
  }

  #giveConsent(): void {
    if (this.rememberConsent) storeConsent(this.tileUrl);
    this.#near = true;
    this.#focusMapWhenReady = true;
    this.#consentGiven = true;
    this.requestUpdate();
  }

  async #loadMap(container: HTMLElement): Promise<void> {
    this.#mapLoading = true;
    const tileUrl = safeUrl(this.tileUrl) ?? DEFAULT_TILE_URL;
    try {
      const [{ createMap }, popups] = await Promise.all([import('./leaflet-map.js'), import('./popup.js')]);
      this.#popups = popups;
      if (!this.#mapLoading || !container.isConnected) return;
      this.#mapLoading = false;
      this.#map = createMap(container, {
        tileUrl,
        attribution: this.attribution,
        labels: this.inOwnLanguage(() => ({
          map: msg('Map of the places. Arrow keys move the map, plus and minus zoom.', { id: 'location-map.map-label', desc: 'Accessible name of the interactive map, with how to use it by keyboard.' }),
          zoomIn: msg('Zoom in', { id: 'location-map.zoom-in', desc: 'Button of the map.' }),
          zoomOut: msg('Zoom out', { id: 'location-map.zoom-out', desc: 'Button of the map.' }),
          closePopup: msg('Close', { id: 'location-map.close-popup', desc: 'Button that closes a place\'s popup on the map.' }),
        })),
        onSelect: (id) => this.#highlightPlace(id),
        onFailure: () => this.#destroyMap('failed'),
      });
      this.#mapState = 'ready';
      this.requestUpdate();
      this.#syncMarkers();
      if (this.#focusMapWhenReady) container.focus({ preventScroll: true });
      this.#focusMapWhenReady = false;
    } catch (error) {
      // The chunk could not be loaded (offline, blocked): the list alone remains.
      console.warn('[baltic-location-map] the map could not be loaded', error);
      this.#destroyMap('failed');
    }
  }

  #destroyMap(next: MapState): void {
    // Focus on the map (its container after "Show map", a marker) would fall to the page's start with it.
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const focusInMap = !!active && !!this.renderRoot.querySelector('.map-column')?.contains(active);
    this.#map?.destroy();
    this.#map = undefined;
    this.#mapLoading = false;
    this.#mapPlacesShown = undefined;
    if (this.#mapState !== next) this.requestUpdate();
    this.#mapState = next;
    // The visitor asked for the map and its button is gone, or was on the map when its tiles failed:
    // focus goes to the notice that says why, not to the page.
    if (next === 'failed' && (this.#focusMapWhenReady || focusInMap)) {
      this.#focusMapWhenReady = false;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="map-notice"]')?.focus({ preventScroll: true }));
    }
  }

  /** The places of the current feed and selection (recomputed only when those change). */
  get #places(): Place[] {
    const feed = this.feedSnapshot.feed;
    if (!feed) return [];
    const key = [feed, this.locale, this.locations, this.eventId];
    if (!this.#memo || key.some((value, index) => value !== this.#memo!.key[index])) {
      this.#memo = { key, places: selectPlaces(feed, { ids: parseIdList(this.locations), eventId: this.eventId || undefined }) };
    }
    return this.#memo.places;
  }

  #syncMarkers(): void {
    const places = this.#places;
    const feed = this.feedSnapshot.feed;
    this.#mapPlacesShown = places;
    if (!this.#map || !this.#popups || !feed) return;
    const upcoming = this.#popups.upcomingByPlace(feed);
    const mapPlaces: MapPlace[] = places.flatMap(({ location, color }) => {
      if (!location.geo) return [];
      const popup = document.createElement('div');
      this.inOwnLanguage(() => render(this.#renderPopup(location, upcoming.get(location.id) ?? [], feed), popup, { host: this }));
      return [{ id: location.id, name: this.feedText(location.name), lat: location.geo.lat, lon: location.geo.lon, color, popup }];
    });
    this.#map.setPlaces(mapPlaces);
  }

  /** Marks a place's list item as the one chosen on the map, and brings it into view when the list is beside the map. */
  async #highlightPlace(id: string): Promise<void> {
    this.#selectedId = id;
    if (this.#places.findIndex((place) => place.location.id === id) >= NARROW_FIRST_PLACES) this.#allPlacesShown = true;
    this.requestUpdate();
    await this.updateComplete;
    const item = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="place"]')].find((element) => element.dataset['place'] === id);
    const map = this.renderRoot.querySelector('.map-column');
    if (!item || !map || item.getBoundingClientRect().left < map.getBoundingClientRect().right) return;
    item.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  /** Shows a place on the map: centres it, opens its popup and focuses its marker. */
  showPlace(id: string): void {
    this.#selectedId = id;
    this.requestUpdate();
    // Under the list's column the map may be scrolled away.
    this.renderRoot.querySelector('.map')?.scrollIntoView({ block: 'nearest' });
    this.#map?.show(id);
  }

  protected override errorTitle(): string {
    return msg('The places could not be loaded.', { id: 'location-map.error-title', desc: 'Heading of the location map when its feed failed to load.' });
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="layout layout--with-map">
      <div class="map-column"><span class="skeleton preview"></span></div>
      <div class="places">${[0, 1, 2].map(() => html`<span class="skeleton sk-place"></span>`)}</div>
    </div>`;
  }

  protected override renderFeed(_feed: Feed): TemplateResult {
    const places = this.#places;
    if (!places.length) {
      return renderEmptyState(
        msg('No places to show.', { id: 'location-map.empty', desc: 'The feed (or the chosen event) has no location.' }),
      );
    }
    const withMap = this.#mapState !== 'failed' && places.some((place) => place.location.geo);
    const bounded = withMap && !this.#allPlacesShown && places.length > NARROW_FIRST_PLACES;
    return html`<div class="layout ${withMap ? 'layout--with-map' : ''}">
      ${this.#mapState === 'failed'
        ? html`<p class="notice" part="map-notice" role="status" tabindex="-1">
            ${msg('The map could not be loaded. The addresses and directions are listed below.', { id: 'location-map.failed', desc: 'Shown instead of the map when it cannot be loaded (offline, tiles failing, script blocked).' })}
          </p>`
        : nothing}
      ${withMap ? this.#renderMapColumn() : nothing}
      <ul class="places" part="list" aria-label=${msg('Places', { id: 'location-map.list-label', desc: 'Accessible name of the list of places beside the map.' })}>
        ${places.map((place, index) => this.#renderPlace(place, bounded && index >= NARROW_FIRST_PLACES))}
      </ul>
      ${bounded
        ? html`<button type="button" class="button button--secondary more-places" part="show-all-places" @click=${() => void this.#showAllPlaces()}>
            ${msg(str`Show all places (${places.length})`, { id: 'location-map.show-all', desc: 'Under the map on a narrow screen the list shows two places; this button shows the others. The number is how many places there are in all.' })}
          </button>`
        : nothing}
    </div>`;
  }

  /** Shows every place under the map, and moves the focus to the first one that was hidden. */
  async #showAllPlaces(): Promise<void> {
    this.#allPlacesShown = true;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part="place-name"]')[NARROW_FIRST_PLACES]?.focus();
  }

  #renderMapColumn(): TemplateResult {
    if (!this.#consentGiven) return renderConsentPreview(this.tileUrl, this.rememberConsent, () => this.#giveConsent());
    return html`<div class="map-column">
      ${this.#mapState !== 'ready' && this.#near
        ? html`<span class="visually-hidden" role="status">${msg('Loading the map…', { id: 'location-map.loading', desc: 'Announced while the map loads.' })}</span>`
        : nothing}
      <div class="map" part="map"></div>
    </div>`;
  }

  /** A place of the list; `later` under the map until the visitor asks for every place. */
  #renderPlace(place: Place, later: boolean): TemplateResult {
    const { location } = place;
    const nameId = `place-${location.id}`;
    const selected = this.#selectedId === location.id;
    return html`<li class="place ${selected ? 'place--selected' : ''} ${later ? 'place--later' : ''}" part="place" data-place=${location.id} aria-current=${selected ? 'location' : nothing}>
      ${pin(place.color)}
      <p class="place__name" part="place-name" id=${nameId} role="heading" aria-level=${headingLevel(this.headingLevel)} tabindex="-1">${this.renderFeedText(location.name)}</p>
      ${location.address ? html`<address class="address">${renderAddressLines(location.address, this.locale)}</address>` : nothing}
      ${location.directions ? html`<p class="directions" part="directions">${this.renderFeedText(location.directions)}</p>` : nothing}
      ${renderDirections(location, this.feedText(location.name))}
      ${this.#mapState === 'ready' && location.geo
        ? html`<button class="button button--secondary show" aria-describedby=${nameId} @click=${() => this.showPlace(location.id)}>
            ${msg('Show on map', { id: 'location-map.show-on-map', desc: 'Button in the list: centres the map on this place and opens its popup.' })}
          </button>`
        : nothing}
    </li>`;
  }

  /** A place's popup: name, address, a directions link and the next events there. */
  #renderPopup(location: Location, events: FeedEvent[], feed: Feed): TemplateResult {
    const address = addressLines(location.address, this.locale).join(', ');
    return html`<div class="popup">
      <p class="popup__name">${this.renderFeedText(location.name)}</p>
      ${address ? html`<p>${address}</p>` : nothing}
      ${renderDirections(location, this.feedText(location.name))}
      ${events.length
        ? html`<p class="popup__events-title">${msg('Coming up here', { id: 'location-map.upcoming', desc: 'Heading of the next events at a place, in its popup.' })}</p>
            <ul class="popup__events">
              ${events.map((event) => html`<li>${this.#renderEventLink(event)}<span class="when">${this.#popups!.eventWhen(this.locale, event, feed)}</span></li>`)}
            </ul>`
        : nothing}
    </div>`;
  }

  /** A link to the event's page when it has one, else a button; either tells the page (a calendar on it opens the event). */
  #renderEventLink(event: FeedEvent): TemplateResult {
    const select = () => this.dispatchEvent(new BalticEventSelectEvent({ eventId: event.id }));
    const url = this.feedUrl(event.url);
    return url
      ? html`<a href=${url} @click=${select}>${this.renderFeedText(event.title)}</a>`
      : html`<button class="link-button" @click=${select}>${this.renderFeedText(event.title)}</button>`;
  }
}

/** The marker's pin, small, in the list: the same colour links an item to its marker. */
const pin = (color: string) =>
  html`<svg class="pin" aria-hidden="true" focusable="false" viewBox="0 0 28 40"><path d="M14 1C6.8 1 1 6.7 1 13.8 1 23.4 14 39 14 39s13-15.6 13-25.2C27 6.7 21.2 1 14 1z" fill=${color} stroke="currentColor" stroke-opacity=".25" stroke-width="2"/><circle cx="14" cy="14" r="5" fill="#fff"/></svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'baltic-location-map': BalticLocationMap;
  }
}

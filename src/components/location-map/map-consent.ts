/**
 * The map's consent step: before Leaflet and the tiles load, the visitor is told which server
 * the map comes from (it sees their IP address) and asked with "Show map"; with
 * `remember-consent` the answer is kept per tile server for the whole site. The page may ask
 * itself instead (`consent="page"`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/msg.js';

/** Who asks the visitor before tiles load: the widget (`ask`, the default) or the page (`page`). */
export type MapConsent = 'ask' | 'page';

/** Where a remembered "Show map" is kept: per tile server, for the whole site. */
export const consentStorageKey = (tileUrl: string) => `baltic-widgets:map-consent:v1:${tileHost(tileUrl)}`;

/** The host the tiles come from, as the visitor is told it. */
function tileHost(tileUrl: string): string {
  try {
    return new URL(tileUrl.replace(/\{[^}]*\}/g, '0'), location.href).host;
  } catch {
    return tileUrl;
  }
}

/** True when the visitor said "Show map" for this tile server before (and storage can be read). */
export function storedConsent(tileUrl: string): boolean {
  try {
    return localStorage.getItem(consentStorageKey(tileUrl)) === 'yes';
  } catch {
    return false;
  }
}

/** Keeps the visitor's "Show map" for this tile server. */
export function storeConsent(tileUrl: string): void {
  try {
    localStorage.setItem(consentStorageKey(tileUrl), 'yes');
  } catch {
    // Storage blocked: the map is shown this time only.
  }
}

/** The map-shaped panel that asks before anything loads from the tile server. */
export function renderConsentPreview(tileUrl: string, remembered: boolean, showMap: () => void): TemplateResult {
  const host = tileHost(tileUrl);
  return html`<div class="map-column">
    <div class="preview" part="preview">
      <div class="consent">
        <p>${msg(str`The map is loaded from ${host}, a third party's server, which then sees your IP address.`, { id: 'location-map.consent-text', desc: 'Explanation above the "Show map" button; the placeholder is the tile server\'s host name.' })}</p>
        <button class="button" part="show-map" @click=${showMap}>
          ${msg('Show map', { id: 'location-map.show-map', desc: 'Button that loads the map after the visitor agrees.' })}
        </button>
        ${remembered
          ? html`<p class="consent__detail">${msg('Your choice is remembered on this site.', { id: 'location-map.consent-remembered', desc: 'Note under the "Show map" button when the choice is stored.' })}</p>`
          : nothing}
      </div>
    </div>
  </div>`;
}

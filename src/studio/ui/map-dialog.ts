/**
 * The dialog in which a place's point is set on a map. The rule is the location map's: no
 * tile is fetched before the volunteer agrees (the tile server sees their IP address), asked
 * with the widget's own words and remembered under the widget's key, so the preview's map and
 * this one share one choice. Typing the coordinates needs no map at all.
 */
import { html, render } from 'lit';
import { loadMessages } from '../../i18n/msg.js';
import { getIn, isObject, type DocPath, type FeedDocument, type Json } from '../model/document.js';
import { msg, str, withMessages } from '../i18n.js';
import type { TemplateMap } from '../../i18n/msg.js';
import type { Locale } from '../../i18n/locales.js';
import type { PointMap } from './map-picker.js';

interface MapHost extends HTMLElement {
  readonly locale: Locale;
  readonly templates?: TemplateMap;
  readonly document?: FeedDocument;
  notice?: { kind: 'info' | 'error' | 'success'; text: () => string };
  set(path: DocPath, value: Json | undefined): void;
}

const stored = (key: string) => {
  try {
    return localStorage.getItem(key) === 'yes';
  } catch {
    return false;
  }
};

const remember = (key: string) => {
  try {
    localStorage.setItem(key, 'yes');
  } catch {
    /* Not remembered: asked again next time. */
  }
};

/** The location map's own question (same id, text and description: one translation serves both). */
const consentText = (host: string) =>
  msg(str`The map is loaded from ${host}, a third party's server, which then sees your IP address.`, { id: 'location-map.consent-text', desc: 'Explanation above the "Show map" button; the placeholder is the tile server\'s host name.' });

/** Opens the map in a modal dialog (after consent to its tile server); every click or Enter sets the point at `path`. */
export async function pickPointOnMap(host: MapHost, path: DocPath): Promise<void> {
  const root = host.shadowRoot!;
  const opener = root.activeElement as HTMLElement | null;
  const failed = (error: unknown) => {
    host.notice = { kind: 'error', text: () => msg(str`The map could not be loaded: ${(error as Error).message}. Type the coordinates instead.`, { id: 'studio.map.error' }) };
  };
  // The widget's module is the preview's too (already loaded there): its tile server, attribution and consent key.
  const [widget, widgetTemplates] = await Promise.all([import('../../components/location-map/location-map.js'), loadMessages(host.locale).catch(() => undefined)]).catch(
    (error: unknown) => {
      failed(error);
      return [];
    },
  );
  if (!widget) return;
  const key = widget.consentStorageKey(widget.DEFAULT_TILE_URL);
  const tileHost = new URL(widget.DEFAULT_TILE_URL.replace(/\{[^}]*\}/g, '0')).host;
  const dialog = document.createElement('dialog');
  dialog.className = 'map-dialog';
  let map: PointMap | undefined;

  const showMap = async () => {
    draw(true);
    const container = dialog.querySelector<HTMLElement>('.map')!;
    container.focus();
    const current = getIn(host.document, path);
    const start = isObject(current) && typeof current.lat === 'number' && typeof current.lon === 'number' ? { lat: current.lat, lon: current.lon } : undefined;
    try {
      const { createPointMap } = await import('./map-picker.js');
      if (!dialog.open) return;
      map = createPointMap(root, container, { start, tileUrl: widget.DEFAULT_TILE_URL, attribution: widget.DEFAULT_ATTRIBUTION }, (point) => host.set(path, { ...point }));
    } catch (error) {
      dialog.close();
      failed(error);
    }
  };

  const draw = (consented: boolean) =>
    withMessages(host.templates, () =>
      render(
        html`<h2 id="map-dialog-title">${msg('Set the point on the map', { id: 'studio.map.title' })}</h2>
          ${consented
            ? html`<p>${msg('Click or tap the place. With the keyboard: move the map with the arrow keys, then press Enter to put the point in its middle.', { id: 'studio.map.help' })}</p>
                <div class="map" tabindex="0" role="application" aria-label=${msg('Map', { id: 'studio.map.label' })}></div>`
            : withMessages(widgetTemplates, () => html`<div class="map-consent">
                <p>${consentText(tileHost)}</p>
                <button type="button" class="primary" @click=${() => {
                  remember(key);
                  void showMap();
                }}>${msg('Show map', { id: 'location-map.show-map', desc: 'Button that loads the map after the visitor agrees.' })}</button>
                <p class="hint">${msg('Your choice is remembered on this site.', { id: 'location-map.consent-remembered', desc: 'Note under the "Show map" button when the choice is stored.' })}</p>
              </div>`)}
          <button type="button" @click=${() => dialog.close()}>${consented ? msg('Done', { id: 'studio.map.done' }) : msg('Cancel', { id: 'studio.cancel' })}</button>`,
        dialog,
      ),
    );

  dialog.addEventListener('close', () => {
    map?.destroy();
    dialog.remove();
    opener?.focus();
  });
  dialog.setAttribute('aria-labelledby', 'map-dialog-title');
  root.append(dialog);
  dialog.showModal();
  if (stored(key)) void showMap();
  else {
    draw(false);
    dialog.querySelector<HTMLElement>('.map-consent button')!.focus();
  }
}


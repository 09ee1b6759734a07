/**
 * How what `src/presentation/` decides is rendered, the same in every widget: an address's
 * lines, a price with its note, a place's directions links. Styles: `presentationStyles`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Address, LocalizedText, Location, Price } from '../feed/schema.js';
import type { Locale } from '../i18n/locales.js';
import { msg, str } from '../i18n/msg.js';
import { addressLines } from './address.js';
import { destinationOf, directionsLinks, serviceName } from './directions.js';
import { priceText } from './price.js';

/** The address's lines separated by line breaks (inside an `<address>` or a `<dd>`), the country in `locale`'s words. */
export const renderAddressLines = (address: Address | undefined, locale: Locale): TemplateResult | typeof nothing => {
  const lines = addressLines(address, locale);
  return lines.length ? html`${lines.map((line, index) => html`${index ? html`<br />` : nothing}${line}`)}` : nothing;
};

/** The price as shown in details: "10 € (per month)", the note in its own language (`renderText`). */
export const renderPrice = (locale: Locale, price: Price, renderText: (text: LocalizedText) => unknown): TemplateResult =>
  html`${priceText(locale, price)}${price.note ? html`<span class="price-note">${' ('}${renderText(price.note)}${')'}</span>` : nothing}`;

/**
 * The directions links of a place as a labelled list ("Directions: Google Maps · Apple Maps ·
 * OpenStreetMap · Navigation app"), part `directions-links`; style it with `directionsStyles`.
 */
export function renderDirections(location: Pick<Location, 'geo' | 'address'>, placeName: string): TemplateResult | typeof nothing {
  const links = directionsLinks(destinationOf(location));
  if (!links.length) return nothing;
  return html`<ul class="directions-links" part="directions-links" aria-label=${msg(str`Directions to ${placeName}`, { id: 'directions.to', desc: 'Accessible name of a place\'s list of directions links; the placeholder is its name.' })}>
    <li class="directions-links__label" aria-hidden="true">${msg('Directions:', { id: 'directions.label', desc: 'Visible label before the links to map apps.' })}</li>
    ${links.map((link) => html`<li><a href=${link.href} rel="noopener" data-service=${link.service}>${serviceName(link.service)}</a></li>`)}
  </ul>`;
}

/**
 * A postal address as every widget and the .ics show it: street; postal code and city;
 * country — as lines (cards, lists) or on one line joined by commas (details, LOCATION).
 */
import type { Address } from '../feed/schema.js';
import type { Locale } from '../i18n/locales.js';
import { countryName } from './country-name.js';

/** The address as lines: "Linnankatu 2", "20100 Turku", "Finland" (the country in `locale`'s words when given: "Финляндия"); empty parts left out. */
export const addressLines = (address: Address | undefined, locale?: Locale): string[] =>
  address
    ? [address.street, [address.postalCode, address.city].filter(Boolean).join(' '), address.country && (locale ? countryName(address.country, locale) : address.country)].filter((line): line is string => !!line)
    : [];

/** The address on one line, `Linnankatu 2, 20100 Turku, Finland`; undefined when there is none. */
export const addressLine = (address: Address | undefined): string | undefined => addressLines(address).join(', ') || undefined;

/**
 * The schema.org `Organization` description of the feed's organization. A chunk of its own:
 * loaded only when a card asks for JSON-LD.
 */
import type { Organization } from '../../feed/schema.js';
import { addJsonLd } from '../../internal/json-ld.js';

/** Adds the block for `owner`; returns the function that releases it. */
function addOrganizationJsonLd(
  organization: Organization,
  text: (value: Organization['name'] | undefined) => string,
  url: (value: string | undefined) => string | undefined,
  owner: object,
): () => void {
  const { address } = organization;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: text(organization.name),
    legalName: text(organization.legalName) || undefined,
    description: text(organization.description) || undefined,
    url: url(organization.url),
    logo: url(organization.logo?.src),
    email: organization.email,
    telephone: organization.phone,
    foundingDate: organization.founded ? String(organization.founded) : undefined,
    address: address && {
      '@type': 'PostalAddress',
      streetAddress: address.street,
      postalCode: address.postalCode,
      addressLocality: address.city,
      addressCountry: address.country,
    },
    sameAs: organization.social?.map((link) => url(link.url)).filter(Boolean),
  };
  return addJsonLd(`organization:${data.name}`, data, owner);
}

export interface JsonLdCard {
  /** The card element: the block is kept while any owner wants it. */
  owner: object;
  jsonLd: boolean;
  isConnected: boolean;
  organization?: Organization;
  text(value: Organization['name'] | undefined): string;
  url(value: string | undefined): string | undefined;
}

const released = new WeakMap<object, () => void>();

/** Adds or removes the card's JSON-LD block to match its state (called after every update and on disconnect). */
export function syncOrganizationJsonLd(card: JsonLdCard): void {
  const release = released.get(card.owner);
  if (card.jsonLd && card.organization && card.isConnected) {
    if (!release) released.set(card.owner, addOrganizationJsonLd(card.organization, card.text, card.url, card.owner));
  } else if (release) {
    release();
    released.delete(card.owner);
  }
}

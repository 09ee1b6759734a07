/**
 * The schema.org `Organization` description of the feed's organization. A chunk of its own:
 * loaded only when a card asks for JSON-LD.
 */
import type { Organization } from '../../feed/schema.js';
import { addJsonLd } from '../../internal/json-ld.js';

/** Adds the block for `owner`; returns the function that releases it. */
export function addOrganizationJsonLd(
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

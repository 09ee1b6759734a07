/**
 * Directions to a place, the same set of services in every widget (the map's list and popups,
 * the calendar's and the schedule's details, the organization card's address link). A visitor
 * in Finland expects Google Maps first (most phones), Apple Maps (iPhones), OpenStreetMap
 * (no account, no tracking) and the phone's own navigation app (`geo:`).
 *
 * Built by us from the coordinates (numbers, written with at most six decimals, never an
 * exponent) or, without coordinates, from the address, percent-encoded into a fixed https
 * URL: no feed text can reach a link's scheme, host or path, so these need no allow-list
 * (`geo:` is not a scheme the feed itself may use).
 */
import type { Location } from '../feed/schema.js';
import { msg } from '../i18n/msg.js';
import { addressLine } from './address.js';

export type DirectionsService = 'google' | 'apple' | 'openstreetmap' | 'geo';

export interface DirectionsLink {
  service: DirectionsService;
  href: string;
}

/** A place to get directions to: its coordinates, else its address on one line. */
export interface Destination {
  geo?: { lat: number; lon: number };
  address?: string;
}

/** A coordinate as plain digits: never an exponent, never more than ~0.1 m precision, `0` for a non-number. */
export const coordinate = (value: number): string => (Number.isFinite(value) ? value.toFixed(6).replace(/\.?0+$/, '') || '0' : '0');

/** The destination of a feed location: coordinates when it has them, else its one-line address. */
export const destinationOf = (location: Pick<Location, 'geo' | 'address'>): Destination => ({ geo: location.geo, address: addressLine(location.address) });

/** The directions links to a place, in the order shown; none when it has neither coordinates nor an address. */
export function directionsLinks(destination: Destination): DirectionsLink[] {
  if (destination.geo) {
    const point = `${coordinate(destination.geo.lat)},${coordinate(destination.geo.lon)}`;
    const encoded = encodeURIComponent(point);
    return [
      { service: 'google', href: `https://www.google.com/maps/dir/?api=1&destination=${encoded}` },
      { service: 'apple', href: `https://maps.apple.com/?daddr=${encoded}` },
      { service: 'openstreetmap', href: `https://www.openstreetmap.org/directions?route=%3B${encoded}` },
      { service: 'geo', href: `geo:${point}` },
    ];
  }
  if (!destination.address) return [];
  const query = encodeURIComponent(destination.address);
  return [
    { service: 'google', href: `https://www.google.com/maps/dir/?api=1&destination=${query}` },
    { service: 'apple', href: `https://maps.apple.com/?daddr=${query}` },
    { service: 'openstreetmap', href: `https://www.openstreetmap.org/search?query=${query}` },
    { service: 'geo', href: `geo:0,0?q=${query}` },
  ];
}

/** Services' names as people write them (not translated); `geo:` is named in the visitor's language. */
const SERVICE_NAMES: Record<Exclude<DirectionsService, 'geo'>, string> = {
  google: 'Google Maps',
  apple: 'Apple Maps',
  openstreetmap: 'OpenStreetMap',
};

/** The link text of a directions link. */
export const serviceName = (service: DirectionsService): string =>
  service === 'geo'
    ? msg('Navigation app', { id: 'directions.geo', desc: 'Link that opens the phone\'s own map or navigation app (a geo: link).' })
    : SERVICE_NAMES[service];

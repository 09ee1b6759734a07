/**
 * Directions links to a place in the usual map apps. Built by us from the coordinates
 * (numbers, written with a fixed number of digits) or, without coordinates, from the
 * address, percent-encoded into a fixed https URL: no feed text can reach a link's scheme,
 * host or path, so these need no allow-list (`geo:` is not one the feed may use).
 */
export interface DirectionsLink {
  /** Which app: shown as the link's text. */
  app: 'openstreetmap' | 'google' | 'apple' | 'geo';
  href: string;
}

export interface Destination {
  geo?: { lat: number; lon: number };
  /** The address on one line, for places without coordinates. */
  address?: string;
}

/** A coordinate as plain digits (never an exponent, never more than metre precision). */
const coordinate = (value: number) => (Number.isFinite(value) ? value.toFixed(6).replace(/\.?0+$/, '') : '0');

/** The directions links for a place; none when it has neither coordinates nor an address. */
export function directionsLinks(destination: Destination): DirectionsLink[] {
  if (destination.geo) {
    const point = `${coordinate(destination.geo.lat)},${coordinate(destination.geo.lon)}`;
    const encoded = encodeURIComponent(point);
    return [
      { app: 'openstreetmap', href: `https://www.openstreetmap.org/directions?route=%3B${encoded}` },
      { app: 'google', href: `https://www.google.com/maps/dir/?api=1&destination=${encoded}` },
      { app: 'apple', href: `https://maps.apple.com/?daddr=${encoded}` },
      { app: 'geo', href: `geo:${point}` },
    ];
  }
  if (!destination.address) return [];
  const query = encodeURIComponent(destination.address);
  return [
    { app: 'openstreetmap', href: `https://www.openstreetmap.org/search?query=${query}` },
    { app: 'google', href: `https://www.google.com/maps/dir/?api=1&destination=${query}` },
    { app: 'apple', href: `https://maps.apple.com/?daddr=${query}` },
    { app: 'geo', href: `geo:0,0?q=${query}` },
  ];
}

/**
 * Which places the map shows: the feed's locations (all, those named, or the places of one
 * event), each with the colour of its marker (the category of what happens there most
 * often). Pure functions of the feed, shared by the list and the map.
 */
import type { Feed, Location } from '../../feed/schema.js';
import { feedIndex } from '../../feed/feed-index.js';

/** A marker colour when nothing at a place has a category colour. */
export const DEFAULT_PLACE_COLOR = '#1d5c96';

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export interface Place {
  location: Location;
  /** `#rgb` or `#rrggbb`: safe to write into SVG and CSS. */
  color: string;
}

export interface PlaceSelection {
  /** Location ids (the `locations` attribute), in the order to list them. */
  ids?: string[];
  /** An event or festival id: only its places. */
  eventId?: string;
}

/** Splits the `locations` attribute (ids separated by spaces or commas). */
export const parseIdList = (value: string | undefined): string[] | undefined => {
  const ids = value?.split(/[\s,]+/).filter(Boolean);
  return ids?.length ? ids : undefined;
};

/** The location ids of one event, or of the festival (its own place and its programme's). */
function placesOfEvent(feed: Feed, eventId: string): string[] {
  const event = feedIndex(feed).events.get(eventId);
  if (event) return event.location ? [event.location] : [];
  const festival = feed.festival;
  if (festival && festival.id === eventId) {
    return [festival.location, ...(festival.programme ?? []).map((item) => item.location)].filter((id): id is string => !!id);
  }
  return [];
}

/** The places to show, in list order. */
export function selectPlaces(feed: Feed, selection: PlaceSelection): Place[] {
  const byId = new Map(feed.locations.map((location) => [location.id, location]));
  const wanted = selection.eventId !== undefined ? placesOfEvent(feed, selection.eventId) : selection.ids;
  const locations = wanted ? [...new Set(wanted)].map((id) => byId.get(id)).filter((location): location is Location => !!location) : feed.locations;
  const colors = new Map(feed.categories.map((category) => [category.id, category.color]));
  return locations.map((location) => {
    const categories = [...feed.events, ...feed.schedule].filter((item) => item.location === location.id).map((item) => item.category);
    return { location, color: placeColor(categories, colors) };
  });
}

/** The colour of the category most frequent at a place (the first one on a tie). */
function placeColor(categories: (string | undefined)[], colors: Map<string, string | undefined>): string {
  const counts = new Map<string, number>();
  for (const id of categories) {
    const color = id && colors.get(id);
    if (color && HEX_COLOR.test(color)) counts.set(color, (counts.get(color) ?? 0) + 1);
  }
  let best = DEFAULT_PLACE_COLOR;
  let bestCount = 0;
  for (const [color, count] of counts) if (count > bestCount) [best, bestCount] = [color, count];
  return best;
}

/**
 * Finding events: category chips and a text search over title, summary, description and
 * place, in every language the feed gives (a visitor may search in either), ignoring case
 * and accents.
 */
import type { Feed, LocalizedText } from '../../feed/schema.js';
import type { Occurrence } from './calendar-layout.js';
import { feedIndex } from '../../feed/feed-index.js';

export interface CalendarFilter {
  /** Category ids to show; empty shows all. */
  categories: readonly string[];
  /** Text to search for; empty matches all. */
  query: string;
}

/** Lower case without accents, so "cafe" finds "Café" and "ё" matches "е". */
export const foldText = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е');

const allLanguages = (text: LocalizedText | undefined) => (text === undefined ? '' : typeof text === 'string' ? text : Object.values(text).join(' '));

const searchTexts = new WeakMap<object, string>();

/** The folded text an occurrence is searched in (cached per event or activity). */
function searchText(occurrence: Occurrence, feed: Feed): string {
  const source = occurrence.event ?? occurrence.activity!;
  let text = searchTexts.get(source);
  if (text === undefined) {
    const location = (occurrence.location === undefined ? undefined : feedIndex(feed).locations.get(occurrence.location));
    const address = location?.address ? Object.values(location.address).join(' ') : '';
    const summary = occurrence.event ? allLanguages(occurrence.event.summary) : '';
    text = foldText([allLanguages(occurrence.title), summary, allLanguages(source.description), allLanguages(location?.name), address].join('\n'));
    searchTexts.set(source, text);
  }
  return text;
}

/** The occurrences the filter lets through. Every word of the query must be found. */
export function filterOccurrences(occurrences: readonly Occurrence[], filter: CalendarFilter, feed: Feed): Occurrence[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  const categories = new Set(filter.categories);
  if (!words.length && !categories.size) return [...occurrences];
  return occurrences.filter(
    (occurrence) =>
      (!categories.size || (occurrence.category !== undefined && categories.has(occurrence.category))) &&
      (!words.length || words.every((word) => searchText(occurrence, feed).includes(word))),
  );
}

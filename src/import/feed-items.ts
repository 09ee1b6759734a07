/**
 * Small pieces the importer uses to write into a feed it does not own: ids that read well and
 * do not collide, texts that keep their other translations, locations found by name.
 */
type FeedItem = Record<string, unknown>;

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** "Шахматный клуб (Turku)" → "shahmatnyi-klub-turku": letters and digits, at most 40 characters. */
export function slugOf(text: string): string {
  return [...text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')]
    .map((char) => CYRILLIC[char] ?? char)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** A maker of ids unique among `taken`: the title's slug, then "-2", "-3"… */
export function uniqueIdMaker(taken: Iterable<unknown>): (title: string, fallback: string) => string {
  const used = new Set([...taken].filter((id): id is string => typeof id === 'string'));
  return (title, fallback) => {
    const base = slugOf(title) || fallback;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/**
 * The feed's text after the calendar says `incoming`: a plain text is replaced; a text with
 * translations keeps them and gets `incoming` under `language` (unchanged when one of its
 * translations already reads `incoming`).
 */
export function mergeLocalizedText(current: unknown, incoming: string, language: string): unknown {
  if (current && typeof current === 'object' && !Array.isArray(current)) {
    const translations = current as Record<string, unknown>;
    if (Object.values(translations).includes(incoming)) return current;
    return { ...translations, [language]: incoming };
  }
  return incoming;
}

const normalized = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const namesOf = (location: FeedItem): string[] => {
  const name = location.name;
  if (typeof name === 'string') return [name];
  return name && typeof name === 'object' ? Object.values(name).filter((value): value is string => typeof value === 'string') : [];
};

/**
 * Finds the feed's location for a calendar LOCATION text ("Kulttuuritalo, Linnankatu 1,
 * 20100 Turku"): one whose name is the text or the text's first part; otherwise adds one
 * named by the text (the volunteer can add the address and map position later).
 */
export class LocationFinder {
  readonly #byName = new Map<string, string>();
  readonly #newId: (title: string, fallback: string) => string;

  constructor(
    readonly locations: FeedItem[],
    readonly language: string,
  ) {
    for (const location of locations) {
      if (typeof location.id !== 'string') continue;
      for (const name of namesOf(location)) if (!this.#byName.has(normalized(name))) this.#byName.set(normalized(name), location.id);
    }
    this.#newId = uniqueIdMaker(locations.map((location) => location.id));
  }

  /** The id for `text`, adding a location (and noting it in `added`) when none fits. */
  idFor(text: string, added: { kind: 'event' | 'activity' | 'location'; id: string; title: string }[]): string {
    const whole = normalized(text);
    const { name, address } = splitAddress(text);
    const found = this.#byName.get(whole) ?? this.#byName.get(normalized(name));
    if (found) return found;
    const id = this.#newId(name, 'location');
    this.locations.push(address ? { id, name, address } : { id, name });
    this.#byName.set(whole, id);
    this.#byName.set(normalized(name), id);
    added.push({ kind: 'location', id, title: name });
    return id;
  }
}

/**
 * "Kulttuuritalo, Linnankatu 1, 20100 Turku, Suomi" (as Google and Outlook write a place) →
 * the name and the address; a text without that shape is all name.
 */
export function splitAddress(text: string): { name: string; address?: { street?: string; postalCode?: string; city?: string; country?: string } } {
  const [name = '', ...rest] = text.split(',').map((part) => part.trim()).filter(Boolean);
  const postalIndex = rest.findIndex((part) => /^\d{4,6}\s+\S/.test(part));
  if (!name || postalIndex === -1 || postalIndex > 1) return { name: text.trim() };
  const [, postalCode, city] = /^(\d{4,6})\s+(.+)$/.exec(rest[postalIndex]!)!;
  const address: { street?: string; postalCode?: string; city?: string; country?: string } = { postalCode, city };
  if (postalIndex === 1) address.street = rest[0];
  if (rest[postalIndex + 1]) address.country = rest.slice(postalIndex + 1).join(', ');
  return { name, address };
}

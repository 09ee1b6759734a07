/**
 * The languages the widgets speak, and how a language tag from a page or a browser maps
 * onto one of them (`fi-FI` → `fi`, `ru-RU` → `ru`, `nb` → none).
 */
export const SOURCE_LOCALE = 'en';
export const LOCALES = ['en', 'fi', 'sv', 'ru', 'uk', 'et', 'lv', 'lt'] as const;
export type Locale = (typeof LOCALES)[number];

/** Endonyms, for language switchers. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fi: 'Suomi',
  sv: 'Svenska',
  ru: 'Русский',
  uk: 'Українська',
  et: 'Eesti',
  lv: 'Latviešu',
  lt: 'Lietuvių',
};

export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base!) ? (base as Locale) : undefined;
}

/**
 * The language tag to hand to `Intl` for a locale. English is British English: weeks
 * start on Monday and dates read day first, as everywhere else the widgets are used.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's `lang` (across
 * shadow roots), else the page's, else the browser's first supported language, else English.
 * Unsupported languages on the way are passed over.
 */
export function resolveLocale(element: Element): Locale {
  for (let node: Element | null = element; node; ) {
    // The element's own `lang` property counts even when it is not reflected to the attribute.
    const found = matchLocale(node === element ? (element as HTMLElement).lang || element.getAttribute('lang') : node.getAttribute('lang'));
    if (found) return found;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  for (const tag of globalThis.navigator?.languages ?? []) {
    const found = matchLocale(tag);
    if (found) return found;
  }
  return SOURCE_LOCALE;
}

/**
 * The studio's own words: the same per-element `msg()` as the widgets, with the studio's
 * templates (`lit-localize.studio.json`, XLIFF in `locales/studio/`), so none of the studio's
 * messages enter the widgets' language chunks.
 */
import { matchLocale, SOURCE_LOCALE, type Locale } from '../i18n/locales.js';
import type { TemplateMap } from '../i18n/msg.js';

export { msg, str, withMessages } from '../i18n/msg.js';
export type { Locale };

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ templates: TemplateMap }>> = {
  fi: () => import('./generated/locales/fi.js'),
  sv: () => import('./generated/locales/sv.js'),
  ru: () => import('./generated/locales/ru.js'),
  uk: () => import('./generated/locales/uk.js'),
  et: () => import('./generated/locales/et.js'),
  lv: () => import('./generated/locales/lv.js'),
  lt: () => import('./generated/locales/lt.js'),
};

/** The studio's templates for a locale (none for English, the source). */
export async function loadStudioMessages(locale: Locale): Promise<TemplateMap | undefined> {
  if (locale === SOURCE_LOCALE) return undefined;
  return (await loaders[locale]()).templates;
}

const STORAGE_KEY = 'baltic-studio-locale';

/** The language the volunteer chose last, else the browser's, else Finnish (the association's first language). */
export function initialStudioLocale(): Locale {
  try {
    const saved = matchLocale(localStorage.getItem(STORAGE_KEY));
    if (saved) return saved;
  } catch {
    /* Storage may be off: the browser's language then. */
  }
  for (const tag of navigator.languages ?? []) {
    const found = matchLocale(tag);
    if (found) return found;
  }
  return 'fi';
}

export function rememberStudioLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* Not remembered; still used now. */
  }
}

const THEME_KEY = 'baltic-studio-theme';

/** The theme the volunteer chose last (`auto`: as the computer is set). */
export function initialStudioTheme(): 'auto' | 'light' | 'dark' {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    /* Storage may be off: as the computer is set. */
  }
  return 'auto';
}

export function rememberStudioTheme(theme: 'auto' | 'light' | 'dark'): void {
  try {
    if (theme === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    /* Not remembered; still used now. */
  }
}

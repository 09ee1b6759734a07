/**
 * A country in the visitor's language: the feed gives it as a code (`FI`) or, as volunteers
 * write it, an English name ("Finland"); both become `Intl.DisplayNames` output ("Финляндия",
 * "Suomi"). A name `Intl` does not know is shown as given.
 */
import { intlLocale, type Locale } from '../i18n/locales.js';

let codesByEnglishName: Map<string, string> | undefined;

/** ISO 3166 region code of a code or an English country name, if `Intl` knows it. */
function regionCode(country: string): string | undefined {
  const trimmed = country.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  if (!codesByEnglishName) {
    codesByEnglishName = new Map();
    const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        const name = english.of(code);
        if (name) codesByEnglishName.set(name.toLowerCase(), code);
      }
    }
  }
  return codesByEnglishName.get(trimmed.toLowerCase());
}

/** "Finland" or "FI" as the locale names it; unknown names unchanged. */
export function countryName(country: string, locale: Locale): string {
  const code = regionCode(country);
  if (!code) return country;
  try {
    return new Intl.DisplayNames(intlLocale(locale), { type: 'region', fallback: 'none' }).of(code) ?? country;
  } catch {
    return country;
  }
}

/**
 * Dates, numbers, lists and plurals through `Intl` only, with formatters cached by their
 * options (creating an `Intl` formatter costs far more than using one).
 */
import { intlLocale, type Locale } from './locales.js';

const cache = new Map<string, unknown>();
function cached<T>(kind: string, locale: Locale, options: object, create: (tag: string) => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create(intlLocale(locale));
    cache.set(key, formatter);
  }
  return formatter;
}

export const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached('date', locale, options, (tag) => new Intl.DateTimeFormat(tag, options));

export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = {}) =>
  cached('number', locale, options, (tag) => new Intl.NumberFormat(tag, options));

export const listFormat = (locale: Locale, options: Intl.ListFormatOptions = {}) =>
  cached('list', locale, options, (tag) => new Intl.ListFormat(tag, options));

export const relativeTimeFormat = (locale: Locale, options: Intl.RelativeTimeFormatOptions = {}) =>
  cached('relative', locale, options, (tag) => new Intl.RelativeTimeFormat(tag, options));

export const pluralRules = (locale: Locale, options: Intl.PluralRulesOptions = {}) =>
  cached('plural', locale, options, (tag) => new Intl.PluralRules(tag, options));

/** Language names in the visitor's language ("venäjä", "русский"). */
export const languageNames = (locale: Locale) =>
  cached('language', locale, {}, (tag) => new Intl.DisplayNames(tag, { type: 'language' }));

/**
 * Picks the message for a count by the locale's plural rules. Give one message per plural
 * category the languages need (`one`, `few`, `many`, `other`, `zero`, `two`); `other` is
 * the fallback.
 */
export function plural(locale: Locale, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[pluralRules(locale).select(count)] ?? forms.other;
}

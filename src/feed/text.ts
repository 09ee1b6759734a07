/**
 * Human-language feed fields: a plain string, or strings by language code. The text shown
 * is the first found in the chain: the visitor's language, the feed's `fallbackLanguages`
 * (default: English), then the feed's own languages in order, then whatever is there.
 */
import type { Feed, LocalizedText } from './schema.js';

export interface ResolvedText {
  text: string;
  /** The language of the text when known; differs from the visitor's when a fallback was used. */
  lang?: string;
}

export const DEFAULT_FALLBACK_LANGUAGES = ['en'];

type FeedLanguages = Pick<Feed, 'fallbackLanguages' | 'languages'> | undefined;

export function languageChain(locale: string, feed: FeedLanguages): string[] {
  return [...new Set([locale, ...(feed?.fallbackLanguages ?? DEFAULT_FALLBACK_LANGUAGES), ...(feed?.languages ?? [])])];
}

export function resolveText(value: LocalizedText | undefined, locale: string, feed: FeedLanguages): ResolvedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : { text: value };
  for (const lang of languageChain(locale, feed)) {
    // Own keys only: a language named like a property of every object (`constructor`) finds nothing.
    const text = (Object.hasOwn(value, lang) ? value[lang] : undefined) ?? Object.entries(value).find(([key]) => key.split('-')[0] === lang)?.[1];
    if (text) return { text, lang };
  }
  const first = Object.entries(value).find(([, text]) => text);
  return first ? { text: first[1], lang: first[0] } : undefined;
}

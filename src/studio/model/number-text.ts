/**
 * Numbers as volunteers type them: "10,50" in Finnish and Russian, "10.50" in English, with a
 * space, a currency sign or a non-breaking space as a spreadsheet copies it ("10 €", "1 200").
 * A browser's own number box reads such text by the browser's language, not the volunteer's (in
 * an English browser "10,50" became 1050): the studio reads it itself, the same everywhere.
 */
import { numberFormat } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';

/** What a number box holds: a number, nothing, text not yet a number ("10,"), or text that is none ("ten"). */
export type NumberText = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'incomplete' } | { kind: 'invalid' };

/** Reads `text` as a decimal number: one comma or point as the decimal mark, spaces and a currency sign ignored. */
export function readNumberText(text: string): NumberText {
  const bare = text.replace(/[\s\u00a0\u202f€$£]|EUR/gi, '');
  if (bare === '') return { kind: 'empty' };
  if (/^[-−]?$|^[-−]?\d+[.,]$/.test(bare)) return { kind: 'incomplete' };
  const match = /^([-−]?\d*)(?:[.,](\d+))?$/.exec(bare);
  if (!match || (match[1]!.replace(/[-−]/, '') === '' && match[2] === undefined)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(`${match[1]!.replace('−', '-') || '0'}.${match[2] ?? '0'}`) };
}

/** A number as the volunteer's language writes it (a decimal comma in Finnish and Russian), without grouping. */
export const formatNumberText = (value: number, locale: Locale): string => numberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);

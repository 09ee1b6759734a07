/**
 * What something costs, one rule for every widget: "Free" for 0, else the amount in its
 * currency in the visitor's language, without decimals for whole amounts ("10 €", "€12.50").
 */
import type { Price } from '../feed/schema.js';
import { numberFormat } from '../i18n/format.js';
import type { Locale } from '../i18n/locales.js';
import { msg } from '../i18n/msg.js';

/** "Free", or the amount in its currency. */
export function priceText(locale: Locale, price: Pick<Price, 'amount' | 'currency'>): string {
  if (price.amount === 0) return msg('Free', { id: 'price.free', desc: 'Price of an event or activity that costs nothing.' });
  const digits = Number.isInteger(price.amount) ? 0 : 2;
  return numberFormat(locale, { style: 'currency', currency: price.currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(price.amount);
}

/** The label of the price in details ("Price"). */
export const priceLabel = (): string => msg('Price', { id: 'price.label', desc: 'Label of what an event or activity costs, in its details.' });

/** "2 events" / "No events", in the visitor's language: for day names, the period's count and announcements. */
import { numberFormat, plural } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { msg, str } from '../../i18n/msg.js';

export function eventCount(locale: Locale, count: number): string {
  if (count === 0) return msg('No events', { id: 'calendar.count.none', desc: 'A day (or view) without events.' });
  const shown = numberFormat(locale).format(count);
  return plural(locale, count, {
    one: msg(str`${shown} event`, { id: 'calendar.count.one', desc: 'Number of events (singular form).' }),
    other: msg(str`${shown} events`, { id: 'calendar.count.other', desc: 'Number of events (plural form).' }),
    zero: msg(str`${shown} events`, { id: 'calendar.count.zero', desc: 'Plural form "zero" (Latvian: 0, 10–20, 30…) of calendar.count.other.' }),
    few: msg(str`${shown} events`, { id: 'calendar.count.few', desc: 'Plural form "few" (Russian, Ukrainian: 2–4, 22–24…; Lithuanian: 2–9, 22–29…) of calendar.count.other.' }),
    many: msg(str`${shown} events`, { id: 'calendar.count.many', desc: 'Plural form "many" (Russian, Ukrainian: 0, 5–20, 25–30…; Lithuanian: fractions) of calendar.count.other.' }),
  });
}

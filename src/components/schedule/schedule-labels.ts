/**
 * The schedule's words for feed values: audiences, weekdays, languages, counts. Each
 * is a `msg()` with its own id, or `Intl` output, in the language of the element rendering.
 */
import type { Activity, Audience } from '../../feed/schema.js';
import { WEEKDAYS } from '../../feed/constants.js';
import { addDays, type CalendarDate } from '../../feed/time.js';
import { formatCalendarDate } from '../../i18n/dates.js';
import { languageNames, listFormat, numberFormat, plural } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { msg, str } from '../../i18n/msg.js';

/** Who an activity is for, as a filter option and in the details. */
export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'children':
      return msg('Children', { id: 'schedule.audience.children', desc: 'Audience of an activity: children.' });
    case 'youth':
      return msg('Young people', { id: 'schedule.audience.youth', desc: 'Audience of an activity: teenagers and young people.' });
    case 'adults':
      return msg('Adults', { id: 'schedule.audience.adults', desc: 'Audience of an activity: adults.' });
    case 'seniors':
      return msg('Seniors', { id: 'schedule.audience.seniors', desc: 'Audience of an activity: older people.' });
    case 'families':
      return msg('Families', { id: 'schedule.audience.families', desc: 'Audience of an activity: parents with their children.' });
  }
}

/** A language's name in the visitor's language ("venäjä", "русский"); the code itself if Intl does not know it. */
export const languageLabel = (locale: Locale, code: string): string => {
  try {
    return languageNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
};

/** "Russian and Finnish", "venäjä ja suomi". */
export const languagesLabel = (locale: Locale, codes: readonly string[]): string =>
  listFormat(locale, { type: 'conjunction' }).format(codes.map((code) => languageLabel(locale, code)));

/** A Monday long ago; weekday `n` (0 = Monday) is this date plus `n` days. */
const A_MONDAY = '2024-01-01';

/** The activity's weekdays in words ("Mondays and Wednesdays" as "maanantai ja keskiviikko"). */
export function weekdaysLabel(locale: Locale, activity: Activity): string {
  const names = WEEKDAYS.flatMap((day, index) =>
    activity.days.includes(day) ? [formatCalendarDate(locale, addDays(A_MONDAY, index), { weekday: 'long' })] : [],
  );
  return listFormat(locale, { type: 'conjunction' }).format(names);
}

/** A short date with its weekday: "Tue 8 Dec", "вт, 8 дек.". */
export const shortDate = (locale: Locale, date: CalendarDate) =>
  formatCalendarDate(locale, date, { weekday: 'short', day: 'numeric', month: 'short' });

/** A long date with its weekday, for accessible names: "Tuesday 8 December". */
export const longDate = (locale: Locale, date: CalendarDate) =>
  formatCalendarDate(locale, date, { weekday: 'long', day: 'numeric', month: 'long' });

/** "1 activity", "5 activities": by the language's plural rules. */
export function activityCount(locale: Locale, count: number): string {
  const shown = numberFormat(locale).format(count);
  return plural(locale, count, {
    one: msg(str`${shown} activity`, { id: 'schedule.count.one', desc: 'Number of activities shown (plural category "one"); the placeholder is the number.' }),
    other: msg(str`${shown} activities`, { id: 'schedule.count.other', desc: 'Number of activities shown (plural category "other"); the placeholder is the number.' }),
    zero: msg(str`${shown} activities`, { id: 'schedule.count.zero', desc: 'Plural form "zero" (Latvian: 0, 10–20, 30…) of schedule.count.other.' }),
    few: msg(str`${shown} activities`, { id: 'schedule.count.few', desc: 'Plural form "few" (Russian, Ukrainian: 2–4, 22–24…; Lithuanian: 2–9, 22–29…) of schedule.count.other.' }),
    many: msg(str`${shown} activities`, { id: 'schedule.count.many', desc: 'Plural form "many" (Russian, Ukrainian: 0, 5–20, 25–30…; Lithuanian: fractions) of schedule.count.other.' }),
  });
}

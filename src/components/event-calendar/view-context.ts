/** What every view (month, week, list, the day and event dialog) gets from the calendar element. */
import type { nothing, TemplateResult } from 'lit';
import type { Feed, LocalizedText } from '../../feed/schema.js';
import type { CalendarDate } from '../../feed/time.js';
import type { Locale } from '../../i18n/locales.js';
import type { Occurrence } from './calendar-layout.js';

export interface ViewContext {
  feed: Feed;
  locale: Locale;
  /** The time zone times are shown in. */
  zone: string;
  today: CalendarDate;
  /** The day the view is anchored on (the month grid's focused day; on a phone, the selected day). */
  anchor: CalendarDate;
  /** The occurrences that pass the filters, in start order. */
  occurrences: Occurrence[];
  /** The time "past" is measured from. */
  now: number;
  text(value: LocalizedText | undefined): string;
  renderText(value: LocalizedText | undefined): TemplateResult | typeof nothing;
  openOccurrence(occurrence: Occurrence, opener: HTMLElement): void;
  openDay(date: CalendarDate, opener: HTMLElement): void;
}

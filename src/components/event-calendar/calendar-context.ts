/**
 * What the views need from the calendar element, and the one button every view uses for an
 * occurrence (a bar in the month, a block in the week, a row in the list), so an event reads
 * the same to a screen reader wherever it is: title, date and time, place, category, status.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isPast } from '../../feed/event-time.js';
import type { Category, Feed, LocalizedText } from '../../feed/schema.js';
import type { CalendarDate } from '../../feed/time.js';
import { formatEventTime, formatInstantRange, formatTime } from '../../i18n/dates.js';
import type { Locale } from '../../i18n/locales.js';
import { plural } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import type { Occurrence } from './calendar-layout.js';
import { feedIndex } from '../../feed/feed-index.js';

export interface ViewContext {
  feed: Feed;
  locale: Locale;
  /** The time zone times are shown in. */
  zone: string;
  today: CalendarDate;
  /** The day the view is anchored on (and the month grid's focused day). */
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

export type OccurrenceVariant = 'bar' | 'block' | 'row';

/** "2 events" / "No events", for day cells' names and announcements. */
export function eventCount(locale: Locale, count: number): string {
  if (count === 0) return msg('No events', { id: 'calendar.count.none', desc: 'A day (or view) without events.' });
  return plural(locale, count, {
    one: msg(str`${count} event`, { id: 'calendar.count.one', desc: 'Number of events (singular form).' }),
    other: msg(str`${count} events`, { id: 'calendar.count.other', desc: 'Number of events (plural form).' }),
    zero: msg(str`${count} events`, { id: 'calendar.count.zero', desc: 'Plural form "zero" (Latvian: 0, 10–20, 30…) of calendar.count.other.' }),
    few: msg(str`${count} events`, { id: 'calendar.count.few', desc: 'Plural form "few" (Russian, Ukrainian: 2–4, 22–24…; Lithuanian: 2–9, 22–29…) of calendar.count.other.' }),
    many: msg(str`${count} events`, { id: 'calendar.count.many', desc: 'Plural form "many" (Russian, Ukrainian: 0, 5–20, 25–30…; Lithuanian: fractions) of calendar.count.other.' }),
  });
}

/** The feed's category of an occurrence. */
export const categoryOf = (feed: Feed, occurrence: Occurrence): Category | undefined =>
  occurrence.category === undefined ? undefined : feedIndex(feed).categories.get(occurrence.category);

/**
 * The feed's category colours as a stylesheet: `[data-cat="culture"] { --cat: #b0304a }`.
 * Adopted into the shadow root (a constructed stylesheet: allowed by a strict CSP). Ids and
 * colours are validated by the feed schema, so they cannot break out of the rule.
 */
export function categoryColorSheet(feed: Feed): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    feed.categories
      .filter((category) => category.color)
      .map((category) => `[data-cat="${category.id}"]{--cat:${category.color}}`)
      .join(''),
  );
  return sheet;
}

/** "cancelled" / "postponed" in the visitor's language, or nothing. */
export function statusWord(occurrence: Occurrence): string | undefined {
  if (occurrence.cancelled) return msg('cancelled', { id: 'calendar.status.cancelled', desc: 'Marks a cancelled event (lower case, shown after the title).' });
  if (occurrence.postponed) return msg('postponed', { id: 'calendar.status.postponed', desc: 'Marks a postponed event (lower case, shown after the title).' });
  return undefined;
}

/** When an occurrence happens, in words, in the display zone. */
export const occurrenceWhen = (context: ViewContext, occurrence: Occurrence) => formatEventTime(context.locale, occurrence.time, context.zone);

/** The place's name of an occurrence. */
export function placeName(context: ViewContext, occurrence: Occurrence): string {
  const location = (occurrence.location === undefined ? undefined : feedIndex(context.feed).locations.get(occurrence.location));
  return location ? context.text(location.name) : '';
}

/**
 * An occurrence as a button. Its visible text is short (time and title); the rest of its
 * accessible name (date and time in full, place, category, status) is visually hidden text
 * after it, so the name begins with what is seen.
 */
export function renderOccurrenceButton(
  context: ViewContext,
  occurrence: Occurrence,
  variant: OccurrenceVariant,
  classes = '',
  /** A `cssProperties()` placing it (the week grid's continuous positions). */
  style: unknown = nothing,
): TemplateResult {
  const category = categoryOf(context.feed, occurrence);
  const status = statusWord(occurrence);
  const startsEarlier = variant !== 'row' && !occurrence.time.allDay && classes.includes('continues-before');
  const time = occurrence.time;
  const shortTime =
    variant === 'row'
      ? time.allDay
        ? msg('All day', { id: 'calendar.all-day', desc: 'In the list, in place of the time of an all-day event.' })
        : formatInstantRange(context.locale, time.start, time.end, context.zone, false)
      : time.allDay || startsEarlier
        ? ''
        : formatTime(context.locale, time.start, context.zone);
  const place = placeName(context, occurrence);
  const past = isPast(occurrence.time, context.zone, context.now);
  const details = [occurrenceWhen(context, occurrence), place, category ? context.text(category.name) : ''].filter(Boolean);
  return html`<button
    type="button"
    class="occurrence occurrence--${variant} ${classes} ${past ? 'is-past' : ''} ${occurrence.cancelled ? 'is-cancelled' : ''}"
    part="event"
    data-key=${occurrence.key}
    tabindex=${variant === 'bar' ? '-1' : nothing}
    data-cat=${occurrence.category ?? nothing}
    style=${style}
    @click=${(event: Event) => context.openOccurrence(occurrence, event.currentTarget as HTMLElement)}
  >
    ${shortTime ? html`<span class="occurrence__time">${shortTime}</span>${' '}` : nothing}<span class="occurrence__title"
      >${context.renderText(occurrence.title)}</span
    >${status ? html`${' '}<span class="occurrence__status">${status}</span>` : nothing}${variant === 'row'
      ? html`<span class="occurrence__meta" aria-hidden="true">${[place, category ? context.text(category.name) : ''].filter(Boolean).join(' · ')}</span>`
      : nothing}<span class="visually-hidden">, ${details.join(', ')}</span>
  </button>`;
}

/**
 * The one button every view uses for an occurrence (a bar in the month, a block in the week,
 * a row in the list and the day's list), so an event reads the same to a screen reader
 * wherever it is: what is seen first (time, title, status), then date, place and category.
 */
import { feedIndex } from '../../feed/feed-index.js';
import { html, nothing, type TemplateResult } from 'lit';
import { isPast } from '../../feed/event-time.js';
import { formatEventTime, formatInstantRange, formatTime } from '../../i18n/dates.js';
import { msg } from '../../i18n/msg.js';
import { categoryOf } from './occurrence-category.js';
import type { Occurrence } from './calendar-layout.js';
import type { ViewContext } from './view-context.js';

export type OccurrenceVariant = 'bar' | 'block' | 'row';

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

/** The time a variant shows: a row the range (or "All day"); a bar or block its start, nothing when it began on an earlier day. */
function shownTime(context: ViewContext, occurrence: Occurrence, variant: OccurrenceVariant, startsEarlier: boolean): string {
  const time = occurrence.time;
  if (variant === 'row') {
    return time.allDay
      ? msg('All day', { id: 'calendar.all-day', desc: 'In the list, in place of the time of an all-day event.' })
      : formatInstantRange(context.locale, time.start, time.end, context.zone, false);
  }
  return time.allDay || startsEarlier ? '' : formatTime(context.locale, time.start, context.zone);
}

/**
 * An occurrence as a button. It shows the time and title (a row also the place and category);
 * its accessible name is one short sentence beginning with what is seen: "18:00 Advent
 * concert, 5 December 2026 18:00–19:30, Main Library, Culture" (a row, under its day's
 * heading, leaves the date out). A month's bars are for pointers only (out of the tab order and
 * hidden from screen readers, so without a name): there the day cell is named and Enter lists
 * its events.
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
  const categoryName = category ? context.text(category.name) : '';
  const status = statusWord(occurrence);
  const time = shownTime(context, occurrence, variant, classes.includes('continues-before'));
  const place = placeName(context, occurrence);
  const past = isPast(occurrence.time, context.zone, context.now);
  const meta = [place, categoryName].filter(Boolean).join(' · ');
  const bar = variant === 'bar';
  // A bar is hidden from screen readers (its day cell speaks for it): no name to write, no dates to format.
  const name = bar
    ? nothing
    : [[time, context.text(occurrence.title), status].filter(Boolean).join(' '), variant === 'row' ? meta : [occurrenceWhen(context, occurrence), place, categoryName].filter(Boolean).join(', ')]
        .filter(Boolean)
        .join(', ');
  return html`<button
    type="button"
    class="occurrence occurrence--${variant} ${classes} ${past ? 'is-past' : ''} ${occurrence.cancelled ? 'is-cancelled' : ''}"
    part="event"
    data-key=${occurrence.key}
    tabindex=${bar ? '-1' : nothing}
    aria-hidden=${bar ? 'true' : nothing}
    data-cat=${occurrence.category ?? nothing}
    aria-label=${name}
    style=${style}
    @click=${(event: Event) => context.openOccurrence(occurrence, event.currentTarget as HTMLElement)}
  >
    ${time ? html`<span class="occurrence__time">${time}</span>${' '}` : nothing}<span class="occurrence__title">${context.renderText(occurrence.title)}</span
    >${status ? html`${' '}<span class="occurrence__status status-word">${status}</span>` : nothing}${variant === 'row'
      ? html`${' '}<span class="occurrence__meta">${meta}</span>`
      : nothing}
  </button>`;
}

/** A day's events as rows (time, title, place; each opens the details): in the day dialog and under a phone's month grid. */
import { html, type TemplateResult } from 'lit';
import type { CalendarDate } from '../../feed/time.js';
import { capitalizeHeading, endingWithDate, formatCalendarDate } from '../../i18n/dates.js';
import { msg, str } from '../../i18n/msg.js';
import type { Occurrence } from './calendar-layout.js';
import { renderOccurrenceButton } from './occurrence-button.js';
import type { ViewContext } from './view-context.js';

const DAY_HEADING: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** A day as a heading: "Суббота, 5 декабря 2026 г.", "Lauantai 5. joulukuuta 2026". */
export const dayHeading = (context: ViewContext, date: CalendarDate) => capitalizeHeading(formatCalendarDate(context.locale, date, DAY_HEADING), context.locale);

/** The rows of a day's events, or a line saying it has none. */
export function renderDayEvents(context: ViewContext, date: CalendarDate, occurrences: readonly Occurrence[]): TemplateResult {
  const title = formatCalendarDate(context.locale, date, DAY_HEADING);
  return occurrences.length
    ? html`<ul class="list-day__events">
        ${occurrences.map((occurrence) => html`<li>${renderOccurrenceButton(context, occurrence, 'row')}</li>`)}
      </ul>`
    : html`<p class="muted">${endingWithDate(msg(str`No events on ${title}.`, { id: 'calendar.day-empty', desc: 'In the day dialog of a day without events; the placeholder is the date.' }))}</p>`;
}

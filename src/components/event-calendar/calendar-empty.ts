/** What an empty month, week (or a phone's day or three days) or list says, with a way on: clear the filters, or go to the next event. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarDate } from '../../feed/time.js';
import { formatCalendarDate } from '../../i18n/dates.js';
import type { Locale } from '../../i18n/locales.js';
import { msg, str } from '../../i18n/msg.js';
import type { CalendarView } from '../../events/calendar.js';

export interface EmptyPeriod {
  locale: Locale;
  view: CalendarView;
  /** Days the week view shows at a time: 7, or on a narrow calendar 3 or 1. */
  weekDays: number;
  /** The search or the chips hide the events. */
  filtered: boolean;
  /** The first day of the next event after the period (unfiltered only). */
  next?: CalendarDate;
  clearFilters(): void;
  goTo(date: CalendarDate): void;
}

export function renderEmpty(empty: EmptyPeriod): TemplateResult {
  const { filtered, next } = empty;
  const title = filtered
    ? msg('No events match the search or the chosen categories.', { id: 'calendar.empty-filtered', desc: 'Shown when the filters hide every event of the period.' })
    : empty.view === 'list'
      ? msg('No events from this day on.', { id: 'calendar.empty-list', desc: 'The list view has no events from its first day on.' })
      : empty.view === 'month'
        ? msg('No events this month.', { id: 'calendar.empty-month', desc: 'The month shown has no events.' })
        : empty.weekDays > 6
          ? msg('No events this week.', { id: 'calendar.empty-week', desc: 'The week shown has no events.' })
          : empty.weekDays > 1
            ? msg('No events on these days.', { id: 'calendar.empty-days', desc: 'The week view of a narrow calendar shows three days, and they have no events.' })
            : msg('No events on this day.', { id: 'calendar.empty-day', desc: 'The week view of a narrow calendar (a phone) shows one day, and it has no events.' });
  return html`<div class="empty" part="empty" role="status">
    <p class="empty__title">${title}</p>
    ${filtered
      ? html`<button type="button" class="button button--secondary" @click=${empty.clearFilters}>
          ${msg('Show all events', { id: 'calendar.clear-filters', desc: 'Button that clears the search and the category chips.' })}
        </button>`
      : next
        ? html`<button type="button" class="button button--secondary" @click=${() => empty.goTo(next)}>
            ${msg(str`Next event: ${formatCalendarDate(empty.locale, next)}`, { id: 'calendar.next-event', desc: 'Button in an empty month that goes to the next event; the placeholder is its date.' })}
          </button>`
        : nothing}
  </div>`;
}

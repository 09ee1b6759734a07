/**
 * The list (agenda): days from the anchor day on, each with its events. Built a page at a
 * time: the next page is added when the end of the list comes near the viewport (and with a
 * "Show more" button for keyboards and for browsers without IntersectionObserver), so ten
 * thousand events cost no more DOM than the first few dozen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCalendarDate } from '../../i18n/dates.js';
import { msg } from '../../i18n/msg.js';
import { renderOccurrenceButton } from './occurrence-button.js';
import type { ViewContext } from './view-context.js';
import type { ListDay } from './calendar-layout.js';

export { listViewStyles as styles } from './list-view.styles.js';

const DAY_HEADING: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** The first days of the list holding at most `limit` rows (whole days; at least one day). */
export function firstRows(days: readonly ListDay[], limit: number): { days: ListDay[]; complete: boolean } {
  const shown: ListDay[] = [];
  let rows = 0;
  for (const day of days) {
    if (shown.length && rows + day.occurrences.length > limit) return { days: shown, complete: false };
    shown.push(day);
    rows += day.occurrences.length;
  }
  return { days: shown, complete: true };
}

export function renderListView(
  context: ViewContext,
  days: readonly ListDay[],
  limit: number,
  labelledBy: string,
  showMore: () => void,
): TemplateResult {
  const { days: shown, complete } = firstRows(days, limit);
  return html`<div class="list" part="list" role="region" aria-labelledby=${labelledBy}>
    ${shown.map(
      (day) => html`<section class="list-day ${day.date < context.today ? 'is-past' : ''}" aria-labelledby="day-${day.date}">
        <h3 class="list-day__date ${day.date === context.today ? 'is-today' : ''}" id="day-${day.date}" data-date=${day.date}>
          ${formatCalendarDate(context.locale, day.date, DAY_HEADING)}${day.date === context.today
            ? html`${' '}<span class="list-day__today">${msg('today', { id: 'calendar.today-mark', desc: 'After the date heading of today in the list (lower case).' })}</span>`
            : nothing}
        </h3>
        <ul class="list-day__events">
          ${day.occurrences.map((occurrence) => html`<li>${renderOccurrenceButton(context, occurrence, 'row')}</li>`)}
        </ul>
      </section>`,
    )}
    ${complete
      ? nothing
      : html`<div class="list__more" data-list-end>
          <button type="button" class="button button--secondary" part="show-more" @click=${showMore}>
            ${msg('Show more events', { id: 'calendar.show-more', desc: 'Button at the end of the list view that adds the next events.' })}
          </button>
        </div>`}
  </div>`;
}

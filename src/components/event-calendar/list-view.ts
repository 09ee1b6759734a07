/**
 * The list (agenda): days from the anchor day on, each with its events; an event of several
 * days once, under the day it starts (or the first day, when it began earlier), with its dates.
 * Built a page at a time (`LIST_PAGE_ROWS` rows): the next page is added when the end of the
 * list comes near the viewport (and with a "Show more" button for keyboards and for browsers
 * without IntersectionObserver), so ten thousand events cost no more DOM than the first few dozen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCalendarDate } from '../../i18n/dates.js';
import { msg } from '../../i18n/msg.js';
import { occurrenceWhen, renderOccurrenceButton } from './occurrence-button.js';
import type { ViewContext } from './view-context.js';
import type { ListPage } from './calendar-occurrences.js';

export { listViewStyles as styles } from './list-view.styles.js';

const DAY_HEADING: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

export function renderListView(context: ViewContext, page: ListPage, labelledBy: string, showMore: () => void): TemplateResult {
  return html`<div class="list" part="list" role="region" aria-labelledby=${labelledBy}>
    ${page.days.map(
      (day) => html`<section class="list-day ${day.date < context.today ? 'is-past' : ''}" aria-labelledby="day-${day.date}">
        <h3 class="list-day__date ${day.date === context.today ? 'is-today' : ''}" id="day-${day.date}" data-date=${day.date}>
          ${formatCalendarDate(context.locale, day.date, DAY_HEADING)}${day.date === context.today
            ? html`${' '}<span class="list-day__today">${msg('today', { id: 'calendar.today-mark', desc: 'After the date heading of today in the list (lower case).' })}</span>`
            : nothing}
        </h3>
        <ul class="list-day__events">
          ${day.occurrences.map(
            (occurrence) => html`<li>
              ${occurrence.time.allDay && occurrence.first !== occurrence.last
                ? // The row says "All day" (a timed one spanning days shows its dates itself); the button's name has the dates already: this line is for the eyes.
                  html`<span class="list-row__dates" aria-hidden="true">${occurrenceWhen(context, occurrence)}</span>`
                : nothing}${renderOccurrenceButton(context, occurrence, 'row')}
            </li>`,
          )}
        </ul>
      </section>`,
    )}
    ${page.complete
      ? nothing
      : html`<div class="list__more" data-list-end>
          <button type="button" class="button button--secondary" part="show-more" @click=${showMore}>
            ${msg('Show more events', { id: 'calendar.show-more', desc: 'Button at the end of the list view that adds the next events.' })}
          </button>
        </div>`}
  </div>`;
}

/**
 * The week's time grid: hours down, days across, timed events as blocks at their times
 * (overlapping ones side by side, one crossing midnight on both days), all-day and multi-day
 * events in a row above.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../../internal/css-properties.js';
import { addDays, zonedTimeToInstant } from '../../feed/time.js';
import { formatCalendarDate, formatTime } from '../../i18n/dates.js';
import { msg } from '../../i18n/msg.js';
import { renderOccurrenceButton, type ViewContext } from './calendar-context.js';
import { weekStart } from '../../presentation/dates.js';
import { daysFrom, layoutWeek } from './calendar-layout.js';
import { isAllDayRow, layoutDay } from './week-layout.js';

export { weekViewStyles as styles } from './week-view.styles.js';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function renderWeekView(context: ViewContext, labelledBy: string): TemplateResult {
  const monday = weekStart(context.anchor);
  const days = daysFrom(monday, addDays(monday, 6));
  const allDay = layoutWeek(days, context.occurrences.filter(isAllDayRow));
  const lanes = allDay.reduce((most, segment) => Math.max(most, segment.lane + 1), 0);
  // Hour labels from any fixed date: the clock reads the same every day.
  const [year, month, day] = [2026, 1, 5];
  return html`<div class="week-view" part="week" role="group" aria-labelledby=${labelledBy}>
    <div class="week-view__head">
      <span></span>
      ${days.map(
        (date) => html`<div class="week-view__day-name ${date === context.today ? 'is-today' : ''}" aria-current=${date === context.today ? 'date' : nothing}>
          ${formatCalendarDate(context.locale, date, { weekday: 'short', day: 'numeric', month: 'numeric' })}
        </div>`,
      )}
    </div>
    ${lanes
      ? html`<div class="week-view__all-day">
          <span class="week-view__all-day-label">${msg('All day', { id: 'calendar.all-day', desc: 'In the list, in place of the time of an all-day event.' })}</span>
          <div class="week-view__all-day-bars" style=${cssProperties({ '--lanes': String(lanes) })}>
            ${allDay.map((segment) =>
              renderOccurrenceButton(
                context,
                segment.occurrence,
                'block',
                `occurrence--all-day ${segment.continuesBefore ? 'continues-before' : ''}`,
                cssProperties({ '--col': String(segment.column), '--span': String(segment.span), '--lane': String(segment.lane) }),
              ),
            )}
          </div>
        </div>`
      : nothing}
    <div class="week-view__scroller" tabindex="-1">
      <div class="week-view__grid">
        <div class="week-view__hours" aria-hidden="true">
          ${HOURS.map((hour) => html`<span class="week-view__hour">${hour ? formatTime(context.locale, zonedTimeToInstant(year, month, day, hour, 0, 'UTC'), 'UTC') : ''}</span>`)}
        </div>
        ${days.map(
          (date) => html`<div class="week-view__column ${date === context.today ? 'is-today' : ''}" data-date=${date}>
            ${layoutDay(date, context.occurrences, context.zone).map((block) =>
              renderOccurrenceButton(
                context,
                block.occurrence,
                'block',
                block.occurrence.first < date ? 'continues-before' : '',
                cssProperties({
                  '--top': String(block.top),
                  '--height': String(block.bottom - block.top),
                  '--column': String(block.column),
                  '--columns': String(block.columns),
                }),
              ),
            )}
          </div>`,
        )}
      </div>
    </div>
  </div>`;
}

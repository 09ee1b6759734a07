/**
 * The month grid: weeks from Monday, events as bars (a multi-day one spans its days and
 * continues on the next week's row), "+N more" when a day is full. A WAI-ARIA grid: one
 * day cell is in the tab order, arrows move between days (see calendar-keyboard.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarDate } from '../../feed/time.js';
import { formatCalendarDate } from '../../i18n/dates.js';
import { plural } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { eventCount, renderOccurrenceButton, type ViewContext } from './calendar-context.js';
import { dayForKey } from './calendar-keyboard.js';
import { fitWeek, layoutWeek, monthWeeks, occurrencesByWeek, touching } from './calendar-layout.js';

export { monthViewStyles as styles } from './month-view.styles.js';

/** Bars a day shows before "+N more" (its last lane then holds the "+N more"). */
export const MONTH_LANES = 3;

const FULL_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** What the month grid asks of the calendar. */
export interface MonthHooks {
  /** Focus moves to a day (the calendar shows its month and focuses its cell). */
  moveTo(date: CalendarDate): void;
}

/** Arrow keys, Home/End, PageUp/PageDown move between days; Enter or Space open the day. */
function onKeydown(context: ViewContext, hooks: MonthHooks, event: KeyboardEvent): void {
  const cell = event.target as HTMLElement;
  if (cell.getAttribute('role') !== 'gridcell' || event.altKey || event.ctrlKey || event.metaKey) return;
  const date = cell.dataset.date!;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    context.openDay(date, cell);
    return;
  }
  const target = dayForKey(date, event.key, event.shiftKey);
  if (!target) return;
  event.preventDefault();
  hooks.moveTo(target);
}

export function renderMonthView(context: ViewContext, labelledBy: string, hooks: MonthHooks): TemplateResult {
  const weeks = monthWeeks(context.anchor);
  const month = context.anchor.slice(0, 7);
  const byWeek = occurrencesByWeek(weeks, touching(context.occurrences, weeks[0]![0]!, weeks.at(-1)!.at(-1)!));
  return html`<div class="month" role="grid" aria-labelledby=${labelledBy} part="month" @keydown=${(event: KeyboardEvent) => onKeydown(context, hooks, event)}>
    <div class="month__head" role="row">
      ${weeks[0]!.map(
        (day) => html`<div class="weekday" role="columnheader">
          <span aria-hidden="true">${formatCalendarDate(context.locale, day, { weekday: 'short' })}</span
          ><span class="visually-hidden">${formatCalendarDate(context.locale, day, { weekday: 'long' })}</span>
        </div>`,
      )}
    </div>
    ${weeks.map((week, index) => {
      const { shown, hidden, perDay } = fitWeek(layoutWeek(week, byWeek[index]!), MONTH_LANES);
      return html`<div class="week" role="row">
        ${week.map((day, column) => {
          const count = perDay[column]!;
          const classes = [
            'day',
            day.slice(0, 7) !== month ? 'is-other-month' : '',
            day === context.today ? 'is-today' : '',
            day < context.today ? 'is-past' : '',
          ].join(' ');
          return html`<div
            class=${classes}
            role="gridcell"
            data-date=${day}
            tabindex=${day === context.anchor ? '0' : '-1'}
            aria-current=${day === context.today ? 'date' : nothing}
            part="day"
          >
            <span class="day__number" aria-hidden="true">${Number(day.slice(8))}</span>
            <span class="visually-hidden">${formatCalendarDate(context.locale, day, FULL_DAY)}, ${eventCount(context.locale, count)}</span>
            ${shown
              .filter((segment) => segment.column === column)
              .map((segment) =>
                renderOccurrenceButton(
                  context,
                  segment.occurrence,
                  'bar',
                  `col-${segment.column} span-${segment.span} lane-${segment.lane} ${segment.continuesBefore ? 'continues-before' : ''} ${segment.continuesAfter ? 'continues-after' : ''}`,
                ),
              )}
            ${hidden[column] ? renderMore(context, day, hidden[column]!) : nothing}
          </div>`;
        })}
      </div>`;
    })}
  </div>`;
}

function renderMore(context: ViewContext, day: CalendarDate, count: number): TemplateResult {
  const date = formatCalendarDate(context.locale, day, { day: 'numeric', month: 'long' });
  return html`<button type="button" class="more" part="more" tabindex="-1" @click=${(event: Event) => context.openDay(day, event.currentTarget as HTMLElement)}>
    <span aria-hidden="true"
      >${plural(context.locale, count, {
        one: msg(str`+${count} more`, { id: 'calendar.more.one', desc: 'Button on a full day of the month grid: one more event is hidden.' }),
        other: msg(str`+${count} more`, { id: 'calendar.more.other', desc: 'Button on a full day of the month grid: more events are hidden.' }),
        zero: msg(str`+${count} more`, { id: 'calendar.more.zero', desc: 'Plural form "zero" (Latvian: 0, 10–20, 30…) of calendar.more.other.' }),
        few: msg(str`+${count} more`, { id: 'calendar.more.few', desc: 'Plural form "few" (Russian, Ukrainian: 2–4, 22–24…; Lithuanian: 2–9, 22–29…) of calendar.more.other.' }),
        many: msg(str`+${count} more`, { id: 'calendar.more.many', desc: 'Plural form "many" (Russian, Ukrainian: 0, 5–20, 25–30…; Lithuanian: fractions) of calendar.more.other.' }),
      })}</span
    ><span class="visually-hidden"
      >${plural(context.locale, count, {
        one: msg(str`${count} more event on ${date}`, { id: 'calendar.more-label.one', desc: 'Accessible name of the "+1 more" button; the date is e.g. "5 December".' }),
        other: msg(str`${count} more events on ${date}`, { id: 'calendar.more-label.other', desc: 'Accessible name of the "+N more" button; the date is e.g. "5 December".' }),
        zero: msg(str`${count} more events on ${date}`, { id: 'calendar.more-label.zero', desc: 'Plural form "zero" (Latvian: 0, 10–20, 30…) of calendar.more-label.other.' }),
        few: msg(str`${count} more events on ${date}`, { id: 'calendar.more-label.few', desc: 'Plural form "few" (Russian, Ukrainian: 2–4, 22–24…; Lithuanian: 2–9, 22–29…) of calendar.more-label.other.' }),
        many: msg(str`${count} more events on ${date}`, { id: 'calendar.more-label.many', desc: 'Plural form "many" (Russian, Ukrainian: 0, 5–20, 25–30…; Lithuanian: fractions) of calendar.more-label.other.' }),
      })}</span
    >
  </button>`;
}

/**
 * The month grid: weeks from Monday, events as bars (a multi-day one spans its days and
 * continues on the next week's row), "+N more" when a day is full. A WAI-ARIA grid: one
 * day cell is in the tab order, arrows move between days (see calendar-keyboard.ts). On a
 * phone, days show coloured dots instead of bars, and the chosen day's events are listed
 * under the grid.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarDate } from '../../feed/time.js';
import { formatCalendarDate } from '../../i18n/dates.js';
import { plural } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { eventCount } from './event-count.js';
import { renderOccurrenceButton } from './occurrence-button.js';
import type { ViewContext } from './view-context.js';
import { dayForKey } from './calendar-keyboard.js';
import { monthWeeks, touching, type Occurrence } from './calendar-layout.js';
import { fitWeek, layoutWeek, occurrencesByWeek } from './week-lanes.js';
import { dayHeading, renderDayEvents } from './day-events.js';

export { monthViewStyles as styles } from './month-view.styles.js';
/** Swipes on the grid go to the next or previous period (the calendar attaches them while a grid is shown). */
export { swipeHandlers } from './swipe.js';

/** Bars a day shows before "+N more" (its last lane then holds the "+N more"). */
export const MONTH_LANES = 3;
/** Dots a day shows on a phone before a "+". */
const PHONE_DOTS = 3;

const DAY_NAME: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

/** What the month grid asks of the calendar. */
export interface MonthHooks {
  /** Focus moves to a day (the calendar shows its month and focuses its cell). */
  moveTo(date: CalendarDate): void;
  /** On a phone: days show dots, and a tap or Enter chooses the day, whose events are listed under the grid. */
  phone: boolean;
  /** A day was chosen (tapped, or Enter / Space on it): on a phone. */
  select(date: CalendarDate): void;
}

/** Arrow keys, Home/End, PageUp/PageDown move between days; Enter or Space open the day (on a phone: choose it). */
function onKeydown(context: ViewContext, hooks: MonthHooks, event: KeyboardEvent): void {
  const cell = event.target as HTMLElement;
  if (cell.getAttribute('role') !== 'gridcell' || event.altKey || event.ctrlKey || event.metaKey) return;
  const date = cell.dataset.date!;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    if (hooks.phone) hooks.select(date);
    else context.openDay(date, cell);
    return;
  }
  const target = dayForKey(date, event.key, event.shiftKey);
  if (!target) return;
  event.preventDefault();
  hooks.moveTo(target);
}

/** A tap on a phone's day (anywhere in it) chooses it. */
function onClick(hooks: MonthHooks, event: MouseEvent): void {
  const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
  if (hooks.phone && cell) hooks.select(cell.dataset.date!);
}

/** A day's events as coloured dots (a "+" when there are more): what a phone shows of them, hidden from screen readers (the day's name counts them). */
const renderDots = (occurrences: readonly Occurrence[]) =>
  occurrences.length
    ? html`<span class="day__dots" aria-hidden="true"
        >${occurrences.slice(0, PHONE_DOTS).map((occurrence) => html`<span class="day__dot ${occurrence.cancelled ? 'is-cancelled' : ''}" data-cat=${occurrence.category ?? nothing}></span>`)}${occurrences.length > PHONE_DOTS
          ? html`<span class="day__plus">+</span>`
          : nothing}</span
      >`
    : nothing;

export function renderMonthView(context: ViewContext, labelledBy: string, hooks: MonthHooks): TemplateResult {
  const weeks = monthWeeks(context.anchor);
  const month = context.anchor.slice(0, 7);
  const byWeek = occurrencesByWeek(weeks, touching(context.occurrences, weeks[0]![0]!, weeks.at(-1)!.at(-1)!));
  const phone = hooks.phone;
  const grid = html`<div
    class="month ${phone ? 'month--phone' : ''}"
    role="grid"
    aria-labelledby=${labelledBy}
    part="month"
    @keydown=${(event: KeyboardEvent) => onKeydown(context, hooks, event)}
    @click=${(event: MouseEvent) => onClick(hooks, event)}
  >
    <div class="month__head" role="row">
      ${weeks[0]!.map(
        (day) => html`<div class="weekday" role="columnheader">
          <span aria-hidden="true">${formatCalendarDate(context.locale, day, { weekday: phone ? 'narrow' : 'short' })}</span
          ><span class="visually-hidden">${formatCalendarDate(context.locale, day, { weekday: 'long' })}</span>
        </div>`,
      )}
    </div>
    ${weeks.map((week, index) => {
      const { shown, hidden, perDay } = fitWeek(layoutWeek(week, byWeek[index]!), MONTH_LANES);
      return html`<div class="week" role="row">
        ${week.map((day, column) => {
          const chosen = day === context.anchor;
          const classes = [
            'day',
            day.slice(0, 7) !== month ? 'is-other-month' : '',
            day === context.today ? 'is-today' : '',
            day < context.today ? 'is-past' : '',
            phone && chosen ? 'is-selected' : '',
          ].join(' ');
          return html`<div
            class=${classes}
            role="gridcell"
            data-date=${day}
            tabindex=${chosen ? '0' : '-1'}
            aria-current=${day === context.today ? 'date' : nothing}
            aria-selected=${phone ? String(chosen) : nothing}
            part="day"
          >
            <span class="day__number" aria-hidden="true">${Number(day.slice(8))}</span>
            <span class="visually-hidden">${formatCalendarDate(context.locale, day, DAY_NAME)}, ${eventCount(context.locale, perDay[column]!)}</span>
            ${phone
              ? renderDots(touching(byWeek[index]!, day, day))
              : html`${shown
                  .filter((segment) => segment.column === column)
                  .map((segment) =>
                    renderOccurrenceButton(
                      context,
                      segment.occurrence,
                      'bar',
                      `col-${segment.column} span-${segment.span} lane-${segment.lane} ${segment.continuesBefore ? 'continues-before' : ''} ${segment.continuesAfter ? 'continues-after' : ''}`,
                    ),
                  )}
                ${hidden[column] ? renderMore(context, day, hidden[column]!) : nothing}`}
          </div>`;
        })}
      </div>`;
    })}
  </div>`;
  if (!phone) return grid;
  const chosen = context.anchor;
  return html`${grid}
    <section class="chosen-day" part="chosen-day" aria-labelledby="chosen-day-title">
      <h3 class="chosen-day__title" id="chosen-day-title">${dayHeading(context, chosen)}</h3>
      ${renderDayEvents(context, chosen, touching(context.occurrences, chosen, chosen))}
    </section>`;
}

/** "+N more" on a full day (for pointers, like the bars: the day cell's name counts its events, and Enter lists them). */
function renderMore(context: ViewContext, day: CalendarDate, count: number): TemplateResult {
  return html`<button type="button" class="more" part="more" tabindex="-1" aria-hidden="true" @click=${(event: Event) => context.openDay(day, event.currentTarget as HTMLElement)}>
    ${plural(context.locale, count, {
      one: msg(str`+${count} more`, { id: 'calendar.more.one', desc: 'Button on a full day of the month grid: one more event is hidden.' }),
      other: msg(str`+${count} more`, { id: 'calendar.more.other', desc: 'Button on a full day of the month grid: more events are hidden.' }),
      zero: msg(str`+${count} more`, { id: 'calendar.more.zero', desc: 'Plural form "zero" (Latvian: 0, 10–20, 30…) of calendar.more.other.' }),
      few: msg(str`+${count} more`, { id: 'calendar.more.few', desc: 'Plural form "few" (Russian, Ukrainian: 2–4, 22–24…; Lithuanian: 2–9, 22–29…) of calendar.more.other.' }),
      many: msg(str`+${count} more`, { id: 'calendar.more.many', desc: 'Plural form "many" (Russian, Ukrainian: 0, 5–20, 25–30…; Lithuanian: fractions) of calendar.more.other.' }),
    })}
  </button>`;
}

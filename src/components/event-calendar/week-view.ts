/**
 * The week's time grid: hours down, days across (seven, or on a narrow calendar three or
 * one), timed events as blocks at their times (overlapping ones side by side, one crossing
 * midnight on both days), all-day and multi-day events in a row above. The grid opens at the
 * first event of the days shown, and says when events sit above or below what is in view.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { cssProperties } from '../../internal/css-properties.js';
import type { CalendarDate } from '../../feed/time.js';
import { zonedTimeToInstant } from '../../feed/zoned-time.js';
import { capitalizeHeading, formatCalendarDate, formatTime } from '../../i18n/dates.js';
import { msg, str } from '../../i18n/msg.js';
import { eventCount } from './event-count.js';
import { renderOccurrenceButton } from './occurrence-button.js';
import type { ViewContext } from './view-context.js';
import { layoutWeek } from './week-lanes.js';
import { isAllDayRow, layoutDay } from './week-layout.js';

export { weekViewStyles as styles } from './week-view.styles.js';
/** Swipes on the grid go to the next or previous period (the calendar attaches them while a grid is shown). */
export { swipeHandlers } from './swipe.js';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
/** Where a grid without events opens: 07:30. */
const MORNING_HOUR = 7.5;

/** Timed events out of view, above and below the time grid's visible part. */
export interface HiddenEvents {
  above: number;
  below: number;
}

export interface WeekHooks {
  /** The days shown, in order. */
  days: CalendarDate[];
  hidden: HiddenEvents;
  /** The time grid was scrolled (the calendar counts what is out of view). */
  scrolled(): void;
}

const blocksOf = (scroller: HTMLElement) => [...scroller.querySelectorAll<HTMLElement>('.week-view__column > .occurrence')];

/** Scrolls a new time grid to the first event of its days (a little before it), else to the morning; false while it is not there. */
function scrollToFirstEvent(root: ParentNode): boolean {
  const scroller = root.querySelector<HTMLElement>('.week-view__scroller');
  const column = root.querySelector<HTMLElement>('.week-view__column');
  if (!scroller || !column) return false;
  const hour = column.offsetHeight / 24;
  const tops = blocksOf(scroller).map((block) => block.offsetTop);
  scroller.scrollTop = tops.length ? Math.max(0, Math.min(...tops) - hour / 2) : hour * MORNING_HOUR;
  return true;
}

/** How many events are wholly above and below the visible part of the time grid. */
function hiddenEvents(root: ParentNode): HiddenEvents {
  const scroller = root.querySelector<HTMLElement>('.week-view__scroller');
  if (!scroller) return { above: 0, below: 0 };
  const [top, bottom] = [scroller.scrollTop, scroller.scrollTop + scroller.clientHeight];
  const above = new Set<string>();
  const below = new Set<string>();
  for (const block of blocksOf(scroller)) {
    if (block.offsetTop + block.offsetHeight <= top + 4) above.add(block.dataset.key!);
    else if (block.offsetTop >= bottom - 4) below.add(block.dataset.key!);
  }
  return { above: above.size, below: below.size };
}

/**
 * The time grid after each render: a new period opens at its first event (else in the
 * morning), and the events out of view above and below are counted for the "Earlier: …" /
 * "Later: …" buttons (the host renders again only when the counts change). The calendar makes
 * one when it first shows the week (this chunk).
 */
export class WeekScroll implements ReactiveController {
  hidden: HiddenEvents = { above: 0, below: 0 };
  #scrolledPeriod = '';

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** A key of the days the week view shows, while it is shown. */
    private readonly shownPeriod: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const period = this.shownPeriod();
    if (period === undefined || period === this.#scrolledPeriod) return;
    if (scrollToFirstEvent(this.host.renderRoot)) {
      this.#scrolledPeriod = period;
      this.count();
    }
  }

  /** Counts the events out of view (after a scroll). */
  count(): void {
    if (this.shownPeriod() === undefined) return;
    const hidden = hiddenEvents(this.host.renderRoot);
    if (hidden.above === this.hidden.above && hidden.below === this.hidden.below) return;
    this.hidden = hidden;
    this.host.requestUpdate();
  }
}

/** Scrolls to the nearest event out of view above (-1) or below (1), and focuses it. */
function reveal(event: Event, direction: -1 | 1): void {
  const scroller = (event.currentTarget as HTMLElement).closest('.week-view')!.querySelector<HTMLElement>('.week-view__scroller')!;
  const blocks = blocksOf(scroller);
  const target =
    direction < 0
      ? blocks.filter((block) => block.offsetTop + block.offsetHeight <= scroller.scrollTop + 4).sort((a, b) => b.offsetTop - a.offsetTop)[0]
      : blocks.filter((block) => block.offsetTop >= scroller.scrollTop + scroller.clientHeight - 4).sort((a, b) => a.offsetTop - b.offsetTop)[0];
  if (!target) return;
  scroller.scrollTop = direction < 0 ? target.offsetTop - 8 : target.offsetTop + target.offsetHeight - scroller.clientHeight + 8;
  target.focus({ preventScroll: true });
}

function renderHint(context: ViewContext, count: number, direction: -1 | 1): TemplateResult | typeof nothing {
  if (!count) return nothing;
  const events = eventCount(context.locale, count);
  const text =
    direction < 0
      ? msg(str`Earlier: ${events}`, { id: 'calendar.hidden-above', desc: 'Button over the top of the week\'s time grid when events are above what is shown; the placeholder is e.g. "2 events".' })
      : msg(str`Later: ${events}`, { id: 'calendar.hidden-below', desc: 'Button at the bottom of the week\'s time grid when events are below what is shown; the placeholder is e.g. "2 events".' });
  return html`<button type="button" class="week-view__hint week-view__hint--${direction < 0 ? 'above' : 'below'}" part="hidden-events" @click=${(event: Event) => reveal(event, direction)}>
    <span aria-hidden="true">${direction < 0 ? '↑' : '↓'}</span> ${text}
  </button>`;
}

export function renderWeekView(context: ViewContext, labelledBy: string, hooks: WeekHooks): TemplateResult {
  const { days } = hooks;
  const allDay = layoutWeek(days, context.occurrences.filter(isAllDayRow));
  const lanes = allDay.reduce((most, segment) => Math.max(most, segment.lane + 1), 0);
  // Hour labels from any fixed date: the clock reads the same every day.
  const [year, month, day] = [2026, 1, 5];
  const columns = cssProperties({ '--days': String(days.length) });
  const dayName = days.length === 7 ? { weekday: 'short', day: 'numeric', month: 'numeric' } : { weekday: 'long', day: 'numeric', month: 'long' };
  return html`<div class="week-view" part="week" role="group" aria-labelledby=${labelledBy} style=${columns}>
    <div class="week-view__head">
      <span></span>
      ${days.map(
        (date) => html`<div class="week-view__day-name ${date === context.today ? 'is-today' : ''}" aria-current=${date === context.today ? 'date' : nothing}>
          ${capitalizeHeading(formatCalendarDate(context.locale, date, dayName as Intl.DateTimeFormatOptions), context.locale)}
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
    <div class="week-view__body">
      ${renderHint(context, hooks.hidden.above, -1)}
      <div class="week-view__scroller" tabindex="0" @scroll=${hooks.scrolled}>
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
      ${renderHint(context, hooks.hidden.below, 1)}
    </div>
  </div>`;
}

/**
 * The calendar's header: the toolbar (previous / today / next, the title of the period shown,
 * the view switcher) and the filters (search, category chips, "Export these events").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderFilterCount } from '../../presentation/filter-count.js';
import type { Feed, LocalizedText } from '../../feed/schema.js';
import type { CalendarDate } from '../../feed/time.js';
import { formatCalendarDate, formatDateRange } from '../../i18n/dates.js';
import type { Locale } from '../../i18n/locales.js';
import { msg, str } from '../../i18n/msg.js';
import type { CalendarView } from '../../events/calendar.js';
import type { FilterState } from './filter-state.js';

export const VIEWS: readonly CalendarView[] = ['month', 'week', 'list'];

/** A view's name, for the switcher and announcements. */
export const viewName = (view: CalendarView) =>
  view === 'month'
    ? msg('Month', { id: 'calendar.view.month', desc: 'View switcher: the month grid.' })
    : view === 'week'
      ? msg('Week', { id: 'calendar.view.week', desc: 'View switcher: the week time grid.' })
      : msg('List', { id: 'calendar.view.list', desc: 'View switcher: the list of events.' });

/** The title of the period a view shows from `anchor`: the month, the dates of the week view's `days`, or "From <date>" for the list. */
export function periodTitle(locale: Locale, view: CalendarView, anchor: CalendarDate, days: readonly CalendarDate[]): string {
  if (view === 'week') {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', ...(days.length === 1 ? { weekday: 'long' } : {}) };
    return formatDateRange(locale, days[0]!, days.at(-1)!, options);
  }
  if (view === 'list') {
    return msg(str`From ${formatCalendarDate(locale, anchor)}`, { id: 'calendar.list-title', desc: 'Title of the list view; the placeholder is a date ("5 December 2026").' });
  }
  return formatCalendarDate(locale, anchor, { month: 'long', year: 'numeric' });
}

/** What the header shows and does for the calendar. */
export interface CalendarHeader {
  view: CalendarView;
  /** Days the week view shows at a time (7, or 3 or 1 on a narrow calendar). */
  weekDays: number;
  title: string;
  /** The search text, the categories chosen, and whether the folded filters are shown. */
  filters: FilterState;
  /** Whether the chips include the weekly activities' categories. */
  activities: boolean;
  /** The last "Export these events" failed. */
  exportFailed?: boolean;
  renderText(value: LocalizedText | undefined): TemplateResult | typeof nothing;
  step(direction: 1 | -1): void;
  showToday(): void;
  switchView(view: CalendarView): void;
  exportEvents(): void;
}

export function renderToolbar(header: CalendarHeader): TemplateResult {
  const view = header.view;
  const [previous, next] =
    view === 'week' && header.weekDays === 7
      ? [msg('Previous week', { id: 'calendar.previous-week', desc: 'Button: show the week before.' }), msg('Next week', { id: 'calendar.next-week', desc: 'Button: show the week after.' })]
      : view === 'week'
      ? [msg('Previous days', { id: 'calendar.previous-days', desc: 'Button of the week view: on a narrow calendar, show the day (or three days) before.' }), msg('Next days', { id: 'calendar.next-days', desc: 'Button of the week view: on a narrow calendar, show the day (or three days) after.' })]
      : [msg('Previous month', { id: 'calendar.previous-month', desc: 'Button: show the month before.' }), msg('Next month', { id: 'calendar.next-month', desc: 'Button: show the month after.' })];
  return html`<div class="toolbar" part="toolbar">
    <div class="toolbar__nav">
      <button type="button" class="nav-button" part="previous" @click=${() => header.step(-1)}>
        <span aria-hidden="true">‹</span><span class="visually-hidden">${previous}</span>
      </button>
      <button type="button" class="nav-button nav-button--today" part="today" @click=${header.showToday}>
        ${msg('Today', { id: 'calendar.today', desc: 'Button: show today.' })}
      </button>
      <button type="button" class="nav-button" part="next" @click=${() => header.step(1)}>
        <span aria-hidden="true">›</span><span class="visually-hidden">${next}</span>
      </button>
    </div>
    <h2 class="title" id="title" part="title">${header.title}</h2>
    <div class="views" role="group" aria-label=${msg('View', { id: 'calendar.view', desc: 'Accessible name of the view switcher.' })}>
      ${VIEWS.map(
        (name) => html`<button type="button" class="view-button" aria-pressed=${name === view ? 'true' : 'false'} @click=${() => header.switchView(name)}>
          ${viewName(name)}
        </button>`,
      )}
    </div>
  </div>`;
}

export function renderFilters(feed: Feed, header: CalendarHeader): TemplateResult {
  const filters = header.filters;
  const chosen = filters.categories;
  const searchLabel = msg('Search events', { id: 'calendar.search', desc: 'Accessible name and placeholder of the search field.' });
  const used = new Set(feed.events.map((event) => event.category));
  if (header.activities) for (const activity of feed.schedule) used.add(activity.category);
  const categories = feed.categories.filter((category) => used.has(category.id));
  const active = chosen.length + (filters.query.trim() ? 1 : 0);
  return html`<div class="filters ${filters.open ? 'is-open' : ''}" part="filters">
    <button type="button" class="filters__toggle" part="filters-toggle" aria-expanded=${filters.open ? 'true' : 'false'} aria-controls="filter-fields" @click=${() => filters.toggle()}>
      <span class="filters__icon" aria-hidden="true"></span>${msg('Filters', { id: 'calendar.filters', desc: 'Button on a narrow calendar that shows or hides the search field and the category chips.' })}${renderFilterCount(active, 'filters__count')}
    </button>
    <div class="filters__fields" id="filter-fields">
      <input
        class="search"
        type="search"
        part="search"
        .value=${filters.query}
        aria-label=${searchLabel}
        placeholder=${searchLabel}
        @input=${(event: InputEvent) => void filters.set(chosen, (event.target as HTMLInputElement).value)}
      />
      ${categories.length
        ? html`<div class="chips" role="group" aria-label=${msg('Categories', { id: 'calendar.categories', desc: 'Accessible name of the category chips.' })}>
            ${categories.map(
              (category) => html`<button
                type="button"
                class="chip"
                part="chip"
                data-cat=${category.id}
                aria-pressed=${chosen.includes(category.id) ? 'true' : 'false'}
                data-category=${category.id}
                @click=${() => void filters.set(chosen.includes(category.id) ? chosen.filter((id) => id !== category.id) : [...chosen, category.id], filters.query)}
              >
                ${header.renderText(category.name)}
              </button>`,
            )}
          </div>`
        : nothing}
    </div>
    <button type="button" class="button button--secondary export" part="export" @click=${header.exportEvents}>
      ${msg('Export these events', { id: 'calendar.export', desc: 'Button that downloads the events shown (with the filters) as a calendar file (.ics).' })}
    </button>
    ${header.exportFailed
      ? html`<p class="notice" part="export-problem" role="alert">${msg('The calendar file could not be made. Reload the page to try again.', { id: 'add-to-calendar.file-error', desc: 'Shown when the calendar file (.ics) could not be made.' })}</p>`
      : nothing}
  </div>`;
}

/**
 * What `<baltic-schedule>` shows once its feed is there: the week switcher, the filters, and
 * the week grid (wide containers) or one list per day (narrow ones), with the details of the
 * activity opened. A chunk of its own, loaded while the feed loads, so that the element's
 * entry stays small; the element keeps the state and passes it in (`ScheduleViewHost`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../../internal/css-properties.js';
import type { Session } from '../../feed/recurrence.js';
import type { Activity, Category, Feed } from '../../feed/schema.js';
import { addDays, isCalendarDate, type CalendarDate } from '../../feed/time.js';
import { zonedDate } from '../../feed/zoned-time.js';
import { capitalizeHeading, formatDateRange, formatInstantRange, formatTime } from '../../i18n/dates.js';
import { msg, str } from '../../i18n/msg.js';
import { renderChunkFailure } from '../../internal/chunk-failure.js';
import { LazyChunk } from '../../internal/lazy-chunk.js';
import { renderEmptyState } from '../../internal/state-box.js';
import { schedulePanelAndPrintStyles } from './schedule-print.styles.js';
import { scheduleViewStyles } from './schedule-view.styles.js';
import { renderFilterCount } from '../../presentation/filter-count.js';
import { headingLevel } from '../../presentation/heading.js';
import { sessionKey } from '../../presentation/session-key.js';
import { weekStart } from '../../presentation/dates.js';
import type { ScheduleViewHost } from './schedule-view-host.js';
import { activityCount, audienceLabel, languageLabel, longDate, shortDate } from './schedule-labels.js';
import {
  clampWeek,
  clockMinutes,
  filterActivities,
  filterChoices,
  hourRange,
  scheduleDays,
  seasonWeeks,
  type PlacedSession,
  type ScheduleDay,
  type ScheduleFilters,
} from './schedule-model.js';
import { feedIndex } from '../../feed/feed-index.js';

/** The view's styles: the element adopts them once the view is there (the entry carries only the loading state's). */
export const styles = css`
  ${scheduleViewStyles}
  ${schedulePanelAndPrintStyles}
`;

/** The id of the details panel (one is open at a time). */
export const DETAILS_ID = 'details';

/**
 * The details of an activity (facts, next date, directions, add to calendar): no first paint
 * shows them, so they are fetched when a visitor points at or focuses an activity, or opens one.
 */
const detailsChunk = new LazyChunk('the activity details', () => import('./schedule-details.js'));
const preloadDetails = () => void detailsChunk.load().catch(() => {});
/** The session whose details could not be loaded: the notice shows until another is opened (which tries again). */
let failedDetails: string | undefined;

/** The open session's details, or while their chunk loads a busy panel in their place. */
function renderOpenDetails(host: ScheduleViewHost, feed: Feed, session: Session): TemplateResult {
  const details = detailsChunk.module;
  if (details) {
    host.adoptStyles(details.styles);
    return details.renderDetails(host, feed, session, DETAILS_ID);
  }
  const key = sessionKey(session);
  if (failedDetails !== key) {
    detailsChunk.load().then(
      () => host.detailsLoaded(),
      () => {
        failedDetails = key;
        host.detailsLoaded();
      },
    );
  }
  return html`<section class="details" id=${DETAILS_ID} part="details" aria-busy=${failedDetails === key ? 'false' : 'true'}>
    ${failedDetails === key ? renderChunkFailure() : html`<span class="visually-hidden" role="status">${msg('Loading…', { id: 'state.loading', desc: 'Announced while a widget loads its feed.' })}</span>`}
  </section>`;
}

const WEEK_RANGE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

const categoryOf = (feed: Feed, activity: Activity): Category | undefined => (activity.category === undefined ? undefined : feedIndex(feed).categories.get(activity.category));
const locationOf = (feed: Feed, activity: Activity) => (activity.location === undefined ? undefined : feedIndex(feed).locations.get(activity.location));

/** The whole schedule for the feed. */
export function renderSchedule(host: ScheduleViewHost, feed: Feed): TemplateResult {
  const all = feed.schedule;
  if (!all.length) {
    return renderEmptyState(msg('No clubs or classes are listed yet.', { id: 'schedule.empty', desc: 'The feed has no activities in its schedule.' }));
  }
  const { locale, filters } = host;
  const timeZone = feed.timeZone;
  const today = zonedDate(host.now, timeZone);
  const season = seasonWeeks(all);
  const currentWeek = clampWeek(weekStart(today), season);
  const asked = host.week && isCalendarDate(host.week) ? weekStart(host.week.slice(0, 10)) : currentWeek;
  const week = clampWeek(asked, season);
  const activities = filterActivities(all, filters);
  const list = host.narrow && !host.printing;
  // In the day lists the current week is the seven days from today, so today comes first.
  const first = list && week === weekStart(today) ? today : week;
  const days = scheduleDays(activities, first, 7, timeZone);
  const shown = new Set(days.flatMap((day) => day.sessions.map((session) => session.activity.id))).size;
  const range = formatDateRange(locale, first, addDays(first, 6), WEEK_RANGE);

  let content: unknown;
  if (!activities.length) {
    content = renderEmptyState(
      msg('No activities match these filters.', { id: 'schedule.no-match', desc: 'Empty result after filtering.' }),
      msg('Try another category, audience or language, or show all activities.', { id: 'schedule.no-match-detail', desc: 'Hint under the empty filter result.' }),
      renderClearButton(host),
    );
  } else if (!shown) {
    content = renderEmptyState(
      msg('No activities take place this week.', { id: 'schedule.empty-week', desc: 'The week shown has no sessions.' }),
      msg('Use the week switcher to see other weeks.', { id: 'schedule.empty-week-detail', desc: 'Hint under an empty week.' }),
    );
  } else {
    content = list ? renderDays(host, feed, days, today) : renderWeek(host, feed, days, today, hourRange(all));
  }

  return html`<div class="schedule">
    <div class="toolbar" part="toolbar">
      ${renderWeekNav(host, range, week, currentWeek, season)} ${renderFilters(host, feed, all)}
    </div>
    <p class="visually-hidden" role="status">${range}: ${activityCount(locale, shown)}</p>
    ${content} ${shown ? renderLegend(host, feed, activities) : nothing}
  </div>`;
}

function renderWeekNav(host: ScheduleViewHost, range: string, week: CalendarDate, currentWeek: CalendarDate, season: { first?: string; last?: string }): TemplateResult {
  const navButton = (label: string, arrow: string, disabled: boolean, to: CalendarDate) =>
    html`<button type="button" class="button button--secondary nav" aria-label=${label} ?disabled=${disabled} @click=${() => host.showWeek(to)}>
      <span aria-hidden="true">${arrow}</span>
    </button>`;
  return html`<div class="week-nav" part="week-nav" role="group" aria-label=${msg('Week', { id: 'schedule.week', desc: 'Accessible name of the week switcher.' })}>
    ${navButton(msg('Previous week', { id: 'schedule.previous-week', desc: 'Button: show the week before.' }), '‹', !!season.first && week <= season.first, addDays(week, -7))}
    <span class="week-nav__range">${range}</span>
    ${navButton(msg('Next week', { id: 'schedule.next-week', desc: 'Button: show the week after.' }), '›', !!season.last && week >= season.last, addDays(week, 7))}
    ${week === currentWeek
      ? nothing
      : html`<button type="button" class="button button--secondary" @click=${() => host.showWeek(currentWeek)}>
          ${msg('This week', { id: 'schedule.this-week', desc: 'Button: go back to the current week.' })}
        </button>`}
  </div>`;
}

function renderFilters(host: ScheduleViewHost, feed: Feed, all: Activity[]): TemplateResult {
  const { filters } = host;
  const active = (['category', 'audience', 'language'] as const).filter((name) => filters[name]).length;
  const list = host.narrow && !host.printing;
  // On a phone the three menus would take a screen's third before any activity: one "Filters" button, with the count of those set.
  const toggle = list
    ? html`<button
        type="button"
        class="button button--secondary filters-toggle"
        part="filters-toggle"
        aria-expanded=${host.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => host.toggleFilters()}
      >
        <span>${msg('Filters', { id: 'schedule.filters', desc: 'Button on narrow screens that shows or hides the category, audience and language filters.' })}</span>
        ${renderFilterCount(active, 'filters-toggle__count')}
      </button>`
    : nothing;
  // One template whether the panel is open or not: the button stays the same element (and keeps focus).
  return html`${toggle}${list && !host.filtersOpen ? nothing : renderFilterMenus(host, feed, all, list, active)}`;
}

function renderFilterMenus(host: ScheduleViewHost, feed: Feed, all: Activity[], list: boolean, active: number): TemplateResult {
  const choices = filterChoices(all);
  const { filters } = host;
  // A filter with one choice only filters nothing: it is left out (unless set by the page).
  const select = (name: keyof ScheduleFilters, label: string, allLabel: string, options: [string, string][]) =>
    options.length > 1 || filters[name]
      ? html`<label class="filter">
          <span>${label}</span>
          <select data-filter=${name} @change=${(event: Event) => host.setFilter(name, (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!filters[name]}>${allLabel}</option>
            ${options.map(([value, text]) => html`<option value=${value} ?selected=${filters[name] === value}>${text}</option>`)}
          </select>
        </label>`
      : nothing;
  return html`<div class="filters ${list ? 'filters--panel' : ''}" part="filters" id="filters">
    ${select(
      'category',
      msg('Category', { id: 'schedule.category', desc: 'Label of the category of an activity.' }),
      msg('All categories', { id: 'schedule.all-categories', desc: 'Filter option: no category filter.' }),
      choices.categories.map((id) => [id, host.text(feedIndex(feed).categories.get(id)?.name) || id]),
    )}
    ${select(
      'audience',
      msg('For', { id: 'schedule.for', desc: 'Label of who an activity is for (children, adults…).' }),
      msg('Everyone', { id: 'schedule.all-audiences', desc: 'Filter option: no audience filter.' }),
      choices.audiences.map((audience) => [audience, audienceLabel(audience)]),
    )}
    ${select(
      'language',
      msg('Language', { id: 'schedule.language', desc: 'Label of the language(s) an activity is held in.' }),
      msg('All languages', { id: 'schedule.all-languages', desc: 'Filter option: no language filter.' }),
      choices.languages.map((code) => [code, languageLabel(host.locale, code)]),
    )}
    ${active ? renderClearButton(host) : nothing}
  </div>`;
}

function renderClearButton(host: ScheduleViewHost): TemplateResult {
  const clear = () => (['category', 'audience', 'language'] as const).forEach((name) => host.setFilter(name, ''));
  return html`<button type="button" class="button button--secondary clear" @click=${clear}>
    ${msg('Show all activities', { id: 'schedule.clear-filters', desc: 'Button that clears the filters.' })}
  </button>`;
}

function cancelledLabel(host: ScheduleViewHost, session: Session): string {
  const note = host.text(session.exception?.note);
  return note
    ? msg(str`Cancelled: ${note}`, { id: 'schedule.cancelled-because', desc: 'A session that does not take place; the placeholder is the reason, e.g. "Christmas break".' })
    : msg('Cancelled', { id: 'schedule.cancelled', desc: 'A session that does not take place.' });
}

function renderSessionButton(host: ScheduleViewHost, feed: Feed, session: PlacedSession): TemplateResult {
  const { activity } = session;
  const key = sessionKey(session);
  const open = host.selected === key;
  const location = locationOf(feed, activity);
  const category = categoryOf(feed, activity);
  // The name comes from the content (what is seen is what is heard), with the date and, in the grid, the category visually hidden.
  return html`<button
    type="button"
    class="session ${session.exception ? 'session--cancelled' : ''}"
    data-key=${key}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${open ? DETAILS_ID : nothing}
    @click=${() => host.toggle(session)}
  >
    <span class="session__date">${longDate(host.locale, session.date)}</span>
    <span class="session__time">${formatInstantRange(host.locale, session.start, session.end, feed.timeZone, false)}</span>
    <span class="session__title">${host.renderText(activity.title)}</span>
    ${location ? html`<span class="session__place">${host.renderText(location.name)}</span>` : nothing}
    ${category ? html`<span class="session__category">${host.renderText(category.name)}</span>` : nothing}
    ${session.exception ? html`<span class="session__cancelled status-word">${cancelledLabel(host, session)}</span>` : nothing}
  </button>`;
}

function renderWeek(host: ScheduleViewHost, feed: Feed, days: ScheduleDay[], today: CalendarDate, hours: { from: number; to: number }): TemplateResult {
  const selected = days.flatMap((day) => day.sessions).find((session) => sessionKey(session) === host.selected);
  const hourLabels = Array.from({ length: hours.to - hours.from }, (_, index) => formatTime(host.locale, Date.UTC(2000, 0, 1, hours.from + index), 'UTC'));
  const place = (session: PlacedSession) => {
    const start = clockMinutes(session.activity.start);
    const length = clockMinutes(session.activity.end) - start;
    // Clock minutes, not instants: a DST week shows the same clock times.
    return cssProperties({
      '--from': String(start - hours.from * 60),
      '--length': String(length),
      // A longer block shows more of its title: two lines in an hour, two more each further half hour;
      // a cancelled one gives a line of its (struck-out) title to "Cancelled: …".
      '--title-lines': String(2 + 2 * Math.max(0, Math.floor((length - 60) / 30)) - (session.exception ? 1 : 0)),
      '--column': String(session.column),
      '--columns': String(session.columns),
    });
  };
  // A day with overlapping sessions gets a column as many days wide as sessions overlap (up to 3): each block is as wide as a lone one, its time and words whole.
  const weights = days.map((day) => Math.min(3, Math.max(1, ...day.sessions.map((session) => session.columns))));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return html`<table class="week" part="week" style=${cssProperties({ '--hours': String(hours.to - hours.from) })} @pointerover=${preloadDetails} @focusin=${preloadDetails}>
      <caption class="visually-hidden">
        ${msg('Timetable', { id: 'schedule.caption', desc: 'Accessible caption of the week timetable.' })}
      </caption>
      <thead>
        <tr>
          <td class="axis"></td>
          ${days.map(
            (day, index) => html`<th scope="col" class=${day.date === today ? 'today' : ''} aria-current=${day.date === today ? 'date' : nothing} style=${cssProperties({ '--share': String(weights[index]! / total) })}>
              ${capitalizeHeading(shortDate(host.locale, day.date), host.locale)}
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          <td class="axis" aria-hidden="true">${hourLabels.map((label) => html`<span class="axis__hour">${label}</span>`)}</td>
          ${days.map(
            (day) => html`<td class="track ${day.date === today ? 'today' : ''}">
              ${day.sessions.length
                ? html`<ul class="track__list">
                    ${day.sessions.map((session) => html`<li class="block ${session.columns > 1 ? 'block--shared' : ''}" part="block" style=${place(session)} data-cat=${session.activity.category ?? nothing}>${renderSessionButton(host, feed, session)}</li>`)}
                  </ul>`
                : nothing}
            </td>`,
          )}
        </tr>
      </tbody>
    </table>
    ${selected ? renderOpenDetails(host, feed, selected) : nothing}`;
}

function renderDays(host: ScheduleViewHost, feed: Feed, days: ScheduleDay[], today: CalendarDate): TemplateResult {
  const level = headingLevel(host.headingLevel);
  return html`<div class="days" part="days" @pointerover=${preloadDetails} @focusin=${preloadDetails}>
    ${days
      .filter((day) => day.sessions.length)
      .map(
        (day) => html`<section class="day" part="day" aria-labelledby="day-${day.date}">
          <div class="day__title ${day.date === today ? 'today' : ''}" role="heading" aria-level=${level} id="day-${day.date}">
            ${day.date === today
              ? msg(str`Today, ${longDate(host.locale, day.date)}`, { id: 'schedule.today', desc: 'Heading of today\'s list; the placeholder is the date with its weekday.' })
              : capitalizeHeading(longDate(host.locale, day.date), host.locale)}
          </div>
          <ul class="day__list">
            ${day.sessions.map(
              (session) => html`<li class="item" part="item" data-cat=${session.activity.category ?? nothing}>
                ${renderSessionButton(host, feed, session)}
                ${host.selected === sessionKey(session) ? renderOpenDetails(host, feed, session) : nothing}
              </li>`,
            )}
          </ul>
        </section>`,
      )}
  </div>`;
}

function renderLegend(host: ScheduleViewHost, feed: Feed, activities: Activity[]): TemplateResult | typeof nothing {
  const used = feed.categories.filter((category) => activities.some((activity) => activity.category === category.id));
  if (!used.length) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${msg('Categories', { id: 'schedule.legend', desc: 'Accessible name of the list of categories and their colours.' })}>
    ${used.map((category) => html`<li data-cat=${category.id}><span class="legend__swatch"></span>${host.renderText(category.name)}</li>`)}
  </ul>`;
}

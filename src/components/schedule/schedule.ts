import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Session } from '../../feed/recurrence.js';
import type { Activity, Category, Feed } from '../../feed/schema.js';
import { addDays, isCalendarDate, zonedDate, type CalendarDate } from '../../feed/time.js';
import { formatDateRange, formatInstantRange, formatTime } from '../../i18n/dates.js';
import { msg, str } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { defineElement } from '../../internal/define.js';
import { renderStateBox } from '../../internal/state-box.js';
import { renderDetails, type DetailsContext } from './schedule-details.js';
import { BalticActivitySelectEvent } from './schedule-events.js';
import { activityCount, audienceLabel, languageLabel, longDate, shortDate } from './schedule-labels.js';
import {
  clampWeek,
  clockMinutes,
  filterActivities,
  filterChoices,
  hourRange,
  mondayOf,
  scheduleDays,
  seasonWeeks,
  type PlacedSession,
  type ScheduleDay,
  type ScheduleFilters,
} from './schedule-model.js';
import { scheduleStyles } from './schedule.styles.js';

/** Below this width (in CSS pixels) the schedule shows one list per day instead of the week grid. */
export const NARROW_BELOW_PX = 640;

const DETAILS_ID = 'details';
const WEEK_RANGE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const sessionKey = (session: Session) => `${session.activity.id}@${session.date}`;

/**
 * @summary The weekly timetable of clubs and classes from the feed's `schedule`: a week grid
 * (days across, time down) on wide containers, one list per day (today first) on narrow ones,
 * with filters by category, audience and language, a week switcher within the season, and
 * each activity's details with its next date and "add to calendar".
 *
 * @tagname baltic-schedule
 *
 * @fires baltic-activity-select - A visitor opened an activity's details; `detail` is `{ activityId, date }`.
 * @fires baltic-feed-load - The feed was loaded; `detail.problems` lists what was skipped.
 * @fires baltic-feed-error - The feed could not be loaded; `detail.kind` says why.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart toolbar - The week switcher and the filters.
 * @csspart week-nav - The week switcher.
 * @csspart filters - The filters.
 * @csspart week - The week grid (a table, wide layout).
 * @csspart block - An activity's block in the week grid.
 * @csspart days - The day lists (narrow layout).
 * @csspart day - One day's list.
 * @csspart item - An activity's item in a day list.
 * @csspart details - The details of the activity opened.
 * @csspart facts - The list of facts in the details.
 * @csspart next - The "next: …" line in the details.
 * @csspart directions - The directions link in the details.
 * @csspart register - The registration link in the details.
 * @csspart more-link - The "more information" link in the details.
 * @csspart close - The button that closes the details.
 * @csspart legend - The categories and their colours.
 * @csspart empty - The empty state (no activities, none matching the filters, none this week).
 * @csspart error - The error state.
 * @csspart retry - The "try again" button.
 * @csspart stale-notice - The notice shown over saved (older) information.
 *
 * @cssprop --baltic-color-accent - Accent colour (buttons, today). Every colour property takes `light-dark(light, dark)`.
 * @cssprop --baltic-color-surface - Background.
 * @cssprop --baltic-color-surface-alt - Background of the header row and cancelled sessions.
 * @cssprop --baltic-color-text - Text colour.
 * @cssprop --baltic-color-muted - Secondary text colour.
 * @cssprop --baltic-color-border - Border and hour-line colour.
 * @cssprop --baltic-radius - Corner radius.
 * @cssprop --baltic-font-family - Font (default: the page's).
 * @cssprop --baltic-schedule-hour-height - Height of one hour in the week grid (default 4rem).
 */
export class BalticSchedule extends BalticElement {
  static override styles = [...BalticElement.styles, scheduleStyles];

  static override properties: PropertyDeclarations = {
    week: { reflect: true },
    category: { reflect: true },
    audience: { reflect: true },
    language: { reflect: true },
    now: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { state: true },
    narrow: { state: true },
    printing: { state: true },
  };

  /**
   * A date (`YYYY-MM-DD`) in the week shown; it follows the week switcher. By default the
   * current week; always kept within the season of the activities.
   */
  declare week?: string;

  /** Show only the activities of this category id (the visitor can change it). */
  declare category?: string;

  /** Show only the activities for this audience: `children`, `youth`, `adults`, `seniors` or `families`. */
  declare audience?: string;

  /** Show only the activities held in this language (a code such as `ru`, `fi`). */
  declare language?: string;

  /** The time (milliseconds since 1970) the schedule counts "today" and "next" from; by default the clock. For previews and tests. */
  declare now?: number;

  /** The heading level (1–6) of the day names and the activity details. */
  declare headingLevel: number;

  /** The session whose details are open (`activityId@date`). */
  declare private selected?: string;
  /** True in a container narrower than NARROW_BELOW_PX: the day lists. */
  declare private narrow: boolean;
  /** True while the page is printed: the week grid, whatever the width. */
  declare private printing: boolean;

  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    if (entry) this.narrow = entry.contentRect.width < NARROW_BELOW_PX;
  });
  private readonly startPrinting = () => (this.printing = true);
  private readonly stopPrinting = () => (this.printing = false);
  /** The key of the session to return focus to when the details close. */
  private focusAfterUpdate?: string;

  constructor() {
    super();
    this.headingLevel = 3;
    this.narrow = false;
    this.printing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    addEventListener('beforeprint', this.startPrinting);
    addEventListener('afterprint', this.stopPrinting);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    removeEventListener('beforeprint', this.startPrinting);
    removeEventListener('afterprint', this.stopPrinting);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterUpdate === undefined) return;
    const target = this.focusAfterUpdate ? `[data-key="${CSS.escape(this.focusAfterUpdate)}"]` : `#${DETAILS_ID}-title`;
    this.shadowRoot?.querySelector<HTMLElement>(target)?.focus();
    this.focusAfterUpdate = undefined;
  }

  protected override errorTitle(): string {
    return msg('The timetable could not be loaded.', { id: 'schedule.error-title', desc: 'Heading of the schedule when its feed failed to load.' });
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="schedule">
      <div class="toolbar"><span class="skeleton sk-nav"></span><span class="skeleton sk-filters"></span></div>
      <span class="skeleton sk-grid"></span>
    </div>`;
  }

  private filters(): ScheduleFilters {
    return { category: this.category ?? '', audience: this.audience ?? '', language: this.language ?? '' };
  }

  private currentTime(): number {
    return this.now ?? Date.now();
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const all = feed.schedule;
    if (!all.length) {
      return renderStateBox(msg('No clubs or classes are listed yet.', { id: 'schedule.empty', desc: 'The feed has no activities in its schedule.' }), undefined, nothing, false);
    }
    const timeZone = feed.timeZone;
    const today = zonedDate(this.currentTime(), timeZone);
    const season = seasonWeeks(all);
    const currentWeek = clampWeek(mondayOf(today), season);
    const week = clampWeek(this.week && isCalendarDate(this.week) ? mondayOf(this.week.slice(0, 10)) : currentWeek, season);
    const activities = filterActivities(all, this.filters());
    // On a phone the current week is the seven days from today, so today comes first.
    const rolling = this.narrow && !this.printing && week === mondayOf(today);
    const first = rolling ? today : week;
    const days = scheduleDays(activities, first, 7, timeZone);
    const shown = new Set(days.flatMap((day) => day.sessions.map((session) => session.activity.id))).size;
    const range = formatDateRange(this.locale, first, addDays(first, 6), WEEK_RANGE);

    let content: unknown;
    if (!activities.length) {
      content = renderStateBox(
        msg('No activities match these filters.', { id: 'schedule.no-match', desc: 'Empty result after filtering.' }),
        msg('Try another category, audience or language, or show all activities.', { id: 'schedule.no-match-detail', desc: 'Hint under the empty filter result.' }),
        this.renderClearButton(),
        false,
      );
    } else if (!shown) {
      content = renderStateBox(
        msg('No activities take place this week.', { id: 'schedule.empty-week', desc: 'The week shown has no sessions.' }),
        msg('Use the week switcher to see other weeks.', { id: 'schedule.empty-week-detail', desc: 'Hint under an empty week.' }),
        nothing,
        false,
      );
    } else {
      content = this.narrow && !this.printing ? this.renderDays(feed, days, today) : this.renderWeek(feed, days, today, hourRange(all));
    }

    return html`<div class="schedule ${this.printing ? 'printing' : ''}">
      <div class="toolbar" part="toolbar">
        ${this.renderWeekNav(range, week, currentWeek, season)} ${this.renderFilters(feed, all)}
      </div>
      <p class="visually-hidden" role="status">${range}: ${activityCount(this.locale, shown)}</p>
      ${content} ${shown ? this.renderLegend(feed, activities) : nothing}
    </div>`;
  }

  private showWeek(week: CalendarDate): void {
    this.week = week;
    this.selected = undefined;
  }

  private renderWeekNav(range: string, week: CalendarDate, currentWeek: CalendarDate, season: { first?: string; last?: string }): TemplateResult {
    return html`<div class="week-nav" part="week-nav" role="group" aria-label=${msg('Week', { id: 'schedule.week', desc: 'Accessible name of the week switcher.' })}>
      <button
        type="button"
        class="button button--secondary nav"
        aria-label=${msg('Previous week', { id: 'schedule.previous-week', desc: 'Button: show the week before.' })}
        ?disabled=${!!season.first && week <= season.first}
        @click=${() => this.showWeek(addDays(week, -7))}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <span class="week-nav__range">${range}</span>
      <button
        type="button"
        class="button button--secondary nav"
        aria-label=${msg('Next week', { id: 'schedule.next-week', desc: 'Button: show the week after.' })}
        ?disabled=${!!season.last && week >= season.last}
        @click=${() => this.showWeek(addDays(week, 7))}
      >
        <span aria-hidden="true">›</span>
      </button>
      ${week === currentWeek
        ? nothing
        : html`<button type="button" class="button button--secondary" @click=${() => this.showWeek(currentWeek)}>
            ${msg('This week', { id: 'schedule.this-week', desc: 'Button: go back to the current week.' })}
          </button>`}
    </div>`;
  }

  private renderFilters(feed: Feed, all: Activity[]): TemplateResult {
    const choices = filterChoices(all);
    const filters = this.filters();
    const select = (name: keyof ScheduleFilters, label: string, allLabel: string, options: [string, unknown][]) =>
      options.length > 1 || filters[name]
        ? html`<label class="filter">
            <span>${label}</span>
            <select @change=${(event: Event) => this.setFilter(name, (event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!filters[name]}>${allLabel}</option>
              ${options.map(([value, text]) => html`<option value=${value} ?selected=${filters[name] === value}>${text}</option>`)}
            </select>
          </label>`
        : nothing;
    return html`<div class="filters" part="filters">
      ${select(
        'category',
        msg('Category', { id: 'schedule.category', desc: 'Label of the category of an activity.' }),
        msg('All categories', { id: 'schedule.all-categories', desc: 'Filter option: no category filter.' }),
        choices.categories.map((id) => [id, this.feedText(feed.categories.find((category) => category.id === id)?.name) || id]),
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
        choices.languages.map((code) => [code, languageLabel(this.locale, code)]),
      )}
      ${filters.category || filters.audience || filters.language ? this.renderClearButton() : nothing}
    </div>`;
  }

  private renderClearButton(): TemplateResult {
    return html`<button type="button" class="button button--secondary clear" @click=${() => this.clearFilters()}>
      ${msg('Show all activities', { id: 'schedule.clear-filters', desc: 'Button that clears the filters.' })}
    </button>`;
  }

  private setFilter(name: keyof ScheduleFilters, value: string): void {
    this[name] = value || undefined;
    this.selected = undefined;
  }

  private clearFilters(): void {
    this.category = this.audience = this.language = undefined;
    this.selected = undefined;
  }

  private categoryOf(feed: Feed, activity: Activity): Category | undefined {
    return feed.categories.find((category) => category.id === activity.category);
  }

  /** The block's or item's accessible name: everything a sighted visitor reads off it, and the date. */
  private sessionLabel(feed: Feed, session: PlacedSession): string {
    const { activity } = session;
    const location = feed.locations.find((item) => item.id === activity.location);
    const parts = [
      this.feedText(activity.title),
      longDate(this.locale, session.date),
      formatInstantRange(this.locale, session.start, session.end, feed.timeZone, false),
      this.feedText(location?.name),
      this.feedText(this.categoryOf(feed, activity)?.name),
      session.exception ? this.cancelledLabel(session) : '',
    ];
    return parts.filter(Boolean).join(', ');
  }

  private cancelledLabel(session: Session): string {
    const note = this.feedText(session.exception?.note);
    return note
      ? msg(str`Cancelled: ${note}`, { id: 'schedule.cancelled-because', desc: 'A session that does not take place; the placeholder is the reason, e.g. "Christmas break".' })
      : msg('Cancelled', { id: 'schedule.cancelled', desc: 'A session that does not take place.' });
  }

  private toggle(session: Session): void {
    const key = sessionKey(session);
    if (this.selected === key) {
      this.closeDetails();
      return;
    }
    this.selected = key;
    this.focusAfterUpdate = this.narrow ? undefined : '';
    this.dispatchEvent(new BalticActivitySelectEvent({ activityId: session.activity.id, date: session.date }));
    // The calendar button is its own widget: <baltic-add-to-calendar> in the details (see schedule-details.ts).
    // TODO(lead): load it here once src/components/add-to-calendar/add-to-calendar.ts exists:
    // if (!customElements.get('baltic-add-to-calendar')) void import('../add-to-calendar/add-to-calendar.js');
  }

  private closeDetails(): void {
    this.focusAfterUpdate = this.selected;
    this.selected = undefined;
  }

  private detailsContext(feed: Feed): DetailsContext {
    return {
      locale: this.locale,
      theme: this.theme,
      timeZone: feed.timeZone,
      now: this.currentTime(),
      src: this.src,
      feed: this.feed,
      headingLevel: this.level(1),
      text: (value) => this.feedText(value),
      renderText: (value) => this.renderFeedText(value),
      url: (url) => this.feedUrl(url),
      close: () => this.closeDetails(),
    };
  }

  private level(deeper = 0): number {
    return Math.min(6, Math.max(1, this.headingLevel + deeper));
  }

  /** Custom properties that place a block and give it its category's colour (set through the CSSOM: CSP allows it). */
  private blockStyle(feed: Feed, session: PlacedSession, fromHour: number) {
    const start = clockMinutes(session.activity.start);
    return styleMap({
      '--from': String(start - fromHour * 60),
      '--length': String(clockMinutes(session.activity.end) - start),
      '--column': String(session.column),
      '--columns': String(session.columns),
      '--category': this.categoryOf(feed, session.activity)?.color ?? null,
    });
  }

  private renderSessionText(feed: Feed, session: PlacedSession): TemplateResult {
    const { activity } = session;
    const location = feed.locations.find((item) => item.id === activity.location);
    const category = this.categoryOf(feed, activity);
    return html`<span class="session__time">${formatInstantRange(this.locale, session.start, session.end, feed.timeZone, false)}</span>
      <span class="session__title">${this.renderFeedText(activity.title)}</span>
      ${location ? html`<span class="session__place">${this.renderFeedText(location.name)}</span>` : nothing}
      ${category ? html`<span class="session__category">${this.renderFeedText(category.name)}</span>` : nothing}
      ${session.exception ? html`<span class="session__cancelled">${this.cancelledLabel(session)}</span>` : nothing}`;
  }

  private renderSessionButton(feed: Feed, session: PlacedSession): TemplateResult {
    const key = sessionKey(session);
    const open = this.selected === key;
    return html`<button
      type="button"
      class="session ${session.exception ? 'session--cancelled' : ''}"
      data-key=${key}
      aria-label=${this.sessionLabel(feed, session)}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? DETAILS_ID : nothing}
      @click=${() => this.toggle(session)}
    >
      ${this.renderSessionText(feed, session)}
    </button>`;
  }

  private findSelected(days: ScheduleDay[]): PlacedSession | undefined {
    return this.selected ? days.flatMap((day) => day.sessions).find((session) => sessionKey(session) === this.selected) : undefined;
  }

  private renderWeek(feed: Feed, days: ScheduleDay[], today: CalendarDate, hours: { from: number; to: number }): TemplateResult {
    const selected = this.findSelected(days);
    const hourLabels = Array.from({ length: hours.to - hours.from }, (_, index) => hours.from + index);
    const hourFormat = (hour: number) => formatTime(this.locale, Date.UTC(2000, 0, 1, hour), 'UTC');
    return html`<table class="week" part="week" style=${styleMap({ '--hours': String(hours.to - hours.from) })}>
        <caption class="visually-hidden">
          ${msg('Timetable', { id: 'schedule.caption', desc: 'Accessible caption of the week timetable.' })}
        </caption>
        <thead>
          <tr>
            <td class="axis"></td>
            ${days.map(
              (day) => html`<th scope="col" class=${day.date === today ? 'today' : ''} aria-current=${day.date === today ? 'date' : nothing}>
                ${shortDate(this.locale, day.date)}
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          <tr>
            <td class="axis" aria-hidden="true">${hourLabels.map((hour) => html`<span class="axis__hour">${hourFormat(hour)}</span>`)}</td>
            ${days.map(
              (day) => html`<td class="track ${day.date === today ? 'today' : ''}">
                ${day.sessions.length
                  ? html`<ul class="track__list">
                      ${day.sessions.map(
                        (session) => html`<li class="block" part="block" style=${this.blockStyle(feed, session, hours.from)}>${this.renderSessionButton(feed, session)}</li>`,
                      )}
                    </ul>`
                  : nothing}
              </td>`,
            )}
          </tr>
        </tbody>
      </table>
      ${selected ? renderDetails(this.detailsContext(feed), feed, selected, DETAILS_ID) : nothing}`;
  }

  private renderDays(feed: Feed, days: ScheduleDay[], today: CalendarDate): TemplateResult {
    return html`<div class="days" part="days">
      ${days
        .filter((day) => day.sessions.length)
        .map(
          (day) => html`<section class="day" part="day" aria-labelledby="day-${day.date}">
            <div class="day__title ${day.date === today ? 'today' : ''}" role="heading" aria-level=${this.level()} id="day-${day.date}">
              ${day.date === today
                ? msg(str`Today, ${longDate(this.locale, day.date)}`, { id: 'schedule.today', desc: 'Heading of today\'s list; the placeholder is the date with its weekday.' })
                : longDate(this.locale, day.date)}
            </div>
            <ul class="day__list">
              ${day.sessions.map(
                (session) => html`<li class="item" part="item" style=${styleMap({ '--category': this.categoryOf(feed, session.activity)?.color ?? null })}>
                  ${this.renderSessionButton(feed, session)}
                  ${this.selected === sessionKey(session) ? renderDetails(this.detailsContext(feed), feed, session, DETAILS_ID) : nothing}
                </li>`,
              )}
            </ul>
          </section>`,
        )}
    </div>`;
  }

  private renderLegend(feed: Feed, activities: Activity[]): TemplateResult | typeof nothing {
    const used = feed.categories.filter((category) => activities.some((activity) => activity.category === category.id));
    if (!used.length) return nothing;
    return html`<ul class="legend" part="legend" aria-label=${msg('Categories', { id: 'schedule.legend', desc: 'Accessible name of the list of categories and their colours.' })}>
      ${used.map(
        (category) => html`<li style=${styleMap({ '--category': category.color ?? null })}><span class="legend__swatch"></span>${this.renderFeedText(category.name)}</li>`,
      )}
    </ul>`;
  }
}

defineElement('baltic-schedule', BalticSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'baltic-schedule': BalticSchedule;
  }
}

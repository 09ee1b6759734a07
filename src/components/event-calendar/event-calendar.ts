import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/schema.js';
import type { CalendarDate } from '../../feed/time.js';
import { DEFAULT_TIME_ZONE } from '../../feed/constants.js';
import { msg, str } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { BalticEventSelectEvent } from '../../events/event-select.js';
import { adoptCategoryColors } from '../../presentation/category-colors.js';
import { CalendarDialogController } from './calendar-dialog-controller.js';
import { renderEmpty } from './calendar-empty.js';
import { BalticFilterChangeEvent, BalticViewChangeEvent, type CalendarView } from '../../events/calendar.js';
import { periodTitle, renderFilters, renderToolbar, viewName, VIEWS, type CalendarHeader } from './calendar-header.js';
import { calendarDay, monthWeeks, type Occurrence } from './calendar-layout.js';
import { CalendarNavigation, displayZoneOf } from './calendar-navigation.js';
import type { LinkStateHost } from './calendar-link-state.js';
import { CalendarAnnouncer } from './calendar-announcer.js';
import { LinkStateController } from './link-state-controller.js';
import { CalendarOccurrences, type OccurrenceQuery } from './calendar-occurrences.js';
import { calendarWidthController } from './calendar-width.js';
import { eventCount } from './event-count.js';
import { ListPaging } from './list-paging.js';
import { presentationStyles } from '../../presentation/styles.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { FilterState } from './filter-state.js';
import { exportPeriod, shownPeriodOf, type ShownPeriod } from './shown-period.js';
import type { SwipeHandlers } from './swipe.js';
import type { ViewContext } from './view-context.js';
import { ViewLoader, type ViewModules } from './view-modules.js';
import { renderChunkFailure } from '../../internal/chunk-failure.js';
import type { WeekScroll } from './week-view.js';

/**
 * @summary The association's events in a month grid, a week time grid or a list, with
 * category chips, search and a details dialog. Works on phones (narrow containers get the
 * list; the month shows dots and the chosen day's events under the grid, the week one or
 * three days, both follow swipes; the filters fold behind one button), with a keyboard and
 * with screen readers; times in the feed's time zone. "Export these events" saves the
 * events shown (with the chosen categories and search, and the weekly activities' series
 * with `activities`) as one .ics file; each event's dialog has its own add-to-calendar button.
 *
 * @tagname baltic-event-calendar
 *
 * @fires baltic-event-select - An event's details opened; `detail.eventId` (for a weekly activity's session: `activity-id@YYYY-MM-DD`).
 * @fires baltic-view-change - The view or the dates shown changed; `detail.view`, `detail.start`, `detail.end` (dates, inclusive).
 * @fires baltic-filter-change - The visitor changed the category chips or the search; `detail.categories`, `detail.query`.
 * @fires baltic-feed-load - The feed was loaded; `detail.problems` lists what was skipped.
 * @fires baltic-feed-error - The feed could not be loaded; `detail.kind` says why.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart toolbar - Navigation, title and view switcher.
 * @csspart previous - The "previous month / week" button.
 * @csspart next - The "next month / week" button.
 * @csspart today - The "today" button.
 * @csspart title - The month, week or list title.
 * @csspart filters - Search field and category chips.
 * @csspart filters-toggle - On a narrow calendar, the "Filters" button (with the number of filters chosen) that shows them.
 * @csspart search - The search field.
 * @csspart chip - A category chip.
 * @csspart export - The "Export these events" button: the events shown, with the filters, as one .ics file.
 * @csspart export-problem - The message shown when that file could not be made.
 * @csspart empty - What an empty month, week or list says (with a link to the next event).
 * @csspart month - The month grid.
 * @csspart day - A day cell of the month grid.
 * @csspart event - An event (bar, block or list row).
 * @csspart more - The "+N more" button of a full day.
 * @csspart chosen-day - On a phone, the chosen day's events under the month grid.
 * @csspart week - The week time grid.
 * @csspart hidden-events - In the week view, the "Earlier: …" / "Later: …" buttons when events are out of view.
 * @csspart list - The list view.
 * @csspart show-more - The button that adds more events to the list.
 * @csspart dialog - The details dialog.
 * @csspart dialog-title - The dialog's heading.
 * @csspart close - The dialog's close button.
 * @csspart back - In an event opened from a day's list, the button back to that list.
 * @csspart status - The dialog's "cancelled" / "postponed" line.
 * @csspart image - The event's image in the dialog.
 * @csspart description - The event's description in the dialog.
 * @csspart registration - The "Register" link in the dialog.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button.
 * @csspart stale-notice - The notice shown over saved (older) information.
 * @csspart directions-links - The place's links to map apps in the event details (Google Maps, Apple Maps, OpenStreetMap, the phone's navigation app).
 *
 * @cssprop --baltic-color-accent - Accent colour (today, buttons, focus). Every colour property takes `light-dark(light, dark)`.
 * @cssprop --baltic-color-surface - Background.
 * @cssprop --baltic-color-surface-alt - Background of days outside the month and of the toolbar buttons.
 * @cssprop --baltic-color-text - Text colour.
 * @cssprop --baltic-color-muted - Secondary text colour (past events, other months).
 * @cssprop --baltic-color-border - Grid lines.
 * @cssprop --baltic-radius - Corner radius.
 * @cssprop --baltic-font-family - Font (default: the page's).
 * @cssprop --baltic-event-calendar-day-height - Minimum height of a day cell of the month grid (default 7.25em: sizes follow the widget's font size).
 * @cssprop --baltic-event-calendar-hour-height - Height of an hour in the week view (default 2.75em).
 */
export class BalticEventCalendar extends BalticElement implements LinkStateHost {
  static override styles = [...BalticElement.styles, presentationStyles, eventCalendarStyles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    date: {},
    timeZone: { attribute: 'time-zone' },
    activities: { type: Boolean },
    linkState: { type: Boolean, attribute: 'link-state' },
    categories: {},
    exportFailed: { state: true },
  };

  /** `month`, `week` or `list`. Unset: month, or list in a container narrower than 600 px. The view switcher sets it. */
  declare view?: CalendarView;

  /** The day (`YYYY-MM-DD`) or month (`YYYY-MM`) to show first, in 1900–2999 (the years a feed may give); default today. A date that is not one shows today, one outside the years the nearest month; the console says which. */
  declare date?: string;

  /** The time zone times are shown in: `feed` (default: the feed's own, e.g. Europe/Helsinki), `visitor` (the visitor's device), or an IANA name (a name that is not one shows the feed's zone, and the console says so). */
  declare timeZone: string;

  /** Shows the sessions of the feed's weekly activities (`schedule`) as occurrences too. */
  declare activities: boolean;

  /** Keeps the month shown and the open event in the page's URL hash: links can be shared, and Back closes the event. */
  declare linkState: boolean;

  /** Category ids chosen first, comma separated (e.g. `culture,education`); the visitor can change them with the chips. */
  declare categories?: string;

  /** The last "Export these events" failed (the iCal chunk could not be loaded): said beside the button until the next try. */
  declare private exportFailed?: boolean;

  readonly #occurrences = new CalendarOccurrences(this);
  readonly #dialog = new CalendarDialogController(this, {
    eventOpened: (occurrence) => {
      this.dispatchEvent(new BalticEventSelectEvent({ eventId: occurrence.key }));
      if (occurrence.event) this.#linkState.eventOpened(occurrence.key);
    },
    closed: (wasEvent) => wasEvent && this.#linkState.eventClosed(),
    url: (url) => this.feedUrl(url),
  });
  readonly #width = calendarWidthController(this);
  readonly #announcer = new CalendarAnnouncer(this);
  readonly #linkState = new LinkStateController(this, () => !!this.feedSnapshot.feed);
  readonly #navigation = new CalendarNavigation(this);
  readonly #filters = new FilterState(
    this,
    () => this.#occurrences.loadFilters(),
    (queryChanged) => {
      this.dispatchEvent(new BalticFilterChangeEvent({ categories: [...this.#filters.categories], query: this.#filters.query }));
      const period = this.shownPeriod();
      if (period) this.inOwnLanguage(() => this.#announcer.announce(eventCount(this.locale, period.occurrences.length), queryChanged ? 600 : 0));
    },
  );
  readonly #views = new ViewLoader(this, () => this.#occurrences.prepare(this.activities));
  /** A view's code has been there: its content shown (see `contentReady`). */
  #viewShown = false;
  readonly #paging = new ListPaging(this, () => [this.currentView, this.#navigation.anchor(), this.#filters.query, this.#filters.categories].join('|'));
  /** The week's time grid scroller, made when the week view is first shown (its code is the view's). */
  #weekScroll?: WeekScroll;
  /** Swipes on the month and week grids, from the first grid's code (the list has none). */
  #swipe?: SwipeHandlers;
  #lastViewKey = '';

  constructor() {
    super();
    this.timeZone = 'feed';
    this.activities = false;
    this.linkState = false;
  }

  /** The view shown: the `view` attribute, else month (list when narrow). */
  get currentView(): CalendarView {
    if (this.view && VIEWS.includes(this.view)) return this.view;
    return this.#width.value.narrow ? 'list' : 'month';
  }

  /** The first and last day shown (the month: its whole grid; the week view: its days; the list: from its first day to the last day with an event in it). */
  get visibleRange(): { start: CalendarDate; end: CalendarDate } {
    const view = this.currentView;
    const { start, end } = this.shownPeriod() ?? { start: this.#navigation.anchor(), end: this.#navigation.anchor() };
    if (view !== 'month') return { start, end };
    const weeks = monthWeeks(this.#navigation.anchor());
    return { start: weeks[0]![0]!, end: weeks.at(-1)!.at(-1)! };
  }

  /**
   * The period shown and its occurrences (filtered; weekly sessions with `activities`): the
   * month's days, the week view's days, or the list's. The count read to screen readers, the
   * announcements and "Export these events" all come from it.
   */
  shownPeriod(): ShownPeriod | undefined {
    const feed = this.feedSnapshot.feed;
    if (!feed) return undefined;
    return shownPeriodOf({
      view: this.currentView,
      anchor: this.#navigation.anchor(),
      weekDays: this.#weekDays(),
      listDays: (from) => this.#occurrences.listPage(feed, from, this.#occurrenceQuery(), this.#paging.limit).days,
      between: (from, to) => this.#occurrencesBetween(feed, from, to),
    });
  }

  #weekDays(): CalendarDate[] {
    return this.#navigation.weekDays(this.#width.value.weekDays);
  }

  /** The time zone times are shown in. */
  get displayZone(): string {
    return displayZoneOf(this.timeZone, this.feedSnapshot.feed?.timeZone ?? DEFAULT_TIME_ZONE);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new `date` from the page wins over where the visitor had navigated.
    if (changed.has('date') && this.hasUpdated) this.#navigation.reset();
    this.#views.request(this.currentView);
  }

  #occurrenceQuery(): OccurrenceQuery {
    return { zone: this.displayZone, activities: this.activities, categories: this.#filters.categories, query: this.#filters.query };
  }

  /** The occurrences (filtered) touching the days from `from` to `to`, activities' sessions included when asked for. */
  #occurrencesBetween(feed: Feed, from: CalendarDate, to: CalendarDate): Occurrence[] {
    return this.#occurrences.between(feed, from, to, this.#occurrenceQuery());
  }

  #viewContext(feed: Feed, occurrences: Occurrence[]): ViewContext {
    return {
      feed,
      locale: this.locale,
      zone: this.displayZone,
      today: this.#navigation.today(),
      anchor: this.#navigation.anchor(),
      occurrences,
      now: Date.now(),
      text: (value) => this.feedText(value),
      renderText: (value) => this.renderFeedText(value),
      openOccurrence: (occurrence, opener) => this.#dialog.openOccurrence(occurrence, opener),
      openDay: (date, opener) => this.#dialog.openDay(date, opener),
    };
  }

  protected override errorTitle(): string {
    return msg('The events could not be loaded.', { id: 'calendar.error-title', desc: 'Heading of the calendar when its feed failed to load.' });
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="calendar calendar--skeleton">
      <div class="toolbar"><span class="skeleton sk-toolbar"></span></div>
      <div class="filters"><span class="skeleton sk-filters"></span></div>
      <span class="skeleton sk-view ${this.currentView === 'list' ? 'sk-view--list' : ''}"></span>
    </div>`;
  }

  #periodTitle(): string {
    return periodTitle(this.locale, this.currentView, this.#navigation.anchor(), this.#weekDays());
  }

  /**
   * The skeleton until the first view's code is there (or failed to load), so that the toolbar and
   * the view appear together. Once a view has been shown, one switched to shows the toolbar over
   * its placeholder while its code loads (the visitor's focus stays on the switch).
   */
  protected override contentReady(): boolean {
    const view = this.currentView;
    return (this.#viewShown ||= this.#views.loaded[view] !== undefined || this.#views.failed.has(view));
  }

  #renderView(feed: Feed, period: ShownPeriod): TemplateResult | undefined {
    const modules = this.#views.loaded;
    if (period.view === 'list') {
      if (!period.occurrences.length) return this.#renderEmpty(feed);
      return modules.list?.renderListView(this.#viewContext(feed, []), this.#occurrences.listPage(feed, period.start, this.#occurrenceQuery(), this.#paging.limit), 'title', () => this.#paging.showMore());
    }
    const range = period.view === 'month' ? this.visibleRange : period;
    const context = this.#viewContext(feed, period.view === 'month' ? this.#occurrencesBetween(feed, range.start, range.end) : period.occurrences);
    const body =
      period.view === 'month'
        ? modules.month?.renderMonthView(context, 'title', { moveTo: (date) => this.#navigation.moveTo(date), phone: this.#width.value.phoneMonth, select: (date) => this.#navigation.moveTo(date) })
        : modules.week && this.#renderWeek(modules.week, context);
    return body && !period.occurrences.length ? html`${this.#renderEmpty(feed)}${body}` : body;
  }

  #renderWeek(week: NonNullable<ViewModules['week']>, context: ViewContext): TemplateResult {
    const scroll = (this.#weekScroll ??= new week.WeekScroll(this, () => (this.currentView === 'week' ? this.#weekDays().join() : undefined)));
    return week.renderWeekView(context, 'title', { days: this.#weekDays(), hidden: scroll.hidden, scrolled: () => scroll.count() });
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const view = this.currentView;
    const period = this.shownPeriod()!;
    const body = this.#renderView(feed, period) ?? (this.#views.failed.has(view) ? renderChunkFailure() : html`<span class="skeleton sk-view ${view === 'list' ? 'sk-view--list' : ''}"></span>`);
    const header: CalendarHeader = {
      view,
      weekDays: this.#width.value.weekDays,
      title: this.#periodTitle(),
      filters: this.#filters,
      activities: this.activities,
      exportFailed: this.exportFailed,
      renderText: (value) => this.renderFeedText(value),
      step: (direction) => this.#navigation.step(direction, this.#width.value.weekDays),
      showToday: () => this.goTo(this.#navigation.today()),
      switchView: (name) => (this.view = name),
      exportEvents: () => void this.#exportShownEvents(),
    };
    const grid = view === 'list' ? undefined : this.#views.loaded[view];
    const swipe = grid && (this.#swipe ??= grid.swipeHandlers((direction) => this.#navigation.step(direction, this.#width.value.weekDays)));
    return html`<div class="calendar calendar--${view} ${this.#width.value.narrow ? 'is-narrow' : ''}">
      ${renderToolbar(header)} ${renderFilters(feed, header)}
      ${this.displayZone !== feed.timeZone
        ? html`<p class="zone-note">${msg(str`Times in the time zone ${this.displayZone}`, { id: 'calendar.zone-note', desc: 'Note when times are shown in another time zone than the feed\'s; the placeholder is e.g. "Asia/Tokyo".' })}</p>`
        : nothing}
      ${this.#dialog.dialogFailed || this.#occurrences.failed ? renderChunkFailure() : nothing}
      <p class="visually-hidden">${eventCount(this.locale, period.occurrences.length)}</p>
      <div class="view" @pointerdown=${swipe?.pointerdown} @pointerup=${swipe?.pointerup} @pointercancel=${swipe?.pointercancel} @click=${swipe?.click}>${body}</div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcer.text}</div>
      ${this.#dialog.render((module, content) =>
        module.renderDialog(this.#viewContext(feed, content.kind === 'day' ? this.#occurrencesBetween(feed, content.date, content.date) : []), content, this.#dialog),
      )}
    </div>`;
  }

  #renderEmpty(feed: Feed): TemplateResult {
    const next = this.#filters.active ? undefined : this.#occurrences.nextAfter(feed, this.visibleRange.end, this.displayZone)?.first;
    const clearFilters = () => void this.#filters.set([], '');
    return renderEmpty({ locale: this.locale, view: this.currentView, weekDays: this.#width.value.weekDays, filtered: this.#filters.active, next, clearFilters, goTo: (date) => this.goTo(date) });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const feed = this.feedSnapshot.feed;
    if (!feed) return;
    adoptCategoryColors(this.renderRoot, feed);
    const view = this.currentView;
    const range = this.visibleRange;
    const key = `${view}|${range.start}|${range.end}`;
    if (key !== this.#lastViewKey) {
      const first = !this.#lastViewKey;
      this.#lastViewKey = key;
      this.dispatchEvent(new BalticViewChangeEvent({ view, ...range }));
      if (!first) this.#announceView();
      this.#linkState.monthShown();
    }
    if (this.#navigation.focusAfterUpdate) {
      this.#navigation.focusAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
    }
  }

  // ————— Navigation —————

  /** Shows the period of `date` (and focuses it in the month grid; on a phone, chooses it). */
  goTo(date: CalendarDate): void {
    this.#navigation.goTo(date);
  }

  #announceView(): void {
    const period = this.shownPeriod();
    // A comma after the title: a full stop would double the one a Russian date ends with ("1 декабря 2026 г.").
    if (period) this.inOwnLanguage(() => this.#announcer.announce(`${viewName(period.view)}: ${this.#periodTitle()}, ${eventCount(this.locale, period.occurrences.length)}`));
  }

  /** Downloads the events shown (period and filters, weekly activities included) as one calendar file. */
  async #exportShownEvents(): Promise<void> {
    const feed = this.feedSnapshot.feed;
    const period = this.shownPeriod();
    if (!feed || !period) return;
    this.exportFailed = false;
    try {
      await exportPeriod(feed, period, { lang: this.locale, feedUrl: this.src });
    } catch (error) {
      console.warn('[baltic-event-calendar] the calendar file could not be made', error);
      this.exportFailed = true;
    }
  }

  // ————— The link state (URL hash) —————

  /** Opens the details of an event by its id (also moves the calendar to its first day). */
  openEvent(eventId: string): boolean {
    const feed = this.feedSnapshot.feed;
    const occurrence = feed && this.#occurrences.ofEvent(feed, eventId, this.displayZone);
    if (!occurrence) return false;
    this.#navigation.goTo(occurrence.first);
    this.#dialog.openOccurrence(occurrence, undefined);
    return true;
  }

  /** Prefix of this calendar's parameters in the URL hash. */
  get linkPrefix(): string {
    return this.id || 'calendar';
  }

  get openEventId(): string | undefined {
    const content = this.#dialog.content;
    return content?.kind === 'event' ? content.occurrence.key : undefined;
  }

  get shownMonth(): string | undefined {
    return this.currentView === 'list' ? undefined : this.#navigation.anchor().slice(0, 7);
  }

  showMonth(month: string): void {
    const day = calendarDay(`${month}-01`);
    if (day && month !== this.shownMonth) this.#navigation.goTo(day);
  }

  dismissEvent(): void {
    this.#dialog.dismiss();
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'baltic-event-calendar': BalticEventCalendar;
  }
}

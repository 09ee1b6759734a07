import { html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_TIME_ZONE } from '../../feed/constants.js';
import type { Feed, FeedEvent } from '../../feed/schema.js';
import { addDays, isValidTimeZone, zonedDate, type CalendarDate } from '../../feed/time.js';
import { msg, str } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { defineElement } from '../../internal/define.js';
import { BalticEventSelectEvent } from '../../internal/events.js';
import { categoryColorSheet, eventCount, LIST_PAGE, type ViewContext } from './calendar-context.js';
import type { DialogContent } from './calendar-dialog.js';
import { renderEmpty } from './calendar-empty.js';
import { BalticFilterChangeEvent, BalticViewChangeEvent, type CalendarView } from './calendar-events.js';
import { periodTitle, renderFilters, renderToolbar, viewName, VIEWS, type CalendarHeader } from './calendar-header.js';
import { weekStart } from '../../presentation/dates.js';
import { addMonths, calendarDay, monthEnd, monthStart, monthWeeks, touching, type ListDay, type Occurrence } from './calendar-layout.js';
import type { LinkStateHost, LinkStateSync } from './calendar-link-state.js';
import { CalendarOccurrences, type OccurrenceQuery } from './calendar-occurrences.js';
import { loadPart, VIEW_MODULES, type ViewModules } from './calendar-parts.js';
import { presentationStyles } from '../../presentation/styles.js';
import { eventCalendarStyles } from './event-calendar.styles.js';

/** Below this container width the calendar shows the list, unless `view` is set. */
export const NARROW_WIDTH = 600;

/**
 * @summary The association's events in a month grid, a week time grid or a list, with
 * category chips, search and a details dialog. Works on phones (narrow containers get the
 * list), with a keyboard and with screen readers; times in the feed's time zone. "Export
 * these events" saves the events shown, with the chosen categories and search, as one .ics
 * file; each event's dialog has its own add-to-calendar button.
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
 * @csspart search - The search field.
 * @csspart chip - A category chip.
 * @csspart export - The "Export these events" button: the events shown, with the filters, as one .ics file.
 * @csspart export-problem - The message shown when that file could not be made.
 * @csspart empty - What an empty month, week or list says (with a link to the next event).
 * @csspart month - The month grid.
 * @csspart day - A day cell of the month grid.
 * @csspart event - An event (bar, block or list row).
 * @csspart more - The "+N more" button of a full day.
 * @csspart week - The week time grid.
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
    focusDate: { state: true },
    narrow: { state: true },
    query: { state: true },
    chosenCategories: { state: true },
    listLimit: { state: true },
    dialogContent: { state: true },
    announcement: { state: true },
    exportFailed: { state: true },
  };

  /** `month`, `week` or `list`. Unset: month, or list in a container narrower than 600 px. The view switcher sets it. */
  declare view?: CalendarView;

  /** The day (`YYYY-MM-DD`) or month (`YYYY-MM`) to show first; default today. */
  declare date?: string;

  /** The time zone times are shown in: `feed` (default: the feed's own, e.g. Europe/Helsinki), `visitor` (the visitor's device), or an IANA name. */
  declare timeZone: string;

  /** Shows the sessions of the feed's weekly activities (`schedule`) as occurrences too. */
  declare activities: boolean;

  /** Keeps the month shown and the open event in the page's URL hash: links can be shared, and Back closes the event. */
  declare linkState: boolean;

  /** Category ids chosen first, comma separated (e.g. `culture,education`); the visitor can change them with the chips. */
  declare categories?: string;

  declare private focusDate?: CalendarDate;
  declare private narrow: boolean;
  declare private query: string;
  declare private chosenCategories?: string[];
  declare private listLimit: number;
  declare private dialogContent?: DialogContent;
  declare private announcement: string;
  /** The last "Export these events" failed (the iCal chunk could not be loaded): said beside the button until the next try. */
  declare private exportFailed?: boolean;

  readonly #occurrences = new CalendarOccurrences(this);
  #resizeObserver?: ResizeObserver;
  #listObserver?: IntersectionObserver;
  #opener?: { element: HTMLElement; key?: string; date?: CalendarDate };
  #linkSync?: LinkStateSync;
  #linkSyncLoading = false;
  #lastViewKey = '';
  #announceTimer?: ReturnType<typeof setTimeout>;
  #focusAfterUpdate = false;
  #scrolledWeek = '';
  #colors?: { feed: Feed; sheet: CSSStyleSheet };
  /** Loaded on demand: the dialog's content (with the first opening), each view's code. */
  #dialogModule?: typeof import('./calendar-dialog.js');
  #viewModules: ViewModules = {};
  #requestedViews = new Set<CalendarView>();

  constructor() {
    super();
    this.timeZone = 'feed';
    this.activities = false;
    this.linkState = false;
    this.narrow = false;
    this.query = '';
    this.listLimit = LIST_PAGE;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      const narrow = !!entry && entry.contentRect.width > 0 && entry.contentRect.width < NARROW_WIDTH;
      // In the next frame: changing the layout inside the observer's callback would loop.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.#resizeObserver.observe(this);
    // Known before the first render, so that a phone loads and shows the list straight away.
    const width = this.getBoundingClientRect().width;
    if (width > 0) this.narrow = width < NARROW_WIDTH;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#listObserver?.disconnect();
    this.#linkSync?.disconnect();
    this.#linkSync = undefined;
    clearTimeout(this.#announceTimer);
  }

  /** The view shown: the `view` attribute, else month (list when narrow). */
  get currentView(): CalendarView {
    if (this.view && VIEWS.includes(this.view)) return this.view;
    return this.narrow ? 'list' : 'month';
  }

  /** The first and last day shown (for the list: from its first day to the last day with an event in it). */
  get visibleRange(): { start: CalendarDate; end: CalendarDate } {
    const anchor = this.#anchorDate();
    switch (this.currentView) {
      case 'month': {
        const weeks = monthWeeks(anchor);
        return { start: weeks[0]![0]!, end: weeks.at(-1)!.at(-1)! };
      }
      case 'week':
        return { start: weekStart(anchor), end: addDays(weekStart(anchor), 6) };
      default: {
        const feed = this.feedSnapshot.feed;
        const days = feed ? this.#listDaysShown(feed) : [];
        return { start: anchor, end: days.at(-1)?.date ?? anchor };
      }
    }
  }

  /** The time zone times are shown in. */
  get displayZone(): string {
    const feedZone = this.feedSnapshot.feed?.timeZone ?? DEFAULT_TIME_ZONE;
    if (!this.timeZone || this.timeZone === 'feed') return feedZone;
    if (this.timeZone === 'visitor') return Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isValidTimeZone(this.timeZone) ? this.timeZone : feedZone;
  }

  #today(): CalendarDate {
    return zonedDate(Date.now(), this.displayZone);
  }

  #anchorDate(): CalendarDate {
    if (this.focusDate) return this.focusDate;
    const date = this.date?.trim();
    return calendarDay(date?.length === 7 ? `${date}-01` : date) ?? this.#today();
  }

  #selectedCategories(): string[] {
    return this.chosenCategories ?? (this.categories ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new `date` from the page wins over where the visitor had navigated.
    if (changed.has('date') && this.hasUpdated) this.focusDate = undefined;
    this.#requestView(this.currentView);
  }

  /** Starts loading a view's code (in parallel with the feed), and renders again when it is there. */
  #requestView(view: CalendarView): void {
    if (this.#requestedViews.has(view)) return;
    this.#requestedViews.add(view);
    void loadPart<{ styles: CSSResult }>(this.renderRoot, VIEW_MODULES[view]()).then((module) => {
      this.#viewModules = { ...this.#viewModules, [view]: module };
      this.requestUpdate();
    });
  }

  // ————— Occurrences —————

  #occurrenceQuery(): OccurrenceQuery {
    return { zone: this.displayZone, activities: this.activities, categories: this.#selectedCategories(), query: this.query };
  }

  /** The occurrences (filtered) touching the days from `from` to `to`, activities' sessions included when asked for. */
  #occurrencesBetween(feed: Feed, from: CalendarDate, to: CalendarDate): Occurrence[] {
    return this.#occurrences.between(feed, from, to, this.#occurrenceQuery());
  }

  #listDaysShown(feed: Feed): ListDay[] {
    return this.#occurrences.listDays(feed, this.#anchorDate(), this.#occurrenceQuery());
  }

  #viewContext(feed: Feed, occurrences: Occurrence[]): ViewContext {
    return {
      feed,
      locale: this.locale,
      zone: this.displayZone,
      today: this.#today(),
      anchor: this.#anchorDate(),
      occurrences,
      now: Date.now(),
      text: (value) => this.feedText(value),
      renderText: (value) => this.renderFeedText(value),
      openOccurrence: (occurrence, opener) => this.#openOccurrence(occurrence, opener),
      openDay: (date, opener) => this.#openDay(date, opener),
    };
  }

  // ————— Rendering —————

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
    return periodTitle(this.locale, this.currentView, this.#anchorDate());
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const view = this.currentView;
    const { start, end } = view === 'list' ? { start: this.#anchorDate(), end: this.#anchorDate() } : this.visibleRange;
    const modules = this.#viewModules;
    let body: TemplateResult | undefined;
    let count: number;
    if (view === 'list') {
      const days = this.#listDaysShown(feed);
      count = new Set(days.flatMap((day) => day.occurrences)).size;
      if (!days.length) body = this.#renderEmpty(feed);
      else if (modules.list) body = modules.list.renderListView(this.#viewContext(feed, []), days, this.listLimit, 'title', () => this.#showMoreRows());
    } else {
      const occurrences = this.#occurrencesBetween(feed, start, end);
      const context = this.#viewContext(feed, occurrences);
      count = view === 'month' ? touching(occurrences, monthStart(this.#anchorDate()), monthEnd(this.#anchorDate())).length : occurrences.length;
      if (view === 'month' && modules.month) body = modules.month.renderMonthView(context, 'title', { moveTo: (date) => this.#moveFocusTo(date) });
      if (view === 'week' && modules.week) body = modules.week.renderWeekView(context, 'title');
      if (body && !count) body = html`${this.#renderEmpty(feed)}${body}`;
    }
    body ??= html`<span class="skeleton sk-view ${view === 'list' ? 'sk-view--list' : ''}"></span>`;
    const zoneNote =
      this.displayZone !== feed.timeZone
        ? msg(str`Times in the time zone ${this.displayZone}`, { id: 'calendar.zone-note', desc: 'Note when times are shown in another time zone than the feed\'s; the placeholder is e.g. "Asia/Tokyo".' })
        : '';
    const header: CalendarHeader = {
      view,
      title: this.#periodTitle(),
      query: this.query,
      categories: this.#selectedCategories(),
      activities: this.activities,
      exportFailed: this.exportFailed,
      renderText: (value) => this.renderFeedText(value),
      step: (direction) => this.#step(direction),
      showToday: () => this.goTo(this.#today()),
      switchView: (name) => this.#switchView(name),
      setFilter: (categories, query) => void this.#setFilter(categories, query),
      exportEvents: () => void this.#exportShownEvents(),
    };
    return html`<div class="calendar calendar--${view} ${this.narrow ? 'is-narrow' : ''}">
      ${renderToolbar(header)} ${renderFilters(feed, header)}
      ${zoneNote ? html`<p class="zone-note">${zoneNote}</p>` : nothing}
      <p class="visually-hidden">${eventCount(this.locale, count)}</p>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <dialog
        part="dialog"
        class="dialog"
        aria-labelledby="dialog-title"
        @close=${() => this.#onDialogClosed()}
        @click=${(event: MouseEvent) => event.target === event.currentTarget && this.#closeDialog()}
      >
        <div class="dialog__body">${this.#renderDialogContent(feed)}</div>
      </dialog>
    </div>`;
  }

  #renderEmpty(feed: Feed): TemplateResult {
    const filtered = !!this.query.trim() || this.#selectedCategories().length > 0;
    return renderEmpty({
      locale: this.locale,
      view: this.currentView,
      filtered,
      next: filtered ? undefined : this.#occurrences.all(feed, this.displayZone).find((occurrence) => occurrence.first > this.visibleRange.end)?.first,
      clearFilters: () => void this.#setFilter([], ''),
      goTo: (date) => this.goTo(date),
    });
  }

  #renderDialogContent(feed: Feed): TemplateResult | typeof nothing {
    const content = this.dialogContent;
    if (!content || !this.#dialogModule) return nothing;
    const context = this.#viewContext(feed, content.kind === 'day' ? this.#occurrencesBetween(feed, content.date, content.date) : []);
    return this.#dialogModule.renderDialog(context, content, {
      url: (url) => this.feedUrl(url),
      close: () => this.#closeDialog(),
      showDay: (date) => this.#showDialog({ kind: 'day', date }),
      rendered: () => this.requestUpdate(),
      feed: this.feed,
      src: this.src,
      theme: this.theme,
    });
  }

  // ————— After rendering —————

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const feed = this.feedSnapshot.feed;
    if (!feed) return;
    this.#adoptCategoryColors(feed);
    this.#syncLinkState();
    const view = this.currentView;
    const range = this.visibleRange;
    const key = `${view}|${range.start}|${range.end}`;
    if (key !== this.#lastViewKey) {
      const first = !this.#lastViewKey;
      this.#lastViewKey = key;
      this.dispatchEvent(new BalticViewChangeEvent({ view, ...range }));
      if (!first) this.#announceView();
      this.#linkSync?.monthShown();
    }
    if (view === 'week' && this.#scrolledWeek !== key && this.#scrollWeekToMorning()) this.#scrolledWeek = key;
    if (view === 'list') this.#observeListEnd();
    if (this.#focusAfterUpdate) {
      this.#focusAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
    }
  }

  /** The feed's category colours, as a stylesheet of the shadow root (replaced when the feed changes). */
  #adoptCategoryColors(feed: Feed): void {
    if (this.#colors?.feed === feed) return;
    const root = this.renderRoot as ShadowRoot;
    const previous = this.#colors?.sheet;
    this.#colors = { feed, sheet: categoryColorSheet(feed) };
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((sheet) => sheet !== previous), this.#colors.sheet];
  }

  /** Scrolls a new week to the morning; false while the week view is not there yet. */
  #scrollWeekToMorning(): boolean {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.week-view__scroller');
    const column = this.renderRoot.querySelector<HTMLElement>('.week-view__column');
    if (!scroller || !column) return false;
    scroller.scrollTop = (column.offsetHeight / 24) * 7.5;
    return true;
  }

  #observeListEnd(): void {
    const end = this.renderRoot.querySelector('[data-list-end]');
    this.#listObserver?.disconnect();
    if (!end || typeof IntersectionObserver === 'undefined') return;
    this.#listObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#showMoreRows();
      },
      { rootMargin: '800px 0px' },
    );
    this.#listObserver.observe(end);
  }

  #showMoreRows(): void {
    this.#listObserver?.disconnect();
    this.listLimit += LIST_PAGE;
  }

  // ————— Navigation —————

  #step(direction: 1 | -1): void {
    const anchor = this.#anchorDate();
    this.goTo(this.currentView === 'week' ? addDays(anchor, 7 * direction) : addMonths(this.currentView === 'list' ? monthStart(anchor) : anchor, direction));
  }

  /** Shows the period of `date` (and focuses it in the month grid). */
  goTo(date: CalendarDate): void {
    this.focusDate = calendarDay(date) ?? this.#anchorDate();
    this.listLimit = LIST_PAGE;
  }

  #switchView(view: CalendarView): void {
    if (view === this.currentView) return;
    this.view = view;
    this.listLimit = LIST_PAGE;
  }

  /** Moves the month grid's focus to a day (showing its month). */
  #moveFocusTo(date: CalendarDate): void {
    this.focusDate = calendarDay(date) ?? this.#anchorDate();
    this.#focusAfterUpdate = true;
  }

  #announceView(): void {
    const feed = this.feedSnapshot.feed;
    if (!feed) return;
    this.inOwnLanguage(() => this.#announce(`${viewName(this.currentView)}: ${this.#periodTitle()}. ${this.#visibleCountText(feed)}`));
  }

  #visibleCountText(feed: Feed): string {
    if (this.currentView === 'list') return eventCount(this.locale, new Set(this.#listDaysShown(feed).flatMap((day) => day.occurrences)).size);
    const anchor = this.#anchorDate();
    const [from, to] = this.currentView === 'week' ? [weekStart(anchor), addDays(weekStart(anchor), 6)] : [monthStart(anchor), monthEnd(anchor)];
    return eventCount(this.locale, this.#occurrencesBetween(feed, from, to).length);
  }

  #announce(text: string, delay = 0): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      // The same words twice are announced again only if the region changes in between.
      this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    }, delay);
  }

  // ————— Filters —————

  async #setFilter(categories: string[], query: string): Promise<void> {
    const queryChanged = query !== this.query;
    // The field shows what is typed at once; the events follow when the filter code is there (the first time).
    this.query = query;
    await this.#occurrences.loadFilters();
    this.chosenCategories = categories;
    this.query = query;
    this.listLimit = LIST_PAGE;
    this.dispatchEvent(new BalticFilterChangeEvent({ categories: [...categories], query }));
    const feed = this.feedSnapshot.feed;
    if (feed) this.inOwnLanguage(() => this.#announce(this.#visibleCountText(feed), queryChanged ? 600 : 0));
  }

  /** The events shown now (the period and the filters), as in the view. */
  shownEvents(): FeedEvent[] {
    const feed = this.feedSnapshot.feed;
    if (!feed) return [];
    const occurrences =
      this.currentView === 'list'
        ? this.#listDaysShown(feed).flatMap((day) => day.occurrences)
        : this.#occurrencesBetween(feed, this.visibleRange.start, this.visibleRange.end);
    return [...new Set(occurrences.flatMap((occurrence) => (occurrence.event ? [occurrence.event] : [])))];
  }

  /** Downloads the events shown (period and filters) as one calendar file. */
  async #exportShownEvents(): Promise<void> {
    const feed = this.feedSnapshot.feed;
    if (!feed) return;
    this.exportFailed = false;
    try {
      const { buildCalendarFile, downloadCalendarFile } = await import('../../ics/calendar-file.js');
      const text = await buildCalendarFile(feed, { lang: this.locale, events: this.shownEvents(), feedUrl: this.src });
      downloadCalendarFile(text, 'events.ics');
    } catch (error) {
      console.warn('[baltic-event-calendar] the calendar file could not be made', error);
      this.exportFailed = true;
    }
  }

  // ————— The dialog —————

  /** Opens the details of an event by its id (also moves the calendar to its first day). */
  openEvent(eventId: string): boolean {
    const feed = this.feedSnapshot.feed;
    const occurrence = feed && this.#occurrences.all(feed, this.displayZone).find((candidate) => candidate.key === eventId);
    if (!occurrence) return false;
    this.focusDate = occurrence.first;
    this.#openOccurrence(occurrence, undefined);
    return true;
  }

  #openOccurrence(occurrence: Occurrence, opener: HTMLElement | undefined): void {
    const fromDay = this.dialogContent?.kind === 'day' ? this.dialogContent.date : undefined;
    if (!fromDay) this.#opener = opener ? { element: opener, key: occurrence.key } : undefined;
    this.#showDialog({ kind: 'event', occurrence, fromDay });
    this.dispatchEvent(new BalticEventSelectEvent({ eventId: occurrence.key }));
    if (occurrence.event) this.#linkSync?.eventOpened(occurrence.key);
  }

  #openDay(date: CalendarDate, opener: HTMLElement): void {
    this.#opener = { element: opener, date };
    this.#showDialog({ kind: 'day', date });
  }

  #showDialog(content: DialogContent): void {
    this.dialogContent = content;
    void loadPart(this.renderRoot, import('./calendar-dialog.js'))
      .then((module) => {
        if (!this.#dialogModule) {
          this.#dialogModule = module;
          this.requestUpdate();
        }
        return this.updateComplete;
      })
      .then(() => {
        const dialog = this.renderRoot.querySelector('dialog');
        if (dialog && !dialog.open) dialog.showModal();
        dialog?.querySelector<HTMLElement>('.dialog__back, .dialog__close')?.focus();
      });
  }

  #closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #onDialogClosed(): void {
    const wasEvent = this.dialogContent?.kind === 'event';
    this.dialogContent = undefined;
    if (wasEvent) this.#linkSync?.eventClosed();
    const opener = this.#opener;
    this.#opener = undefined;
    void this.updateComplete.then(() => {
      if (opener?.element.isConnected) return opener.element.focus();
      const selector = opener?.key ? `[data-key="${CSS.escape(opener.key)}"]` : '[role="gridcell"][tabindex="0"]';
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  // ————— Link state (URL hash) —————

  /** Prefix of this calendar's parameters in the URL hash. */
  get linkPrefix(): string {
    return this.id || 'calendar';
  }

  get openEventId(): string | undefined {
    return this.dialogContent?.kind === 'event' ? this.dialogContent.occurrence.key : undefined;
  }

  get shownMonth(): string | undefined {
    return this.currentView === 'list' ? undefined : this.#anchorDate().slice(0, 7);
  }

  showMonth(month: string): void {
    const day = calendarDay(`${month}-01`);
    if (day && month !== this.shownMonth) this.focusDate = day;
  }

  dismissEvent(): void {
    if (!this.dialogContent) return;
    this.dialogContent = undefined;
    this.#closeDialog();
  }

  /** Loads the link-state code when `link-state` is set (applying the hash once), drops it when unset. */
  #syncLinkState(): void {
    if (!this.linkState) {
      this.#linkSync?.disconnect();
      this.#linkSync = undefined;
      return;
    }
    if (this.#linkSync || this.#linkSyncLoading) return;
    this.#linkSyncLoading = true;
    void import('./calendar-link-state.js').then(({ LinkStateSync }) => {
      this.#linkSyncLoading = false;
      if (!this.linkState || !this.isConnected) return;
      this.#linkSync = new LinkStateSync(this);
      this.#linkSync.apply();
      this.#linkSync.monthShown();
    });
  }
}

defineElement('baltic-event-calendar', BalticEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'baltic-event-calendar': BalticEventCalendar;
  }
}
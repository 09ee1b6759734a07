import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/schema.js';
import { addDays, isValidTimeZone, zonedDate, type CalendarDate } from '../../feed/time.js';
import { formatCalendarDate, formatDateRange } from '../../i18n/dates.js';
import { msg, str } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { defineElement } from '../../internal/define.js';
import { BalticEventSelectEvent } from '../../internal/events.js';
import { categoryStyle, type ViewContext } from './calendar-context.js';
import { renderDayList, renderDetails, type DialogParts } from './calendar-dialog.js';
import { BalticFilterChangeEvent, BalticViewChangeEvent, type CalendarView } from './calendar-events.js';
import { filterOccurrences } from './calendar-filters.js';
import { dayForKey } from './calendar-keyboard.js';
import {
  activityOccurrences,
  addMonths,
  byStart,
  eventOccurrences,
  listDays,
  monthEnd,
  monthStart,
  monthWeeks,
  touching,
  weekStart,
  type ListDay,
  type Occurrence,
} from './calendar-layout.js';
import { readLinkState, writeLinkState } from './calendar-link-state.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { LIST_PAGE, renderListView } from './list-view.js';
import { eventCount, renderMonthView } from './month-view.js';
import { renderWeekView } from './week-view.js';

/** Below this container width the calendar shows the list, unless `view` is set. */
export const NARROW_WIDTH = 600;

/** How far ahead the list shows sessions of weekly activities (they repeat forever). */
const LIST_ACTIVITY_DAYS = 62;

const VIEWS: readonly CalendarView[] = ['month', 'week', 'list'];

type DialogContent = { kind: 'event'; occurrence: Occurrence; fromDay?: CalendarDate } | { kind: 'day'; date: CalendarDate };

/**
 * @summary The association's events in a month grid, a week time grid or a list, with
 * category chips, search and a details dialog. Works on phones (narrow containers get the
 * list), with a keyboard and with screen readers; times in the feed's time zone.
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
 * @csspart title - The month, week or list title.
 * @csspart filters - Search field and category chips.
 * @csspart chip - A category chip.
 * @csspart month - The month grid.
 * @csspart day - A day cell of the month grid.
 * @csspart event - An event (bar, block or list row).
 * @csspart more - The "+N more" button of a full day.
 * @csspart week - The week time grid.
 * @csspart list - The list view.
 * @csspart show-more - The button that adds more events to the list.
 * @csspart dialog - The details dialog.
 * @csspart dialog-title - The dialog's heading.
 * @csspart description - The event's description in the dialog.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button.
 * @csspart stale-notice - The notice shown over saved (older) information.
 *
 * @cssprop --baltic-color-accent - Accent colour (today, buttons, focus). Every colour property takes `light-dark(light, dark)`.
 * @cssprop --baltic-color-surface - Background.
 * @cssprop --baltic-color-surface-alt - Background of days outside the month and of the toolbar buttons.
 * @cssprop --baltic-color-text - Text colour.
 * @cssprop --baltic-color-muted - Secondary text colour (past events, other months).
 * @cssprop --baltic-color-border - Grid lines.
 * @cssprop --baltic-radius - Corner radius.
 * @cssprop --baltic-font-family - Font (default: the page's).
 * @cssprop --baltic-event-calendar-day-height - Minimum height of a day cell of the month grid (default 7.25rem).
 * @cssprop --baltic-event-calendar-hour-height - Height of an hour in the week view (default 2.75rem).
 */
export class BalticEventCalendar extends BalticElement {
  static override styles = [...BalticElement.styles, eventCalendarStyles];

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
    sanitized: { state: true },
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
  declare private sanitized: Map<string, string>;

  private resizeObserver?: ResizeObserver;
  private listObserver?: IntersectionObserver;
  private opener?: { element: HTMLElement; key?: string; date?: CalendarDate };
  private pushedHistory = false;
  private lastViewKey = '';
  private announceTimer?: ReturnType<typeof setTimeout>;
  private linkStateApplied = false;
  private addToCalendarRequested = false;
  private occurrenceCache?: { feed: Feed; zone: string; list: Occurrence[] };
  private focusAfterUpdate = false;

  constructor() {
    super();
    this.timeZone = 'feed';
    this.activities = false;
    this.linkState = false;
    this.narrow = false;
    this.query = '';
    this.listLimit = LIST_PAGE;
    this.announcement = '';
    this.sanitized = new Map();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const narrow = !!entry && entry.contentRect.width > 0 && entry.contentRect.width < NARROW_WIDTH;
      if (narrow !== this.narrow) this.narrow = narrow;
    });
    this.resizeObserver.observe(this);
    window.addEventListener('popstate', this.onHistory);
    window.addEventListener('hashchange', this.onHistory);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.listObserver?.disconnect();
    window.removeEventListener('popstate', this.onHistory);
    window.removeEventListener('hashchange', this.onHistory);
    clearTimeout(this.announceTimer);
  }

  /** The view shown: the `view` attribute, else month (list when narrow). */
  get currentView(): CalendarView {
    if (this.view && VIEWS.includes(this.view)) return this.view;
    return this.narrow ? 'list' : 'month';
  }

  /** The first and last day shown (for the list: from the anchor day to the last event added so far). */
  get visibleRange(): { start: CalendarDate; end: CalendarDate } {
    const anchor = this.anchorDate();
    switch (this.currentView) {
      case 'month': {
        const weeks = monthWeeks(anchor);
        return { start: weeks[0]![0]!, end: weeks.at(-1)!.at(-1)! };
      }
      case 'week':
        return { start: weekStart(anchor), end: addDays(weekStart(anchor), 6) };
      default: {
        const feed = this.feedSnapshot.feed;
        const days = feed ? this.listDaysShown(feed) : [];
        return { start: anchor, end: days.at(-1)?.date ?? anchor };
      }
    }
  }

  /** The time zone times are shown in. */
  get displayZone(): string {
    const feedZone = this.feedSnapshot.feed?.timeZone ?? 'Europe/Helsinki';
    if (!this.timeZone || this.timeZone === 'feed') return feedZone;
    if (this.timeZone === 'visitor') return Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isValidTimeZone(this.timeZone) ? this.timeZone : feedZone;
  }

  private today(): CalendarDate {
    return zonedDate(Date.now(), this.displayZone);
  }

  private anchorDate(): CalendarDate {
    if (this.focusDate) return this.focusDate;
    const date = this.date?.trim();
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
    if (date && /^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
    return this.today();
  }

  private selectedCategories(): string[] {
    return this.chosenCategories ?? (this.categories ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('date') && changed.get('date') !== undefined) this.focusDate = undefined;
  }

  // ————— Occurrences —————

  private allEvents(feed: Feed): Occurrence[] {
    const zone = this.displayZone;
    if (this.occurrenceCache?.feed !== feed || this.occurrenceCache.zone !== zone) {
      this.occurrenceCache = { feed, zone, list: eventOccurrences(feed, zone) };
    }
    return this.occurrenceCache.list;
  }

  /** The occurrences (filtered) touching the days from `from` to `to`, activities' sessions included when asked for. */
  private occurrencesBetween(feed: Feed, from: CalendarDate, to: CalendarDate): Occurrence[] {
    const events = touching(this.allEvents(feed), from, to);
    const all = this.activities ? [...events, ...activityOccurrences(feed, addDays(from, -1), to, this.displayZone)].sort(byStart) : events;
    return filterOccurrences(touching(all, from, to), { categories: this.selectedCategories(), query: this.query }, feed);
  }

  private listDaysCache?: { key: string; days: ListDay[] };
  private listDaysShown(feed: Feed): ListDay[] {
    const anchor = this.anchorDate();
    const key = [anchor, this.displayZone, this.activities, this.query, this.selectedCategories().join()].join('|');
    if (this.listDaysCache?.key !== key || this.occurrenceCache?.feed !== feed) {
      const events = this.allEvents(feed).filter((occurrence) => occurrence.last >= anchor);
      const all = this.activities ? [...events, ...activityOccurrences(feed, anchor, addDays(anchor, LIST_ACTIVITY_DAYS), this.displayZone)].sort(byStart) : events;
      const filtered = filterOccurrences(all, { categories: this.selectedCategories(), query: this.query }, feed);
      this.listDaysCache = { key, days: listDays(filtered, anchor) };
    }
    return this.listDaysCache.days;
  }

  private viewContext(feed: Feed, occurrences: Occurrence[]): ViewContext {
    return {
      feed,
      locale: this.locale,
      zone: this.displayZone,
      today: this.today(),
      anchor: this.anchorDate(),
      occurrences,
      now: Date.now(),
      text: (value) => this.feedText(value),
      renderText: (value) => this.renderFeedText(value),
      openOccurrence: (occurrence, opener) => this.openOccurrence(occurrence, opener),
      openDay: (date, opener) => this.openDay(date, opener),
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

  private periodTitle(): string {
    const anchor = this.anchorDate();
    if (this.currentView === 'week') {
      const monday = weekStart(anchor);
      return formatDateRange(this.locale, monday, addDays(monday, 6), { day: 'numeric', month: 'long', year: 'numeric' });
    }
    if (this.currentView === 'list') {
      return msg(str`From ${formatCalendarDate(this.locale, anchor)}`, { id: 'calendar.list-title', desc: 'Title of the list view; the placeholder is a date ("5 December 2026").' });
    }
    return formatCalendarDate(this.locale, anchor, { month: 'long', year: 'numeric' });
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const view = this.currentView;
    const { start, end } = view === 'list' ? { start: this.anchorDate(), end: this.anchorDate() } : this.visibleRange;
    let body: TemplateResult;
    let count: number;
    if (view === 'list') {
      const days = this.listDaysShown(feed);
      count = new Set(days.flatMap((day) => day.occurrences)).size;
      body = renderListView(this.viewContext(feed, []), days, this.listLimit, 'title', () => this.showMoreRows());
      if (!days.length) body = this.renderEmpty(feed);
    } else {
      const occurrences = this.occurrencesBetween(feed, start, end);
      const context = this.viewContext(feed, occurrences);
      count = view === 'month' ? occurrences.filter((o) => o.last >= monthStart(start > this.anchorDate() ? start : this.anchorDate()) && o.first <= monthEnd(this.anchorDate())).length : occurrences.length;
      body = view === 'month' ? renderMonthView(context, 'title', (event) => this.onGridKeydown(event)) : renderWeekView(context, 'title');
      if (view === 'week' && !occurrences.length) body = html`${body}${this.renderEmpty(feed)}`;
    }
    const zoneNote =
      this.displayZone !== feed.timeZone
        ? msg(str`Times in the time zone ${this.displayZone}`, { id: 'calendar.zone-note', desc: 'Note when times are shown in another time zone than the feed\'s; the placeholder is e.g. "Asia/Tokyo".' })
        : '';
    return html`<div class="calendar calendar--${view} ${this.narrow ? 'is-narrow' : ''}">
      ${this.renderToolbar(view)} ${this.renderFilters(feed)}
      ${zoneNote ? html`<p class="zone-note">${zoneNote}</p>` : nothing}
      <p class="visually-hidden">${eventCount(this.locale, count)}</p>
      ${view === 'month' && !count ? this.renderEmpty(feed) : nothing} ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <dialog
        part="dialog"
        class="dialog"
        aria-labelledby="dialog-title"
        @close=${() => this.onDialogClosed()}
        @click=${(event: MouseEvent) => event.target === event.currentTarget && this.closeDialog()}
      >
        <div class="dialog__body">${this.renderDialogContent(feed)}</div>
      </dialog>
    </div>`;
  }

  private renderEmpty(feed: Feed): TemplateResult {
    const filtered = !!this.query.trim() || this.selectedCategories().length > 0;
    const title = filtered
      ? msg('No events match the search or the chosen categories.', { id: 'calendar.empty-filtered', desc: 'Shown when the filters hide every event of the period.' })
      : this.currentView === 'list'
        ? msg('No events from this day on.', { id: 'calendar.empty-list', desc: 'The list view has no events from its first day on.' })
        : this.currentView === 'week'
          ? msg('No events this week.', { id: 'calendar.empty-week', desc: 'The week shown has no events.' })
          : msg('No events this month.', { id: 'calendar.empty-month', desc: 'The month shown has no events.' });
    const next = filtered ? undefined : this.allEvents(feed).find((occurrence) => occurrence.first > this.visibleRange.end);
    return html`<div class="empty" part="empty" role="status">
      <p class="empty__title">${title}</p>
      ${filtered
        ? html`<button type="button" class="button button--secondary" @click=${() => this.setFilter([], '')}>
            ${msg('Show all events', { id: 'calendar.clear-filters', desc: 'Button that clears the search and the category chips.' })}
          </button>`
        : next
          ? html`<button type="button" class="button button--secondary" @click=${() => this.goTo(next.first)}>
              ${msg(str`Next event: ${formatCalendarDate(this.locale, next.first)}`, { id: 'calendar.next-event', desc: 'Button in an empty month that goes to the next event; the placeholder is its date.' })}
            </button>`
          : nothing}
    </div>`;
  }

  private renderToolbar(view: CalendarView): TemplateResult {
    const labels: Record<CalendarView, string> = {
      month: msg('Month', { id: 'calendar.view.month', desc: 'View switcher: the month grid.' }),
      week: msg('Week', { id: 'calendar.view.week', desc: 'View switcher: the week time grid.' }),
      list: msg('List', { id: 'calendar.view.list', desc: 'View switcher: the list of events.' }),
    };
    const [previous, next] =
      view === 'week'
        ? [msg('Previous week', { id: 'calendar.previous-week', desc: 'Button: show the week before.' }), msg('Next week', { id: 'calendar.next-week', desc: 'Button: show the week after.' })]
        : [msg('Previous month', { id: 'calendar.previous-month', desc: 'Button: show the month before.' }), msg('Next month', { id: 'calendar.next-month', desc: 'Button: show the month after.' })];
    return html`<div class="toolbar" part="toolbar">
      <div class="toolbar__nav">
        <button type="button" class="nav-button" part="previous" @click=${() => this.step(-1)}>
          <span aria-hidden="true">‹</span><span class="visually-hidden">${previous}</span>
        </button>
        <button type="button" class="nav-button nav-button--today" part="today" @click=${() => this.goTo(this.today())}>
          ${msg('Today', { id: 'calendar.today', desc: 'Button: show today.' })}
        </button>
        <button type="button" class="nav-button" part="next" @click=${() => this.step(1)}>
          <span aria-hidden="true">›</span><span class="visually-hidden">${next}</span>
        </button>
      </div>
      <h2 class="title" id="title" part="title">${this.periodTitle()}</h2>
      <div class="views" role="group" aria-label=${msg('View', { id: 'calendar.view', desc: 'Accessible name of the view switcher.' })}>
        ${VIEWS.map(
          (name) => html`<button type="button" class="view-button" aria-pressed=${name === view ? 'true' : 'false'} @click=${() => this.switchView(name)}>
            ${labels[name]}
          </button>`,
        )}
      </div>
    </div>`;
  }

  private renderFilters(feed: Feed): TemplateResult {
    const chosen = this.selectedCategories();
    const used = new Set(feed.events.map((event) => event.category));
    if (this.activities) for (const activity of feed.schedule) used.add(activity.category);
    const categories = feed.categories.filter((category) => used.has(category.id));
    return html`<div class="filters" part="filters">
      <input
        class="search"
        type="search"
        part="search"
        .value=${this.query}
        aria-label=${msg('Search events', { id: 'calendar.search', desc: 'Accessible name of the search field.' })}
        placeholder=${msg('Search events', { id: 'calendar.search', desc: 'Accessible name of the search field.' })}
        @input=${(event: InputEvent) => this.setFilter(chosen, (event.target as HTMLInputElement).value)}
      />
      ${categories.length
        ? html`<div class="chips" role="group" aria-label=${msg('Categories', { id: 'calendar.categories', desc: 'Accessible name of the category chips.' })}>
            ${categories.map(
              (category) => html`<button
                type="button"
                class="chip"
                part="chip"
                style=${categoryStyle(category)}
                aria-pressed=${chosen.includes(category.id) ? 'true' : 'false'}
                data-category=${category.id}
                @click=${() => this.setFilter(chosen.includes(category.id) ? chosen.filter((id) => id !== category.id) : [...chosen, category.id], this.query)}
              >
                ${this.renderFeedText(category.name)}
              </button>`,
            )}
          </div>`
        : nothing}
      ${
        // "Export these events" (the filtered view as .ics) waits for src/ics/calendar-file.ts (the add-to-calendar issue).
        nothing
      }
    </div>`;
  }

  private renderDialogContent(feed: Feed): TemplateResult | typeof nothing {
    const content = this.dialogContent;
    if (!content) return nothing;
    const parts: DialogParts = {
      richText: (text) => this.sanitizedHtml(text),
      url: (url) => this.feedUrl(url),
      addToCalendar: (eventId) => this.renderAddToCalendar(eventId),
      close: () => this.closeDialog(),
    };
    if (content.kind === 'day') {
      const context = this.viewContext(feed, []);
      return renderDayList(context, content.date, this.occurrencesBetween(feed, content.date, content.date), {
        ...parts,
        close: () => this.closeDialog(),
      });
    }
    const fromDay = content.fromDay;
    return renderDetails(this.viewContext(feed, []), content.occurrence, fromDay ? { ...parts, back: () => this.showDialog({ kind: 'day', date: fromDay }) } : parts);
  }

  private renderAddToCalendar(eventId: string): TemplateResult {
    return this.feed
      ? html`<baltic-add-to-calendar .feed=${this.feed} event-id=${eventId} lang=${this.locale} theme=${this.theme}></baltic-add-to-calendar>`
      : html`<baltic-add-to-calendar src=${this.src ?? ''} event-id=${eventId} lang=${this.locale} theme=${this.theme}></baltic-add-to-calendar>`;
  }

  /** The sanitized HTML of a rich description; loads the sanitizer the first time. */
  private sanitizedHtml(text: string): string | undefined {
    const done = this.sanitized.get(text);
    if (done !== undefined) return done;
    void import('./rich-text.js').then(({ sanitizeDescription }) => {
      this.sanitized = new Map(this.sanitized).set(text, sanitizeDescription(text, (url) => this.feedUrl(url)));
    });
    return undefined;
  }

  // ————— After rendering —————

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const feed = this.feedSnapshot.feed;
    if (!feed) return;
    if (this.linkState && !this.linkStateApplied) {
      this.linkStateApplied = true;
      this.applyLinkState();
    }
    const view = this.currentView;
    const range = this.visibleRange;
    const key = `${view}|${range.start}|${range.end}`;
    if (key !== this.lastViewKey) {
      const first = !this.lastViewKey;
      this.lastViewKey = key;
      this.dispatchEvent(new BalticViewChangeEvent({ view, ...range }));
      if (!first) this.announceView();
      if (view === 'week') this.scrollWeekToMorning();
      this.writeLinkState();
    }
    if (view === 'list') this.observeListEnd();
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
    }
  }

  private scrollWeekToMorning(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.week-view__scroller');
    const column = this.renderRoot.querySelector<HTMLElement>('.week-view__column');
    if (scroller && column) scroller.scrollTop = (column.offsetHeight / 24) * 7.5;
  }

  private observeListEnd(): void {
    const end = this.renderRoot.querySelector('[data-list-end]');
    this.listObserver?.disconnect();
    if (!end || typeof IntersectionObserver === 'undefined') return;
    this.listObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.showMoreRows();
      },
      { rootMargin: '800px 0px' },
    );
    this.listObserver.observe(end);
  }

  private showMoreRows(): void {
    this.listObserver?.disconnect();
    this.listLimit += LIST_PAGE;
  }

  // ————— Navigation —————

  private step(direction: 1 | -1): void {
    const anchor = this.anchorDate();
    this.goTo(this.currentView === 'week' ? addDays(anchor, 7 * direction) : addMonths(this.currentView === 'list' ? monthStart(anchor) : anchor, direction));
  }

  /** Shows the period of `date` (and focuses it in the month grid). */
  goTo(date: CalendarDate): void {
    this.focusDate = date;
    this.listLimit = LIST_PAGE;
  }

  private switchView(view: CalendarView): void {
    if (view === this.currentView) return;
    this.view = view;
    this.listLimit = LIST_PAGE;
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    if (!cell || event.target !== cell || event.altKey || event.ctrlKey || event.metaKey) return;
    const date = cell.dataset.date!;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.openDay(date, cell);
      return;
    }
    const target = dayForKey(date, event.key, event.shiftKey);
    if (!target) return;
    event.preventDefault();
    this.focusDate = target;
    this.focusAfterUpdate = true;
  }

  private announceView(): void {
    const feed = this.feedSnapshot.feed;
    if (!feed) return;
    this.inOwnLanguage(() => {
      const names: Record<CalendarView, string> = {
        month: msg('Month', { id: 'calendar.view.month', desc: 'View switcher: the month grid.' }),
        week: msg('Week', { id: 'calendar.view.week', desc: 'View switcher: the week time grid.' }),
        list: msg('List', { id: 'calendar.view.list', desc: 'View switcher: the list of events.' }),
      };
      this.announce(`${names[this.currentView]}: ${this.periodTitle()}. ${this.visibleCountText(feed)}`);
    });
  }

  private visibleCountText(feed: Feed): string {
    if (this.currentView === 'list') return eventCount(this.locale, new Set(this.listDaysShown(feed).flatMap((day) => day.occurrences)).size);
    const anchor = this.anchorDate();
    const [from, to] = this.currentView === 'week' ? [weekStart(anchor), addDays(weekStart(anchor), 6)] : [monthStart(anchor), monthEnd(anchor)];
    return eventCount(this.locale, this.occurrencesBetween(feed, from, to).length);
  }

  private announce(text: string, delay = 0): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      // The same words twice are announced again only if the region changes in between.
      this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    }, delay);
  }

  // ————— Filters —————

  private setFilter(categories: string[], query: string): void {
    const queryChanged = query !== this.query;
    this.chosenCategories = categories;
    this.query = query;
    this.listLimit = LIST_PAGE;
    this.dispatchEvent(new BalticFilterChangeEvent({ categories: [...categories], query }));
    const feed = this.feedSnapshot.feed;
    if (feed) this.inOwnLanguage(() => this.announce(this.visibleCountText(feed), queryChanged ? 600 : 0));
  }

  // ————— The dialog —————

  /** Opens the details of an event by its id (also moves the calendar to its first day). */
  openEvent(eventId: string): boolean {
    const feed = this.feedSnapshot.feed;
    const occurrence = feed && this.allEvents(feed).find((candidate) => candidate.key === eventId);
    if (!occurrence) return false;
    this.focusDate = occurrence.first;
    this.openOccurrence(occurrence, undefined);
    return true;
  }

  private openOccurrence(occurrence: Occurrence, opener: HTMLElement | undefined): void {
    const fromDay = this.dialogContent?.kind === 'day' ? this.dialogContent.date : undefined;
    if (!fromDay) this.opener = opener ? { element: opener, key: occurrence.key } : undefined;
    this.showDialog({ kind: 'event', occurrence, fromDay });
    this.dispatchEvent(new BalticEventSelectEvent({ eventId: occurrence.key }));
    if (occurrence.event) {
      this.loadAddToCalendar();
      this.pushLinkState(occurrence.key);
    }
  }

  private openDay(date: CalendarDate, opener: HTMLElement): void {
    this.opener = { element: opener, date };
    this.showDialog({ kind: 'day', date });
  }

  private showDialog(content: DialogContent): void {
    this.dialogContent = content;
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
      dialog?.querySelector<HTMLElement>('.dialog__back, .dialog__close')?.focus();
    });
  }

  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onDialogClosed(): void {
    const wasEvent = this.dialogContent?.kind === 'event';
    this.dialogContent = undefined;
    if (wasEvent && this.linkState) {
      if (this.pushedHistory) {
        this.pushedHistory = false;
        history.back();
      } else {
        this.replaceHash({ event: undefined });
      }
    }
    const opener = this.opener;
    this.opener = undefined;
    void this.updateComplete.then(() => {
      if (opener?.element.isConnected) return opener.element.focus();
      const selector = opener?.key ? `[data-key="${CSS.escape(opener.key)}"]` : '[role="gridcell"][tabindex="0"], .title';
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  /** `<baltic-add-to-calendar>` is loaded with the first event opened. */
  private loadAddToCalendar(): void {
    if (this.addToCalendarRequested) return;
    this.addToCalendarRequested = true;
    // import('../add-to-calendar/add-to-calendar.js') — waits for src/components/add-to-calendar (another issue).
  }

  // ————— Link state (URL hash) —————

  private get linkPrefix(): string {
    return this.id || 'calendar';
  }

  private readonly onHistory = () => {
    if (!this.linkState || !this.feedSnapshot.feed) return;
    const state = readLinkState(location.hash, this.linkPrefix);
    const open = this.dialogContent?.kind === 'event' ? this.dialogContent.occurrence.key : undefined;
    if (state.event !== open) {
      if (state.event) this.openEvent(state.event);
      else if (this.dialogContent) {
        this.pushedHistory = false;
        this.dialogContent = undefined;
        this.closeDialog();
      }
    }
    if (state.month && !state.event && state.month !== this.anchorDate().slice(0, 7)) this.focusDate = `${state.month}-01`;
  };

  private applyLinkState(): void {
    const state = readLinkState(location.hash, this.linkPrefix);
    if (state.month) this.focusDate = `${state.month}-01`;
    if (state.event) this.openEvent(state.event);
  }

  private writeLinkState(): void {
    if (this.linkState && this.currentView !== 'list') this.replaceHash({ month: this.anchorDate().slice(0, 7) });
  }

  private replaceHash(change: { month?: string; event?: string | undefined }): void {
    const current = readLinkState(location.hash, this.linkPrefix);
    const hash = writeLinkState(location.hash, this.linkPrefix, { ...current, ...change });
    if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash || '#'}`);
  }

  private pushLinkState(eventId: string): void {
    if (!this.linkState) return;
    const current = readLinkState(location.hash, this.linkPrefix);
    if (current.event === eventId) return;
    const hash = writeLinkState(location.hash, this.linkPrefix, { ...current, event: eventId });
    history.pushState(history.state, '', `${location.pathname}${location.search}${hash}`);
    this.pushedHistory = true;
  }
}

defineElement('baltic-event-calendar', BalticEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'baltic-event-calendar': BalticEventCalendar;
  }
}

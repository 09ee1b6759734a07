import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Session } from '../../feed/recurrence.js';
import type { Feed } from '../../feed/schema.js';
import type { CalendarDate } from '../../feed/time.js';
import { msg } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { adoptStyles } from '../../internal/adopted-styles.js';
import { ContainerWidthController } from '../../internal/container-width.js';
import { chunkFailureMessage } from '../../internal/chunk-failure.js';
import { LazyChunk } from '../../internal/lazy-chunk.js';
import { renderStateBox } from '../../internal/state-box.js';
import type { ScheduleFilters } from './schedule-model.js';
import { BalticActivitySelectEvent } from '../../events/schedule.js';
import { adoptCategoryColors } from '../../presentation/category-colors.js';
import { presentationStyles } from '../../presentation/styles.js';
import { DAY_LISTS_BELOW_PX, scheduleStyles } from './schedule.styles.js';
import { sessionKey } from '../../presentation/session-key.js';
import type { ScheduleViewHost } from './schedule-view-host.js';

/** The timetable's code and styles, fetched while the feed loads (once per page; again after a failure). */
const viewChunk = new LazyChunk('the schedule view', () => import('./schedule-view.js'));

/**
 * @summary The weekly timetable of clubs and classes from the feed's `schedule`: a week grid
 * (days across, time down) on wide containers, one list per day (today first) on narrow ones,
 * with filters by category, audience and language, a week switcher within the season, and
 * each activity's details with its next date and "add to calendar".
 *
 * @tagname baltic-schedule
 *
 * @fires {BalticActivitySelectEvent} baltic-activity-select - A visitor opened an activity's details; `detail` is `{ activityId, date }`.
 * @fires baltic-feed-load - The feed was loaded; `detail.problems` lists what was skipped.
 * @fires baltic-feed-error - The feed could not be loaded; `detail.kind` says why.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart toolbar - The week switcher and the filters.
 * @csspart week-nav - The week switcher.
 * @csspart filters - The filters (on a narrow container, the panel the "Filters" button opens).
 * @csspart filters-toggle - The "Filters" button on narrow containers, with the count of filters set.
 * @csspart week - The week grid (a table, wide layout).
 * @csspart block - An activity's block in the week grid.
 * @csspart days - The day lists (narrow layout).
 * @csspart day - One day's list.
 * @csspart item - An activity's item in a day list.
 * @csspart details - The details of the activity opened.
 * @csspart facts - The list of facts in the details.
 * @csspart next - The "next: …" line in the details.
 * @csspart directions-links - The place's links to map apps in the details (Google Maps, Apple Maps, OpenStreetMap, the phone's navigation app).
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
 * @cssprop --baltic-schedule-hour-height - Height of one hour in the week grid (default 4.5em of the widget's font size).
 */
export class BalticSchedule extends BalticElement {
  static override styles = [...BalticElement.styles, presentationStyles, scheduleStyles];

  static override properties: PropertyDeclarations = {
    week: { reflect: true },
    category: { reflect: true },
    audience: { reflect: true },
    language: { reflect: true },
    now: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { state: true, attribute: false },
    printing: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
    viewFailed: { state: true, attribute: false },
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

  /** The time (milliseconds since 1970) "today" and "next" count from; by default the clock. For previews and tests. */
  declare now?: number;

  /** The heading level (1–6) of the day names (narrow layout) and of the activity details; default 2 (the details under a day, 3), which fits a page with only an `<h1>` (no level skipped). Set 3 when the widget sits under a section's `<h2>`. */
  declare headingLevel: number;

  /** The session whose details are open (`activityId@date`). */
  declare private selected?: string;
  /** True while the page is printed: the week grid, whatever the width. */
  declare private printing: boolean;
  /** Narrow layout: the visitor opened the filters panel. */
  declare private filtersOpen: boolean;
  /** The view's chunk could not be loaded: the widget says so (a later connection tries again). */
  declare private viewFailed: boolean;

  /**
   * A zero-height element as wide as the widget: observing it (not the host, whose height
   * changes with the layout it chooses) keeps the resize observer free of loops.
   */
  readonly #widthProbe = Object.assign(document.createElement('div'), { className: 'width-probe' });
  /** True in a container narrower than DAY_LISTS_BELOW_PX: the day lists. */
  readonly #narrow = new ContainerWidthController(this, { layout: (width) => width < DAY_LISTS_BELOW_PX, initial: false, target: () => this.#widthProbe });
  readonly #startPrinting = () => (this.printing = true);
  readonly #stopPrinting = () => (this.printing = false);
  /** After the next render, focus this: a session's key, or '' for the details' heading. */
  #focusAfterUpdate?: string;

  constructor() {
    super();
    this.headingLevel = 2;
    this.printing = false;
    this.filtersOpen = false;
    this.viewFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!viewChunk.module) {
      this.viewFailed = false;
      viewChunk.load().then(
        () => this.requestUpdate(),
        () => (this.viewFailed = true),
      );
    }
    addEventListener('beforeprint', this.#startPrinting);
    addEventListener('afterprint', this.#stopPrinting);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#startPrinting);
    removeEventListener('afterprint', this.#stopPrinting);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.prepend(this.#widthProbe);
    return root;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterUpdate === undefined) return;
    const target = this.#focusAfterUpdate ? `[data-key="${CSS.escape(this.#focusAfterUpdate)}"]` : '#details-title';
    // Details still loading: their heading takes the focus when they render.
    if (target === '#details-title' && this.shadowRoot?.querySelector('[part="details"][aria-busy="true"]')) return;
    this.shadowRoot?.querySelector<HTMLElement>(target)?.focus();
    this.#focusAfterUpdate = undefined;
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

  /** The skeleton until the view's code is there (or failed to load). */
  protected override contentReady(): boolean {
    return viewChunk.module !== undefined || this.viewFailed;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const view = viewChunk.module;
    if (!view) return renderStateBox(this.errorTitle(), chunkFailureMessage());
    adoptStyles(this.renderRoot, view.styles);
    adoptCategoryColors(this.renderRoot, feed);
    return view.renderSchedule(this.#viewHost(), feed);
  }

  #filters(): ScheduleFilters {
    return { category: this.category ?? '', audience: this.audience ?? '', language: this.language ?? '' };
  }

  /** The state and actions the view renders from. */
  #viewHost(): ScheduleViewHost {
    return {
      locale: this.locale,
      theme: this.theme,
      src: this.src,
      feed: this.feed,
      now: this.now ?? Date.now(),
      narrow: this.#narrow.value,
      printing: this.printing,
      headingLevel: this.headingLevel,
      week: this.week,
      filters: this.#filters(),
      selected: this.selected,
      text: this.feedText.bind(this),
      renderText: this.renderFeedText.bind(this),
      url: this.feedUrl.bind(this),
      showWeek: (week: CalendarDate) => {
        this.week = week;
        this.selected = undefined;
      },
      setFilter: (name: keyof ScheduleFilters, value: string) => {
        this[name] = value || undefined;
        this.selected = undefined;
      },
      toggle: (session: Session) => this.#toggle(session),
      closeDetails: () => this.#closeDetails(),
      filtersOpen: this.filtersOpen,
      toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
      detailsLoaded: () => this.requestUpdate(),
      adoptStyles: (styles) => adoptStyles(this.renderRoot, styles),
    } satisfies ScheduleViewHost;
  }

  #toggle(session: Session): void {
    const key = sessionKey(session);
    if (this.selected === key) {
      this.#closeDetails();
      return;
    }
    this.selected = key;
    // Wide layout: the details open below the grid, so focus moves to them. Narrow: they open in place.
    this.#focusAfterUpdate = this.#narrow.value ? undefined : '';
    this.dispatchEvent(new BalticActivitySelectEvent({ activityId: session.activity.id, date: session.date }));
  }

  #closeDetails(): void {
    this.#focusAfterUpdate = this.selected;
    this.selected = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'baltic-schedule': BalticSchedule;
  }
}

import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedProblem } from '../../feed/problems.js';
import type { Feed } from '../../feed/schema.js';
import { msg } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { BalticAddToCalendarEvent } from '../../events/add-to-calendar.js';
import { addToCalendarStyles } from './add-to-calendar.styles.js';
import type { CalendarSelection } from './calendar-links.js';
import type { CalendarMenu, MenuHost } from './calendar-menu.js';
import { feedIndex } from '../../feed/feed-index.js';
import { chunkFailureMessage } from '../../internal/chunk-failure.js';
import { LazyChunk } from '../../internal/lazy-chunk.js';
import { calendarButtonName, calendarButtonStyles, renderCalendarButtonFace } from '../../presentation/calendar-button.js';

/** The menu's code, loaded when a visitor first points at, focuses or opens the button. */
const menuChunk = new LazyChunk('the add-to-calendar menu', () => import('./calendar-menu.js'));

/**
 * @summary An "Add to calendar" button for one event, weekly activity or the festival of the
 * feed: a menu with the calendar file (Apple Calendar, Outlook and every other app), Google
 * Calendar, Outlook.com, Microsoft 365 and Yahoo, and subscriptions to the whole calendar when
 * the feed publishes one. Times land right in every time zone; the calendar code loads only
 * when the menu opens.
 *
 * @tagname baltic-add-to-calendar
 *
 * @fires baltic-add-to-calendar - A calendar was chosen; `detail.target` is `ics`, `google`, `outlook`, `office365`, `yahoo`, `subscribe-webcal` or `subscribe-google`, with `eventId`, `activityId` or `festival`.
 * @fires baltic-feed-load - The feed was loaded; `detail.problems` lists what was skipped.
 * @fires baltic-feed-error - The feed could not be loaded; `detail.kind` says why.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart button - The "Add to calendar" button.
 * @csspart menu - The pop-up menu.
 * @csspart item - An entry of the menu.
 * @csspart note - The note under the menu (which calendars cannot take a weekly series).
 * @csspart problem - What went wrong when the menu or the calendar file could not be loaded.
 *
 * @cssprop --baltic-color-accent - Button colour. Every colour property takes `light-dark(light, dark)` to set both themes.
 * @cssprop --baltic-color-on-accent - Text on the button.
 * @cssprop --baltic-color-surface - Menu background.
 * @cssprop --baltic-color-text - Menu text colour.
 * @cssprop --baltic-color-border - Menu border.
 * @cssprop --baltic-radius-small - Corner radius of the button and the menu.
 * @cssprop --baltic-font-family - Font (default: the page's).
 */
export class BalticAddToCalendar extends BalticElement {
  static override styles = [...BalticElement.styles, calendarButtonStyles, addToCalendarStyles];

  /** A button has no room for "showing the information saved 3 hours ago": it works on the saved feed as it is. */
  protected override staleNotice = false;

  static override properties: PropertyDeclarations = {
    eventId: { attribute: 'event-id' },
    activityId: { attribute: 'activity-id' },
    festival: { type: Boolean },
    open: { state: true },
    announcement: { state: true },
    problem: { state: true },
  };

  /** The id of the event in the feed's `events`. */
  declare eventId?: string;

  /** The id of a weekly activity in the feed's `schedule` (added as a series that keeps its local time across DST). */
  declare activityId?: string;

  /** Adds the feed's festival (all-day), for the festival banner. Takes precedence over `event-id` and `activity-id`. */
  declare festival: boolean;

  private declare open: boolean;
  private declare announcement: string;
  /** What went wrong the last time (a chunk or the calendar file that could not be loaded), shown under the button. */
  private declare problem: string;

  /** The menu's code, loaded on first use. */
  #menu?: CalendarMenu;
  #menuLoading?: Promise<CalendarMenu>;

  constructor() {
    super();
    this.festival = false;
    this.open = false;
    this.announcement = '';
    this.problem = '';
  }

  /**
   * The stand-in its host showed in this element until the code arrived (see
   * presentation/add-to-calendar.ts), and whether it had focus then: what the visitor did to it
   * (focused, clicked, pressed an arrow key) carries over to the real button once it shows.
   */
  #standIn?: { element: HTMLElement; focused: boolean };

  override connectedCallback(): void {
    // Before the shadow root is attached: from then on the stand-in is no longer shown, and the browser may take focus off it.
    const element = this.querySelector<HTMLElement>(':scope > [data-stand-in]');
    if (element) this.#standIn = { element, focused: (this.getRootNode() as Document | ShadowRoot).activeElement === element };
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.open = false;
    this.#menu?.sync(false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as Map<PropertyKey, unknown>).has('open')) this.#menu?.sync(this.open);
    const trigger = this.#standIn && this.renderRoot.querySelector<HTMLElement>('.trigger');
    if (trigger) this.#takeOverStandIn(trigger);
  }

  /** The real button shows: if a visitor reached for the stand-in, focus moves to it from there, and a click or arrow key on the stand-in opens the menu. */
  #takeOverStandIn(trigger: HTMLElement): void {
    const { element, focused } = this.#standIn!;
    this.#standIn = undefined;
    const open = element.dataset.open;
    element.removeAttribute('data-stand-in');
    element.removeAttribute('data-open');
    // Not reached: the code was there before the stand-in showed (a page with every widget in one file).
    if (!element.hasAttribute('data-reached')) return;
    element.removeAttribute('data-reached');
    this.#prefetch();
    // Unless the visitor has moved on meanwhile (focus on something else): then nothing moves focus or opens.
    const page = this.ownerDocument;
    if ((this.getRootNode() as Document | ShadowRoot).activeElement !== element && page.activeElement !== page.body) return;
    if (focused) trigger.focus();
    if ((open === 'first' || open === 'last') && !this.#isUnavailable()) void this.#openMenu(open);
  }

  /** Which item, in which language: the festival, an event or an activity. */
  #selection(): CalendarSelection {
    // An empty attribute (`event-id=""`, a template binding of undefined) counts as none.
    const festival = this.festival;
    const eventId = festival ? undefined : this.eventId || undefined;
    const activityId = festival || eventId !== undefined ? undefined : this.activityId || undefined;
    return { festival, eventId, activityId, lang: this.locale, feedUrl: this.feedUrl(this.src) };
  }

  readonly #menuHost: MenuHost = {
    element: this,
    selection: () => this.#selection(),
    choose: (target, returnFocus) => {
      const { festival, eventId, activityId } = this.#selection();
      this.dispatchEvent(new BalticAddToCalendarEvent({ target, ...(festival ? { festival } : {}), ...(eventId !== undefined ? { eventId } : {}), ...(activityId !== undefined ? { activityId } : {}) }));
      this.#close(returnFocus);
    },
    close: (returnFocus) => this.#close(returnFocus),
    announce: (message, problem) => {
      const text = this.inOwnLanguage(message);
      if (problem) this.problem = text;
      else this.announcement = text;
    },
  };

  #loadMenu(): Promise<CalendarMenu> {
    if (!this.#menuLoading) {
      this.#menuLoading = menuChunk.load().then(({ CalendarMenu }) => (this.#menu = new CalendarMenu(this.#menuHost)));
      this.#menuLoading.catch(() => (this.#menuLoading = undefined));
    }
    return this.#menuLoading;
  }

  readonly #prefetch = () => {
    if (!this.#isUnavailable()) this.#loadMenu().catch(() => undefined);
  };

  /** Opens the menu and focuses its first (or last) entry. */
  async #openMenu(focus: 'first' | 'last'): Promise<void> {
    const feed = this.feedSnapshot.feed;
    if (!feed) return;
    let menu: CalendarMenu;
    try {
      menu = await this.#loadMenu();
    } catch {
      this.problem = this.inOwnLanguage(chunkFailureMessage);
      return;
    }
    if (!menu.targets(feed)) return;
    menu.prepareFile(feed).catch(() => undefined);
    this.open = true;
    await this.updateComplete;
    menu.focus(focus);
  }

  #close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    if (returnFocus) this.renderRoot.querySelector<HTMLElement>('.trigger')?.focus();
  }

  #onButtonKeyDown(event: KeyboardEvent): void {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !this.#isUnavailable()) {
      event.preventDefault();
      this.problem = '';
      void this.#openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  #onButtonClick(): void {
    if (this.#isUnavailable()) return;
    this.problem = '';
    if (this.open) this.#close(true);
    else void this.#openMenu('first');
  }

  /** The reason the button is disabled, or undefined when it works. */
  #unavailableReason(feed: Feed): string | undefined {
    const { festival, eventId, activityId } = this.#selection();
    if (festival) return feed.festival ? undefined : msg('This feed has no festival.', { id: 'add-to-calendar.no-festival', desc: 'Why the add-to-calendar button is disabled: the feed has no festival.' });
    if (eventId !== undefined) {
      const event = feedIndex(feed).events.get(eventId);
      if (!event) {
        const broken = this.#skippedProblem('events', eventId);
        if (!broken) return msg('This event is no longer in the calendar.', { id: 'add-to-calendar.no-event', desc: 'Why the add-to-calendar button is disabled: the event id is not in the feed.' });
        return /\.(start|end|date|allDay|timeZone)\b/.test(broken.path)
          ? msg('The date of this event is wrong in the calendar data, so it cannot be added to your calendar.', { id: 'add-to-calendar.broken-date', desc: 'Why the add-to-calendar button is disabled: the event is in the feed, but its date or time is invalid (the site\'s data needs fixing).' })
          : msg('This event\'s details are wrong in the calendar data, so it cannot be added to your calendar.', { id: 'add-to-calendar.broken-event', desc: 'Why the add-to-calendar button is disabled: the event is in the feed, but a required detail other than its date is invalid.' });
      }
      return event.status === 'cancelled' ? msg('This event is cancelled.', { id: 'add-to-calendar.cancelled', desc: 'Why the add-to-calendar button is disabled: the event is cancelled.' }) : undefined;
    }
    if (activityId !== undefined) {
      return feed.schedule.some((candidate) => candidate.id === activityId)
        ? undefined
        : this.#skippedProblem('schedule', activityId)
          ? msg('The times of this activity are wrong in the schedule data, so it cannot be added to your calendar.', { id: 'add-to-calendar.broken-activity', desc: 'Why the add-to-calendar button is disabled: the activity is in the feed, but its days or times are invalid.' })
          : msg('This activity is no longer in the schedule.', { id: 'add-to-calendar.no-activity', desc: 'Why the add-to-calendar button is disabled: the activity id is not in the feed.' });
    }
    return msg('No event chosen.', { id: 'add-to-calendar.nothing', desc: 'Why the add-to-calendar button is disabled: neither event-id, activity-id nor festival is set.' });
  }

  /**
   * The problem for which the item `id` of `collection` was skipped, if it was: the item is in
   * the feed but broken (a date that does not exist, a missing time), not gone. Found by its
   * index when the page gave the feed as an object, else by a problem that names the id.
   */
  #skippedProblem(collection: 'events' | 'schedule', id: string): FeedProblem | undefined {
    const skipped = this.feedSnapshot.problems.filter((problem) => problem.severity === 'error' && problem.path.startsWith(`${collection}[`));
    const items = (this.feed as Record<string, unknown> | undefined)?.[collection];
    const index = Array.isArray(items) ? items.findIndex((item) => (item as { id?: unknown } | null)?.id === id) : -1;
    if (index >= 0) return skipped.find((problem) => problem.path.startsWith(`${collection}[${index}]`));
    return skipped.find((problem) => problem.message.includes(`"${id}"`));
  }

  #isUnavailable(): boolean {
    const feed = this.feedSnapshot.feed;
    return !feed || this.#unavailableReason(feed) !== undefined;
  }

  #itemTitle(feed: Feed): string {
    const { festival, eventId, activityId } = this.#selection();
    if (festival) return this.feedText(feed.festival?.title);
    if (eventId !== undefined) return this.feedText(feedIndex(feed).events.get(eventId)?.title);
    return this.feedText((activityId === undefined ? undefined : feedIndex(feed).activities.get(activityId)?.title));
  }

  #renderButton(title: string, reason?: string): TemplateResult {
    return html`<button
        aria-label=${calendarButtonName(title) ?? nothing}
        id="button"
        class="button trigger"
        part="button"
        type="button"
        aria-haspopup=${reason ? nothing : 'menu'}
        aria-expanded=${reason ? nothing : this.open ? 'true' : 'false'}
        aria-controls=${this.open ? 'menu' : nothing}
        aria-disabled=${reason ? 'true' : nothing}
        aria-describedby=${reason ? 'reason' : nothing}
        title=${reason ?? nothing}
        @click=${this.#onButtonClick}
        @keydown=${this.#onButtonKeyDown}
        @pointerenter=${this.#prefetch}
        @focus=${this.#prefetch}
      >
        ${renderCalendarButtonFace(!reason)}
      </button>
      ${reason ? html`<span id="reason" class="visually-hidden">${reason}</span>` : nothing}`;
  }

  protected override render(): TemplateResult {
    // A failed feed: a disabled button with the reason, not the big error box (this widget sits inline in others).
    const snapshot = this.feedSnapshot;
    if (this.localeController.ready && !snapshot.feed && snapshot.status === 'error') {
      return html`<div part="base" class="base" lang=${this.locale}>
        ${this.#renderButton('', msg('The calendar entry could not be loaded.', { id: 'add-to-calendar.error', desc: 'Why the add-to-calendar button is disabled: the feed failed to load.' }))}
      </div>`;
    }
    return super.render();
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton sk-button"></span>`;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const reason = this.#unavailableReason(feed);
    const targets = this.open && !reason ? this.#menu?.targets(feed) : undefined;
    return html`${this.#renderButton(this.#itemTitle(feed), reason)}${targets ? this.#menu!.render(feed, targets) : nothing}
      <span class="visually-hidden" role="status">${this.announcement}</span>
      ${this.problem ? html`<p class="problem" part="problem" role="alert">${this.problem}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'baltic-add-to-calendar': BalticAddToCalendar;
  }
}

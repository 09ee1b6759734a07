/**
 * The menu of `<baltic-add-to-calendar>`, loaded when a visitor first points at, focuses or
 * opens the button (the button's own entry carries none of it): the entries, the WAI-ARIA
 * menu keyboard (arrows, Home/End, type-ahead, Esc, Tab), placement in the top layer, and
 * saving the .ics file (whose iCal chunk starts loading when the menu opens).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/schema.js';
import { endingWithDate, formatCalendarDate, WEEKDAY_DATE } from '../../i18n/dates.js';
import { listFormat } from '../../i18n/format.js';
import { adoptStyles } from '../../internal/adopted-styles.js';
import type { Locale } from '../../i18n/locales.js';
import { msg, str } from '../../i18n/msg.js';
import type { AddToCalendarTarget } from '../../events/add-to-calendar.js';
import { calendarTargets, type CalendarSelection, type CalendarTargets } from './calendar-links.js';
import { calendarMenuStyles } from './calendar-menu.styles.js';
import type { WebCalendar } from './web-links.js';

/** What the menu needs from its element. */
export interface MenuHost {
  readonly element: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** The item and language the menu is for. */
  selection(): CalendarSelection;
  /** Fires the element's event and closes the menu (returning focus to the button when asked). */
  choose(target: AddToCalendarTarget, returnFocus: boolean): void;
  close(returnFocus: boolean): void;
  /** Says something in the element's live region (a problem: shown under the button too); `message` runs with the element's messages. */
  announce(message: () => string, problem?: boolean): void;
}

const WEB_CALENDAR_NAMES: Record<WebCalendar, string> = { google: 'Google Calendar', outlook: 'Outlook.com', office365: 'Microsoft 365', yahoo: 'Yahoo Calendar' };
const MARGIN = 8;

export class CalendarMenu {
  private fileText?: Promise<string>;
  private fileKey = '';
  private listening = false;

  constructor(private readonly host: MenuHost) {
    adoptStyles(host.element.renderRoot, calendarMenuStyles);
  }

  /** The menu's entries for the feed, or undefined when the item is not in it. */
  targets(feed: Feed): CalendarTargets | undefined {
    return calendarTargets(feed, this.host.selection());
  }

  private get root() {
    return this.host.element.renderRoot;
  }

  private items(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  /** Focuses the first or last entry. */
  focus(which: 'first' | 'last'): void {
    const items = this.items();
    (which === 'first' ? items[0] : items.at(-1))?.focus();
  }

  /** Starts building the .ics file (and loading the iCal chunk), so that choosing it saves at once. */
  prepareFile(feed: Feed): Promise<string> {
    const selection = this.host.selection();
    const key = JSON.stringify(selection);
    if (!this.fileText || key !== this.fileKey) {
      this.fileKey = key;
      this.fileText = import('../../ics/calendar-file.js').then(({ buildCalendarFile }) =>
        buildCalendarFile(feed, {
          lang: selection.lang,
          festival: !!selection.festival,
          events: selection.eventId === undefined ? [] : feed.events.filter((event) => event.id === selection.eventId),
          activities: selection.activityId === undefined ? [] : feed.schedule.filter((activity) => activity.id === selection.activityId),
          feedUrl: selection.feedUrl,
          reminders: true,
        }),
      );
      this.fileText.catch(() => (this.fileText = undefined));
    }
    return this.fileText;
  }

  private async saveFile(feed: Feed, title: string): Promise<void> {
    this.host.choose('ics', true);
    try {
      const [text, { downloadCalendarFile, calendarFileName }] = await Promise.all([this.prepareFile(feed), import('../../ics/calendar-file.js')]);
      downloadCalendarFile(text, calendarFileName(title));
      this.host.announce(() => msg('The calendar file was saved. Open it to add the event to your calendar.', { id: 'add-to-calendar.saved', desc: 'Announced after the .ics file was downloaded.' }));
    } catch {
      this.host.announce(() => msg('The calendar file could not be made. Reload the page to try again.', { id: 'add-to-calendar.file-error', desc: 'Shown when the calendar file (.ics) could not be made.' }), true);
    }
  }

  /** Shows or hides the popover and follows the page while it is open. */
  sync(open: boolean): void {
    const popover = this.root.querySelector<HTMLElement>('.popover');
    if (open && popover) {
      if ('showPopover' in popover && !popover.matches(':popover-open')) popover.showPopover();
      this.place();
    }
    if (open === this.listening) return;
    this.listening = open;
    const method = open ? 'addEventListener' : 'removeEventListener';
    document[method]('pointerdown', this.onDocumentPointerDown, true);
    window[method]('resize', this.place);
    window[method]('scroll', this.place, true);
  }

  private readonly onDocumentPointerDown = (event: Event) => {
    if (!event.composedPath().includes(this.host.element)) this.host.close(false);
  };

  /** Below the button, or above it when there is no room below; always inside the viewport. */
  private readonly place = () => {
    const popover = this.root.querySelector<HTMLElement>('.popover');
    const button = this.root.querySelector<HTMLElement>('.trigger');
    if (!popover || !button) return;
    const anchor = button.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = popover;
    const rtl = getComputedStyle(this.host.element).direction === 'rtl';
    // Aligned with the button's start edge, or with its end edge when that would run out of the viewport.
    let left = rtl ? anchor.right - width : anchor.left;
    if (!rtl && left + width > innerWidth - MARGIN) left = anchor.right - width;
    if (rtl && left < MARGIN) left = anchor.left;
    left = Math.max(MARGIN, Math.min(left, innerWidth - width - MARGIN));
    const fitsBelow = anchor.bottom + 4 + height <= innerHeight - MARGIN;
    const top = fitsBelow || anchor.top - 4 - height < MARGIN ? anchor.bottom + 4 : anchor.top - 4 - height;
    // CSSOM, not a style attribute: allowed under a strict CSP.
    popover.style.setProperty('left', `${Math.round(left)}px`);
    popover.style.setProperty('top', `${Math.round(Math.max(MARGIN, top))}px`);
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const items = this.items();
    const current = items.indexOf(event.target as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(current + 1);
      case 'ArrowUp':
        return move(current - 1);
      case 'Home':
      case 'PageUp':
        return move(0);
      case 'End':
      case 'PageDown':
        return move(items.length - 1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return this.host.close(true);
      case 'Tab':
        // Focus goes back to the button first, so that Tab's own move takes it on to what follows (or, with Shift, precedes) the widget.
        return this.host.close(true);
      case ' ':
        // Space activates links too, as it does the other entries.
        if ((event.target as HTMLElement).localName === 'a') {
          event.preventDefault();
          (event.target as HTMLElement).click();
        }
        return;
      default: {
        // Type-ahead: the next entry starting with the typed letter.
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || !/\S/.test(event.key)) return;
        const letter = event.key.toLocaleLowerCase();
        const order = [...items.slice(current + 1), ...items.slice(0, current + 1)];
        const found = order.find((item) => item.textContent!.trim().toLocaleLowerCase().startsWith(letter));
        if (found) move(items.indexOf(found));
      }
    }
  };

  /** What the web calendars get of a weekly series where their links cannot carry all of it (see web-links.ts). */
  private seriesNote({ caveats }: CalendarTargets): string {
    const locale = this.host.selection().lang as Locale;
    const day = (date: string) => formatCalendarDate(locale, date, WEEKDAY_DATE);
    const notes: string[] = [];
    if (caveats.breaksNotCarried) {
      const dates = listFormat(locale).format(caveats.breaksNotCarried.map(day));
      notes.push(msg(str`Google Calendar gets the series without its breaks on ${dates}: delete those sessions there, or use the calendar file.`, {
        id: 'add-to-calendar.breaks-not-carried',
        desc: 'Note under the calendar menu of a weekly club with breaks; the placeholder lists dates (e.g. "Wed 21 Oct and Wed 28 Oct").',
      }));
    }
    if (caveats.nextSessionOnly) {
      const date = day(caveats.nextSessionOnly);
      notes.push(
        endingWithDate(
          msg(str`Outlook.com, Microsoft 365 and Yahoo Calendar get only the next session, ${date}.`, {
            id: 'add-to-calendar.next-session-only',
            desc: 'Note under the calendar menu of a weekly club: these services get one session, on the date given (e.g. "Wed 4 Nov").',
          }),
        ),
      );
    }
    return notes.join(' ');
  }

  render(feed: Feed, targets: CalendarTargets): TemplateResult {
    const { links, subscribe, item } = targets;
    const link = (target: AddToCalendarTarget, href: string, label: string, hint?: string) =>
      html`<li role="none">
        <a role="menuitem" part="item" tabindex="-1" href=${href} target="_blank" rel="noopener noreferrer" @click=${() => this.host.choose(target, false)}
          >${label}${hint ? html`<span class="item-hint">${hint}</span>` : nothing}</a
        >
      </li>`;
    const note = this.seriesNote(targets);
    return html`<div class="popover" part="menu" popover="manual">
      <ul id="menu" role="menu" aria-labelledby="button" aria-describedby=${note ? 'note' : nothing} @keydown=${this.onKeyDown}>
        <li role="none">
          <button role="menuitem" part="item" tabindex="-1" type="button" @click=${() => void this.saveFile(feed, item.title)}>
            ${msg('Apple Calendar, Outlook or other app', {
              id: 'add-to-calendar.ics',
              desc: 'Menu entry that saves an .ics file (it opens in Apple Calendar, the Outlook app and other calendar apps).',
            })}<span class="item-hint">.ics</span>
          </button>
        </li>
        ${(Object.keys(WEB_CALENDAR_NAMES) as WebCalendar[]).map((target) => (links[target] ? link(target, links[target]!, WEB_CALENDAR_NAMES[target]) : nothing))}
        ${subscribe
          ? html`<li role="separator"></li>
              ${link(
                'subscribe-webcal',
                subscribe.webcal,
                msg('Subscribe to all events', { id: 'add-to-calendar.subscribe', desc: 'Menu entry that subscribes to the whole published calendar of the organization (a webcal:// link).' }),
                'webcal',
              )}
              ${link(
                'subscribe-google',
                subscribe.google,
                msg('Subscribe in Google Calendar', { id: 'add-to-calendar.subscribe-google', desc: 'Menu entry that subscribes to the whole published calendar in Google Calendar.' }),
              )}`
          : nothing}
      </ul>
      ${note ? html`<p id="note" class="note" part="note">${note}</p>` : nothing}
    </div>`;
  }
}

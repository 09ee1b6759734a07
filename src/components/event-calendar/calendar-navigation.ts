/**
 * Where the calendar is: the anchor day (the page's `date`, then where the visitor went),
 * and the moves between periods: a month (keeping the day of the month the visitor chose, so
 * a phone's chosen day survives switching months), a week or the days a narrow week view
 * shows, back to today, or to a day the keyboard moved to.
 */
import type { ReactiveControllerHost } from 'lit';
import { addDays, daysInMonth, isValidTimeZone, type CalendarDate } from '../../feed/time.js';
import { zonedDate } from '../../feed/zoned-time.js';
import type { CalendarView } from '../../events/calendar.js';
import { addMonths, calendarDay, daysFrom, monthStart } from './calendar-layout.js';
import { weekStart } from '../../presentation/dates.js';

/** The time zone times are shown in, for the `time-zone` setting: `feed` (or unset), `visitor`, or an IANA name (the feed's when unknown). */
export function displayZoneOf(setting: string | undefined, feedZone: string): string {
  if (!setting || setting === 'feed') return feedZone;
  if (setting === 'visitor') return Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (isValidTimeZone(setting)) return setting;
  warnAboutSetting('time-zone', setting, feedZone);
  return feedZone;
}

/** Says on the console what is shown instead of a wrong setting (its words load only then). */
const warnAboutSetting = (...args: Parameters<typeof import('./setting-warnings.js').warnAboutSetting>) =>
  void import('./setting-warnings.js').then((module) => module.warnAboutSetting(...args)).catch(() => {});

export interface NavigationHost extends ReactiveControllerHost {
  /** The page's `date`: `YYYY-MM-DD` or `YYYY-MM`. */
  readonly date?: string;
  readonly displayZone: string;
  readonly currentView: CalendarView;
}

export class CalendarNavigation {
  /** The day the visitor went to; undefined: the page's `date`, else today. */
  #focusDate?: CalendarDate;
  /** The day of the month the visitor chose: kept when months change (31 → 28 February → 31 March). */
  #dayOfMonth?: number;
  /** The month grid's current day is focused after the next render (the keyboard moved to it). */
  focusAfterUpdate = false;

  constructor(private readonly host: NavigationHost) {
  }

  today(): CalendarDate {
    return zonedDate(Date.now(), this.host.displayZone);
  }

  /** The day the views are anchored on. */
  anchor(): CalendarDate {
    if (this.#focusDate) return this.#focusDate;
    const date = this.host.date?.trim();
    const day = calendarDay(date?.length === 7 ? `${date}-01` : date);
    if (date && day?.slice(0, 7) !== date.slice(0, 7)) warnAboutSetting('date', date, day);
    return day ?? this.today();
  }

  /** The page set a new `date`: it wins over where the visitor had gone. */
  reset(): void {
    this.#focusDate = undefined;
    this.#dayOfMonth = undefined;
  }

  /** The days of the week view: Monday to Sunday, or `count` days from the anchor day. */
  weekDays(count: number): CalendarDate[] {
    const first = count === 7 ? weekStart(this.anchor()) : this.anchor();
    return daysFrom(first, addDays(first, count - 1));
  }

  /** Shows the period of `date` (in the month grid its cell is the current one). */
  goTo(date: CalendarDate): void {
    this.#focusDate = calendarDay(date) ?? this.anchor();
    this.#dayOfMonth = undefined;
    this.host.requestUpdate();
  }

  /** The keyboard (or a tap on a phone) moved to a day: it is chosen and focused. */
  moveTo(date: CalendarDate): void {
    this.goTo(date);
    this.#dayOfMonth = Number(this.anchor().slice(8));
    this.focusAfterUpdate = true;
  }

  /** The next (1) or previous (-1) period; the week view moves by the days it shows. */
  step(direction: 1 | -1, weekDays: number): void {
    const anchor = this.anchor();
    const view = this.host.currentView;
    if (view === 'week') return this.goTo(addDays(anchor, weekDays * direction));
    const month = addMonths(monthStart(anchor), direction);
    if (view === 'list') return this.goTo(month);
    const day = Math.min(this.#dayOfMonth ?? Number(anchor.slice(8)), daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))));
    this.#focusDate = calendarDay(`${month.slice(0, 8)}${String(day).padStart(2, '0')}`) ?? month;
    this.host.requestUpdate();
  }
}

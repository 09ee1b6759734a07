/**
 * What the schedule's view reads from its element and what it may ask of it: the state shown
 * (read-only) and the visitor's actions. A module of its own, so that the view and the details
 * both depend on it and not on each other.
 */
import type { CSSResult, nothing, TemplateResult } from 'lit';
import type { Session } from '../../feed/recurrence.js';
import type { LocalizedText } from '../../feed/schema.js';
import type { CalendarDate } from '../../feed/time.js';
import type { Locale } from '../../i18n/locales.js';
import type { Theme } from '../../internal/baltic-element.js';
import type { ScheduleFilters } from './schedule-model.js';

/** The state the schedule is rendered from. */
export interface ScheduleViewState {
  readonly locale: Locale;
  readonly theme: Theme;
  /** The feed URL (for `<baltic-add-to-calendar src>`), unless the feed was given as a property. */
  readonly src?: string;
  /** The feed object, when it was given as a property. */
  readonly feed?: object;
  /** The time "today" and "next" count from. */
  readonly now: number;
  /** A container too narrow for the week grid: one list per day. */
  readonly narrow: boolean;
  /** The page is being printed: the week grid, whatever the width. */
  readonly printing: boolean;
  /** The heading level of day names and details. */
  readonly headingLevel: number;
  /** A date in the week asked for (`week` attribute or the switcher). */
  readonly week?: string;
  readonly filters: Readonly<ScheduleFilters>;
  /** The key (`sessionKey`) of the session whose details are open. */
  readonly selected?: string;
  /** Narrow layout: the filters panel is open (it hides behind one "Filters" button there). */
  readonly filtersOpen: boolean;
}

/** Feed texts and URLs as the element resolves them (its language, its feed's base URL). */
export interface ScheduleFeedText {
  text(value: LocalizedText | undefined): string;
  renderText(value: LocalizedText | undefined): TemplateResult | typeof nothing;
  url(url: string | undefined): string | undefined;
}

/** What the visitor can do; each changes the element's state, which renders again. */
export interface ScheduleViewActions {
  showWeek(week: CalendarDate): void;
  setFilter(name: keyof ScheduleFilters, value: string): void;
  toggle(session: Session): void;
  closeDetails(): void;
  toggleFilters(): void;
  /** The details' chunk arrived (or failed): render again. */
  detailsLoaded(): void;
  /** Joins the styles of a chunk loaded later (the details') to the element's shadow root, once. */
  adoptStyles(styles: CSSResult): void;
}

/** Everything the view gets from `<baltic-schedule>`. */
export interface ScheduleViewHost extends ScheduleViewState, ScheduleFeedText, ScheduleViewActions {}

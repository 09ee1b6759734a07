/**
 * What the calendar's width decides (the styles decide the rest with container queries, in
 * the same `em`): below 600 px the list is the default view; below 30 em the month becomes a
 * phone month (dots, and the chosen day's events under the grid); the week view shows seven
 * days, three below 37.5 em, one below 26 em, so that titles stay readable.
 */
import type { ReactiveControllerHost } from 'lit';
import { ContainerWidthController } from '../../internal/container-width.js';

/** Below this container width (px) the calendar shows the list, unless `view` is set. */
export const LIST_BELOW_PX = 600;
/** Below this width (em, the widget's font size) the month grid is a phone month. */
export const PHONE_MONTH_BELOW_EM = 30;
/** Below these widths (em) the week view shows three days, then one. */
export const THREE_DAYS_BELOW_EM = 37.5;
export const ONE_DAY_BELOW_EM = 26;

export interface CalendarWidth {
  /** The list is the default view. */
  narrow: boolean;
  /** The month grid shows dots and the chosen day's events under it. */
  phoneMonth: boolean;
  /** Days the week view shows at a time: 7, 3 or 1. */
  weekDays: 1 | 3 | 7;
}

/** The layout for a container `width` px wide with a font size of `fontSize` px. */
export function calendarWidth(width: number, fontSize: number): CalendarWidth {
  const em = width / (fontSize || 16);
  return {
    narrow: width < LIST_BELOW_PX,
    phoneMonth: em < PHONE_MONTH_BELOW_EM,
    weekDays: em < ONE_DAY_BELOW_EM ? 1 : em < THREE_DAYS_BELOW_EM ? 3 : 7,
  };
}

export const WIDE: CalendarWidth = { narrow: false, phoneMonth: false, weekDays: 7 };

/** The calendar's layout, kept for the host's width (renders the host again when it changes). */
export const calendarWidthController = (host: ReactiveControllerHost & HTMLElement) =>
  new ContainerWidthController<CalendarWidth>(host, { layout: calendarWidth, initial: WIDE });

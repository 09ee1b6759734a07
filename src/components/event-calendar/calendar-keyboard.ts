/**
 * The month grid's keys, per the WAI-ARIA grid pattern: arrows move a day or a week,
 * Home/End go to the week's first/last day, PageUp/PageDown a month (Shift: a year).
 */
import { addDays, weekdayOf, type CalendarDate } from '../../feed/time.js';
import { addMonths } from './calendar-layout.js';

/** The day focus moves to for a key on `date`, or undefined when the key does not move it. */
export function dayForKey(date: CalendarDate, key: string, shiftKey = false): CalendarDate | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, -weekdayOf(date));
    case 'End':
      return addDays(date, 6 - weekdayOf(date));
    case 'PageUp':
      return addMonths(date, shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(date, shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}

/**
 * Dates as the widgets arrange them. The words and numbers of dates and time ranges are
 * `src/i18n/dates.ts`'s (one formatter per kind); this is the calendar arithmetic views share.
 */
import { addDays, weekdayOf, type CalendarDate } from '../feed/time.js';

/** The Monday of the week that contains `date` (weeks start on Monday in every language the widgets speak). */
export const weekStart = (date: CalendarDate): CalendarDate => addDays(date, -weekdayOf(date));

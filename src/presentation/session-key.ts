import type { CalendarDate } from '../feed/time.js';

/**
 * Identifies one session (an activity on a date) across widgets: the schedule's open details,
 * its buttons' `data-key`, the calendar's occurrence keys.
 */
export const sessionKey = (session: { activity: { id: string }; date: CalendarDate }): string => `${session.activity.id}@${session.date}`;

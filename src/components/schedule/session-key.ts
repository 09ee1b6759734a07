import type { Session } from '../../feed/recurrence.js';

/** Identifies a session (an activity on a date) in the element's state and the rendered buttons. */
export const sessionKey = (session: Pick<Session, 'activity' | 'date'>) => `${session.activity.id}@${session.date}`;

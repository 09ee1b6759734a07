/** The feed's fixed words (weekdays, statuses, audiences) as the studio says them. */
import type { Audience, EventStatus, Weekday } from '../../feed/schema.js';
import { msg } from '../i18n.js';

export function weekdayName(day: Weekday): string {
  switch (day) {
    case 'mon': return msg('Monday', { id: 'studio.day.mon' });
    case 'tue': return msg('Tuesday', { id: 'studio.day.tue' });
    case 'wed': return msg('Wednesday', { id: 'studio.day.wed' });
    case 'thu': return msg('Thursday', { id: 'studio.day.thu' });
    case 'fri': return msg('Friday', { id: 'studio.day.fri' });
    case 'sat': return msg('Saturday', { id: 'studio.day.sat' });
    case 'sun': return msg('Sunday', { id: 'studio.day.sun' });
  }
}

export function statusName(status: EventStatus): string {
  switch (status) {
    case 'scheduled': return msg('Takes place', { id: 'studio.status.scheduled' });
    case 'cancelled': return msg('Cancelled', { id: 'studio.status.cancelled' });
    case 'postponed': return msg('Postponed', { id: 'studio.status.postponed' });
  }
}

export function audienceName(audience: Audience): string {
  switch (audience) {
    case 'children': return msg('Children', { id: 'studio.audience.children' });
    case 'youth': return msg('Young people', { id: 'studio.audience.youth' });
    case 'adults': return msg('Adults', { id: 'studio.audience.adults' });
    case 'seniors': return msg('Seniors', { id: 'studio.audience.seniors' });
    case 'families': return msg('Families', { id: 'studio.audience.families' });
  }
}

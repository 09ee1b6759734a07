/** The event `<baltic-add-to-calendar>` fires when a visitor picks a calendar. */
import { init } from './init.js';

/** Where the visitor sent the item: the .ics file, a web calendar, or a subscription to the whole published calendar. */
export type AddToCalendarTarget = 'ics' | 'google' | 'outlook' | 'office365' | 'yahoo' | 'subscribe-webcal' | 'subscribe-google';

export interface AddToCalendarDetail {
  target: AddToCalendarTarget;
  eventId?: string;
  activityId?: string;
  /** True for the feed's festival. */
  festival?: boolean;
}

/** A visitor chose a calendar in the menu (fired before the link opens or the file is saved). */
export class BalticAddToCalendarEvent extends Event {
  constructor(readonly detail: AddToCalendarDetail) {
    super('baltic-add-to-calendar', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'baltic-add-to-calendar': BalticAddToCalendarEvent;
  }
}

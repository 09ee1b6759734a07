/** The event `<baltic-event-calendar>` and `<baltic-location-map>` fire when a visitor chooses an event. */
import { init } from './init.js';

/** A visitor chose an event (the calendar opened it; a map popup linked to it). */
export class BalticEventSelectEvent extends Event {
  constructor(readonly detail: { eventId: string }) {
    super('baltic-event-select', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'baltic-event-select': BalticEventSelectEvent;
  }
}

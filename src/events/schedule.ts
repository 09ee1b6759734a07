/** The event `<baltic-schedule>` fires for the host page. */
import { init } from './init.js';

/** A visitor opened the details of an activity (its session on `date`). */
export class BalticActivitySelectEvent extends Event {
  constructor(readonly detail: { activityId: string; date: string }) {
    super('baltic-activity-select', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'baltic-activity-select': BalticActivitySelectEvent;
  }
}

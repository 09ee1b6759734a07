/** The event `<baltic-schedule>` fires for the host page. */

/** A visitor opened the details of an activity (its session on `date`). */
export class BalticActivitySelectEvent extends Event {
  constructor(readonly detail: { activityId: string; date: string }) {
    super('baltic-activity-select', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'baltic-activity-select': BalticActivitySelectEvent;
  }
}

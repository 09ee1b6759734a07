/**
 * Registers `<baltic-event-calendar>`: the entry `baltic-widgets/event-calendar.js`, and the module the one-script
 * embed's loader imports when a page has the tag. `event-calendar.ts` holds the class, without side effects.
 */
import { defineElement } from '../../internal/define.js';
import { BalticEventCalendar } from './event-calendar.js';

export * from './event-calendar.js';

defineElement('baltic-event-calendar', BalticEventCalendar);

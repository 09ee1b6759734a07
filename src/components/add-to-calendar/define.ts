/**
 * Registers `<baltic-add-to-calendar>`: the entry `baltic-widgets/add-to-calendar.js`, and the module the one-script
 * embed's loader imports when a page has the tag. `add-to-calendar.ts` holds the class, without side effects.
 */
import { defineElement } from '../../internal/define.js';
import { BalticAddToCalendar } from './add-to-calendar.js';

export * from './add-to-calendar.js';

defineElement('baltic-add-to-calendar', BalticAddToCalendar);

/**
 * Registers `<baltic-schedule>`: the entry `baltic-widgets/schedule.js`, and the module the one-script
 * embed's loader imports when a page has the tag. `schedule.ts` holds the class, without side effects.
 */
import { defineElement } from '../../internal/define.js';
import { BalticSchedule } from './schedule.js';

export * from './schedule.js';

defineElement('baltic-schedule', BalticSchedule);

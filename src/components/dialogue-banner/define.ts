/**
 * Registers `<baltic-dialogue-banner>`: the entry `baltic-widgets/dialogue-banner.js`, and the module the one-script
 * embed's loader imports when a page has the tag. `dialogue-banner.ts` holds the class, without side effects.
 */
import { defineElement } from '../../internal/define.js';
import { BalticDialogueBanner } from './dialogue-banner.js';

export * from './dialogue-banner.js';

defineElement('baltic-dialogue-banner', BalticDialogueBanner);

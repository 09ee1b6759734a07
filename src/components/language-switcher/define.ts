/**
 * Registers `<baltic-language-switcher>`: the entry `baltic-widgets/language-switcher.js`, and the module the one-script
 * embed's loader imports when a page has the tag. `language-switcher.ts` holds the class, without side effects.
 */
import { defineElement } from '../../internal/define.js';
import { BalticLanguageSwitcher } from './language-switcher.js';

export * from './language-switcher.js';

defineElement('baltic-language-switcher', BalticLanguageSwitcher);

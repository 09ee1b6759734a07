/** The event `<baltic-language-switcher>` fires when a visitor chooses a language. */
import type { Locale } from '../i18n/locales.js';
import { init } from './init.js';

export interface LanguageChangeDetail {
  /** The language the visitor chose. */
  lang: Locale;
}

/**
 * The visitor chose a language in `<baltic-language-switcher>`. Cancelable: a page that
 * changes language in its own way (another URL, its own router) calls `preventDefault()`,
 * and the switcher then neither sets `lang` nor remembers the choice.
 */
export class BalticLanguageChangeEvent extends Event {
  constructor(readonly detail: LanguageChangeDetail) {
    super('baltic-language-change', { ...init, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'baltic-language-change': BalticLanguageChangeEvent;
  }
}

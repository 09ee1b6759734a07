/**
 * Keeps a widget in its language: resolves it (own `lang`, nearest `lang`, page, browser),
 * loads its messages, and follows changes of any `lang` attribute on the page and of the
 * browser's languages. One MutationObserver serves every widget on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, SOURCE_LOCALE, type Locale } from '../i18n/locales.js';
import { loadedMessages, loadMessages, type TemplateMap } from '../i18n/msg.js';

const connected = new Set<LocaleController>();
let langObserver: MutationObserver | undefined;
const refreshAll = () => connected.forEach((controller) => controller.refresh());

function watchPage(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(refreshAll);
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  globalThis.addEventListener('languagechange', refreshAll);
}

function unwatchPage(): void {
  langObserver?.disconnect();
  langObserver = undefined;
  globalThis.removeEventListener('languagechange', refreshAll);
}

export class LocaleController implements ReactiveController {
  locale: Locale = SOURCE_LOCALE;
  /** The messages of `locale`; undefined for English. */
  templates?: TemplateMap;
  /** False while the locale's messages are loading. */
  ready = true;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchPage();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) unwatchPage();
  }

  /** Re-resolves the language; re-renders the host when it changed or its messages arrive. */
  refresh(): void {
    const locale = resolveLocale(this.#host);
    if (locale === this.locale && this.ready) return;
    this.locale = locale;
    const { ready, templates } = loadedMessages(locale);
    this.ready = ready;
    this.templates = templates;
    this.#host.requestUpdate();
    if (!ready) {
      void loadMessages(locale).then((loaded) => {
        if (this.locale !== locale) return;
        this.ready = true;
        this.templates = loaded;
        this.#host.requestUpdate();
      });
    }
  }
}

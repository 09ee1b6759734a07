import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LOCALE_NAMES, LOCALES, matchLocale, resolveLocale, type Locale } from '../../i18n/locales.js';
import { msg, withMessages } from '../../i18n/msg.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { hostStyles } from '../../internal/styles.js';
import type { Theme } from '../../internal/baltic-element.js';
import { BalticLanguageChangeEvent } from '../../events/language-switcher.js';
import { languageSwitcherStyles } from './language-switcher.styles.js';

export { BalticLanguageChangeEvent, type LanguageChangeDetail } from '../../events/language-switcher.js';

/** Where `remember` keeps the visitor's choice (one choice per site, for every switcher on it). */
export const REMEMBERED_LANGUAGE_KEY = 'baltic-widgets:lang';

function rememberedLanguage(): Locale | undefined {
  try {
    return matchLocale(localStorage.getItem(REMEMBERED_LANGUAGE_KEY));
  } catch {
    return undefined; // Storage blocked (privacy settings, sandboxed frame): nothing remembered.
  }
}

function rememberLanguage(lang: Locale): void {
  try {
    localStorage.setItem(REMEMBERED_LANGUAGE_KEY, lang);
  } catch {
    // Storage blocked or full: the choice holds for this page only.
  }
}

/**
 * @summary Lets visitors choose the language of the widgets (and of the page): a labelled
 * list of the languages by their own names. Needs no feed.
 *
 * It sets `lang` on `document.documentElement` (or on the `target` element), and every widget
 * there follows, since widgets speak the nearest `lang` around them. A native `<select>`:
 * phones show their own picker, and screen readers announce it as "Language, combo box, Suomi".
 * Each language is named in itself and marked with its `lang`, so it is pronounced right.
 * The label is in the switcher's own language (the nearest `lang`, like every widget).
 *
 * @tagname baltic-language-switcher
 *
 * @fires baltic-language-change - The visitor chose a language; `detail.lang` is its code. Cancelable: `preventDefault()` leaves `lang` and the stored choice unchanged (for pages that switch language their own way, e.g. by URL).
 *
 * @csspart base - The wrapper of label and list.
 * @csspart label - The "Language" label.
 * @csspart select - The list of languages (a native `<select>`).
 * @csspart apply - The "Change" button, shown after the visitor stepped through the closed list with the arrow keys (Enter does the same): the language changes only on an explicit choice (WCAG 3.2.2).
 *
 * @cssprop --baltic-color-surface - Background of the list.
 * @cssprop --baltic-color-text - Text colour of the label and the list (default: the label the page's, the list the theme's).
 * @cssprop --baltic-color-border - Border of the list (default: mixed from text and surface at 3:1 at least).
 * @cssprop --baltic-color-accent - Focus ring colour.
 * @cssprop --baltic-radius-small - Corner radius of the list.
 * @cssprop --baltic-font-family - Font (default: the page's).
 */
export class BalticLanguageSwitcher extends LitElement {
  static override styles = [hostStyles, languageSwitcherStyles];

  static override properties: PropertyDeclarations = {
    languages: {},
    target: {},
    remember: { type: Boolean },
    lang: {},
    theme: { reflect: true },
  };

  /** The languages to offer, space-separated, in this order (e.g. `"fi sv en"`); by default all eight. */
  declare languages?: string;

  /** A CSS selector of the element whose `lang` the switcher sets; by default the page's `<html>`, so every widget follows. */
  declare target?: string;

  /** Stores the visitor's choice in `localStorage` and applies it when a page with the switcher loads. */
  declare remember: boolean;

  /** The language of the switcher's own label; by default the nearest `lang` on the page. */
  declare lang: string;

  /** `auto` follows the visitor's system setting; `light` or `dark` force one. */
  declare theme: Theme;

  readonly #localeController = new LocaleController(this);
  #targetObserver?: MutationObserver;
  #observedTarget?: Element;
  /** A language picked by stepping through the closed list, not applied yet. */
  #pending?: Locale;
  /** True during a key press that may step through the closed list. */
  #stepping = false;
  #steppingTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.remember = false;
    this.lang = '';
    this.theme = 'auto';
  }

  /** The languages offered, in their order: the valid ones of `languages`, else all eight. */
  get offeredLanguages(): Locale[] {
    const chosen = (this.languages ?? '').split(/[\s,]+/).map(matchLocale).filter((lang): lang is Locale => !!lang);
    return chosen.length ? [...new Set(chosen)] : [...LOCALES];
  }

  /** The element whose `lang` is set, or undefined when `target` matches nothing (yet). */
  get targetElement(): Element | undefined {
    return this.target ? (document.querySelector(this.target) ?? undefined) : document.documentElement;
  }

  /** The language the target speaks now (what the list shows as chosen). */
  get value(): Locale {
    const target = this.targetElement;
    return target ? resolveLocale(target) : this.#localeController.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.remember) {
      const remembered = rememberedLanguage();
      if (remembered && this.offeredLanguages.includes(remembered)) this.targetElement?.setAttribute('lang', remembered);
    }
    this.#observeTarget();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#targetObserver?.disconnect();
    this.#targetObserver = this.#observedTarget = undefined;
  }

  /** Sets the language as if the visitor had chosen it (fires `baltic-language-change`). */
  choose(lang: Locale): void {
    this.#pending = undefined;
    if (!this.dispatchEvent(new BalticLanguageChangeEvent({ lang }))) {
      this.requestUpdate(); // The page declined: show the language that still holds.
      return;
    }
    this.targetElement?.setAttribute('lang', lang);
    if (this.remember) rememberLanguage(lang);
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') && this.hasUpdated) this.#localeController.refresh();
    if (changed.has('target')) this.#observeTarget();
  }

  protected override update(changed: PropertyValues<this>): void {
    withMessages(this.#localeController.templates, () => super.update(changed));
  }

  /** The list shows the target's language, however it changes (another switcher, the page's own code). */
  #observeTarget(): void {
    const target = this.isConnected ? this.targetElement : undefined;
    if (target === this.#observedTarget) return;
    this.#targetObserver?.disconnect();
    this.#observedTarget = target;
    if (!target) return;
    this.#targetObserver ??= new MutationObserver(() => {
      this.#pending = undefined;
      this.requestUpdate();
    });
    this.#targetObserver.observe(target, { attributes: true, attributeFilter: ['lang'] });
  }

  protected override render(): TemplateResult {
    const value = this.value;
    const pending = this.#pending && this.#pending !== value ? this.#pending : undefined;
    return html`<div part="base" class="base" lang=${this.#localeController.locale}>
      <label part="label" for="select">${msg('Language', { id: 'language-switcher.label', desc: 'Label of the list of languages the visitor can choose for the page and the widgets.' })}</label>
      <select part="select" id="select" @change=${this.#onChange} @keydown=${this.#onKeydown} aria-describedby=${pending ? 'apply-hint' : nothing}>
        ${this.offeredLanguages.map((lang) => html`<option value=${lang} lang=${lang} ?selected=${lang === (pending ?? value)}>${LOCALE_NAMES[lang]}</option>`)}
      </select>
      ${pending
        ? html`<button part="apply" class="apply" type="button" @click=${() => this.#apply(pending)}>
            ${msg('Change', { id: 'language-switcher.apply', desc: 'Button shown after the visitor moved through the closed list with the arrow keys: changes the language to the one now shown in the list (Enter does the same).' })}
          </button>
          <span id="apply-hint" class="visually-hidden">${msg('Press Enter to change the language.', { id: 'language-switcher.apply-hint', desc: 'Read by screen readers after the visitor moved through the closed list of languages with the arrow keys: nothing changes until they press Enter.' })}</span>`
        : nothing}
    </div>`;
  }

  /**
   * WCAG 3.2.2: in a closed list, arrow keys (and typing a letter) fire `change` on every step
   * in Chromium and Firefox on Windows and Linux. Such a change only marks the language as
   * pending; Enter or the "Change" button applies it, Escape goes back. A choice made in the
   * open list (pointer, touch, or Enter there) applies at once.
   */
  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && this.#pending) {
      event.preventDefault();
      this.choose(this.#pending);
    } else if (event.key === 'Escape' && this.#pending) {
      this.#pending = undefined;
      this.requestUpdate();
    } else if (event.key !== 'Enter' && event.key !== 'Tab' && !event.altKey) {
      this.#stepping = true;
      clearTimeout(this.#steppingTimer);
      this.#steppingTimer = setTimeout(() => (this.#stepping = false));
    }
  };

  /** The "Change" button: applies, then gives focus back to the list (the button is gone). */
  async #apply(lang: Locale): Promise<void> {
    this.choose(lang);
    await this.updateComplete;
    this.renderRoot.querySelector('select')?.focus();
  }

  readonly #onChange = (event: Event) => {
    const lang = (event.target as HTMLSelectElement).value as Locale;
    if (this.#stepping) {
      this.#pending = lang;
      this.requestUpdate();
    } else {
      this.choose(lang);
    }
  };

  protected override updated(): void {
    // `selected` sets the default only; after a visitor's choice the live value must follow too.
    const select = this.renderRoot.querySelector('select');
    const shown = this.#pending ?? this.value;
    if (select && this.offeredLanguages.includes(shown)) select.value = shown;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'baltic-language-switcher': BalticLanguageSwitcher;
  }
}

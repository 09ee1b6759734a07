/**
 * The base of every widget: feed (`src` or `feed`), language, theme, and the states every
 * widget has — loading (a skeleton of the final size), error (a localized reason and a
 * retry), stale data (shown, marked with its age) and loaded. A widget supplies
 * `renderFeed()` and `renderSkeleton()`, and may name its error (`errorTitle()`) or leave out
 * the stale notice (`staleNotice`). Registration is the widget's `define.ts`, not this class.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedSnapshot } from '../feed/snapshot.js';
import type { Feed, LocalizedText } from '../feed/schema.js';
import type { ResolvedText } from '../feed/text.js';
import type { Locale } from '../i18n/locales.js';
import { msg, withMessages } from '../i18n/msg.js';
import { FeedController } from './feed-controller.js';
import { LocaleController } from './locale-controller.js';
import { hostStyles } from './styles.js';

export type Theme = 'auto' | 'light' | 'dark';

export abstract class BalticElement extends LitElement {
  static override styles = [hostStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    feed: { attribute: false },
    lang: {},
    theme: { reflect: true },
    timeout: { type: Number },
  };

  /** URL of the JSON feed. Widgets on a page that name the same URL share one request. */
  declare src?: string;

  /** The feed as an object, instead of `src`. Validated like a fetched one. */
  declare feed?: object;

  /** The widget's language (`fi`, `sv`, `ru`, `uk`, `et`, `lv`, `lt`, `en`); by default the nearest `lang` on the page, else the browser's. */
  declare lang: string;

  /** `auto` follows the visitor's system setting; `light` or `dark` force one. */
  declare theme: Theme;

  /** Milliseconds to wait for the feed before showing a timeout error (15,000 unless set); with neither `src` nor `feed` given by then, the error says none is set. */
  declare timeout?: number;

  protected readonly feedController = new FeedController(this);
  protected readonly localeController = new LocaleController(this);

  constructor() {
    super();
    this.lang = '';
    this.theme = 'auto';
  }

  /** The language the widget speaks now. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /** The feed state being shown. */
  get feedSnapshot(): FeedSnapshot {
    return this.feedController.snapshot;
  }

  /** Loads the feed again. */
  refresh(): Promise<void> {
    return this.feedController.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') && this.hasUpdated) this.localeController.refresh();
  }

  protected override update(changed: PropertyValues<this>): void {
    withMessages(this.localeController.templates, () => super.update(changed));
  }

  /** Runs `fn` with this widget's messages, for `msg()` calls outside `render()`. */
  protected inOwnLanguage<T>(fn: () => T): T {
    return withMessages(this.localeController.templates, fn);
  }

  /** A feed text in the widget's language (or the fallback chain's). */
  protected feedText(value: LocalizedText | undefined): string {
    return this.resolveFeedText(value)?.text ?? '';
  }

  protected resolveFeedText(value: LocalizedText | undefined): ResolvedText | undefined {
    // Feed data only exists once the spine is loaded; the spine resolves its texts and URLs.
    return this.feedController.spine?.resolveText(value, this.locale, this.feedSnapshot.feed);
  }

  /** A URL from the feed, if the allow-list lets it through, resolved against the feed's own URL. */
  protected feedUrl(url: string | undefined): string | undefined {
    return this.feedController.spine?.resolveFeedUrl(url, this.src);
  }

  /** A feed text marked with its own language when it fell back to another, so screen readers pronounce it right. */
  protected renderFeedText(value: LocalizedText | undefined): TemplateResult | typeof nothing {
    const resolved = this.resolveFeedText(value);
    if (!resolved) return nothing;
    return resolved.lang && resolved.lang.split('-')[0] !== this.locale
      ? html`<span lang=${resolved.lang}>${resolved.text}</span>`
      : html`${resolved.text}`;
  }

  protected abstract renderFeed(feed: Feed): TemplateResult;

  /** A placeholder of the final size and shape, shown while loading. */
  protected abstract renderSkeleton(): TemplateResult;

  /**
   * Whether the code that shows the feed is there. A widget whose view loads on demand (the
   * calendar's, the schedule's) says no until it is, and shows its skeleton meanwhile: its first
   * paint is then complete, never a toolbar over a placeholder.
   */
  protected contentReady(): boolean {
    return true;
  }

  /** Whether saved (older) data is shown under a notice with its age; a widget too small for one leaves it out. */
  protected staleNotice = true;

  /** The title of the error state, e.g. "The events could not be loaded". */
  protected errorTitle(): string {
    return msg('The information could not be loaded.', { id: 'state.error-title', desc: 'Heading of a widget whose feed failed to load.' });
  }

  protected override render(): TemplateResult {
    const snapshot = this.feedSnapshot;
    const views = this.feedController.stateViews;
    const loading = !this.localeController.ready || (snapshot.feed ? !this.contentReady() : snapshot.status === 'loading' || snapshot.status === 'idle');
    const options = { locale: this.locale, title: this.errorTitle(), retry: this.src ? () => void this.refresh() : undefined };
    let content: unknown;
    if (loading) {
      content = html`<span class="visually-hidden" role="status">${msg('Loading…', { id: 'state.loading', desc: 'Announced while a widget loads its feed.' })}</span>
        ${this.renderSkeleton()}`;
    } else if (snapshot.feed) {
      content = html`${this.staleNotice ? views?.renderStaleNotice(options, snapshot) : nothing}${this.renderFeed(snapshot.feed)}`;
    } else {
      // Without the spine or its state views (a chunk failed to load) only that can be said.
      content = views
        ? views.renderErrorState(options, snapshot, this.renderRoot)
        : html`<p role="alert">${options.title} ${msg('Reload the page to try again.', { id: 'error.reload', desc: 'After a part of the widget code failed to load.' })}</p>`;
    }
    return html`<div part="base" class="base" lang=${this.locale} aria-busy=${String(loading)}>${content}</div>`;
  }
}

/**
 * The base of every widget: feed (`src` or `feed`), language, theme, and the states every
 * widget has — loading (a skeleton of the final size), error (a localized reason and a
 * retry), stale data (shown, marked with its age) and loaded. A widget supplies only
 * `renderFeed()` and `renderSkeleton()`.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedErrorKind, FeedSnapshot } from '../feed/loader.js';
import type { Feed, LocalizedText } from '../feed/schema.js';
import { resolveText, type ResolvedText } from '../feed/text.js';
import { resolveFeedUrl } from '../feed/url.js';
import { formatAge } from '../i18n/format.js';
import type { Locale } from '../i18n/locales.js';
import { msg, str, withMessages } from '../i18n/msg.js';
import { FeedController } from './feed-controller.js';
import { LocaleController } from './locale-controller.js';
import { hostStyles } from './styles.js';

export type Theme = 'auto' | 'light' | 'dark';

export abstract class BalticElement extends LitElement {
  static override styles = [hostStyles];

  /** URL of the JSON feed. Widgets on a page that name the same URL share one request. */
  @property() src?: string;

  /** The feed as an object, instead of `src`. Validated like a fetched one. */
  @property({ attribute: false }) feed?: object;

  /** The widget's language (`fi`, `sv`, `ru`, `uk`, `et`, `lv`, `lt`, `en`); by default the nearest `lang` on the page, else the browser's. */
  @property() override lang = '';

  /** `auto` follows the visitor's system setting; `light` or `dark` force one. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Milliseconds to wait for the feed before showing a timeout error. */
  @property({ type: Number }) timeout?: number;

  protected readonly feedController = new FeedController(this);
  protected readonly localeController = new LocaleController(this);

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
    if ((changed.has('src') || changed.has('feed')) && this.isConnected && this.hasUpdated) this.feedController.attach();
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
    return resolveText(value, this.locale, this.feedSnapshot.feed);
  }

  /** A URL from the feed, if the allow-list lets it through, resolved against the feed's own URL. */
  protected feedUrl(url: string | undefined): string | undefined {
    return resolveFeedUrl(url, this.src);
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

  /** The title of the error state, e.g. "The events could not be loaded". */
  protected errorTitle(): string {
    return msg('The information could not be loaded.', { id: 'state.error-title', desc: 'Heading of a widget whose feed failed to load.' });
  }

  protected override render(): TemplateResult {
    const snapshot = this.feedSnapshot;
    const loading = !this.localeController.ready || (!snapshot.feed && (snapshot.status === 'loading' || snapshot.status === 'idle'));
    let content: TemplateResult;
    if (loading) {
      content = html`<span class="visually-hidden" role="status">${msg('Loading…', { id: 'state.loading', desc: 'Announced while a widget loads its feed.' })}</span>
        ${this.renderSkeleton()}`;
    } else if (!snapshot.feed) {
      content = this.renderErrorState(snapshot);
    } else {
      content = html`${this.renderStaleNotice(snapshot)}${this.renderFeed(snapshot.feed)}`;
    }
    return html`<div part="base" class="base" lang=${this.locale} aria-busy=${loading ? 'true' : 'false'}>${content}</div>`;
  }

  private errorReason(kind: FeedErrorKind, status?: number): string {
    switch (kind) {
      case 'network':
        return msg('The feed could not be reached. Check the connection and try again.', { id: 'error.network', desc: 'Feed load failed: network error.' });
      case 'timeout':
        return msg('The feed did not answer in time.', { id: 'error.timeout', desc: 'Feed load failed: timeout.' });
      case 'http':
        return msg(str`The feed server answered with an error (${status ?? '?'}).`, { id: 'error.http', desc: 'Feed load failed: HTTP error; the placeholder is the HTTP status code.' });
      case 'not-json':
        return msg('The feed is not a JSON document.', { id: 'error.not-json', desc: 'Feed load failed: the answer was not JSON.' });
      case 'invalid':
        return msg('The feed is not in the expected format.', { id: 'error.invalid', desc: 'Feed load failed: JSON, but not a feed.' });
      case 'missing':
        return msg('No feed is set for this widget.', { id: 'error.missing', desc: 'Widget placed on a page without a src attribute or feed property.' });
    }
  }

  private renderRetry(): TemplateResult | typeof nothing {
    if (!this.src) return nothing;
    return html`<button type="button" class="button button--secondary" part="retry" @click=${() => this.refresh()}>
      ${msg('Try again', { id: 'state.retry', desc: 'Button: load the feed again after an error.' })}
    </button>`;
  }

  private renderErrorState(snapshot: FeedSnapshot): TemplateResult {
    const error = snapshot.error;
    return html`<div class="state state--error" part="error" role="alert">
      <p class="state__title">${this.errorTitle()}</p>
      ${error ? html`<p class="state__detail">${this.errorReason(error.kind, error.status)}</p>` : nothing} ${this.renderRetry()}
    </div>`;
  }

  private renderStaleNotice(snapshot: FeedSnapshot): TemplateResult | typeof nothing {
    if (!snapshot.stale || snapshot.updatedAt === undefined) return nothing;
    const age = formatAge(this.locale, snapshot.updatedAt);
    if (snapshot.status === 'error' && snapshot.error) {
      return html`<p class="notice" part="stale-notice" role="status">
        <span>${this.errorReason(snapshot.error.kind, snapshot.error.status)}
          ${msg(str`Showing the information saved ${age}.`, { id: 'state.stale-failed', desc: 'After a failed refresh; the placeholder is a relative time such as "3 hours ago".' })}</span>
        ${this.renderRetry()}
      </p>`;
    }
    return html`<p class="notice" part="stale-notice" role="status">
      ${msg(str`Showing the information saved ${age} while it updates.`, { id: 'state.stale-loading', desc: 'While a refresh runs; the placeholder is a relative time such as "3 hours ago".' })}
    </p>`;
  }
}

import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, Festival, Image } from '../../feed/schema.js';
import { resolveFeedUrl } from '../../feed/url.js';
import { formatDateRange, formatInstantRange } from '../../i18n/dates.js';
import { msg, str } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { ContainerWidthController } from '../../internal/container-width.js';
import { renderAddToCalendar, standInStyles } from '../../presentation/add-to-calendar.js';
import { headingLevel } from '../../presentation/heading.js';
import { renderEmptyState } from '../../internal/state-box.js';
import { dialogueBannerStyles } from './dialogue-banner.styles.js';
import { festivalPhase, formatTimeLeft, pairedLanguage, type FestivalPhase } from './festival-time.js';
import { feedIndex } from '../../feed/feed-index.js';

/** How often the countdown and "happening now" are brought up to date (the texts change by the minute at most). */
const TICK_MS = 30_000;

/** Container width (in rem, as the styles' container query) from which the banner is a hero with the wide image. */
const HERO_MIN_REM = 40;

/** The `now` attribute: an ISO 8601 instant (`2027-05-09T12:00Z`, or with an offset). */
const timeConverter = { fromAttribute: (value: string | null) => (value ? Date.parse(value) : undefined) };

/**
 * @summary The festival's front door: its title in the visitor's language and in the
 * festival's second language, dates, place and tagline, a countdown before it, today's
 * programme item during it, the photos after it; call-to-action buttons and "add to
 * calendar", over the festival's image. From the feed's `festival`.
 *
 * @tagname baltic-dialogue-banner
 *
 * @fires baltic-feed-load - The feed was loaded; `detail.problems` lists what was skipped.
 * @fires baltic-feed-error - The feed could not be loaded; `detail.kind` says why.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart banner - The banner.
 * @csspart image - The background image (the wide crop in the hero layout, the narrow one in the compact card).
 * @csspart overlay - The layer between image and text that keeps the text readable.
 * @csspart content - Everything over the image.
 * @csspart title - The heading with both titles.
 * @csspart title-second - The title in the second language.
 * @csspart details - Dates and place.
 * @csspart status - The countdown, "happening now" or "the festival is over".
 * @csspart tagline - The tagline.
 * @csspart programme - Today's programme item (during the festival).
 * @csspart actions - The buttons.
 * @csspart action - One call-to-action link from the feed.
 * @csspart gallery-link - The link to the festival's photos (after the festival).
 * @csspart empty - Shown when the feed has no festival.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button.
 * @csspart stale-notice - The notice shown over saved (older) information.
 *
 * @cssprop --baltic-color-accent - Accent colour (the primary button). Every colour property takes `light-dark(light, dark)` to set both themes.
 * @cssprop --baltic-color-on-accent - Text on the primary button.
 * @cssprop --baltic-dialogue-banner-overlay - The layer over the image (default a dark veil, 70 % opaque: white text stays above 4.5:1 over any image).
 * @cssprop --baltic-dialogue-banner-text - Text colour over the overlay (default white).
 * @cssprop --baltic-dialogue-banner-fallback - The background when the feed has no image (default a gradient of the accent colour).
 * @cssprop --baltic-radius - Corner radius of the banner.
 * @cssprop --baltic-font-family - Font (default: the page's).
 */
export class BalticDialogueBanner extends BalticElement {
  static override styles = [...BalticElement.styles, standInStyles, dialogueBannerStyles];

  static override properties: PropertyDeclarations = {
    now: { converter: timeConverter },
    galleryUrl: { attribute: 'gallery-url' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The moment the banner shows, for tests and previews (a `Date`, milliseconds, or as an
   * attribute an ISO instant such as `2027-05-09T12:00Z`). The clock stands still at it.
   * Unset (the default): the real clock, and the countdown keeps itself up to date.
   */
  declare now?: Date | number;

  /**
   * The page with the site's `<baltic-gallery link-state>`, with `#<id>` when that gallery has an
   * `id` (`gallery.html#albums`). After the festival the banner links to the festival's album
   * there, opened at its first photo (`gallery.html#baltic-photo-albums=<album>/<photo>`);
   * without it, to the festival's `url`. No link when the feed has no album for the festival.
   */
  declare galleryUrl?: string;

  /** The level of the title's heading (1–6) in the page's outline. */
  declare headingLevel: number;

  /** The banner's own width in px, measured (0 until known): picks the image crop and its `sizes`. */
  readonly #width = new ContainerWidthController<number>(this, { layout: (width) => width, initial: 0 });

  #tick?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncClock();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#syncClock();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('now')) this.#syncClock();
  }

  /** One timer while connected on the real clock; none with a fixed `now` or once disconnected. */
  #syncClock(): void {
    const ticking = this.isConnected && this.now == null;
    if (ticking && !this.#tick) {
      this.#tick = setInterval(() => this.requestUpdate(), TICK_MS);
    } else if (!ticking && this.#tick) {
      clearInterval(this.#tick);
      this.#tick = undefined;
    }
  }

  /** The banner's clock: `now` when it is set to a valid time, else the real one. */
  get #time(): number {
    const fixed = this.now == null ? NaN : +this.now;
    return Number.isFinite(fixed) ? fixed : Date.now();
  }

  protected override errorTitle(): string {
    return msg('The festival information could not be loaded.', {
      id: 'dialogue-banner.error-title',
      desc: 'Heading of the festival banner when its feed failed to load.',
    });
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="banner banner--skeleton" part="banner">
      <div class="content">
        <span class="skeleton sk-title"></span><span class="skeleton sk-line"></span><span class="skeleton sk-line sk-line--short"></span>
        <span class="skeleton sk-button"></span>
      </div>
    </div>`;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const festival = feed.festival;
    if (!festival) {
      return renderEmptyState(
        msg('No festival in this feed.', { id: 'dialogue-banner.empty', desc: 'The feed has no "festival" section.' }),
      );
    }
    const timeZone = feed.timeZone;
    const state = festivalPhase(festival, this.#time, timeZone);
    const image = this.#renderImage(festival);
    const place = (festival.location === undefined ? undefined : feedIndex(feed).locations.get(festival.location));
    return html`<article class="banner" part="banner" aria-labelledby="title">
      ${image}
      <div class="overlay" part="overlay"></div>
      <div class="content" part="content">
        ${this.#renderTitle(festival)}
        <p class="details" part="details">
          <span>${formatDateRange(this.locale, state.span.first, state.span.last)}</span>
          ${place ? html`<span class="place">${this.renderFeedText(place.name)}</span>` : nothing}
        </p>
        ${this.#renderStatus(state)}
        ${festival.tagline ? html`<p class="tagline" part="tagline">${this.renderFeedText(festival.tagline)}</p>` : nothing}
        ${state.phase === 'during' ? this.#renderTodaysItem(state, feed) : nothing}
        <div class="actions" part="actions">${state.phase === 'after' ? this.#renderGalleryLink(festival, feed) : this.#renderActions(festival)}</div>
      </div>
    </article>`;
  }

  /** The title in the visitor's language and, beside it, in the second one: each marked with its language. */
  #renderTitle(festival: Festival): TemplateResult {
    const first = this.resolveFeedText(festival.title);
    const secondLanguage = pairedLanguage(festival, first?.lang ?? this.locale);
    const second = secondLanguage && typeof festival.title === 'object' ? festival.title[secondLanguage] : undefined;
    return html`<div class="title" part="title" id="title" role="heading" aria-level=${headingLevel(this.headingLevel)}>
      <span class="title__first" lang=${first?.lang ?? nothing}>${first?.text}</span>${second
        ? html`<span class="visually-hidden">, </span><span class="title__second" part="title-second" lang=${secondLanguage!}>${second}</span>`
        : nothing}
    </div>`;
  }

  #renderStatus(state: FestivalPhase): TemplateResult {
    // No live region: the countdown changes quietly; screen readers read it when they reach it.
    let text: string;
    if (state.phase === 'before') {
      text = msg(str`Starts ${formatTimeLeft(this.locale, state.left)}`, {
        id: 'dialogue-banner.starts',
        desc: 'Countdown before the festival. The placeholder is a relative time already in the visitor\'s language, e.g. "in 12 days", "tomorrow", "in 5 hours".',
      });
    } else if (state.phase === 'during') {
      text = msg('Happening now', { id: 'dialogue-banner.now', desc: 'Badge on the festival banner while the festival is on.' });
    } else {
      text = msg('The festival is over', { id: 'dialogue-banner.over', desc: 'Shown on the festival banner after the festival.' });
    }
    return html`<p class="status status--${state.phase}" part="status">${text}</p>`;
  }

  #renderTodaysItem(state: Extract<FestivalPhase, { phase: 'during' }>, feed: Feed): TemplateResult | typeof nothing {
    const today = state.item;
    if (!today) return nothing;
    const place = (today.item.location === undefined ? undefined : feedIndex(feed).locations.get(today.item.location));
    const label = today.now
      ? msg('Now', { id: 'dialogue-banner.programme-now', desc: 'Label before the festival programme item going on now.' })
      : msg('Next today', { id: 'dialogue-banner.programme-next', desc: 'Label before the festival programme item that starts later today.' });
    return html`<p class="programme" part="programme">
      <span class="programme__label">${label}</span>
      <span class="programme__time">${formatInstantRange(this.locale, today.span.start, today.span.end, feed.timeZone, false)}</span>
      <span class="programme__title">${this.renderFeedText(today.item.title)}</span>${place
        ? html`<span class="programme__place">${this.renderFeedText(place.name)}</span>`
        : nothing}
    </p>`;
  }

  #renderActions(festival: Festival): TemplateResult {
    return html`${(festival.actions ?? []).map((action) => {
        const href = this.feedUrl(action.url);
        return href
          ? html`<a class="button ${action.kind === 'secondary' ? 'button--secondary' : ''}" part="action" href=${href}>${this.renderFeedText(action.label)}</a>`
          : nothing;
      })}
      ${renderAddToCalendar(this, { festival: true }, { title: this.feedText(festival.title), load: 'when-reached' })}`;
  }

  /** After the festival: its album on the site's gallery page (opened at the first photo), else the festival's page. */
  #renderGalleryLink(festival: Festival, feed: Feed): TemplateResult | typeof nothing {
    const album = (festival.album === undefined ? undefined : feedIndex(feed).albums.get(festival.album));
    if (!album) return nothing;
    const gallery = this.galleryUrl ? resolveFeedUrl(this.galleryUrl, undefined) : undefined;
    // `gallery.html#albums` names the gallery with id="albums" on that page: its link key carries the id
    // (the gallery's `link-state` format: `#baltic-photo[-<gallery id>]=<album>/<photo>`).
    const [page, galleryId = ''] = (gallery ?? '').split('#');
    const key = galleryId ? `baltic-photo-${galleryId}` : 'baltic-photo';
    const firstPhoto = album.photos[0];
    const href = gallery
      ? `${page}${firstPhoto ? `#${key}=${album.id}/${firstPhoto.id}` : ''}`
      : this.feedUrl(festival.url);
    return href
      ? html`<a class="button" part="gallery-link" href=${href}
          >${msg(str`Photos: ${this.feedText(album.title)}`, { id: 'dialogue-banner.photos', desc: 'Link to the festival\'s photo album, shown after it; the placeholder is the album\'s title.' })}</a
        >`
      : nothing;
  }

  /** The crop for the banner's layout (wide for the hero, narrow for the card), whichever exists; nothing until the width is known. */
  #renderImage(festival: Festival): TemplateResult | typeof nothing {
    const { wide, narrow } = festival.image ?? {};
    if (!wide && !narrow) return nothing;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const width = this.#width.value;
    const image: Image = (width >= HERO_MIN_REM * rem ? wide ?? narrow : narrow ?? wide)!;
    const src = this.feedUrl(image.src);
    if (!src) return nothing;
    if (!width) return html`<div class="image"></div>`;
    const candidates = [image, ...(image.variants ?? [])].flatMap((variant) => {
      const url = this.feedUrl(variant.src);
      return url ? [`${url} ${variant.width}w`] : [];
    });
    return html`<img
      class="image"
      part="image"
      src=${src}
      srcset=${candidates.join(', ')}
      sizes=${`${Math.ceil(width)}px`}
      width=${image.width}
      height=${image.height}
      alt=${this.feedText(image.alt)}
      decoding="async"
    />`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'baltic-dialogue-banner': BalticDialogueBanner;
  }
}

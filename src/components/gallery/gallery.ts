import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Album, Feed, Photo } from '../../feed/schema.js';
import { formatCalendarDate } from '../../i18n/dates.js';
import { numberFormat, plural } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { renderChunkFailure } from '../../internal/chunk-failure.js';
import { LazyChunk } from '../../internal/lazy-chunk.js';
import { headingLevel } from '../../presentation/heading.js';
import { cssProperties } from '../../internal/css-properties.js';
import { renderEmptyState } from '../../internal/state-box.js';
import { BalticPhotoCloseEvent, BalticPhotoOpenEvent, type PhotoDetail } from '../../events/gallery.js';
import { galleryStyles } from './gallery.styles.js';
import { photoSrcset, type LightboxPhoto } from './lightbox-photo.js';
import { feedIndex } from '../../feed/feed-index.js';

export { BalticPhotoCloseEvent, BalticPhotoOpenEvent, type PhotoDetail } from '../../events/gallery.js';

/**
 * The lightbox (dialog, gestures, zoom, the URL hash) is its own chunk, loaded when a
 * visitor first comes near a photo, or when the URL names one.
 */
const lightboxChunk = new LazyChunk('the photo viewer', () => import('./lightbox.js'));

/** The URL hash key of a gallery (see `link-state`): the lightbox is given it, so the hash code stays in its chunk. */
const photoHashKey = (galleryId: string): string => (galleryId ? `baltic-photo-${galleryId}` : 'baltic-photo');

/** Newest first; albums without a date after those with one, in feed order. */
const byDateDescending = (a: Album, b: Album) => (b.date ?? '').localeCompare(a.date ?? '');

const pictureIcon = html`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M5 4h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2M11 10a2 2 0 1 1-4 0a2 2 0 1 1 4 0M3 18l6-6 4 4 3-3 5 5"></path></svg>`;

/**
 * @summary Photo albums from the feed: an album chooser, a justified grid that keeps its
 * layout while photos load, and a lightbox (swipe, zoom, keyboard, shareable links).
 *
 * @tagname baltic-gallery
 *
 * @fires baltic-photo-open - The lightbox shows a photo (on opening and on each move); `detail` has `albumId`, `photoId`, `index`.
 * @fires baltic-photo-close - The lightbox closed; `detail` is the photo it showed last.
 * @fires baltic-feed-load - The feed was loaded; `detail.problems` lists what was skipped.
 * @fires baltic-feed-error - The feed could not be loaded; `detail.kind` says why.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart albums - The list of albums (when there are several).
 * @csspart album - One album's button in that list.
 * @csspart back - The "All albums" button above an album.
 * @csspart header - The album's title, date, event and description.
 * @csspart title - The album's title.
 * @csspart grid - The list of thumbnails.
 * @csspart thumbnail - One thumbnail button.
 * @csspart broken - What stands in for a photo that failed to load.
 * @csspart lightbox - The lightbox dialog.
 * @csspart empty - The "no photos" state.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button.
 * @csspart stale-notice - The notice shown over saved (older) information.
 *
 * @cssprop --baltic-color-accent - Accent colour (focus ring, buttons). Every colour property takes `light-dark(light, dark)`.
 * @cssprop --baltic-color-surface - Background of the album cards.
 * @cssprop --baltic-color-text - Text colour.
 * @cssprop --baltic-color-muted - Secondary text colour.
 * @cssprop --baltic-color-border - Border colour.
 * @cssprop --baltic-radius - Corner radius of the album cards.
 * @cssprop --baltic-radius-small - Corner radius of the thumbnails.
 * @cssprop --baltic-font-family - Font (default: the page's).
 * @cssprop --baltic-gallery-row-height - Height of a row of thumbnails (default 7.5em, 10em from 36em of width, 13em from 60em; em of the widget's font size).
 * @cssprop --baltic-gallery-gap - Space between thumbnails (default 0.375em).
 * @cssprop --baltic-gallery-lightbox-background - Background of the lightbox (default near-black).
 */
export class BalticGallery extends BalticElement {
  static override styles = [...BalticElement.styles, galleryStyles];

  static override properties: PropertyDeclarations = {
    album: {},
    event: {},
    linkState: { type: Boolean, attribute: 'link-state' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    chosenAlbumId: { state: true },
    openIndex: { state: true },
    failedPhotos: { state: true },
    lightboxFailed: { state: true },
  };

  /** The id of the one album to show (no album chooser). */
  declare album?: string;

  /** Only the albums that belong to this event (its id in the feed). */
  declare event?: string;

  /**
   * Puts the open photo in the URL hash (`#baltic-photo=<album>/<photo>`, or
   * `#baltic-photo-<id>=…` when the gallery has an `id`): the link opens that photo, and the
   * back button closes the lightbox. Give each gallery an `id` when two on a page show the same album.
   */
  declare linkState: boolean;

  /** The level of the album title's heading (1–6) in the page's outline. */
  declare headingLevel: number;

  private declare chosenAlbumId?: string;
  private declare openIndex?: number;
  /** URLs of the photos that failed to load. */
  private declare failedPhotos: ReadonlySet<string>;
  private declare lightboxFailed: boolean;

  #linkedFeed?: Feed;
  /** Where focus goes after the next render (a selector): a thumbnail, an album, or the album's heading. */
  #focusAfterRender?: string;

  constructor() {
    super();
    this.linkState = false;
    this.headingLevel = 2;
    this.failedPhotos = new Set();
    this.lightboxFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.#onLocationChange);
    addEventListener('hashchange', this.#onLocationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onLocationChange);
    removeEventListener('hashchange', this.#onLocationChange);
  }

  /** Closes the lightbox (if open); focus returns to the photo's thumbnail. */
  closeLightbox(): void {
    const lightbox = this.renderRoot.querySelector('baltic-gallery-lightbox');
    if (lightbox?.close) lightbox.close();
    else this.#closed();
  }

  protected override errorTitle(): string {
    return msg('The photos could not be loaded.', { id: 'gallery.error-title', desc: 'Heading of the gallery when its feed failed to load.' });
  }

  /** The albums this gallery may show, newest first. */
  #visibleAlbums(feed = this.feedSnapshot.feed): Album[] {
    const albums = (feed?.albums ?? []).filter((album) => (!this.album || album.id === this.album) && (!this.event || album.event === this.event));
    return [...albums].sort(byDateDescending);
  }

  /** The album shown as a grid (the only one, or the one chosen if still shown), or undefined when the chooser is shown. */
  #currentAlbum(albums: Album[]): Album | undefined {
    return albums.length === 1 ? albums[0] : albums.find((album) => album.id === this.chosenAlbumId);
  }

  #positionText(index: number, total: number): string {
    const format = numberFormat(this.locale);
    const [n, count] = [format.format(index + 1), format.format(total)];
    return msg(str`Photo ${n} of ${count}`, { id: 'gallery.position', desc: 'A photo\'s place in its album, for screen readers and as the alt text of a photo that has none.' });
  }

  /** The photo as the lightbox and the thumbnails show it. */
  #viewOf(album: Album, photo: Photo, index: number): LightboxPhoto {
    const caption = this.resolveFeedText(photo.caption);
    const src = this.feedUrl(photo.src);
    return {
      id: photo.id,
      src,
      srcset: photoSrcset({ src, width: photo.width }, (photo.variants ?? []).map((variant) => ({ src: this.feedUrl(variant.src), width: variant.width }))),
      width: photo.width,
      height: photo.height,
      alt: this.feedText(photo.alt) || caption?.text || this.#positionText(index, album.photos.length),
      caption: caption?.text,
      captionLang: caption?.lang && caption.lang.split('-')[0] !== this.locale ? caption.lang : undefined,
      credit: photo.credit,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const feed = this.feedSnapshot.feed;
    if (feed && feed !== this.#linkedFeed && this.linkState) {
      this.#linkedFeed = feed;
      this.#followLocation();
    }
    this.#moveFocus();
  }

  #moveFocus(): void {
    const selector = this.#focusAfterRender;
    const element = selector ? this.renderRoot.querySelector<HTMLElement>(selector) : null;
    this.#focusAfterRender = undefined;
    element?.focus();
    element?.scrollIntoView?.({ block: 'nearest' });
  }

  // ————— Lightbox and history —————

  #detailOf(index: number): PhotoDetail | undefined {
    const album = this.#currentAlbum(this.#visibleAlbums());
    const photo = album?.photos[index];
    return album && photo ? { albumId: album.id, photoId: photo.id, index } : undefined;
  }

  /** Shows photo `index` of the current album in the lightbox (which keeps the URL in step, with `link-state`). */
  #show(index: number): void {
    if (this.openIndex === index) return;
    this.openIndex = index;
    this.lightboxFailed = false;
    lightboxChunk.load().catch(() => {
      this.lightboxFailed = true;
    });
    const detail = this.#detailOf(index);
    if (detail) this.dispatchEvent(new BalticPhotoOpenEvent(detail));
  }

  /** The lightbox is gone (closed by the visitor, or by the URL); focus goes back to the photo's thumbnail. */
  #closed(): void {
    const index = this.openIndex;
    if (index === undefined) return;
    const detail = this.#detailOf(index);
    this.openIndex = undefined;
    this.#focusAfterRender = `[data-index="${index}"]`;
    if (detail) this.dispatchEvent(new BalticPhotoCloseEvent(detail));
  }

  #onLocationChange = (): void => {
    if (this.linkState) this.#followLocation();
  };

  /** Opens the photo the URL names, or closes the lightbox when it names none. */
  #followLocation(): void {
    const key = photoHashKey(this.id);
    // Only a hash that may name a photo is worth loading the lightbox (and its hash reader) for.
    if (!location.hash.includes(`${key}=`)) return this.#closed();
    lightboxChunk.load().then(({ readPhotoHash }) => {
      const target = readPhotoHash(location.hash, key);
      const albums = this.#visibleAlbums();
      const album = albums.find((item) => item.id === target?.albumId);
      const index = album?.photos.findIndex((photo) => photo.id === target!.photoId) ?? -1;
      if (!album || index < 0) return this.#closed();
      if (this.#currentAlbum(albums) !== album) {
        this.#closed();
        this.chosenAlbumId = album.id;
      }
      this.#show(index);
    }, () => undefined);
  }

  // ————— Rendering —————

  protected override renderSkeleton(): TemplateResult {
    // One album: its title line and rows of photos. The album chooser: a typical feed's four album
    // cards in the chooser's own grid, so that their rows follow the width as the cards' will.
    return this.album
      ? html`<div class="skeleton sk-title"></div>
          <ul class="grid">${Array.from({ length: 8 }, () => html`<li class="sk-tile"><span class="skeleton"></span></li>`)}</ul>`
      : html`<ul class="albums">${Array.from({ length: 4 }, () => html`<li class="skeleton sk-album"></li>`)}</ul>`;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const albums = this.#visibleAlbums(feed);
    const album = this.#currentAlbum(albums);
    if (album) return this.#renderAlbum(album, albums.length > 1);
    if (albums.length) return this.#renderChooser(albums);
    return renderEmptyState(
      msg('No photos yet.', { id: 'gallery.empty', desc: 'The gallery has no album to show.' }),
      this.album || this.event
        ? msg('There is no album of that name in the feed.', { id: 'gallery.empty-filtered', desc: 'Shown under "No photos yet." when the gallery is set to an album or event that has none.' })
        : undefined,
    );
  }

  #albumMeta(album: Album): string {
    const count = album.photos.length;
    const n = numberFormat(this.locale).format(count);
    const photos = plural(this.locale, count, {
      one: msg(str`${n} photo`, { id: 'gallery.photo-count.one', desc: 'Number of photos in an album, singular.' }),
      other: msg(str`${n} photos`, { id: 'gallery.photo-count.other', desc: 'Number of photos in an album, plural.' }),
      zero: msg(str`${n} photos`, { id: 'gallery.photo-count.zero', desc: 'Plural form "zero" (Latvian: 0, 10–20, 30…) of gallery.photo-count.other.' }),
      few: msg(str`${n} photos`, { id: 'gallery.photo-count.few', desc: 'Plural form "few" (Russian, Ukrainian: 2–4, 22–24…; Lithuanian: 2–9, 22–29…) of gallery.photo-count.other.' }),
      many: msg(str`${n} photos`, { id: 'gallery.photo-count.many', desc: 'Plural form "many" (Russian, Ukrainian: 0, 5–20, 25–30…; Lithuanian: fractions) of gallery.photo-count.other.' }),
    });
    return [album.date ? formatCalendarDate(this.locale, album.date) : '', photos].filter(Boolean).join(' · ');
  }

  #renderChooser(albums: Album[]): TemplateResult {
    return html`<ul class="albums" part="albums" @pointerover=${this.#preloadLightbox} @focusin=${this.#preloadLightbox} aria-label=${msg('Photo albums', { id: 'gallery.albums', desc: 'Accessible name of the list of photo albums.' })}>
      ${albums.map((album) => {
        const cover = album.photos[0];
        const coverSrc = cover && this.feedUrl(cover.src);
        const failed = this.failedPhotos.has(coverSrc!);
        return html`<li>
          <button class="album-card" part="album" data-album=${album.id} @click=${() => this.#chooseAlbum(album.id)}>
            <span class="cover">
              ${coverSrc && !failed
                ? html`<img src=${coverSrc} alt="" width=${cover.width} height=${cover.height} loading="lazy" decoding="async"
                    @error=${this.#markFailed} />`
                : html`<span class="broken">${pictureIcon}</span>`}
            </span>
            <span class="album-title">${this.renderFeedText(album.title)}</span>
            <span class="album-meta">${this.#albumMeta(album)}</span>
          </button>
        </li>`;
      })}
    </ul>`;
  }

  #chooseAlbum(albumId: string | undefined): void {
    const previous = this.chosenAlbumId;
    this.chosenAlbumId = albumId;
    this.#focusAfterRender = albumId ? '[part="title"]' : `[data-album="${previous}"]`;
  }

  /** Starts loading the lightbox as soon as a visitor comes near a photo, so it opens at once. */
  #preloadLightbox(): void {
    lightboxChunk.load().catch(() => undefined);
  }

  /** An image failed: its placeholder takes its place (the image's own URL, as the browser resolved it). */
  #markFailed(event: Event): void {
    this.failedPhotos = new Set(this.failedPhotos).add((event.target as HTMLImageElement).getAttribute('src')!);
  }

  #renderAlbum(album: Album, withChooser: boolean): TemplateResult {
    const event = album.event && this.feedSnapshot.feed ? feedIndex(this.feedSnapshot.feed).events.get(album.event) : undefined;
    const eventUrl = this.feedUrl(event?.url);
    const photos = album.photos.map((photo, index) => this.#viewOf(album, photo, index));
    const title = this.feedText(album.title);
    return html`
      ${withChooser
        ? html`<button class="button button--secondary back" part="back" @click=${() => this.#chooseAlbum(undefined)}>
            <span aria-hidden="true">←</span> ${msg('All albums', { id: 'gallery.all-albums', desc: 'Button above an album that goes back to the list of albums.' })}
          </button>`
        : nothing}
      <div class="album-head" part="header">
        <div class="album-name" part="title" id="album-title" role="heading" aria-level=${headingLevel(this.headingLevel)} tabindex="-1">
          ${this.renderFeedText(album.title)}
        </div>
        <p class="album-meta">${this.#albumMeta(album)}</p>
        ${event
          ? html`<p class="album-event">
              ${msg('From the event:', { id: 'gallery.event', desc: 'Before the title of the event an album belongs to.' })}
              ${eventUrl ? html`<a href=${eventUrl}>${this.renderFeedText(event.title)}</a>` : this.renderFeedText(event.title)}
            </p>`
          : nothing}
        ${album.description ? html`<p class="album-description">${this.renderFeedText(album.description)}</p>` : nothing}
      </div>
      ${photos.length
        ? html`<ul class="grid" part="grid" aria-labelledby="album-title" @pointerover=${this.#preloadLightbox} @focusin=${this.#preloadLightbox}>
            ${photos.map((photo, index) => this.#renderThumbnail(album.photos[index]!, photo, index))}
          </ul>`
        : renderEmptyState(msg('This album has no photos yet.', { id: 'gallery.album-empty', desc: 'An album without photos.' }))}
      ${this.lightboxFailed && this.openIndex !== undefined
        ? renderChunkFailure()
        : nothing}
      ${this.openIndex !== undefined && photos[this.openIndex]
        ? html`<baltic-gallery-lightbox
            part="lightbox"
            .photos=${photos}
            .index=${this.openIndex}
            .heading=${title}
            .locale=${this.locale}
            .templates=${this.localeController.templates}
            .link=${this.linkState ? { key: photoHashKey(this.id), albumId: album.id } : undefined}
            @lightbox-index=${(event: CustomEvent<number>) => this.#show(event.detail)}
            @lightbox-close=${this.#closed}
          ></baltic-gallery-lightbox>`
        : nothing}
    `;
  }

  #renderThumbnail(photo: Photo, view: LightboxPhoto, index: number): TemplateResult {
    const failed = this.failedPhotos.has(view.src!);
    // The aspect ratio as a custom property, through the CSSOM (a `style` attribute would break under a strict CSP).
    return html`<li class="tile" style=${cssProperties({ '--r': String(photo.width / photo.height) })}>
      <button class="thumb" part="thumbnail" data-index=${index} @click=${() => this.#show(index)}>
        ${failed || !view.src
          ? html`<span class="broken" part="broken">${pictureIcon}<span>${view.alt}</span></span>`
          : html`<img src=${view.src} srcset=${view.srcset ?? nothing} sizes=${view.srcset ? `${Math.ceil((photo.width / photo.height) * 240)}px` : nothing}
              alt=${view.alt} width=${photo.width} height=${photo.height} loading="lazy" decoding="async" @error=${this.#markFailed} />`}
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'baltic-gallery': BalticGallery;
  }
}

/**
 * `<baltic-studio-preview>`: the real widgets showing the feed being edited (their `feed`
 * property), in any of the widgets' 8 languages, at phone or desktop width, light or dark.
 * The item being edited is the one shown: the calendar opens at the event's day, the map
 * shows the place, the gallery the album.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LOCALE_NAMES, LOCALES } from '../../i18n/locales.js';
import { isObject, type FeedDocument, type JsonObject } from '../model/document.js';
import type { SectionId } from '../model/sections.js';
import { toWallTime } from '../model/wall-time.js';
import { msg, withMessages } from '../i18n.js';
import type { TemplateMap } from '../../i18n/msg.js';
import { previewStyles } from './studio.styles.js';

let widgetsLoaded: Promise<unknown> | undefined;
/**
 * The widgets load with the preview, once: each through its define module, so the
 * add-to-calendar button stays the lazy chunk the calendar's dialog and the banner import.
 */
const loadWidgets = () =>
  (widgetsLoaded ??= Promise.all([
    import('../../components/event-calendar/define.js'),
    import('../../components/add-to-calendar/define.js'),
    import('../../components/schedule/define.js'),
    import('../../components/location-map/define.js'),
    import('../../components/gallery/define.js'),
    import('../../components/dialogue-banner/define.js'),
    import('../../components/org-card/define.js'),
  ]));

export class BalticStudioPreview extends LitElement {
  static override styles = previewStyles;

  static override properties: PropertyDeclarations = {
    feed: { attribute: false },
    section: {},
    item: { attribute: false },
    templates: { attribute: false },
    widgetLang: { attribute: 'widget-lang' },
    width: {},
    theme: {},
    ready: { state: true },
  };

  declare feed?: FeedDocument;
  declare section: SectionId;
  /** The item being edited (an event, an activity…), if any. */
  declare item?: JsonObject;
  /** The studio's messages (its language). */
  declare templates?: TemplateMap;
  declare widgetLang: string;
  declare width: 'phone' | 'desktop';
  declare theme: 'light' | 'dark';
  declare ready: boolean;

  constructor() {
    super();
    this.section = 'events';
    this.widgetLang = 'fi';
    this.width = 'desktop';
    this.theme = 'light';
    this.ready = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadWidgets().then(() => (this.ready = true));
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    withMessages(this.templates, () => super.update(changed));
  }

  protected override render(): TemplateResult {
    return html`<section aria-labelledby="preview-title">
      <h2 id="preview-title">${msg('Preview', { id: 'studio.preview' })}</h2>
      <div class="preview-controls">
        <label>${msg('Language', { id: 'studio.preview.language' })}
          <select @change=${(event: Event) => (this.widgetLang = (event.target as HTMLSelectElement).value)}>
            ${LOCALES.map((locale) => html`<option value=${locale} ?selected=${locale === this.widgetLang}>${LOCALE_NAMES[locale]}</option>`)}
          </select></label>
        <fieldset class="toggle">
          <legend class="visually-hidden">${msg('Width', { id: 'studio.preview.width' })}</legend>
          ${this.choice('width', 'phone', msg('Phone', { id: 'studio.preview.phone' }))} ${this.choice('width', 'desktop', msg('Desktop', { id: 'studio.preview.desktop' }))}
        </fieldset>
        <fieldset class="toggle">
          <legend class="visually-hidden">${msg('Theme', { id: 'studio.preview.theme' })}</legend>
          ${this.choice('theme', 'light', msg('Light', { id: 'studio.preview.light' }))} ${this.choice('theme', 'dark', msg('Dark', { id: 'studio.preview.dark' }))}
        </fieldset>
      </div>
      <!-- Scrolls on its own: focusable, so a keyboard can scroll it too. -->
      <div class="frame ${this.width} ${this.theme}" lang=${this.widgetLang} tabindex="0" role="group" aria-label=${msg('Preview', { id: 'studio.preview' })}>
        ${this.ready && this.feed ? this.renderWidgets(this.feed) : html`<p>${msg('Loading the widgets…', { id: 'studio.preview.loading' })}</p>`}
      </div>
    </section>`;
  }

  private choice(name: 'width' | 'theme', value: string, label: string): TemplateResult {
    return html`<label class="check"><input type="radio" name=${name} .checked=${this[name] === value}
      @change=${() => ((this as unknown as Record<string, string>)[name] = value)} />${label}</label>`;
  }

  /** The widgets that show the part of the feed being edited. */
  private renderWidgets(feed: FeedDocument): TemplateResult {
    const lang = this.widgetLang;
    const theme = this.theme;
    const item = this.item;
    const id = item && typeof item.id === 'string' ? item.id : undefined;
    const timeZone = typeof feed.timeZone === 'string' ? feed.timeZone : 'Europe/Helsinki';
    switch (this.section) {
      case 'events':
      case 'categories': {
        const date = item && typeof item.start === 'string' ? toWallTime(item.start, timeZone).date : undefined;
        return html`<baltic-event-calendar .feed=${feed} lang=${lang} theme=${theme} date=${date || nothing} view=${this.width === 'phone' ? 'list' : 'month'}></baltic-event-calendar>
          ${id && this.section === 'events' && date
            ? html`<p><baltic-add-to-calendar .feed=${feed} lang=${lang} theme=${theme} event-id=${id}></baltic-add-to-calendar></p>`
            : nothing}`;
      }
      case 'schedule': {
        const week = item && typeof item.seasonStart === 'string' ? item.seasonStart : undefined;
        return html`<baltic-schedule .feed=${feed} lang=${lang} theme=${theme} week=${week || nothing}></baltic-schedule>`;
      }
      case 'locations':
        return html`<baltic-location-map .feed=${feed} lang=${lang} theme=${theme} locations=${id || nothing} remember-consent></baltic-location-map>`;
      case 'albums':
        return html`<baltic-gallery .feed=${feed} lang=${lang} theme=${theme} album=${id || nothing}></baltic-gallery>`;
      case 'festival':
        return isObject(feed.festival)
          ? html`<baltic-dialogue-banner .feed=${feed} lang=${lang} theme=${theme}></baltic-dialogue-banner>`
          : html`<p>${msg('Add the festival\'s title and dates to see its banner.', { id: 'studio.preview.no-festival' })}</p>`;
      default:
        return html`<baltic-org-card .feed=${feed} lang=${lang} theme=${theme}></baltic-org-card>`;
    }
  }
}

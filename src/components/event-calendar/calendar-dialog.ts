/**
 * What the details dialog shows: one event (title, when, place with directions, description,
 * image, price, registration, category, add to calendar), or one day's events.
 */
import { LazyChunk } from '../../internal/lazy-chunk.js';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CalendarDate } from '../../feed/time.js';
import { msg } from '../../i18n/msg.js';
import { categoryOf } from './occurrence-category.js';
import { dayHeading, renderDayEvents } from './day-events.js';
import { occurrenceWhen, statusWord } from './occurrence-button.js';
import type { ViewContext } from './view-context.js';
import { renderAddToCalendar } from '../../presentation/add-to-calendar.js';
import { priceLabel } from '../../presentation/price.js';
import { renderAddressLines, renderDirections, renderPrice as priceAndNote } from '../../presentation/templates.js';
import type { Occurrence } from './calendar-layout.js';
import type { CalendarDialogController } from './calendar-dialog-controller.js';
import { feedIndex } from '../../feed/feed-index.js';
import { keepFocusInside } from '../../internal/focus-trap.js';

export { dialogStyles as styles } from './calendar-dialog.styles.js';

/** What the dialog shows: an event's details (opened from a day's list: with a way back), or a day's events. */
export type DialogContent = { kind: 'event'; occurrence: Occurrence; fromDay?: CalendarDate } | { kind: 'day'; date: CalendarDate };

/** What the dialog needs of the calendar (`renderDialog` makes it of the controller). */
interface DialogHost {
  /** A feed URL through the allow-list, or undefined. */
  url(url: string | undefined): string | undefined;
  close(): void;
  showDay(date: CalendarDate): void;
  /** Something loaded later (the sanitized description) is ready: render again. */
  rendered(): void;
  /** The calendar's feed property and source, handed on to `<baltic-add-to-calendar>`. */
  feed?: object;
  src?: string;
  theme: string;
}

/** Where the dialog was opened from: the element, and the key of the event it shows (`data-key`). */
export interface DialogOpener {
  element: HTMLElement;
  key?: string;
}

/** What the `<dialog>` element needs of its controller (calendar-dialog-controller.ts). */
interface DialogElementHost {
  close(): void;
  /** The dialog closed (Escape, a close button, a click on the backdrop). */
  closed(): void;
}

/** The native modal `<dialog>` with `body`: Tab stays inside it, a click on the backdrop closes it. */
export const renderDialogElement = (host: DialogElementHost, body: TemplateResult | typeof nothing): TemplateResult =>
  html`<dialog
    part="dialog"
    class="dialog"
    aria-labelledby="dialog-title"
    @close=${() => host.closed()}
    @keydown=${keepFocusInside}
    @click=${(event: MouseEvent) => event.target === event.currentTarget && host.close()}
  >
    <div class="dialog__body">${body}</div>
  </dialog>`;

/** Focus back on `opener`; when the view re-rendered meanwhile, on the same event's button, else on the grid's current day. */
export function returnFocus(root: ParentNode, opener: DialogOpener | undefined): void {
  if (opener?.element.isConnected) return opener.element.focus();
  const selector = opener?.key ? `[data-key="${CSS.escape(opener.key)}"]` : '[role="gridcell"][tabindex="0"]';
  root.querySelector<HTMLElement>(selector)?.focus();
}

interface DialogParts extends DialogHost {
  richText(html: string): string | undefined | null;
  addToCalendar(occurrence: Occurrence): TemplateResult;
  back?: () => void;
}

const sanitized = new Map<string, string>();
/** Descriptions shown as plain text because the sanitizer's chunk failed to load (cleared once it loads). */
const plain = new Set<string>();
const sanitizer = new LazyChunk('the description sanitizer', () => import('./rich-text.js'));

/**
 * The sanitized HTML of a rich description; undefined while the sanitizer loads (the host
 * renders again then); null when it could not be loaded: the description is then shown as
 * plain text, and the next other rich description tries to load it again.
 */
function richText(host: DialogHost, text: string): string | undefined | null {
  const done = sanitized.get(text);
  if (done !== undefined) return done;
  if (plain.has(text)) return null;
  sanitizer.load().then(
    ({ sanitizeDescription }) => {
      plain.clear();
      sanitized.set(text, sanitizeDescription(text, (url) => host.url(url)));
      host.rendered();
    },
    () => {
      plain.add(text);
      host.rendered();
    },
  );
  return undefined;
}

/** The text of rich-text markup, its tags dropped (rendered as text, never parsed as HTML): paragraphs and lines kept. */
const textOfMarkup = (markup: string) =>
  markup
    .replace(/<(br|\/p|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|#39|nbsp|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0', amp: '&' })[name]!);

const addToCalendar = (context: ViewContext, host: DialogHost, occurrence: Occurrence): TemplateResult =>
  renderAddToCalendar({ ...host, locale: context.locale }, occurrence.event ? { eventId: occurrence.event.id } : { activityId: occurrence.activity!.id }, { title: context.text(occurrence.title), load: 'now' });

/** The dialog's content. The context's occurrences are the day's, for a day. */
export function renderDialog(context: ViewContext, content: DialogContent, controller: CalendarDialogController): TemplateResult {
  const { host: calendar, hooks } = controller;
  const parts: DialogParts = {
    url: (url) => hooks.url(url),
    close: () => controller.close(),
    showDay: (date) => controller.show({ kind: 'day', date }),
    rendered: () => calendar.requestUpdate(),
    feed: calendar.feed,
    src: calendar.src,
    theme: calendar.theme,
    richText: (text) => richText(parts, text),
    addToCalendar: (occurrence) => addToCalendar(context, parts, occurrence),
  };
  if (content.kind === 'day') return renderDayList(context, content.date, context.occurrences, parts);
  const fromDay = content.fromDay;
  return renderDetails(context, content.occurrence, fromDay ? { ...parts, back: () => parts.showDay(fromDay) } : parts);
}

const closeButton = (parts: DialogParts) =>
  html`<button type="button" class="dialog__close" part="close" @click=${parts.close}>
    <span aria-hidden="true">×</span><span class="visually-hidden">${msg('Close', { id: 'calendar.close', desc: 'Button that closes the event details.' })}</span>
  </button>`;

function renderPrice(context: ViewContext, occurrence: Occurrence): TemplateResult | typeof nothing {
  const price = occurrence.event?.price ?? occurrence.activity?.price;
  if (!price) return nothing;
  return html`<div class="fact">
    <dt>${priceLabel()}</dt>
    <dd>${priceAndNote(context.locale, price, (text) => context.renderText(text))}</dd>
  </div>`;
}

function renderPlace(context: ViewContext, occurrence: Occurrence, parts: DialogParts): TemplateResult | typeof nothing {
  const location = (occurrence.location === undefined ? undefined : feedIndex(context.feed).locations.get(occurrence.location));
  if (!location) return nothing;
  const website = parts.url(location.url);
  return html`<div class="fact">
    <dt>${msg('Place', { id: 'calendar.place', desc: 'Label of the place in the event details.' })}</dt>
    <dd>
      ${website ? html`<a href=${website} rel="noopener">${context.renderText(location.name)}</a>` : context.renderText(location.name)}
      ${location.address ? html`<br /><span class="address">${renderAddressLines(location.address, context.locale)}</span>` : nothing}
      ${location.directions ? html`<br /><span class="muted">${context.renderText(location.directions)}</span>` : nothing}
      ${renderDirections(location, context.text(location.name))}
    </dd>
  </div>`;
}

function renderDescription(context: ViewContext, occurrence: Occurrence, parts: DialogParts): TemplateResult | typeof nothing {
  const source = occurrence.event ?? occurrence.activity;
  const text = context.text(source?.description) || context.text(occurrence.event?.summary);
  if (!text) return nothing;
  const rich = occurrence.event?.descriptionFormat === 'html' && !!source?.description;
  if (rich) {
    const safe = parts.richText(text);
    if (safe !== null) return html`<div class="dialog__description" part="description">${safe === undefined ? html`<span class="skeleton sk-text"></span>` : unsafeHTML(safe)}</div>`;
  }
  // A rich description whose sanitizer could not be loaded: its text.
  const paragraphs = rich ? textOfMarkup(text).split(/\n\s*/) : text.split(/\n{2,}/);
  return html`<div class="dialog__description" part="description">${paragraphs.filter((paragraph) => paragraph.trim()).map((paragraph) => html`<p>${paragraph}</p>`)}</div>`;
}

/** One event's (or activity session's) details. */
function renderDetails(context: ViewContext, occurrence: Occurrence, parts: DialogParts): TemplateResult {
  const event = occurrence.event;
  const category = categoryOf(context.feed, occurrence);
  const status = statusWord(occurrence);
  const image = event?.image;
  const imageSrc = parts.url(image?.src);
  const registration = parts.url(event?.registration ?? occurrence.activity?.registration);
  const more = parts.url(event?.url ?? occurrence.activity?.url);
  return html`<div class="dialog__header">
      ${parts.back
        ? html`<button type="button" class="dialog__back" part="back" @click=${parts.back}>
            <span aria-hidden="true">‹</span> ${msg('All events of the day', { id: 'calendar.back-to-day', desc: 'Button in the event details that goes back to the list of the day\'s events.' })}
          </button>`
        : nothing}
      <h2 id="dialog-title" class="dialog__title ${occurrence.cancelled ? 'is-cancelled' : ''}" part="dialog-title">${context.renderText(occurrence.title)}</h2>
      ${closeButton(parts)}
    </div>
    ${status ? html`<p class="dialog__status status-word" part="status">${status}</p>` : nothing}
    ${image && imageSrc
      ? html`<img class="dialog__image" part="image" src=${imageSrc} width=${image.width} height=${image.height} alt=${context.text(image.alt)} decoding="async" />`
      : nothing}
    <dl class="facts">
      <div class="fact">
        <dt>${msg('When', { id: 'calendar.when', desc: 'Label of the date and time in the event details.' })}</dt>
        <dd>${occurrenceWhen(context, occurrence)}${occurrence.activity
            ? html`<br /><span class="muted">${msg('A weekly activity', { id: 'calendar.weekly', desc: 'Note in the details of a session of a weekly activity.' })}</span>`
            : nothing}</dd>
      </div>
      ${renderPlace(context, occurrence, parts)} ${renderPrice(context, occurrence)}
      ${category
        ? html`<div class="fact">
            <dt>${msg('Category', { id: 'calendar.category', desc: 'Label of the category in the event details.' })}</dt>
            <dd><span class="chip chip--static" data-cat=${category.id}>${context.renderText(category.name)}</span></dd>
          </div>`
        : nothing}
    </dl>
    ${renderDescription(context, occurrence, parts)}
    <div class="dialog__actions">
      ${registration && !occurrence.cancelled
        ? html`<a class="button" part="registration" href=${registration} rel="noopener">${msg('Register', { id: 'calendar.register', desc: 'Link to the event\'s registration form.' })}</a>`
        : nothing}
      ${more ? html`<a class="button button--secondary" href=${more} rel="noopener">${msg('More information', { id: 'calendar.more-info', desc: 'Link to the event\'s own page.' })}</a>` : nothing}
      ${occurrence.cancelled ? nothing : parts.addToCalendar(occurrence)}
    </div>`;
}

/** The events of one day ("+N more", or Enter on a day of the month grid). */
function renderDayList(context: ViewContext, date: CalendarDate, occurrences: readonly Occurrence[], parts: DialogParts): TemplateResult {
  return html`<div class="dialog__header">
      <h2 id="dialog-title" class="dialog__title" part="dialog-title">${dayHeading(context, date)}</h2>
      ${closeButton(parts)}
    </div>
    ${renderDayEvents(context, date, occurrences)}`;
}

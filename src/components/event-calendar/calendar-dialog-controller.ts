/**
 * The calendar's details dialog as a controller: what it shows (an event, or a day's events),
 * its code loaded with the first opening, a native modal `<dialog>` that keeps Tab inside it
 * (`keepFocusInside`, in the dialog's code), and focus back where the visitor was when it
 * closes (the event, or the day, even after the view re-rendered). `<baltic-add-to-calendar>`
 * loads with the first event opened; when a chunk cannot be loaded the visitor sees why, and
 * the next opening tries again.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CalendarDate } from '../../feed/time.js';
import type { DialogContent, DialogHost } from './calendar-dialog.js';
import type { Occurrence } from './calendar-layout.js';
import { DIALOG_CHUNK, loadWithStyles } from './view-modules.js';

export type DialogModule = typeof import('./calendar-dialog.js');

/** What the controller needs of the calendar. */
export interface DialogControllerHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Handed on to `<baltic-add-to-calendar>`. */
  readonly feed?: object;
  readonly src?: string;
  readonly theme: string;
}

export interface DialogHooks {
  /** An event's details were opened (not a day's list). */
  eventOpened(occurrence: Occurrence): void;
  /** The dialog closed; `wasEvent` when it showed an event's details. */
  closed(wasEvent: boolean): void;
  /** A feed URL through the allow-list, or undefined. */
  url(url: string | undefined): string | undefined;
}

export class CalendarDialogController implements ReactiveController {
  /** What the dialog shows; undefined when it is closed. */
  content?: DialogContent;
  /** The dialog's code, once loaded. */
  module?: DialogModule;
  /** The dialog's code could not be loaded (said in the calendar). */
  dialogFailed = false;

  #opener?: { element: HTMLElement; key?: string };

  constructor(
    private readonly host: DialogControllerHost,
    private readonly hooks: DialogHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#dialog()?.close();
  }

  /** Opens an event's details; from a day's list, the details get a way back to it (and focus later returns to the day). */
  openOccurrence(occurrence: Occurrence, opener: HTMLElement | undefined): void {
    const fromDay = this.content?.kind === 'day' ? this.content.date : undefined;
    if (!fromDay) this.#opener = opener ? { element: opener, key: occurrence.key } : undefined;
    this.show({ kind: 'event', occurrence, fromDay });
    this.hooks.eventOpened(occurrence);
  }

  /** Opens the list of a day's events. */
  openDay(date: CalendarDate, opener: HTMLElement): void {
    this.#opener = { element: opener };
    this.show({ kind: 'day', date });
  }

  show(content: DialogContent): void {
    this.content = content;
    this.dialogFailed = false;
    this.host.requestUpdate();
    void loadWithStyles(this.host.renderRoot, DIALOG_CHUNK).then(
      async (module) => {
        this.module = module;
        this.host.requestUpdate();
        await this.host.updateComplete;
        const dialog = this.#dialog();
        if (!dialog || !this.content) return;
        if (!dialog.open) dialog.showModal();
        dialog.querySelector<HTMLElement>('.dialog__back, .dialog__close')?.focus();
      },
      () => {
        this.content = undefined;
        this.dialogFailed = true;
        this.host.requestUpdate();
      },
    );
  }

  close(): void {
    this.#dialog()?.close();
  }

  /** Closes without the hooks' history handling (Back in the browser closed it). */
  dismiss(): void {
    if (!this.content) return;
    this.content = undefined;
    this.host.requestUpdate();
    this.close();
  }

  /** The `<dialog>`, with `body` rendered by the dialog's module while it is open. */
  render(body: (module: DialogModule, content: DialogContent) => TemplateResult): TemplateResult {
    const { content, module } = this;
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="dialog-title"
      @close=${() => this.#onClosed()}
      @keydown=${(event: KeyboardEvent) => module?.keepFocusInside(event)}
      @click=${(event: MouseEvent) => event.target === event.currentTarget && this.close()}
    >
      <div class="dialog__body">${content && module ? body(module, content) : nothing}</div>
    </dialog>`;
  }

  /** What the dialog's content needs. */
  dialogHost(): DialogHost {
    const { feed, src, theme } = this.host;
    return {
      url: (url) => this.hooks.url(url),
      close: () => this.close(),
      showDay: (date) => this.show({ kind: 'day', date }),
      rendered: () => this.host.requestUpdate(),
      feed,
      src,
      theme,
    };
  }

  #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  #onClosed(): void {
    const wasEvent = this.content?.kind === 'event';
    this.content = undefined;
    this.host.requestUpdate();
    this.hooks.closed(wasEvent);
    const opener = this.#opener;
    this.#opener = undefined;
    void this.host.updateComplete.then(() => {
      if (opener?.element.isConnected) return opener.element.focus();
      // Re-rendered meanwhile: the same event's button, else the grid's current day.
      const selector = opener?.key ? `[data-key="${CSS.escape(opener.key)}"]` : '[role="gridcell"][tabindex="0"]';
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

}

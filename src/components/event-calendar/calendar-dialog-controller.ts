/**
 * The calendar's details dialog as a controller: what it shows (an event, or a day's events),
 * its code loaded with the first opening, a native modal `<dialog>` that keeps Tab inside it
 * and focus back where the visitor was when it closes (the event, or the day, even after the
 * view re-rendered): `renderDialogElement` and `returnFocus`, in the dialog's code.
 * `<baltic-add-to-calendar>` loads with the first event opened; when a chunk cannot be loaded
 * the visitor sees why, and the next opening tries again.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CalendarDate } from '../../feed/time.js';
import type { DialogContent, DialogOpener } from './calendar-dialog.js';
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

  #opener?: DialogOpener;

  constructor(
    /** The calendar; the dialog's content reads it too (`renderDialog`). */
    readonly host: DialogControllerHost,
    readonly hooks: DialogHooks,
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
        // Closed meanwhile, or the calendar left the page while the code loaded.
        if (!dialog?.isConnected || !this.content) return;
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

  /**
   * The `<dialog>`, with `body` rendered by the dialog's module while it is open. It is made by
   * the dialog's code: before the first opening, the calendar has no dialog.
   */
  render(body: (module: DialogModule, content: DialogContent) => TemplateResult): TemplateResult | typeof nothing {
    const { content, module } = this;
    return module ? module.renderDialogElement(this, content ? body(module, content) : nothing) : nothing;
  }

  #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** The dialog closed (Escape, a close button, the backdrop): focus goes back where the visitor was. */
  closed(): void {
    const wasEvent = this.content?.kind === 'event';
    this.content = undefined;
    this.host.requestUpdate();
    this.hooks.closed(wasEvent);
    const opener = this.#opener;
    this.#opener = undefined;
    void this.host.updateComplete.then(() => this.module?.returnFocus(this.host.renderRoot, opener));
  }
}

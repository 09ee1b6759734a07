/**
 * Code loaded when first needed (a view, the calendar button, the lightbox), with one policy
 * for failures everywhere: what needs the chunk shows a localized notice ("A part of the widget
 * could not be loaded…", role=alert) instead of nothing, the failure is logged once, and the
 * next request loads it again (a failed `import()` is not cached as failed for the page).
 */
import { html, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { msg } from '../i18n/msg.js';

export class LazyChunk<T> {
  #pending?: Promise<T>;
  #module?: T;

  constructor(
    /** What it is, for the console. */
    readonly name: string,
    private readonly importer: () => Promise<T>,
  ) {}

  /** The module once loaded. */
  get module(): T | undefined {
    return this.#module;
  }

  /** Loads the chunk (once; again after a failure). */
  load(): Promise<T> {
    return (this.#pending ??= this.importer().then(
      (module) => (this.#module = module),
      (error: unknown) => {
        this.#pending = undefined;
        console.warn(`[baltic-widgets] ${this.name} could not be loaded`, error);
        throw error;
      },
    ));
  }
}

/** The one localized sentence every failed chunk shows (read during a render: the rendering widget's language). */
export const chunkFailureMessage = (): string => msg('A part of the widget could not be loaded. Reload the page to try again.', { id: 'error.chunk' });

/** The visible, localized notice shown where a chunk that failed would have been. */
export const renderChunkFailure = (): TemplateResult => html`<p class="notice chunk-failed" part="chunk-error" role="alert">${chunkFailureMessage()}</p>`;

class WithChunkDirective extends AsyncDirective {
  #chunk?: LazyChunk<unknown>;
  #content: unknown;

  render(chunk: LazyChunk<unknown>, content: unknown): unknown {
    this.#content = content;
    if (chunk.module) return content;
    // The notice is written now, in the rendering widget's language (msg() reads it only during a render).
    const failure = renderChunkFailure();
    if (this.#chunk !== chunk) {
      this.#chunk = chunk;
      chunk.load().then(
        () => this.#chunk === chunk && this.isConnected && this.setValue(this.#content),
        () => {
          this.#chunk = undefined;
          if (this.isConnected) this.setValue(failure);
        },
      );
    }
    return content;
  }
}

/**
 * `${withChunk(chunk, html`<baltic-x …>`)}`: renders `content` and loads `chunk` (which defines
 * what it needs); if the chunk fails, the failure notice replaces the content.
 */
export const withChunk = directive(WithChunkDirective);


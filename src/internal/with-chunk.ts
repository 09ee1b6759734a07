/**
 * `withChunk`: content that needs a lazily loaded chunk (the calendar button inside an
 * event's details), with the chunk's one failure policy (see `lazy-chunk.ts`). Apart from
 * `LazyChunk` so that widgets that only load chunks do not carry Lit's async directive.
 */
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { renderChunkFailure } from './chunk-failure.js';
import type { LazyChunk } from './lazy-chunk.js';

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


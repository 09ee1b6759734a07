/**
 * The one localized notice every chunk that failed to load shows. Apart from `lazy-chunk.ts`
 * so that the feed spine's error views can say it without loading chunks themselves; the
 * add-to-calendar stand-in writes the same notice by hand (presentation/add-to-calendar.ts).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';

/** The one localized sentence every failed chunk shows (read during a render: the rendering widget's language). */
export const chunkFailureMessage = (): string => msg('A part of the widget could not be loaded. Reload the page to try again.', { id: 'error.chunk' });

/** The visible, localized notice shown where a chunk that failed would have been. */
export const renderChunkFailure = (): TemplateResult => html`<p class="notice chunk-failed" part="chunk-error" role="alert">${chunkFailureMessage()}</p>`;

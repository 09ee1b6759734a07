/**
 * The "add to calendar" button inside another widget (calendar and schedule details, the
 * festival banner): the same feed source, language and theme handed on, the button's chunk
 * loaded with the first one shown, and one failure policy (see `lazy-chunk.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LazyChunk } from '../internal/lazy-chunk.js';
import { withChunk } from '../internal/with-chunk.js';

const button = new LazyChunk('the add-to-calendar button', () => import('../components/add-to-calendar/define.js'));

/** What the embedding widget hands on: its feed property, else its `src`; its language and theme. */
export interface EmbedSource {
  feed?: object;
  src?: string;
  locale: string;
  theme: string;
}

/** Which item the button adds. */
export type EmbedTarget = { eventId: string } | { activityId: string } | { festival: true };

/** A `<baltic-add-to-calendar>` for `target`, sharing the host's feed (one request, one validation). */
export function renderAddToCalendar(source: EmbedSource, target: EmbedTarget): TemplateResult {
  const src = source.feed ? nothing : (source.src ?? nothing);
  return html`${withChunk(
    button,
    html`<baltic-add-to-calendar
      .feed=${source.feed}
      src=${src}
      event-id=${'eventId' in target ? target.eventId : nothing}
      activity-id=${'activityId' in target ? target.activityId : nothing}
      ?festival=${'festival' in target}
      lang=${source.locale}
      theme=${source.theme}
    ></baltic-add-to-calendar>`,
  )}`;
}

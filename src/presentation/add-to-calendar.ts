/**
 * The "add to calendar" button inside another widget (the festival banner, an event's or an
 * activity's details): the same feed source, language and theme handed on, and shown at once
 * as a stand-in of the same look and name while the button's code is not there. The banner
 * loads that code only when a visitor reaches for the button (points at, touches, focuses or
 * presses it): a page that only shows the festival does not download the calendar button. Opened
 * details load it at once. The button takes over from the stand-in: focus, and a click or arrow
 * key pressed meanwhile (`BalticAddToCalendar`). Should the code fail to load, pressing the
 * stand-in says so, in the host's language (the one failure notice, `chunk-failure.ts`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { chunkFailureMessage } from '../internal/chunk-failure.js';
import { LazyChunk } from '../internal/lazy-chunk.js';
import { calendarButtonName, calendarButtonStyles, renderCalendarButtonFace } from './calendar-button.js';

const button = new LazyChunk('the add-to-calendar button', () => import('../components/add-to-calendar/define.js'));

/** What the embedding widget hands on: its feed property, else its `src`; its language and theme. */
export interface EmbedSource {
  feed?: object;
  src?: string;
  locale: string;
  theme: string;
}

/**
 * A host's styles for the stand-in (`renderAddToCalendar`): the face's (calendar-button.ts), and
 * for the element undefined the box and font its `:host` rule gives it once defined
 * (add-to-calendar.styles.ts, styles.ts). A stand-in pressed waits with a progress cursor and a
 * nodding chevron until the button takes over and opens its menu.
 */
export const standInStyles = css`
  ${calendarButtonStyles}
  baltic-add-to-calendar:not(:defined) {
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
    font: 400 var(--baltic-font-size, 1em) / 1.5 serif;
    font-family: var(--baltic-font-family, inherit);
    --_baltic-unit: 1em;
  }
  /* Pressed before the button's code is there (a slow network): the press was heard. */
  [data-stand-in][data-open] {
    cursor: progress;
  }
  @media (prefers-reduced-motion: no-preference) {
    [data-stand-in][data-open] .chevron {
      animation: pending 0.6s ease-in-out infinite alternate;
    }
  }
  @keyframes pending {
    to {
      translate: 0 0.2em;
    }
  }
`;

/** Which item the button adds. */
export type EmbedTarget = { eventId: string } | { activityId: string } | { festival: true };

/**
 * A `<baltic-add-to-calendar>` for `target`, sharing the host's feed (one request, one
 * validation), with the stand-in inside; `title` is the item's, for the button's name. The
 * host's styles must include `standInStyles`.
 */
export function renderAddToCalendar(source: EmbedSource, target: EmbedTarget, { title, load }: { title: string; load: 'now' | 'when-reached' }): TemplateResult {
  // Once per page (LazyChunk keeps the load); after a failure the next render tries again, and pressing the stand-in says it failed.
  if (load === 'now') button.load().catch(() => {});
  return html`<baltic-add-to-calendar
    .feed=${source.feed}
    src=${source.feed ? nothing : (source.src ?? nothing)}
    event-id=${'eventId' in target ? target.eventId : nothing}
    activity-id=${'activityId' in target ? target.activityId : nothing}
    ?festival=${'festival' in target}
    lang=${source.locale}
    theme=${source.theme}
    >${renderStandIn(title)}</baltic-add-to-calendar
  >`;
}

/**
 * The button as it will look, inside the element: shown until the element is defined, then its
 * shadow root hides it. The failure notice is written now, in the host's language. (No `type`:
 * in a shadow root a button belongs to no form.)
 */
const renderStandIn = (title: string) =>
  html`<button
    data-stand-in
    class="button trigger"
    aria-label=${calendarButtonName(title) ?? nothing}
    aria-haspopup="menu"
    aria-expanded="false"
    data-failure=${chunkFailureMessage()}
    @pointerenter=${reachFor}
    @focus=${reachFor}
    @click=${reachFor}
    @keydown=${reachFor}
  >
    ${renderCalendarButtonFace(true)}
  </button>`;

/**
 * A visitor reaches for the stand-in (a mouse, pen or finger entering it fires `pointerenter`):
 * the button's code loads. That is noted on the stand-in
 * (`data-reached`, and for a click or an arrow key `data-open`: the menu's first or last entry)
 * for the button to take over: load its menu's code, keep focus, open the menu.
 * Should the code fail to load, a click says so under the stand-in, as the button would.
 */
function reachFor(event: Event): void {
  const standIn = event.currentTarget as HTMLElement;
  const key = (event as KeyboardEvent).key;
  const open = event.type === 'click' || key === 'ArrowDown' ? 'first' : key === 'ArrowUp' ? 'last' : undefined;
  if (event.type === 'keydown' && !open) return;
  standIn.dataset.reached = '';
  if (open) {
    event.preventDefault();
    standIn.dataset.open = open;
    standIn.nextElementSibling?.remove();
  }
  button.load().catch(() => {
    // The one failure notice (as renderChunkFailure writes it), once, under the stand-in pressed; the press is answered.
    if (standIn.dataset.open && !standIn.nextElementSibling) {
      standIn.after(Object.assign(standIn.ownerDocument.createElement('p'), { className: 'notice chunk-failed', part: 'chunk-error', role: 'alert', textContent: standIn.dataset.failure }));
    }
    delete standIn.dataset.open;
  });
}

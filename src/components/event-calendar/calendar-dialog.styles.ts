import { css } from 'lit';
import { standInStyles } from '../../presentation/add-to-calendar.js';
import { rowStyles } from './row.styles.js';

/** The details dialog's look; adopted by the calendar when the dialog first opens. */
export const dialogStyles = css`
  ${standInStyles}
  ${rowStyles}
  /* Details dialog */
  .dialog {
    width: min(36em, calc(100vw - 2em));
    max-height: calc(100dvh - 2em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 1em 3em var(--_shadow-color);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog__body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    /* A long URL or word in the description or the directions wraps: the dialog never scrolls sideways. */
    overflow-wrap: anywhere;
    gap: 0.85em;
    padding: 1em 1.25em 1.25em;
  }
  .dialog__header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: 0.5em;
  }
  .dialog__back {
    grid-column: 1 / -1;
    justify-self: start;
    min-height: 2.75em;
    padding: 0 0.5em;
    border: 0;
    background: none;
    color: var(--_accent-text);
    font-weight: 600;
    cursor: pointer;
  }
  .dialog__title {
    font-size: 1.3em;
    line-height: 1.25;
  }
  .dialog__title.is-cancelled {
    text-decoration: line-through;
  }
  /* The event's category: a chip that is no button. */
  .chip--static {
    min-height: 0;
    padding: 0.1em 0.6em;
    cursor: default;
  }
  .dialog__close {
    grid-column: 2;
    grid-row: -2;
    width: calc(2.75*var(--_baltic-unit));
    height: calc(2.75*var(--_baltic-unit));
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface-alt);
    font-size: 1.4em;
    line-height: 1;
    cursor: pointer;
  }
  .dialog__image {
    width: 100%;
    height: auto;
    max-height: 14em;
    object-fit: cover;
    border-radius: var(--_radius-small);
  }
  .facts {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .fact {
    display: grid;
    grid-template-columns: 7em minmax(0, 1fr);
    gap: 0.75em;
  }
  .fact dt {
    color: var(--_muted);
    font-weight: 600;
  }
  .fact dd {
    margin: 0;
  }
  .dialog__description {
    display: grid;
    gap: 0.6em;
    min-width: 0;
  }
  .dialog__description :is(pre, table) {
    max-width: 100%;
    overflow-x: auto;
  }
  .dialog__description :is(p, ul, ol) {
    margin: 0;
  }
  .dialog__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .dialog__actions:empty {
    display: none;
  }
  .sk-text {
    height: 4.5em;
  }
  @container (max-width: 37.49em) {
    .dialog__title {
      font-size: 1.15em;
      hyphens: auto;
    }
    .fact {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
`;

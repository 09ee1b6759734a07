import { css } from 'lit';
import { rowStyles } from './row.styles.js';

/** The list view's look; adopted by the calendar when the list view loads. */
export const listViewStyles = css`
  ${rowStyles}
  /* List */
  .list {
    display: grid;
    gap: 1em;
  }
  .list-day {
    display: grid;
    gap: 0.4em;
  }
  .list-day__date {
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
    font-size: 1em;
    font-weight: 700;
  }
  .list-day__date::first-letter {
    text-transform: uppercase;
  }
  .list-day__date.is-today {
    color: var(--_accent-text);
  }
  .list-day__today {
    font-weight: 400;
  }
  .list-row__dates {
    display: block;
    padding: 0 calc(.75*var(--_baltic-unit)) calc(.125*var(--_baltic-unit));
    color: var(--_muted);
    font-size: 0.875em;
  }
  .list__more {
    display: flex;
    justify-content: center;
  }
`;

import { css } from 'lit';
import { standInStyles } from '../../presentation/add-to-calendar.js';

/**
 * The styles of an activity's details, loaded with their chunk (schedule-details.ts); the
 * panel's box, which also holds the busy state while they load, is the view's (schedule-print.styles.ts).
 */
export const scheduleDetailsStyles = css`
  ${standInStyles}
  .details__header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .details__title {
    flex: 1 1 calc(11*var(--_baltic-unit));
    overflow-wrap: anywhere;
    hyphens: auto;
    text-wrap: balance;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.25;
  }
  .details__title:focus {
    outline: none;
  }
  .details__next {
    color: var(--_accent-text);
    font-weight: 700;
  }
  .facts {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .facts__row {
    display: grid;
    grid-template-columns: 8em 1fr;
    gap: 0.75em;
  }
  dt {
    color: var(--_muted);
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .skipped {
    display: grid;
  }
  /* A note after a value: "10 € (per month)", "Mon 21 Dec (Christmas break)". Spaces in CSS: the build trims them in templates. */
  .note::before {
    content: ' (';
  }
  .note::after {
    content: ')';
  }
  .details__cancelled .note::before {
    content: ': ';
  }
  .details__cancelled .note::after {
    content: none;
  }
  .details__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  @container (max-width: 30em) {
    .facts__row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;

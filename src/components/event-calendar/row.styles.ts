import { css } from 'lit';

/** Events as rows, in the list view and the day dialog (each brings these with it). */
export const rowStyles = css`
  /* Rows of the list and the day dialog */
  .list-day__events {
    display: grid;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }
  .occurrence--row {
    display: grid;
    grid-template-columns: minmax(calc(6.5*var(--_baltic-unit)), auto) 1fr;
    gap: 0 calc(.75*var(--_baltic-unit));
    width: 100%;
    padding: calc(.5*var(--_baltic-unit)) calc(.75*var(--_baltic-unit));
    font-size: 0.9375em;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .occurrence--row .occurrence__time {
    grid-row: span 2;
    font-weight: 600;
  }
  .occurrence--row .occurrence__title {
    font-weight: 600;
  }
  .occurrence--row .occurrence__status {
    grid-column: 2;
  }
  .occurrence__meta {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .occurrence--row.is-past .occurrence__meta {
    color: inherit;
  }
  @container (max-width: 37.49em) {
    .occurrence--row {
      grid-template-columns: 1fr;
    }
    .occurrence--row .occurrence__time {
      grid-row: auto;
    }
    .occurrence--row :is(.occurrence__status, .occurrence__meta) {
      grid-column: 1;
    }
  }
`;

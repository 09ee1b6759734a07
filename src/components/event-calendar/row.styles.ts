import { css } from 'lit';

/** Events as rows, in the list view and the day dialog (each brings these with it). */
export const rowStyles = css`
  /* Rows of the list and the day dialog */
  .list-day__events {
    display: grid;
    gap: 0.375rem;
    padding: 0;
    list-style: none;
  }
  .occurrence--row {
    display: grid;
    grid-template-columns: minmax(6.5rem, auto) 1fr;
    gap: 0 0.75rem;
    width: 100%;
    padding: 0.5rem 0.75rem;
    font-size: 0.9375em;
    white-space: normal;
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
  @container (max-width: 37.49rem) {
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

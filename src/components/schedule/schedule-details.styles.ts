import { css } from 'lit';

/** The styles of an activity's details, and of the printed timetable; loaded with the view. */
export const scheduleDetailsStyles = css`
  /* The details of the activity opened. */
  .details {
    padding: 1em 1.25em;
    overflow-wrap: anywhere;
  }
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

  /* Printed: a one-page timetable in black on white, category names written out, no controls. */
  @media print {
    .schedule {
      --hour: calc(4*var(--_baltic-unit));
      padding: 0;
      border: 0;
      box-shadow: none;
      color: #000;
    }
    .toolbar button,
    .filters,
    .details,
    .notice {
      display: none;
    }
    .week,
    .week th,
    .week .axis {
      border-color: #000;
      background: none;
      color: #000;
    }
    .track,
    .track.today {
      border-color: #000;
      background: none;
    }
    .week th.today {
      box-shadow: none;
      text-decoration: underline;
    }
    .session,
    .session:hover,
    .session--cancelled {
      border: 1px solid #000;
      border-inline-start-width: 4px;
      background: none;
      color: #000;
      font-size: 0.7em;
    }
    .session__place,
    .legend,
    .axis__hour {
      color: #000;
    }
    .week .session__category {
      position: static;
      inline-size: auto;
      block-size: auto;
      clip: auto;
      font-style: italic;
    }
    .week {
      break-inside: avoid;
    }
  }
`;

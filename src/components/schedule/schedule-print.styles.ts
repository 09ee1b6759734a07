import { css } from 'lit';

/** The box of the details panel (its busy state too, before the details' chunk is there), and the printed timetable; loaded with the view. */
export const schedulePanelAndPrintStyles = css`
  /* The details of the activity opened. */
  .details {
    padding: 1em 1.25em;
    overflow-wrap: anywhere;
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

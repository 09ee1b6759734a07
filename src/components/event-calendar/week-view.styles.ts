import { css } from 'lit';

/** The week time grid's look; adopted by the calendar when the week view first loads. */
export const weekViewStyles = css`
  /* Week time grid */
  .week-view {
    display: grid;
    touch-action: pan-y;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    overflow: hidden;
  }
  .week-view__head,
  .week-view__grid,
  .week-view__all-day {
    display: grid;
    grid-template-columns: 3.25em repeat(var(--days, 7), minmax(0, 1fr));
  }
  .week-view__head {
    border-bottom: 1px solid var(--_border);
  }
  .week-view__day-name {
    padding: calc(.3*var(--_baltic-unit));
    font-size: 0.8125em;
    font-weight: 600;
    text-align: center;
  }
  .week-view__day-name.is-today {
    color: var(--_accent-text);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  .week-view__all-day {
    border-bottom: 1px solid var(--_border);
  }
  .week-view__all-day-label {
    padding: calc(.2*var(--_baltic-unit));
    color: var(--_muted);
    font-size: 0.75em;
  }
  .week-view__all-day-bars {
    position: relative;
    grid-column: 2 / -1;
    height: calc(var(--lanes) * var(--_lane) + 4px);
  }
  .occurrence--all-day {
    position: absolute;
    top: calc(2px + var(--lane) * var(--_lane));
    left: calc(var(--col) * 100% / var(--days, 7) + 2px);
    width: calc(var(--span) * 100% / var(--days, 7) - 4px);
    height: calc(var(--_lane) - 3px);
  }
  .week-view__body {
    position: relative;
  }
  .week-view__scroller {
    max-height: 34em;
    overflow-y: auto;
  }
  /* "Earlier: 2 events" / "Later: 1 event" over the top and bottom of the time grid. */
  .week-view__hint {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    width: fit-content;
    margin-inline: auto;
    min-height: 2.75em;
    padding: 0.25em 1em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent-text);
    box-shadow: 0 0.25em 0.75em var(--_shadow-color);
    font-size: 0.875em;
    font-weight: 600;
    cursor: pointer;
  }
  .week-view__hint--above {
    top: 0.5em;
  }
  .week-view__hint--below {
    bottom: 0.5em;
  }
  .week-view__hours {
    display: grid;
    grid-template-rows: repeat(24, var(--_hour));
  }
  .week-view__hour {
    padding-inline-end: calc(.3*var(--_baltic-unit));
    color: var(--_muted);
    font-size: 0.75em;
    text-align: end;
    translate: 0 -0.7em;
  }
  .week-view__column {
    position: relative;
    height: calc(24 * var(--_hour));
    border-inline-start: 1px solid var(--_border);
    background: repeating-linear-gradient(to bottom, transparent 0 calc(var(--_hour) - 1px), var(--_border) calc(var(--_hour) - 1px) var(--_hour));
  }
  .week-view__column.is-today {
    background-color: color-mix(in srgb, var(--_accent) 6%, var(--_surface));
  }
  .occurrence--block:not(.occurrence--all-day) {
    position: absolute;
    top: calc(var(--top) * var(--_hour) / 60);
    height: calc(var(--height) * var(--_hour) / 60 - 2px);
    left: calc(var(--column) * (100% - 4px) / var(--columns) + 2px);
    width: calc((100% - 4px) / var(--columns) - 2px);
    white-space: normal;
    /* A word longer than a narrow block breaks instead of being cut at its edge. */
    overflow-wrap: anywhere;
    hyphens: auto;
    /* A button centres its content vertically: start at the top, as the time it stands for. */
    display: flex;
    flex-wrap: wrap;
    align-content: flex-start;
    align-items: baseline;
    column-gap: 0.3em;
  }
  @container (max-width: 37.49em) {
    .week-view__head,
    .week-view__grid,
    .week-view__all-day {
      grid-template-columns: 2.75em repeat(var(--days, 7), minmax(0, 1fr));
    }
  }
`;

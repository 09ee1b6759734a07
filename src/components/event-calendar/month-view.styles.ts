import { css, unsafeCSS } from 'lit';
import { visuallyHidden } from '../../internal/visually-hidden.js';

/** `.col-3 { --col: 3 }` … : a bar's column, span and lane as classes (no inline styles under a strict CSP). */
const steps = (name: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `.${name}-${from + index}{--${name}:${from + index}}`).join('');
const barPositions = unsafeCSS(steps('col', 0, 6) + steps('span', 1, 7) + steps('lane', 0, 2));

/** The month grid's look; adopted by the calendar when the month view loads. */
export const monthViewStyles = css`
  ${barPositions}
  /* Month grid */
  .month {
    display: grid;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    overflow: hidden;
  }
  .month__head,
  .week {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .weekday {
    padding: calc(.3*var(--_baltic-unit)) calc(.4*var(--_baltic-unit));
    border-bottom: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    text-transform: capitalize;
  }
  .week {
    position: relative;
  }
  .week + .week {
    border-top: 1px solid var(--_border);
  }
  .day {
    display: flex;
    flex-direction: column;
    min-height: calc(var(--_day-head) + 3 * var(--_lane) + 0.5em);
    min-height: max(var(--_day-height), calc(var(--_day-head) + 3 * var(--_lane) + 0.5em));
    padding: 0.25em;
  }
  .day + .day {
    border-inline-start: 1px solid var(--_border);
  }
  .day:focus-visible {
    outline-offset: -3px;
  }
  .day.is-other-month {
    background: var(--_surface-alt);
  }
  .day__number {
    display: inline-grid;
    place-items: center;
    justify-self: center;
    min-width: calc(1.6*var(--_baltic-unit));
    height: calc(1.6*var(--_baltic-unit));
    border-radius: 50%;
    font-size: 0.875em;
    font-weight: 600;
  }
  .day.is-other-month .day__number,
  .day.is-past .day__number {
    color: var(--_muted);
    font-weight: 400;
  }
  .day.is-today .day__number {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .occurrence--bar {
    position: absolute;
    top: calc(var(--_day-head) + .25*var(--_baltic-unit) + var(--lane) * var(--_lane));
    left: calc(var(--col) * 100% / 7 + 3px);
    width: calc(var(--span) * 100% / 7 - 6px);
    height: calc(var(--_lane) - 3px);
  }
  .occurrence--bar.continues-before {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .occurrence--bar.continues-after {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .more {
    margin-top: calc(var(--_day-head) - 1.6*var(--_baltic-unit) + 2 * var(--_lane) + .1*var(--_baltic-unit));
    align-self: start;
    padding: calc(.05*var(--_baltic-unit)) calc(.4*var(--_baltic-unit));
    border: 0;
    border-radius: var(--_radius-small);
    background: none;
    color: var(--_accent-text);
    font-size: 0.8125em;
    font-weight: 700;
    cursor: pointer;
  }
  .more:hover {
    text-decoration: underline;
  }
  @container (max-width: 37.49em) {
    .occurrence--bar .occurrence__time {
      display: none;
    }
    .day {
      min-height: calc(var(--_day-head) + 3 * var(--_lane) + 0.5em);
    }
  }
  /* On a phone a day is too narrow for a title ("Л…"): bars become coloured strips, the title stays their accessible name. */
  @container (max-width: 29.99em) {
    .occurrence--bar .occurrence__title,
    .occurrence--bar .occurrence__status {
      ${visuallyHidden}
    }
    .occurrence--bar {
      height: calc(var(--_lane) * 0.6);
      margin-top: calc(var(--_lane) * 0.2);
    }
    .occurrence--bar.is-cancelled {
      opacity: 0.45;
    }
  }
`;

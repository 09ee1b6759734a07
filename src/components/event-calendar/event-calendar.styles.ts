import { css } from 'lit';

/**
 * The calendar's look. Responsive by the container's width; category colours come in as
 * `--cat` (set through CSSOM); bars and blocks are placed with `--col`, `--span`, `--lane`,
 * `--top`, `--height`, `--column`, `--columns`.
 */
export const eventCalendarStyles = css`
  :host {
    --_day-height: var(--baltic-event-calendar-day-height, 7.25rem);
    --_hour: var(--baltic-event-calendar-hour-height, 2.75rem);
    --_lane: 1.5rem;
    --_day-head: 1.9rem;
  }
  .calendar {
    display: grid;
    gap: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .muted {
    color: var(--_muted);
  }
  h2,
  h3,
  p,
  ul {
    margin: 0;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .toolbar__nav,
  .views {
    display: flex;
    gap: 0.25rem;
  }
  .title {
    flex: 1 1 10rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    text-transform: capitalize;
  }
  .title:focus {
    outline: none;
  }
  .calendar--list .title {
    text-transform: none;
  }
  .nav-button,
  .view-button {
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface-alt);
    cursor: pointer;
    font-weight: 600;
  }
  .nav-button[part='previous'],
  .nav-button[part='next'] {
    font-size: 1.4em;
    line-height: 1;
  }
  .view-button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* Filters */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .search {
    flex: 1 1 12rem;
    min-height: 2.75rem;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75rem;
    padding: 0.25rem 0.85rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .chip::before {
    content: '';
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    background: var(--cat, var(--_accent));
  }
  .chip[aria-pressed='true'] {
    border-color: var(--cat, var(--_accent));
    background: color-mix(in srgb, var(--cat, var(--_accent)) 18%, var(--_surface));
    font-weight: 600;
  }
  .chip[aria-pressed='true']::before {
    content: '✓';
    width: auto;
    height: auto;
    background: none;
    color: var(--_text);
  }
  .chip--static {
    min-height: 0;
    padding: 0.1rem 0.6rem;
    cursor: default;
  }
  .zone-note {
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Events, in every view */
  .occurrence {
    display: block;
    min-width: 0;
    padding: 0.1rem 0.4rem;
    overflow: hidden;
    border: 0;
    border-inline-start: 4px solid var(--cat, var(--_accent));
    border-radius: var(--_radius-small);
    background: color-mix(in srgb, var(--cat, var(--_accent)) 16%, var(--_surface));
    color: var(--_text);
    font-size: 0.8125em;
    line-height: 1.35;
    text-align: start;
    text-overflow: ellipsis;
    white-space: nowrap;
    cursor: pointer;
  }
  .occurrence:hover {
    background: color-mix(in srgb, var(--cat, var(--_accent)) 28%, var(--_surface));
  }
  .occurrence__time {
    font-weight: 700;
  }
  .occurrence.is-past {
    border-inline-start-color: color-mix(in srgb, var(--cat, var(--_accent)) 45%, var(--_surface));
    background: var(--_surface-alt);
    color: var(--_muted);
  }
  .is-cancelled .occurrence__title,
  .dialog__title.is-cancelled {
    text-decoration: line-through;
  }
  .occurrence__status {
    color: var(--_danger);
    font-weight: 700;
  }

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
    padding: 0.3rem 0.4rem;
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
    min-height: calc(var(--_day-head) + 3 * var(--_lane) + 0.5rem);
    min-height: max(var(--_day-height), calc(var(--_day-head) + 3 * var(--_lane) + 0.5rem));
    padding: 0.25rem;
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
    min-width: 1.6rem;
    height: 1.6rem;
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
    top: calc(var(--_day-head) + 0.25rem + var(--lane) * var(--_lane));
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
    margin-top: calc(var(--_day-head) - 1.6rem + 2 * var(--_lane) + 0.1rem);
    align-self: start;
    padding: 0.05rem 0.4rem;
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

  /* Week time grid */
  .week-view {
    display: grid;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    overflow: hidden;
  }
  .week-view__head,
  .week-view__grid,
  .week-view__all-day {
    display: grid;
    grid-template-columns: 3.25rem repeat(7, minmax(0, 1fr));
  }
  .week-view__head {
    border-bottom: 1px solid var(--_border);
  }
  .week-view__day-name {
    padding: 0.3rem;
    font-size: 0.8125em;
    font-weight: 600;
    text-align: center;
    text-transform: capitalize;
  }
  .week-view__day-name.is-today {
    color: var(--_accent-text);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  .week-view__all-day {
    border-bottom: 1px solid var(--_border);
  }
  .week-view__all-day-label {
    padding: 0.2rem;
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
    left: calc(var(--col) * 100% / 7 + 2px);
    width: calc(var(--span) * 100% / 7 - 4px);
    height: calc(var(--_lane) - 3px);
  }
  .week-view__scroller {
    max-height: 34rem;
    overflow-y: auto;
  }
  .week-view__hours {
    display: grid;
    grid-template-rows: repeat(24, var(--_hour));
  }
  .week-view__hour {
    padding-inline-end: 0.3rem;
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
  }

  /* List */
  .list {
    display: grid;
    gap: 1rem;
  }
  .list-day {
    display: grid;
    gap: 0.4rem;
  }
  .list-day__date {
    padding-bottom: 0.25rem;
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
  .list__more {
    display: flex;
    justify-content: center;
  }

  /* Empty period */
  .empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius-small);
    background: var(--_surface-alt);
  }
  .empty__title {
    font-weight: 600;
  }

  /* Details dialog */
  .dialog {
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 1rem 3rem var(--_shadow-color);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog__body {
    display: grid;
    gap: 0.85rem;
    padding: 1rem 1.25rem 1.25rem;
  }
  .dialog__header {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: start;
    gap: 0.5rem;
  }
  .dialog__back {
    grid-column: 1 / -1;
    justify-self: start;
    min-height: 2.75rem;
    padding: 0 0.5rem;
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
  .dialog__close {
    grid-column: 2;
    grid-row: -2;
    width: 2.75rem;
    height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface-alt);
    font-size: 1.4em;
    line-height: 1;
    cursor: pointer;
  }
  .dialog__status {
    color: var(--_danger);
    font-weight: 700;
    text-transform: uppercase;
  }
  .dialog__image {
    width: 100%;
    height: auto;
    max-height: 14rem;
    object-fit: cover;
    border-radius: var(--_radius-small);
  }
  .facts {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  .fact {
    display: grid;
    grid-template-columns: 7rem 1fr;
    gap: 0.75rem;
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
    gap: 0.6rem;
  }
  .dialog__description :is(p, ul, ol) {
    margin: 0;
  }
  .dialog__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .dialog__actions:empty {
    display: none;
  }

  /* Skeleton, of the final size */
  .sk-toolbar {
    height: 2.75rem;
  }
  .sk-filters {
    height: 2.75rem;
    width: 70%;
  }
  .sk-view {
    height: calc(2rem + 5 * max(var(--_day-height), calc(var(--_day-head) + 3 * var(--_lane) + 0.5rem)));
  }
  .sk-view--list {
    height: 24rem;
  }
  .sk-text {
    height: 4.5rem;
  }

  /* Narrow containers */
  @container (max-width: 37.49rem) {
    .calendar {
      padding: 0.5rem;
    }
    .toolbar {
      display: grid;
      grid-template-columns: auto 1fr;
    }
    .title {
      grid-column: 1 / -1;
      grid-row: 1;
    }
    .views {
      justify-self: end;
    }
    .fact {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .occurrence--row {
      grid-template-columns: 1fr;
    }
    .occurrence--row .occurrence__time {
      grid-row: auto;
    }
    .occurrence--row :is(.occurrence__status, .occurrence__meta) {
      grid-column: 1;
    }
    .week-view__head,
    .week-view__grid,
    .week-view__all-day {
      grid-template-columns: 2.25rem repeat(7, minmax(0, 1fr));
    }
    .occurrence--bar .occurrence__time {
      display: none;
    }
    .day {
      min-height: calc(var(--_day-head) + 3 * var(--_lane) + 0.5rem);
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .occurrence,
    .chip {
      transition: background-color 0.15s;
    }
  }
`;

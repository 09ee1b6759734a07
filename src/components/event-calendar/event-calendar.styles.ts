import { css, unsafeCSS } from 'lit';
import { LIST_PAGE_ROWS } from './calendar-occurrences.js';

/**
 * The calendar's look. Responsive by the container's width; category colours come in as
 * `--cat` (set through CSSOM); bars and blocks are placed with `--col`, `--span`, `--lane`,
 * `--top`, `--height`, `--column`, `--columns`.
 */
export const eventCalendarStyles = css`
  :host {
    --_day-height: var(--baltic-event-calendar-day-height, calc(7.25*var(--_baltic-unit)));
    --_hour: var(--baltic-event-calendar-hour-height, calc(2.75*var(--_baltic-unit)));
    --_lane: calc(1.5*var(--_baltic-unit));
    --_day-head: calc(1.9*var(--_baltic-unit));
    /* Borders of form fields: 3:1 against the surface in light and dark (WCAG 1.4.11). */
    --_field-border: color-mix(in srgb, var(--_text) 58%, var(--_surface));
  }
  .calendar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Long words and URLs wrap instead of widening the calendar. */
    overflow-wrap: break-word;
  }
  .view {
    display: grid;
    gap: 0.75em;
    min-width: 0;
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
    gap: 0.5em 0.75em;
  }
  .toolbar__nav,
  .views {
    display: flex;
    gap: 0.25em;
  }
  .title {
    flex: 1 1 calc(10*var(--_baltic-unit));
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .title::first-letter {
    text-transform: uppercase;
  }
  .nav-button,
  .view-button {
    min-width: calc(2.75*var(--_baltic-unit));
    min-height: calc(2.75*var(--_baltic-unit));
    padding: calc(.25*var(--_baltic-unit)) calc(.75*var(--_baltic-unit));
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
    gap: 0.5em;
  }
  .filters__fields {
    display: contents;
  }
  .filters__toggle {
    display: none;
  }
  .search {
    flex: 1 1 12em;
    min-width: 0;
    min-height: 2.75em;
    padding: 0.4em 0.75em;
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .search::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.25em 0.85em;
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
  .zone-note {
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Events, in every view */
  .occurrence {
    display: block;
    min-width: 0;
    padding: calc(.1*var(--_baltic-unit)) calc(.4*var(--_baltic-unit));
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
  .is-cancelled .occurrence__title {
    text-decoration: line-through;
  }

  /* Empty period */
  .empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em 1em;
    border-radius: var(--_radius-small);
    background: var(--_surface-alt);
  }
  .empty__title {
    font-weight: 600;
  }

  /* Skeleton, of the final size */
  .sk-toolbar {
    flex: 1;
    height: 2.75em;
  }
  /* The filters' row: more lines in a narrower calendar (the export's button, the categories; baltic-widgets.css has the same). */
  .sk-filters {
    height: clamp(4em, 22.315em - 29.3cqi, 9.5em);
    width: 70%;
  }
  .sk-view {
    height: calc(2em + 5 * max(var(--_day-height), calc(var(--_day-head) + 3 * var(--_lane) + 0.5em)));
  }
  /* The list's first page: LIST_PAGE_ROWS rows, each with its share of the day headings, then "Show more". */
  .sk-view--list {
    --_list-row: 5.9em;
    height: calc(${unsafeCSS(LIST_PAGE_ROWS)} * var(--_list-row) + 3.5em);
  }

  /* Narrow containers: the filters fold behind one button with the number in use; the toolbar takes two rows. */
  @container (max-width: 37.49em) {
    .sk-view--list {
      --_list-row: 7.5em;
    }
    /* The filters' and the export's buttons, one under the other. */
    .sk-filters {
      height: 9.625em;
    }
    .filters__toggle {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-height: 2.75em;
      padding: 0.25em 0.9em;
      border: 1px solid var(--_field-border);
      border-radius: var(--_radius-small);
      background: var(--_surface-alt);
      font-weight: 600;
      cursor: pointer;
    }
    .filters__icon {
      width: 1em;
      height: 0.75em;
      border-block: 2px solid currentColor;
      background: linear-gradient(currentColor, currentColor) center / 100% 2px no-repeat;
    }
    .filters__count {
      display: inline-grid;
      place-items: center;
      min-width: 1.5em;
      height: 1.5em;
      padding-inline: 0.3em;
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_on-accent);
      font-size: 0.875em;
    }
    .filters__toggle[aria-expanded='true'] {
      border-color: var(--_accent);
    }
    .filters:not(.is-open) .filters__fields {
      display: none;
    }
    .filters.is-open .filters__fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      order: 1;
      flex-basis: 100%;
    }
    .filters.is-open .search {
      flex-basis: 100%;
    }
    .calendar {
      padding: 0.5em;
    }
    .title {
      order: -1;
      flex-basis: 100%;
    }
    .toolbar__nav,
    .views {
      flex: 1 1 100%;
      min-width: 0;
    }
    .nav-button--today,
    .view-button {
      flex: 1;
      padding-inline: 0.125em;
      font-size: 0.9375em;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
  }

  /* A phone's month: seven days of at least 44 px fit in 320 px. */
  @container (max-width: 29.99em) {
    .calendar {
      padding-inline: 0.25em;
    }
  }
`;

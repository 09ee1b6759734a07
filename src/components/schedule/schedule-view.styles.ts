import { css } from 'lit';
import { visuallyHidden } from '../../internal/visually-hidden.js';

/**
 * The timetable's styles, loaded with its view: the week switcher, the filters, the week grid,
 * the day lists and the legend. A block's place and colour come from custom properties set on
 * it (`--from`, `--length` in minutes, `--column` of `--columns`; `--cat` from the feed's
 * category colours through `data-cat`).
 */
export const scheduleViewStyles = css`
  .week-nav {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .week-nav__range {
    flex: 1 1 9em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    text-wrap: balance;
    text-align: center;
    font-weight: 700;
  }
  /* A widget less than 16 of its text's em wide (a phone with enlarged text): the range on a line of
     its own, the arrows under it, so that neither "next week" nor a digit of the year is pushed out. */
  @container (width < 16em) {
    .week-nav {
      flex-wrap: wrap;
      justify-content: space-between;
    }
    .week-nav__range {
      order: -1;
      flex-basis: 100%;
    }
  }
  .nav {
    inline-size: calc(2.75*var(--_baltic-unit));
    padding: 0;
    font-size: 1.25em;
    line-height: 1;
  }
  .button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 0.75em;
  }
  .filter {
    display: grid;
    gap: calc(.15*var(--_baltic-unit));
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* On a phone: one "Filters" button (with the count of those set); the menus open under it, full width. */
  .filters-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .filters-toggle__count {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.5em;
    block-size: 1.5em;
    padding-inline: 0.35em;
    border-radius: 0.75em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.875em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .filters--panel {
    display: grid;
    flex-basis: 100%;
    gap: 0.5em;
  }
  .filters--panel select {
    inline-size: 100%;
    max-inline-size: none;
  }
  select {
    min-block-size: calc(2.75*var(--_baltic-unit));
    max-inline-size: calc(14*var(--_baltic-unit));
    padding: 0.4em 0.6em;
    /* WCAG 1.4.11: an input's border at 3:1 at least (the muted text colour is 4.5:1 on the surface). */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: var(--_baltic-unit);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }

  /* The week grid: a table, one column per day, hours down. */
  .week {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .week th {
    padding: calc(.5*var(--_baltic-unit)) calc(.25*var(--_baltic-unit));
    border-block-end: 1px solid var(--_border);
    background: var(--_surface-alt);
    font-size: 0.875em;
    font-weight: 600;
    text-align: center;
  }
  .week th.today {
    color: var(--_accent-text);
    box-shadow: inset 0 -3px var(--_accent);
  }
  /* Each day's share of the width (fixed layout: the first row's widths): a day with overlapping sessions gets more (set by the view). */
  .week th {
    inline-size: calc(var(--share) * 100%);
  }
  .week .axis {
    inline-size: 3.75em;
    padding: 0;
    vertical-align: top;
    background: var(--_surface-alt);
  }
  .axis__hour {
    display: block;
    block-size: var(--hour);
    padding: calc(.15*var(--_baltic-unit)) calc(.4*var(--_baltic-unit)) 0;
    color: var(--_muted);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .track {
    position: relative;
    block-size: calc(var(--hours) * var(--hour));
    padding: 0;
    vertical-align: top;
    border-inline-start: 1px solid var(--_border);
    background: repeating-linear-gradient(to bottom, var(--_border) 0 1px, transparent 1px var(--hour));
  }
  .track.today {
    background-color: color-mix(in srgb, var(--_accent) 6%, var(--_surface));
  }
  .track__list {
    position: absolute;
    inset: 0;
  }
  .block {
    position: absolute;
    inset-block-start: calc(var(--from) * var(--hour) / 60);
    block-size: calc(var(--length) * var(--hour) / 60);
    inset-inline-start: calc(100% * var(--column) / var(--columns));
    inline-size: calc(100% / var(--columns));
    padding: 1px;
  }

  /* A session: a block in the grid, an item in a day list. */
  .session {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
    padding: calc(.25*var(--_baltic-unit)) calc(.4*var(--_baltic-unit));
    border: 0;
    border-inline-start: 4px solid var(--cat, var(--_accent));
    border-radius: var(--_radius-small);
    background: color-mix(in srgb, var(--cat, var(--_accent)) 14%, var(--_surface));
    font-size: 0.8125em;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }
  /* Items keep their size: a short block cuts off at its bottom instead of squeezing lines into each other. */
  .session > * {
    flex-shrink: 0;
    max-inline-size: 100%;
  }
  /* In a block, a cancellation is shown before the place. */
  .week .session__place {
    order: 1;
  }
  .session:hover {
    background: color-mix(in srgb, var(--cat, var(--_accent)) 24%, var(--_surface));
  }
  .session[aria-expanded='true'] {
    box-shadow: inset 0 0 0 2px var(--cat, var(--_accent));
  }
  /* A time is never cut: it may wrap after its dash ("18.00–" / "19.30") in a narrow block. */
  .session__time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* anywhere, not break-word: a word wider than the list (a long name, a URL) must not widen the day lists' grid to its length (#18). */
  .session__title {
    font-weight: 700;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .session__place {
    max-inline-size: 100%;
    overflow: hidden;
    color: var(--_muted);
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  /* In a block, as many lines of whole words as its length has room for (--title-lines: two in an hour), then "…" (the full name is the button's); never a word broken mid-way. */
  .week .session {
    padding-inline: calc(.3*var(--_baltic-unit));
    font-size: 0.75em;
  }
  /* A word longer than its column ("keskustelukerho") wraps instead of being cut at the block's edge. */
  .week .session__title {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--title-lines, 2);
    line-clamp: var(--title-lines, 2);
  }
  /* Read out with the block, shown in the day lists and on paper. */
  .week .session__category,
  .session__date {
    ${visuallyHidden}
  }
  .session--cancelled,
  .session--cancelled:hover {
    border-inline-start-style: dashed;
    background: var(--_surface-alt);
  }
  .session--cancelled .session__title {
    text-decoration: line-through;
  }
  /* One line in a block of the week ("Cancelled: Christmas break" whole in the details). */
  .week .session__cancelled {
    max-inline-size: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  /* Narrow containers: one list per day. */
  .days {
    display: grid;
    gap: 1.25em;
  }
  .day__title {
    margin-block-end: calc(.5*var(--_baltic-unit));
    padding-block-end: calc(.25*var(--_baltic-unit));
    border-block-end: 1px solid var(--_border);
    font-size: 1.05em;
    font-weight: 700;
  }
  .day__title.today {
    color: var(--_accent-text);
  }
  .day__list {
    display: grid;
    gap: 0.5em;
  }
  /* A phone's item: the time above the title, which gets the whole width (no time column squeezing it). */
  .item .session {
    gap: calc(.1*var(--_baltic-unit));
    block-size: auto;
    min-block-size: calc(2.75*var(--_baltic-unit));
    padding: calc(.6*var(--_baltic-unit)) calc(.75*var(--_baltic-unit));
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .item .session__place {
    white-space: normal;
  }
  .item .session__category {
    display: block;
    font-size: 0.875em;
  }
  .item .details {
    margin-block-start: 0.5em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(.35*var(--_baltic-unit)) calc(1.25*var(--_baltic-unit));
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(.4*var(--_baltic-unit));
  }
  .legend__swatch {
    inline-size: calc(.9*var(--_baltic-unit));
    block-size: calc(.9*var(--_baltic-unit));
    border-radius: 3px;
    background: var(--cat, var(--_accent));
  }
`;

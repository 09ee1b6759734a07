import { css, unsafeCSS } from 'lit';

/** Below this container width (px) the schedule shows one list per day instead of the week grid (its skeleton too). */
export const DAY_LISTS_BELOW_PX = 640;

/**
 * The schedule's styles in its entry: what the loading state needs (the panel, the toolbar's
 * place, the skeleton) and the width probe. Everything the timetable shows loads with its view
 * (`schedule-view.styles.ts`, `schedule-print.styles.ts`), an activity's details with theirs
 * (`schedule-details.styles.ts`).
 */
export const scheduleStyles = css`
  .width-probe {
    block-size: 0;
  }
  /* The timetable and an activity's details are panels alike. */
  .schedule,
  .details {
    display: grid;
    gap: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--baltic-shadow, 0 2px 10px var(--_shadow-color));
  }
  .schedule {
    --hour: var(--baltic-schedule-hour-height, calc(4.5*var(--_baltic-unit)));
    padding: clamp(0.75em, 2.5cqi, 1.25em);
  }
  /* Grid items may shrink below their longest word: nothing pushes past the widget's border. */
  .schedule > *,
  .details > * {
    min-inline-size: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.75em 1.5em;
  }

  .sk-nav {
    inline-size: 16em;
    block-size: 2.75em;
  }
  /* As wide as the filters in Russian: in a widget narrower than about 48em they go under the week's navigation. */
  .sk-filters {
    inline-size: 28em;
    max-inline-size: 100%;
    block-size: 3.75em;
  }
  /* About the demo week's height: 11 hours of 4.5em and the header row; in a narrow widget its days as lists. */
  .sk-grid {
    block-size: 54.5em;
  }
  ${unsafeCSS(`@container (width < ${DAY_LISTS_BELOW_PX}px) { .sk-grid { block-size: 102.875em } }`)}
`;

import { css } from 'lit';

/** The button's own, after the face it shares with the stand-in (`calendarButtonStyles`). */
export const addToCalendarStyles = css`
  :host {
    display: inline-block;
    /* The base makes every widget a size container; a button sized by its content cannot be one. */
    container-type: normal;
    vertical-align: middle;
    max-width: 100%;
  }
  .base {
    display: inline-block;
    max-width: 100%;
  }
  .problem {
    margin: 0.4em 0 0;
    color: var(--_danger);
    font-size: 0.875em;
  }
  .trigger[aria-disabled='true'] {
    border-color: var(--_border);
    background: var(--_surface-alt);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .trigger .chevron {
    transition: transform 0.15s;
  }
  .trigger[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .trigger .chevron {
      transition: none;
    }
  }
  .sk-button {
    display: inline-block;
    width: 11.5em;
    height: 2.75em;
    vertical-align: middle;
  }
`;

import { css } from 'lit';

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
  .trigger {
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
  .trigger svg {
    flex: none;
    width: 1.15em;
    height: 1.15em;
  }
  .trigger .chevron {
    width: 0.8em;
    height: 0.8em;
    transition: transform 0.15s;
  }
  .trigger[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .label {
    min-width: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .sk-button {
    display: inline-block;
    width: 11.5em;
    height: 2.75em;
    vertical-align: middle;
  }
  @media (prefers-reduced-motion: reduce) {
    .trigger .chevron {
      transition: none;
    }
  }
`;

import { css } from 'lit';

export const languageSwitcherStyles = css`
  /* As wide as its content (an inline control in a header), so no size containment. The label
     stands on the page's own background: it takes the page's text colour unless one is set. */
  :host {
    display: inline-block;
    color: var(--baltic-color-text, inherit);
    container-type: normal;
    max-inline-size: 100%;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  select {
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  select:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
`;

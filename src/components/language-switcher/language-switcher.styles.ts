import { css } from 'lit';

export const languageSwitcherStyles = css`
  /* As wide as its content (an inline control in a header), so no size containment. The label
     stands on the page's own background: it takes the page's text colour unless one is set
     (!important, as the shared host rule that gives every other widget the theme's colour is). */
  :host {
    display: inline-block;
    /* In a line of text, centred on it as the place kept for it before its code arrives (baltic-widgets.css). */
    vertical-align: middle;
    color: var(--baltic-color-text, inherit) !important;
    container-type: normal;
    max-inline-size: 100%;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  select,
  .apply {
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding: 0.25em 0.5em;
    /* WCAG 1.4.11: an input's border at 3:1 at least against its surface (the muted text colour is 4.5:1). */
    border: 1px solid var(--baltic-color-border, var(--_muted));
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .apply {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  select:focus-visible,
  .apply:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
`;

import { css } from 'lit';

/**
 * What content needs beyond the host: links, focus ring, buttons, notices, state boxes. It
 * comes with the lazily loaded feed spine (content never renders before the spine is there)
 * and is adopted into each widget's shadow root ahead of the widget's own styles.
 */
export const componentStyles = css`
  a {
    color: var(--_accent-text);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: calc(2.75*var(--_baltic-unit));
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius-small);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button--secondary {
    background: transparent;
    color: var(--_accent-text);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0 0 calc(.75*var(--_baltic-unit));
    padding: 0.5em 0.85em;
    border-radius: var(--_radius-small);
    background: var(--_warning-surface);
    color: var(--_text);
    font-size: 0.875em;
  }
  /* A notice that takes no room (feed-state-views.ts): one short line on the widget's top edge,
     shown only when the refresh takes more than a moment, letting clicks through. */
  .notice-anchor {
    position: relative;
    height: 0;
    z-index: 2;
  }
  .notice--floating {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 1em;
    translate: 0 -50%;
    display: block;
    max-width: calc(100% - 2em);
    margin: 0;
    padding: 0.15em 0.7em;
    border-radius: 1em;
    font-size: 0.75em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
    pointer-events: none;
    animation: baltic-notice-in 0.2s 1s both;
  }
  @keyframes baltic-notice-in {
    from {
      opacity: 0;
    }
  }
  .state {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state__title {
    margin: 0;
    font-weight: 700;
    font-size: 1.05em;
  }
  .state__detail {
    margin: 0;
    color: var(--_muted);
  }
  .state--error .state__title {
    color: var(--_danger);
  }
`;

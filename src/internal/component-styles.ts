import { css } from 'lit';

/**
 * What content needs beyond the host: links, focus ring, buttons, notices, state boxes. It
 * comes with the lazily loaded feed spine (content never renders before the spine is there)
 * and is adopted into each widget's shadow root ahead of the widget's own styles. The notice
 * of older data brings its own (`feed-state-views.ts`).
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

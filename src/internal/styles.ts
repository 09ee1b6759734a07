/**
 * Styles every widget shares: the design tokens behind the `--baltic-*` custom properties,
 * light and dark, a reset against the host page's inherited oddities, and the few pieces
 * (buttons, notices, skeletons, visually hidden text) all widgets use.
 */
import { css } from 'lit';

const lightTokens = css`
  --_surface: var(--baltic-color-surface, #ffffff);
  --_surface-alt: var(--baltic-color-surface-alt, #f2f4f7);
  --_text: var(--baltic-color-text, #1a1f26);
  --_muted: var(--baltic-color-muted, #56606b);
  --_border: var(--baltic-color-border, #d3d9e0);
  --_accent: var(--baltic-color-accent, #1d5c96);
  --_accent-text: var(--baltic-color-accent-text, #1d5c96);
  --_on-accent: var(--baltic-color-on-accent, #ffffff);
  --_danger: var(--baltic-color-danger, #a8232f);
  --_warning-surface: var(--baltic-color-warning-surface, #fff4d6);
  --_skeleton: var(--baltic-color-skeleton, #e4e8ed);
  --_shadow: var(--baltic-shadow, 0 1px 2px rgb(16 24 40 / 0.06), 0 2px 8px rgb(16 24 40 / 0.06));
  color-scheme: light;
`;

const darkTokens = css`
  --_surface: var(--baltic-dark-color-surface, #161b22);
  --_surface-alt: var(--baltic-dark-color-surface-alt, #1f2630);
  --_text: var(--baltic-dark-color-text, #e8edf3);
  --_muted: var(--baltic-dark-color-muted, #a5b0bd);
  --_border: var(--baltic-dark-color-border, #37414d);
  --_accent: var(--baltic-dark-color-accent, #4d94d6);
  --_accent-text: var(--baltic-dark-color-accent-text, #8cc0f0);
  --_on-accent: var(--baltic-dark-color-on-accent, #0b1117);
  --_danger: var(--baltic-dark-color-danger, #ff8a8f);
  --_warning-surface: var(--baltic-dark-color-warning-surface, #3a3016);
  --_skeleton: var(--baltic-dark-color-skeleton, #2a323d);
  --_shadow: var(--baltic-dark-shadow, 0 1px 2px rgb(0 0 0 / 0.4));
  color-scheme: dark;
`;

export const hostStyles = css`
  :host {
    ${lightTokens}
    --_radius: var(--baltic-radius, 12px);
    --_radius-small: var(--baltic-radius-small, 6px);
    --_space: var(--baltic-space, 1rem);
    --_focus-ring: var(--baltic-focus-ring, 3px solid var(--_accent));
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    /* The page's font, but none of its other inherited text settings. */
    font-family: var(--baltic-font-family, inherit);
    font-size: var(--baltic-font-size, inherit);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    color: var(--_text);
  }
  a {
    color: var(--_accent-text);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
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
    min-height: 2.75rem;
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
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0 0 0.75rem;
    padding: 0.5em 0.85em;
    border-radius: var(--_radius-small);
    background: var(--_warning-surface);
    color: var(--_text);
    font-size: 0.875em;
  }
  .notice .button {
    min-height: 2rem;
    padding: 0.2em 0.8em;
  }
  .state {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: 1.25rem;
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
  .skeleton {
    display: block;
    border-radius: var(--_radius-small);
    background: var(--_skeleton);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: baltic-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes baltic-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;

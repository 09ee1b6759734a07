/**
 * Styles every widget shares: the design tokens behind the `--baltic-*` custom properties,
 * light and dark, a reset against the host page's inherited oddities, skeletons and visually
 * hidden text (`hostStyles`, in every entry); and the pieces content uses (`componentStyles`,
 * with the feed spine). Light and dark come
 * from `light-dark()`: `theme="auto"` follows the visitor's system, `light`/`dark` force one.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    /* The page's --baltic-color-* if set (it may use light-dark() itself), else our light and dark values.
       Secondary colours are mixed from text and surface, so a theme of three colours stays coherent. */
    --_surface: var(--baltic-color-surface, light-dark(#fff, #161b22));
    --_text: var(--baltic-color-text, light-dark(#1a1f26, #e8edf3));
    --_accent: var(--baltic-color-accent, light-dark(#1d5c96, #4d94d6));
    --_accent-text: var(--baltic-color-accent-text, var(--baltic-color-accent, light-dark(#1d5c96, #8cc0f0)));
    --_on-accent: var(--baltic-color-on-accent, light-dark(#fff, #0b1117));
    --_danger: var(--baltic-color-danger, light-dark(#a8232f, #ff8a8f));
    --_warning-surface: var(--baltic-color-warning-surface, light-dark(#fff4d6, #3a3016));
    --_muted: var(--baltic-color-muted, color-mix(in srgb, var(--_text) 72%, var(--_surface)));
    --_border: var(--baltic-color-border, color-mix(in srgb, var(--_text) 20%, var(--_surface)));
    --_surface-alt: var(--baltic-color-surface-alt, color-mix(in srgb, var(--_text) 5%, var(--_surface)));
    --_skeleton: color-mix(in srgb, var(--_text) 11%, var(--_surface));
    --_shadow-color: light-dark(rgb(16 24 40 / 0.08), rgb(0 0 0 / 0.45));
    --_radius: var(--baltic-radius, 12px);
    --_radius-small: var(--baltic-radius-small, 6px);
    --_focus-ring: var(--baltic-focus-ring, 3px solid var(--_accent));
    color-scheme: light dark;
    display: block;
    container-type: inline-size;
    /* The page's font (or --baltic-font-*), and none of its other inherited text settings: !important, so
       that not even a page's \`* { … !important }\` reaches into the widget (a shadow root's !important wins). */
    font: 400 var(--baltic-font-size,1em)/1.5 serif !important;
    font-family: var(--baltic-font-family, inherit) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    color: var(--_text) !important;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skeleton {
    display: block;
    border-radius: var(--_radius-small);
    background: var(--_skeleton);
  }
`;

/**
 * Styles every widget shares: the design tokens behind the `--baltic-*` custom properties,
 * light and dark, a reset against the host page's inherited oddities, skeletons and visually
 * hidden text (`hostStyles`, in every entry). The pieces content uses (buttons, notices, chips)
 * are `component-styles.ts`, loaded with the feed spine. Light and dark come from `light-dark()`: `theme="auto"` follows the visitor's system, `light`/`dark` force one.
 */
import { css } from 'lit';
import { visuallyHidden } from './visually-hidden.js';

/**
 * `--_baltic-unit`: the widget's own `rem`. Sizes inside a widget are in `em` where the element's
 * font size is the host's, else `calc(n * var(--_baltic-unit))`; never in `rem`, which follows the
 * page's root font size (`html { font-size: 62.5% }` would shrink every widget). Registered as a
 * `<length>`, it computes to pixels on the host (`1em` there) and descendants inherit those pixels.
 * `@property` in a shadow root is ignored, hence `CSS.registerProperty`, once per document: another
 * copy of the bundle registering it again throws, as does a browser without it (unregistered, `1em`
 * is then resolved at each use: the element's own font size, nearly the same).
 */
try {
  CSS.registerProperty({ name: '--_baltic-unit', syntax: '<length>', inherits: true, initialValue: '16px' });
} catch {
  // Registered already, or not supported.
}

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
    --_baltic-unit: 1em;
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
    /* A page's \`* { transition: all … }\` would animate the host's font from the page's to ours: Firefox then keeps
       the container queries (in em: the host's font size) evaluated for the old size. */
    transition: none !important;
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
    ${visuallyHidden}
    /* Wins over a widget's own positioning of the element. */
    position: absolute !important;
  }
  .skeleton {
    display: block;
    border-radius: var(--_radius-small);
    background: var(--_skeleton);
  }
`;

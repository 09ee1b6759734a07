/**
 * The map's own styles over Leaflet's: themed popups, controls and attribution, the SVG
 * markers. Part of the lazy map chunk, adopted after Leaflet's CSS (so equal selectors win).
 * Plain text, not Lit's `css`: the chunk imports nothing the widget's entry also has, so the
 * bundler has no shared module to split off the entry.
 */
export const mapCss = /* css */ `
  .map {
    font: inherit;
    font-size: 0.875em;
    background: var(--_surface-alt);
  }
  .map .leaflet-popup-content-wrapper,
  .map .leaflet-popup-tip {
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 3px 14px var(--_shadow-color);
  }
  .map .leaflet-popup-content {
    margin: calc(.85*var(--_baltic-unit)) var(--_baltic-unit);
    font-size: var(--_baltic-unit);
    line-height: 1.45;
  }
  .map .leaflet-popup-content a,
  .map a.leaflet-popup-close-button {
    color: var(--_accent-text);
  }
  .map .leaflet-control-attribution {
    background: color-mix(in srgb, var(--_surface) 88%, transparent);
    color: var(--_text);
  }
  /* Links among text are underlined (WCAG 1.4.1: colour alone is 1.6:1 against the text in dark). */
  .map .leaflet-control-attribution a,
  .map .leaflet-popup-content a {
    color: var(--_accent-text);
    text-decoration: underline;
  }
  /* A popup never taller than the map (240 px on a phone): its content scrolls, its heading and close button stay in view. */
  /* …and never wider than a phone's map less Leaflet's 16 px pan padding each side: its close button stays in view at 320 px. */
  .map .leaflet-popup-content {
    max-block-size: calc(var(--_map-height) - 7.5*var(--_baltic-unit));
    max-inline-size: calc(100cqi - 2*var(--_baltic-unit) - 40px);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .map .leaflet-bar a {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
  }
  .map .leaflet-bar a:is(:hover, :focus) {
    background: var(--_surface-alt);
  }
  .map .leaflet-bar {
    border-color: var(--_border);
  }
  .map .marker {
    background: none;
    border: 0;
  }
  .map .marker:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
    border-radius: 50%;
  }
  .map .marker svg {
    display: block;
    filter: drop-shadow(0 1px 2px rgb(0 0 0 / 0.35));
  }
  .popup {
    display: grid;
    gap: 0.4em;
  }
  .popup__name {
    font-weight: 700;
  }
  .popup__events {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .popup__events-title {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent-text);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .when {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  @media (prefers-reduced-motion: reduce) {
    .map .leaflet-fade-anim .leaflet-popup,
    .map .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: none;
    }
  }
  .popup p {
    margin: 0;
  }
`;

import { css } from 'lit';

export const locationMapStyles = css`
  .layout {
    display: grid;
    gap: 1rem;
    --_map-height: var(--baltic-location-map-height, clamp(15rem, 60cqi, 22rem));
  }
  .map-column {
    position: relative;
    min-width: 0;
  }
  /* The map, the consent preview and the skeleton share one size: nothing moves when the map arrives. */
  .map,
  .preview {
    height: var(--_map-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .map.leaflet-container {
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
    margin: 0.85rem 1rem;
    font-size: 1rem;
    line-height: 1.45;
  }
  /* Leaflet's own sheet is adopted after ours: these selectors are one class stronger than its. */
  .map.leaflet-container .leaflet-popup-content a,
  .map.leaflet-container a.leaflet-popup-close-button {
    color: var(--_accent-text);
  }
  .map.leaflet-container .leaflet-control-attribution {
    background: color-mix(in srgb, var(--_surface) 88%, transparent);
    color: var(--_text);
  }
  .map.leaflet-container .leaflet-control-attribution a {
    color: var(--_accent-text);
  }
  .map.leaflet-container .leaflet-bar a {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
  }
  .map.leaflet-container .leaflet-bar a:is(:hover, :focus) {
    background: var(--_surface-alt);
  }
  .map.leaflet-container .leaflet-bar {
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
  /* A neutral, map-like panel drawn with CSS only: nothing is fetched from anywhere. */
  .preview {
    display: grid;
    place-items: center;
    padding: 1.25rem;
    background:
      linear-gradient(28deg, transparent 46%, color-mix(in srgb, var(--_surface) 85%, var(--_accent)) 46% 49%, transparent 49%),
      linear-gradient(118deg, transparent 62%, var(--_surface) 62% 64.5%, transparent 64.5%),
      repeating-linear-gradient(0deg, transparent 0 46px, var(--_border) 46px 47px),
      repeating-linear-gradient(90deg, transparent 0 58px, var(--_border) 58px 59px),
      var(--_surface-alt);
  }
  .consent {
    display: grid;
    justify-items: center;
    gap: 0.6rem;
    max-width: 26rem;
    padding: 1rem 1.25rem;
    border-radius: var(--_radius-small);
    background: var(--_surface);
    box-shadow: 0 2px 10px var(--_shadow-color);
    text-align: center;
  }
  .consent p {
    margin: 0;
  }
  .consent__detail {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .pin {
    flex: none;
    width: 1.1rem;
    height: 1.6rem;
    margin-block-start: 0.1rem;
  }
  .places {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
    min-width: 0;
  }
  .place {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.65rem;
    row-gap: 0.35rem;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .place > :not(.pin) {
    grid-column: 2;
    min-width: 0;
  }
  .place--selected {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .place__name {
    grid-column: 2;
    margin: 0;
    font-weight: 700;
    font-size: 1.05em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  address {
    font-style: normal;
  }
  .place p,
  .popup p {
    margin: 0;
  }
  .directions {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .links a {
    display: inline-block;
    padding-block: 0.35rem;
  }
  .links__label {
    color: var(--_muted);
  }
  .show {
    justify-self: start;
    min-height: 2.25rem;
    padding-block: 0.25em;
    font-size: 0.9em;
  }
  .popup {
    display: grid;
    gap: 0.4rem;
  }
  .popup__name {
    font-weight: 700;
  }
  .popup ul {
    display: grid;
    gap: 0.25rem;
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
  .notice {
    margin: 0;
  }
  @container (min-width: 48rem) {
    .layout--with-map {
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
      --_map-height: var(--baltic-location-map-height, 28rem);
    }
    .layout--with-map .places {
      max-height: var(--_map-height);
      overflow-y: auto;
      align-content: start;
      padding-inline-end: 0.25rem;
    }
  }
  .sk-place {
    height: 8.5rem;
  }
  @media (prefers-reduced-motion: reduce) {
    .map .leaflet-fade-anim .leaflet-popup,
    .map .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: none;
    }
  }
`;

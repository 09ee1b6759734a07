import { css } from 'lit';

export const locationMapStyles = css`
  .layout {
    display: grid;
    gap: 1em;
    --_map-height: var(--baltic-location-map-height, clamp(calc(15*var(--_baltic-unit)), 60cqi, calc(22*var(--_baltic-unit))));
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
  /* A neutral, map-like panel drawn with CSS only (nothing is fetched): the consent preview, and the map until Leaflet draws it. */
  .preview,
  .map:not(.leaflet-container) {
    display: grid;
    place-items: center;
    padding: 1.25em;
    background:
      linear-gradient(28deg, transparent 46%, color-mix(in srgb, var(--_surface) 85%, var(--_accent)) 46% 49%, transparent 49%),
      linear-gradient(118deg, transparent 62%, var(--_surface) 62% 64.5%, transparent 64.5%),
      repeating-linear-gradient(0deg, transparent 0 46px, var(--_border) 46px 47px),
      repeating-linear-gradient(90deg, transparent 0 58px, var(--_border) 58px 59px),
      var(--_surface-alt);
  }
  /* The consent notice is never cut (Russian on a phone, larger or spaced text): its preview grows with it. */
  .preview:has(> .consent) {
    height: auto;
    min-height: var(--_map-height);
  }
  .consent {
    display: grid;
    justify-items: center;
    gap: 0.6em;
    max-width: 26em;
    padding: 1em 1.25em;
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
    width: 1.1em;
    height: 1.6em;
    margin-block-start: 0.1em;
  }
  .places {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
    min-width: 0;
  }
  .place {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.65em;
    row-gap: 0.35em;
    padding: 0.85em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
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
  }
  address {
    font-style: normal;
  }
  .place p {
    margin: 0;
  }
  .directions {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .show {
    justify-self: start;
    min-height: calc(2.25*var(--_baltic-unit));
    padding-block: 0.25em;
    font-size: 0.9em;
  }
  .notice {
    margin: 0;
  }
  /* Under the map the first places, then a button for the rest (NARROW_FIRST_PLACES in location-map.ts). */
  .place--later {
    display: none;
  }
  .more-places {
    justify-self: start;
    /* On the page's own background (not a card's): the widget's surface keeps the text's contrast in either theme. */
    background: var(--_surface);
  }
  @container (min-width: 48em) {
    /* Beside the map every place is listed (the list scrolls); the button is for narrow widgets only. */
    .place--later {
      display: grid;
    }
    .more-places {
      display: none;
    }
    .layout--with-map {
      grid-template-columns: minmax(0, 3fr) minmax(16em, 2fr);
      --_map-height: var(--baltic-location-map-height, calc(28*var(--_baltic-unit)));
    }
    .layout--with-map .map-column {
      align-self: start;
    }
    /*
     * Beside the map the list is as tall as the map and scrolls on its own: the widget has the
     * height the page reserved for it (baltic-widgets.css) whatever the number of places, so the
     * page under it does not move when the places arrive. Under the map (a narrow column) the list
     * grows with the page: a scroll area inside a phone's page would catch the thumb.
     */
    .layout--with-map .places {
      max-height: var(--_map-height);
      overflow-y: auto;
      overscroll-behavior: contain;
      align-content: start;
      padding-inline-end: 0.25em;
    }
  }
  .sk-place {
    height: 8.5em;
  }
  /* Under the map: about the height of the first places and "Show all places" (the demo feed's, in
     English and Russian), whose text wraps less in a wider widget (baltic-widgets.css has the same). */
  @container (width < 48em) {
    .sk-place {
      height: max(9.98em, 18.125em - 23cqi);
    }
  }
`;

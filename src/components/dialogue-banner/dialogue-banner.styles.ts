import { css } from 'lit';

/*
 * Text sits on the overlay, never directly on the image: a dark veil 66 % opaque keeps white
 * text above 4.5:1 even over a pure white image (the browser tests check it with the computed
 * colours). Layout by the banner's own width: a compact card below 40em, a hero from there
 * (the element picks the image crop with the same threshold).
 */
export const dialogueBannerStyles = css`
  .banner {
    --_banner-text: var(--baltic-dialogue-banner-text, #fff);
    --_banner-focus-ring: var(--baltic-focus-ring, 3px solid var(--_banner-text));
    --_focus-ring: var(--_banner-focus-ring);
    position: relative;
    isolation: isolate;
    display: grid;
    align-items: end;
    /* Room for the narrow layout's content in any font a visitor has (36em was exact with one font and 17 px short with another): the skeleton and the banner share this height. */
    min-height: 40em;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--baltic-dialogue-banner-fallback, linear-gradient(135deg, var(--_accent), color-mix(in srgb, var(--_accent) 35%, #000)));
    color: var(--_banner-text);
    box-shadow: var(--baltic-shadow, 0 2px 10px var(--_shadow-color));
  }
  .banner--skeleton {
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    box-shadow: none;
  }
  .image,
  .overlay {
    position: absolute;
    inset: 0;
    z-index: -1;
    width: 100%;
    height: 100%;
  }
  img.image {
    object-fit: cover;
  }
  .overlay {
    background: var(--baltic-dialogue-banner-overlay, rgb(9 13 20 / 0.66));
  }
  .content {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: start;
    align-content: end;
    gap: 0.75em;
    padding: 1.25em;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .title {
    font-size: 1.85em;
    font-weight: 800;
    line-height: 1.1;
    overflow-wrap: anywhere;
    hyphens: auto;
    text-wrap: balance;
  }
  .title__second {
    display: block;
    margin-top: 0.3em;
    font-size: 0.62em;
    font-weight: 500;
    letter-spacing: 0.01em;
  }
  .title__second::before {
    content: '';
    display: block;
    width: calc(2.5*var(--_baltic-unit));
    height: 3px;
    margin-bottom: 0.45em;
    border-radius: 2px;
    background: currentColor;
  }
  .details {
    display: flex;
    flex-direction: column;
    font-weight: 600;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em 0.8em;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: rgb(0 0 0 / 0.3);
    font-weight: 700;
    font-size: 0.95em;
    font-variant-numeric: tabular-nums;
  }
  .status--during::before {
    content: '';
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: #5fe08a;
  }
  .tagline {
    max-width: 38em;
    text-wrap: pretty;
  }
  .programme {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.15em 0.6em;
    padding: 0.55em 0.85em;
    border-inline-start: 3px solid currentColor;
    border-radius: var(--_radius-small);
    background: rgb(0 0 0 / 0.3);
  }
  .programme__label {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .programme__time {
    font-variant-numeric: tabular-nums;
  }
  .programme__title {
    flex-basis: 100%;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    width: 100%;
  }
  .actions:empty {
    display: none;
  }
  /* In the hero the buttons keep their own width, on one line. */
  .actions > * {
    flex: none;
  }
  @container (width < 40em) {
    .actions > .button {
      flex: 1 1 auto;
    }
    /* On a phone the add-to-calendar button (or its stand-in) takes its own full row, as wide as the buttons above it. */
    .actions > baltic-add-to-calendar {
      flex: 1 1 100%;
    }
    .actions > baltic-add-to-calendar::part(base) {
      display: block;
    }
    .actions > baltic-add-to-calendar::part(button),
    .actions > baltic-add-to-calendar > .trigger {
      width: 100%;
    }
  }
  /* The add-to-calendar button's own focus ring is the banner's: its accent would be faint on the dark banner (2.7:1). */
  .actions > baltic-add-to-calendar {
    --baltic-focus-ring: var(--_banner-focus-ring);
  }
  /* A solid backdrop (the veil's colour, opaque): no line of the image shows through the outline button. */
  .banner .button--secondary {
    border-color: currentColor;
    background: rgb(9 13 20);
    color: var(--_banner-text);
  }
  .sk-title,
  .sk-line,
  .sk-button {
    height: 1.1em;
    width: min(26em, 90%);
  }
  .sk-title {
    height: 2.6em;
    width: min(30em, 80%);
  }
  .sk-line--short {
    width: min(16em, 60%);
  }
  .sk-button {
    height: 2.75em;
    width: 9em;
  }

  @container (min-width: 40em) {
    /* The text sits low and wide (fewer lines): the top of a festival picture (bunting, sky, a skyline) stays clear of the title. */
    .banner {
      min-height: 32em;
    }
    .content {
      max-width: 60em;
      padding: 2.5em clamp(2em, 5cqi, 3.5em);
    }
    .title {
      font-size: clamp(2.25em, 5.2cqi, 3.1em);
    }
    .tagline {
      max-width: 42em;
      font-size: 1.1em;
    }
    /* One line in the hero, a bullet between the parts. */
    .details {
      flex-flow: row wrap;
      column-gap: 0.5em;
    }
    .programme__title {
      flex-basis: auto;
    }
    .place::before,
    .programme__place::before {
      content: '·' / '';
      margin-inline-end: 0.5em;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .banner:not(.banner--skeleton) .content {
      animation: banner-enter 700ms cubic-bezier(0.2, 0.7, 0.2, 1) both;
    }
    img.image {
      animation: banner-fade 900ms ease-out both;
    }
  }
  @keyframes banner-enter {
    from {
      opacity: 0;
      transform: translateY(0.75em);
    }
  }
  @keyframes banner-fade {
    from {
      opacity: 0;
    }
  }
`;

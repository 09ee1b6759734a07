import { css } from 'lit';

/**
 * The album chooser and the justified grid. Each tile grows in proportion to its photo's
 * aspect ratio (`--r`, set per tile), so every row fills the width at one height and each
 * photo's box is known before it loads.
 */
export const galleryStyles = css`
  :host {
    --_row: var(--baltic-gallery-row-height, calc(7.5*var(--_baltic-unit)));
    /* On a phone a panorama is shown cropped to 2.5:1 (whole in the lightbox): never a strip of 70 px. */
    --_widest: 2.5;
    --_gap: var(--baltic-gallery-gap, calc(.375*var(--_baltic-unit)));
  }
  @container (min-width: 36em) {
    .base {
      --_widest: 100;
      --_row: var(--baltic-gallery-row-height, calc(10*var(--_baltic-unit)));
    }
  }
  @container (min-width: 60em) {
    .base {
      --_row: var(--baltic-gallery-row-height, calc(13*var(--_baltic-unit)));
    }
  }
  .base {
    /* Its own ground, so that a forced theme reads on any page. */
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  img {
    display: block;
    width: 100%;
    height: auto;
  }

  /* The album chooser */
  .albums {
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
  }
  @container (min-width: 36em) {
    .albums {
      gap: 1em;
      grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
    }
  }
  .album-card {
    display: grid;
    align-content: start;
    gap: 0.2em;
    inline-size: 100%;
    block-size: 100%;
    padding: 0 0 0.85em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
    text-align: start;
    cursor: pointer;
  }
  .album-card:hover {
    border-color: var(--_accent);
  }
  .cover {
    display: block;
    aspect-ratio: 3 / 2;
    margin-block-end: 0.5em;
    background: var(--_skeleton);
    overflow: hidden;
  }
  .cover img {
    height: 100%;
    object-fit: cover;
  }
  .album-title,
  .album-card .album-meta {
    padding-inline: calc(.9*var(--_baltic-unit));
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .album-title {
    font-weight: 700;
    font-size: 1.05em;
  }

  /* One album */
  .back {
    margin-block-end: 0.75em;
  }
  .album-head {
    margin-block-end: 0.9em;
    overflow-wrap: anywhere;
  }
  .album-name {
    font-weight: 700;
    font-size: 1.3em;
    line-height: 1.25;
  }
  .album-name:focus {
    outline: none;
  }
  .album-head p {
    margin: calc(.25*var(--_baltic-unit)) 0 0;
    max-inline-size: 65ch;
  }
  .album-meta,
  .album-event {
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* The justified grid */
  .grid {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .grid::after {
    /* Takes the free space of the last row, so its photos keep the row height. */
    content: '';
    flex-grow: 1000;
  }
  /* A tile grows to fill its row, but to 1.6 times the row height at most: on a phone a square alone in its row stays about 190 px tall, not the full width. */
  .tile {
    --_shape: min(var(--r, 1), var(--_widest));
    flex: var(--_shape) 1 calc(var(--_shape) * var(--_row));
    min-inline-size: 0;
    max-inline-size: calc(1.6 * var(--_shape) * var(--_row));
  }
  .thumb {
    display: block;
    inline-size: 100%;
    padding: 0;
    border: 0;
    border-radius: var(--_radius-small);
    background: var(--_skeleton);
    overflow: hidden;
    cursor: zoom-in;
  }
  .thumb img {
    aspect-ratio: var(--_shape);
    object-fit: cover;
  }
  .thumb:hover img {
    opacity: 0.88;
  }
  .broken {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(.35*var(--_baltic-unit));
    block-size: 100%;
    padding: calc(.5*var(--_baltic-unit));
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.3;
    text-align: center;
    overflow: hidden;
  }
  .thumb .broken {
    aspect-ratio: var(--_shape);
    border: 1px dashed var(--_border);
    border-radius: inherit;
  }

  /* Loading */
  .sk-title {
    block-size: 1.6em;
    inline-size: 40%;
    margin-block-end: 1em;
  }
  .sk-tile {
    flex: 1 1 calc(1.5 * var(--_row));
  }
  .sk-tile .skeleton {
    block-size: var(--_row);
  }
  /* An album card: its cover (3:2) over its title and count, which take more lines in a narrower
     card (fitted to the demo feed's cards in English and Russian; baltic-widgets.css has the same). */
  .sk-album::before {
    content: '';
    display: block;
    padding-top: max(66.67% + 4.7125em, 29% + 12.06em);
  }
`;

import { css } from 'lit';

/**
 * The album chooser and the justified grid. Each tile grows in proportion to its photo's
 * aspect ratio (`--r`, set per tile), so every row fills the width at one height and each
 * photo's box is known before it loads.
 */
export const galleryStyles = css`
  :host {
    --_row: var(--baltic-gallery-row-height, 7.5rem);
    --_gap: var(--baltic-gallery-gap, 0.375rem);
  }
  @container (min-width: 36rem) {
    .base {
      --_row: var(--baltic-gallery-row-height, 10rem);
    }
  }
  @container (min-width: 60rem) {
    .base {
      --_row: var(--baltic-gallery-row-height, 13rem);
    }
  }
  .base {
    /* Its own ground, so that a forced theme reads on any page. */
    padding: 0.75rem;
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
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
  }
  @container (min-width: 36rem) {
    .albums {
      gap: 1rem;
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    }
  }
  .album-card {
    display: grid;
    align-content: start;
    gap: 0.2rem;
    inline-size: 100%;
    block-size: 100%;
    padding: 0 0 0.85rem;
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
    margin-block-end: 0.5rem;
    background: var(--_skeleton);
    overflow: hidden;
  }
  .cover img {
    height: 100%;
    object-fit: cover;
  }
  .album-title,
  .album-card .album-meta {
    padding-inline: 0.9rem;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .album-title {
    font-weight: 700;
    font-size: 1.05em;
  }

  /* One album */
  .back {
    margin-block-end: 0.75rem;
  }
  .album-head {
    margin-block-end: 0.9rem;
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
    margin: 0.25rem 0 0;
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
  .tile {
    flex: var(--r, 1) 1 calc(var(--r, 1) * var(--_row));
    min-inline-size: 0;
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
    aspect-ratio: var(--r);
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
    gap: 0.35rem;
    block-size: 100%;
    padding: 0.5rem;
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.3;
    text-align: center;
    overflow: hidden;
  }
  .thumb .broken {
    aspect-ratio: var(--r);
    border: 1px dashed var(--_border);
    border-radius: inherit;
  }

  /* Loading */
  .sk-title {
    block-size: 1.6rem;
    inline-size: 40%;
    margin-block-end: 1rem;
  }
  .sk-tile {
    flex: 1 1 calc(1.5 * var(--_row));
  }
  .sk-tile .skeleton {
    block-size: var(--_row);
  }
`;

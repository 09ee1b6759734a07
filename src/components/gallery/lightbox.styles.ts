import { css } from 'lit';
import { visuallyHidden } from '../../internal/visually-hidden.js';

/**
 * The lightbox: dark whatever the theme (photos read best on a dark ground), full screen,
 * the photo fitted into the stage from its aspect ratio (`--r`) before it loads.
 */
export const lightboxStyles = css`
  :host {
    display: contents;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring, 3px solid #4d94d6);
    outline-offset: 2px;
  }
  button {
    font: inherit;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  dialog {
    position: fixed;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    color-scheme: dark;
    background: var(--baltic-gallery-lightbox-background, #0b0d11);
    color: #f1f3f5;
    overflow: hidden;
    overscroll-behavior: contain;
  }
  dialog[open] {
    display: grid;
    /* One column that may shrink below the photo's own width: the dialog stays the screen's width. */
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto minmax(0, 1fr) auto;
    animation: appear 0.2s ease-out;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .bar {
    display: flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.25em 0.5em 0.25em 1em;
  }
  .title {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .counter {
    margin: 0 0.5em;
    color: #c9d0d8;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .icon:hover {
    background: rgb(255 255 255 / 0.14);
  }
  .view {
    position: relative;
    display: grid;
    min-block-size: 0;
  }
  .stage {
    display: grid;
    place-items: center;
    min-block-size: 0;
    overflow: hidden;
    container-type: size;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  .photo {
    display: block;
    inline-size: min(100cqw, 100cqh * var(--r));
    block-size: auto;
    aspect-ratio: var(--r);
    max-inline-size: none;
    transform-origin: center;
    background: rgb(255 255 255 / 0.06);
    transition: transform 0.25s ease-out;
    animation: appear 0.25s ease-out;
    -webkit-user-drag: none;
  }
  .photo.loaded {
    background: none;
  }
  .zoomed .photo {
    cursor: grab;
  }
  .dragging .photo {
    transition: none;
  }
  .zoomed.dragging .photo {
    cursor: grabbing;
  }
  .broken {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    padding: 1em;
    border: 1px dashed rgb(255 255 255 / 0.3);
    color: #c9d0d8;
    text-align: center;
  }
  .nav {
    position: absolute;
    inset-block-start: 50%;
    translate: 0 -50%;
    inline-size: 3em;
    block-size: 3em;
    background: rgb(0 0 0 / 0.5);
  }
  .nav:hover {
    background: rgb(0 0 0 / 0.75);
  }
  .previous {
    inset-inline-start: 0.5em;
  }
  .next {
    inset-inline-end: 0.5em;
  }
  .nav[aria-disabled='true'] {
    opacity: 0.35;
    cursor: default;
  }
  .info {
    min-block-size: 3.5em;
    padding: 0.5em 1em 1em;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .info p {
    margin: 0;
  }
  .credit {
    color: #c9d0d8;
    font-size: 0.85em;
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    dialog[open],
    .photo {
      transition: none;
      animation: none;
    }
  }
`;

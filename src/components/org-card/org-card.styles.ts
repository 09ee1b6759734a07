import { css } from 'lit';

export const orgCardStyles = css`
  .card {
    display: grid;
    gap: 1.25em;
    padding: clamp(1em, 4cqi, 2em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--baltic-shadow, 0 2px 10px var(--_shadow-color));
  }
  .header {
    display: flex;
    align-items: center;
    gap: 1em;
  }
  .logo {
    flex: none;
    /* Width and height both set: a logo that fails to load keeps its square (its alt text clipped inside) instead of growing to the text and moving the card. */
    width: var(--baltic-org-card-logo-size, 4em);
    height: var(--baltic-org-card-logo-size, 4em);
    overflow: hidden;
    object-fit: contain;
    border-radius: 50%;
  }
  .name {
    font-size: 1.4em;
    line-height: 1.2;
    font-weight: 700;
  }
  .name,
  .legal-name,
  .contact {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .main,
  [part='aims'] {
    overflow-wrap: anywhere;
  }
  .legal-name,
  h3,
  dt {
    margin: calc(.25*var(--_baltic-unit)) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  p {
    margin: 0;
  }
  h3 {
    margin: 0 0 calc(.5*var(--_baltic-unit));
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  /* A figure wraps whole: a tile is never narrower than its number or its longest word (flex items
     keep their min-content width); words break only at the language's own hyphenation points. */
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0;
  }
  .figure {
    flex: 1 1 6.5em;
    hyphens: auto;
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    padding: 0.75em;
    border-radius: var(--_radius-small);
    background: var(--_surface-alt);
  }
  dd {
    margin: 0;
    white-space: nowrap;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.15;
    color: var(--_accent-text);
  }
  ul {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .contact {
    display: grid;
    gap: 0.5em;
    font-style: normal;
  }
  .social {
    flex-flow: row wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  .social a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0 1em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_text);
    text-decoration: none;
    font-weight: 600;
  }
  .social a:hover {
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .more {
    justify-self: start;
  }
  .main,
  .aside {
    display: grid;
    gap: 1.25em;
    align-content: start;
    min-width: 0;
  }
  @container (min-width: 44em) {
    .card {
      grid-template-columns: 3fr 2fr;
      column-gap: 2em;
    }
    .header {
      grid-column: 1 / -1;
    }
    .name {
      font-size: 1.75em;
    }
    .aside {
      padding-inline-start: 2em;
      border-inline-start: 1px solid var(--_border);
    }
  }
  /* Placeholders the size of a typical card (the demo feed's, in English and Russian): compact, main and
     aside stack; wide, they sit side by side. Either way the text wraps less in a wider card (cqi: the
     card's width; baltic-widgets.css has the same). */
  .sk-lines {
    flex: 1;
    height: 3em;
  }
  .sk-block {
    height: max(63.74em - 91.2cqi, 41.14em - 26cqi);
  }
  @container (min-width: 44em) {
    .sk-block {
      height: max(36.625em, 70.7em - 54cqi);
    }
  }
`;

import { css } from 'lit';

export const orgCardStyles = css`
  .card {
    display: grid;
    gap: 1.25rem;
    padding: clamp(1rem, 4cqi, 2rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .header {
    display: flex;
    align-items: center;
    gap: 1rem;
  }
  .logo {
    flex: none;
    width: var(--baltic-org-card-logo-size, 4rem);
    height: auto;
    aspect-ratio: 1;
    object-fit: contain;
    border-radius: 50%;
  }
  .name {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.2;
    font-weight: 700;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .legal-name {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .description {
    margin: 0;
  }
  .section-title {
    margin: 0 0 0.5rem;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr));
    gap: 0.75rem;
    margin: 0;
  }
  .figure {
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    padding: 0.75rem;
    border-radius: var(--_radius-small);
    background: var(--_surface-alt);
  }
  .figure dt {
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.3;
  }
  .figure dd {
    margin: 0;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.15;
    color: var(--_accent-text);
    font-variant-numeric: tabular-nums;
  }
  .aims {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.35rem;
  }
  .aims li::marker {
    color: var(--_accent);
  }
  .contact {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    font-style: normal;
  }
  .contact-line {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    min-height: 1.5rem;
    overflow-wrap: anywhere;
  }
  .contact-line svg {
    flex: none;
    margin-top: 0.15rem;
    color: var(--_muted);
  }
  .social {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .social a {
    display: inline-grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    border-radius: 50%;
    border: 1px solid var(--_border);
    color: var(--_text);
    background: var(--_surface);
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
    gap: 1.25rem;
    align-content: start;
    min-width: 0;
  }
  @container (min-width: 44rem) {
    .card {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      column-gap: 2rem;
    }
    .header {
      grid-column: 1 / -1;
    }
    .logo {
      width: var(--baltic-org-card-logo-size, 5rem);
    }
    .name {
      font-size: 1.75em;
    }
    .aside {
      padding-inline-start: 2rem;
      border-inline-start: 1px solid var(--_border);
    }
  }
  /* Skeleton of the compact layout. */
  .skeleton-lines {
    display: grid;
    gap: 0.5rem;
    flex: 1;
  }
  .skeleton--title {
    height: 1.6rem;
    width: 70%;
  }
  .skeleton--line {
    height: 1rem;
    width: 45%;
  }
  .skeleton--paragraph {
    height: 4.5rem;
  }
  .skeleton--list {
    height: 9rem;
  }
  .skeleton--figures {
    height: 12rem;
  }
`;

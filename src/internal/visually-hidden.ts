import { css } from 'lit';

/**
 * The declarations that hide an element visually and keep it for screen readers (and in the
 * accessibility tree's reading order). One rule for every widget: `.visually-hidden` in the
 * shared styles, and `${visuallyHidden}` inside any selector that needs it (e.g. only on a phone).
 */
export const visuallyHidden = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

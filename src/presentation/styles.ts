/** The styles of what `src/presentation/` renders: directions links, addresses, price notes, and the status word of a cancelled or postponed event or session. */
import { css } from 'lit';

export const presentationStyles = css`
  address,
  .address {
    font-style: normal;
  }
  .directions-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 calc(0.9 * var(--_baltic-unit));
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .directions-links a {
    display: inline-block;
    padding-block: calc(0.25 * var(--_baltic-unit));
  }
  .status-word {
    color: var(--_danger);
    font-weight: 700;
  }
  .directions-links__label {
    flex-basis: 100%;
    color: var(--_muted);
  }
`;

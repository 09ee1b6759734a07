import { css } from 'lit';

/** The menu's styles, adopted by the shadow root when the menu is first opened (they are not in the button's entry). */
export const calendarMenuStyles = css`
  .popover {
    /* In the top layer (popover) so no overflow: hidden around the widget clips it; placed by script next to the button. */
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    min-width: 15em;
    max-width: min(22em, calc(100vw - 16px));
    max-height: calc(100vh - 16px);
    overflow: auto;
    padding: 0.35em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 10px 28px var(--_shadow-color);
    z-index: 1000;
  }
  .popover[hidden] {
    display: none;
  }
  [role='menu'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [role='menuitem'] {
    display: flex;
    align-items: center;
    width: 100%;
    min-height: 2.75em;
    padding: 0.45em 0.75em;
    border: 0;
    border-radius: calc(var(--_radius-small) - 2px);
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus {
    background: var(--_surface-alt);
  }
  [role='menuitem']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -3px;
  }
  /* ".ics", "webcal": never broken across lines, however long the entry's words (Finnish). */
  .item-hint {
    flex: none;
    white-space: nowrap;
    margin-inline-start: auto;
    padding-inline-start: calc(.75*var(--_baltic-unit));
    color: var(--_muted);
    font-size: 0.85em;
  }
  [role='separator'] {
    height: 1px;
    margin: 0.35em 0.25em;
    background: var(--_border);
  }
  .note {
    margin: calc(.35*var(--_baltic-unit)) calc(.75*var(--_baltic-unit)) calc(.25*var(--_baltic-unit));
    color: var(--_muted);
    font-size: 0.85em;
  }
`;

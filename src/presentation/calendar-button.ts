/**
 * How the "Add to calendar" button looks and is named, in one place: the button of
 * `<baltic-add-to-calendar>`, and the stand-in its hosts (the festival banner, an event's or an
 * activity's details) show in its place until the button's code is there (`add-to-calendar.ts`).
 * The two must not differ by a pixel: the stand-in is replaced under the visitor's pointer.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';

const calendarIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
  <rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4M12 13v5M9.5 15.5h5" />
</svg>`;
const chevronIcon = html`<svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M2 4.5l4 4 4-4" /></svg>`;

/** The button's words. Read during a render, as the rest. */
const calendarButtonWords = () => msg('Add to calendar', { id: 'add-to-calendar.button', desc: 'The add-to-calendar button.' });

/**
 * The button's accessible name when it adds a named item: its words and the title as one
 * string (a visually hidden part would be read with a space before its colon: "… календарь : …").
 * Without a title the visible words name it.
 */
export const calendarButtonName = (title: string): string | undefined => (title ? `${calendarButtonWords()}: ${title}` : undefined);

/** What the button shows: the calendar icon, its words and, when it opens a menu, the chevron. */
export const renderCalendarButtonFace = (withMenu: boolean): TemplateResult =>
  html`${calendarIcon}<span class="label">${calendarButtonWords()}</span>${withMenu ? chevronIcon : nothing}`;

/**
 * The face's styles at rest (the button itself is `.button`, component-styles.ts), in the button's
 * shadow root and, through `standInStyles` (add-to-calendar.ts), in a host that shows the
 * stand-in. The chevron turning as the menu opens is the button's own.
 */
export const calendarButtonStyles = css`
  .trigger {
    max-width: 100%;
  }
  .trigger svg {
    flex: none;
    width: 1.15em;
    height: 1.15em;
  }
  .trigger .chevron {
    width: 0.8em;
    height: 0.8em;
  }
  .label {
    min-width: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
`;

/**
 * The calendar's parts that load on demand, each with its own styles: a visitor needs one
 * view to begin with, and the details dialog only when something is opened.
 */
import type { CSSResult } from 'lit';
import type { CalendarView } from '../../events/calendar.js';

/** Each view's code (and styles) loads when the view is first shown. */
export const VIEW_MODULES = {
  month: () => import('./month-view.js'),
  week: () => import('./week-view.js'),
  list: () => import('./list-view.js'),
};

export type ViewModules = { [View in CalendarView]?: Awaited<ReturnType<(typeof VIEW_MODULES)[View]>> };

/** A lazily loaded part: its styles join the shadow root's once it is there. */
export async function loadPart<T extends { styles: CSSResult }>(renderRoot: HTMLElement | DocumentFragment, loading: Promise<T>): Promise<T> {
  const module = await loading;
  const root = renderRoot as ShadowRoot;
  const sheet = module.styles.styleSheet;
  if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return module;
}

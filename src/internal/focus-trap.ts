/**
 * Focus inside a modal dialog (the calendar's details, the gallery's lightbox): Tab from its
 * last control goes to the first, Shift+Tab from the first to the last (the browser's own UI is
 * not in the dialog), also through shadow roots inside it (the add-to-calendar button's). In the
 * dialogs' chunks: Tab reaches a dialog only once it is open.
 */

/** Elements Tab stops at, in document order, looking into open shadow roots (the add-to-calendar button's). */
function tabStops(root: Element | ShadowRoot): HTMLElement[] {
  const stops: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.shadowRoot) {
      stops.push(...tabStops(element.shadowRoot));
      continue;
    }
    const focusable = element.matches('a[href], button, input, select, textarea, summary, [tabindex]') && element.tabIndex >= 0;
    if (focusable && !(element as HTMLButtonElement).disabled && element.getClientRects().length && !element.closest('[inert]')) stops.push(element);
  }
  return stops;
}

/** The element focused now, inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** For a `keydown` in `dialog` (by default the element listening). */
export function keepFocusInside(event: KeyboardEvent, dialog = event.currentTarget as Element): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const stops = tabStops(dialog);
  if (!stops.length) return;
  const active = deepActiveElement();
  const [first, last] = [stops[0]!, stops[stops.length - 1]!];
  const index = stops.indexOf(active as HTMLElement);
  const target = event.shiftKey ? (index <= 0 ? last : undefined) : index === -1 || active === last ? first : undefined;
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

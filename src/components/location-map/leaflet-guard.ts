/**
 * Imported by leaflet-map.ts BEFORE Leaflet. Leaflet 1.9 detects inline SVG support while its
 * module evaluates, with `div.innerHTML = '<svg/>'`: on a page requiring Trusted Types that
 * throws and the whole map chunk fails. For that one evaluation, `document.createElement('div')`
 * returns a div whose `innerHTML` setter builds the SVG with DOM calls instead; leaflet-map.ts
 * calls `restoreCreateElement()` right after Leaflet has evaluated. No policy is created: the
 * page's Trusted Types settings stay the page's business.
 */
const createElement = document.createElement;
/** The page may have put its own `createElement` on `document`: that is what comes back, exactly. */
const pagesOwn = Object.getOwnPropertyDescriptor(document, 'createElement');

document.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
  const element = createElement.call(this, tagName, options);
  if (tagName === 'div') {
    Object.defineProperty(element, 'innerHTML', {
      configurable: true,
      set(markup: string) {
        element.replaceChildren();
        if (markup === '<svg/>') element.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      },
    });
  }
  return element;
} as typeof document.createElement;

/** Puts the document's own `createElement` back (Leaflet has evaluated). */
export function restoreCreateElement(): void {
  if (pagesOwn) Object.defineProperty(document, 'createElement', pagesOwn);
  else delete (document as Partial<Pick<Document, 'createElement'>>).createElement;
}

// Should Leaflet's evaluation throw (so that leaflet-map.ts never runs its restore), the page
// gets its own createElement back right after this module graph has evaluated anyway.
queueMicrotask(restoreCreateElement);

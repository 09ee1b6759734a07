/**
 * Hardening: hostile page styles. Every widget of the built bundle on
 *   - test/pages/hostile-reset.html: resets on `*` (margins, `box-sizing`, fonts, colours, line
 *     height, letter and word spacing, alignment, indent, case, shadow, `white-space`, all
 *     `!important`), `all: unset` on common elements, `[hidden]`, `dialog`, `[popover]` shown;
 *   - test/pages/bootstrap.html: Bootstrap 5's global CSS, inside a container with Bootstrap's
 *     (`!important`) text utilities;
 *   - test/pages/root-font-size.html: `html { font-size: 62.5% }`, `body { font-size: 1.6rem }` (sizes in
 *     `rem` would follow the 10px root: the widgets size in `em` and `--_baltic-unit`, src/internal/styles.ts);
 * is compared with the same widget on test/pages/neutral.html: every element of every shadow
 * root (nested widgets included) must have the same computed text and box styles, and the same
 * size and place in its widget. Inherited properties cross the shadow boundary, so the widgets'
 * `:host` resets them (src/internal/styles.ts); the font comes from `--baltic-font-*` on all pages.
 * Then, on the hostile pages: focus rings, hit-testing, dialogs, menus and `hidden` still work.
 */
import { expect } from '@open-wc/testing';
import { inShadow, openBundlePage, pause, readyWidgets, type BundlePage, type Widget } from './bundle-page-helpers.js';
import { shadowRootsIn, waitUntil } from './helpers.js';

/** Inherited text properties (what leaks into a shadow root) and the box properties a page's reset could change. */
const PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-caps',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-shadow',
  'white-space',
  'color',
  'visibility',
  'display',
  'box-sizing',
  'background-color',
  'margin-top',
  'padding-top',
  'border-top-width',
] as const;

interface Look {
  path: string;
  style: string[];
  box: number[];
}

/**
 * The computed styles and boxes of every element in a widget's shadow roots: boxes relative to
 * the top widget, or inside a dialog or popover (top layer, placed by the viewport) relative to it.
 */
function looksOf(host: Element, origin = host.getBoundingClientRect(), prefix = host.localName): Look[] {
  const view = host.ownerDocument.defaultView!;
  const looks: Look[] = [];
  const elements = [...host.shadowRoot!.querySelectorAll('*')].filter((element) => !['style', 'script', 'template', 'link'].includes(element.localName));
  elements.forEach((element, index) => {
    const path = `${prefix} > ${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}#${index}`;
    const style = view.getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const layer = element.closest('dialog, [popover]');
    const from = layer ? layer.getBoundingClientRect() : origin;
    // A dialog's or popover's own margin places it in the viewport (whose size the page's scrollbars change).
    const placedByViewport = layer === element;
    looks.push({
      path,
      style: PROPERTIES.map((property) => (placedByViewport && property === 'margin-top' ? '' : style.getPropertyValue(property))),
      box: [rect.left - from.left, rect.top - from.top, rect.width, rect.height],
    });
    if (element.shadowRoot) looks.push(...looksOf(element, from, path));
  });
  return looks;
}

/** What differs between a widget on the neutral page and the same widget on another page (nothing for a widget in `unchecked`). */
function differences(reference: Widget, widget: Widget, unchecked: readonly string[] = []): string[] {
  if (unchecked.includes(widget.localName)) return [];
  const expected = looksOf(reference);
  const actual = looksOf(widget);
  const found: string[] = [];
  const hostExpected = reference.getBoundingClientRect();
  const hostActual = widget.getBoundingClientRect();
  if (Math.abs(hostExpected.width - hostActual.width) > 1 || Math.abs(hostExpected.height - hostActual.height) > 1) {
    found.push(`${widget.localName}: ${Math.round(hostActual.width)}×${Math.round(hostActual.height)} instead of ${Math.round(hostExpected.width)}×${Math.round(hostExpected.height)}`);
  }
  if (expected.length !== actual.length) found.push(`${widget.localName}: ${actual.length} elements instead of ${expected.length}`);
  expected.forEach((look, index) => {
    const other = actual[index];
    if (!other) return;
    PROPERTIES.forEach((property, at) => {
      if (look.style[at] !== other.style[at]) found.push(`${look.path}: ${property} is "${other.style[at]}" instead of "${look.style[at]}"`);
    });
    const shown = (box: number[]) => box[2]! > 0 || box[3]! > 0;
    if ((shown(look.box) || shown(other.box)) && look.box.some((value, at) => Math.abs(value - other.box[at]!) > 1)) {
      found.push(`${look.path}: box ${other.box.map(Math.round).join(',')} instead of ${look.box.map(Math.round).join(',')}`);
    }
  });
  return found;
}

/** Each page, and the widgets not compared on it (with the reason). */
const PAGES: [name: string, url: string, unchecked: readonly string[]][] = [
  ['an aggressive global stylesheet (resets, all: unset, !important fonts and colours)', '/test/pages/hostile-reset.html', []],
  ['a Bootstrap 5 page', '/test/pages/bootstrap.html', []],
  ['a page with a 10px root font size (html { font-size: 62.5% })', '/test/pages/root-font-size.html', []],
];

/** Opens the month calendar's first event, the add-to-calendar menu and the gallery's first album. */
async function openPopups(widgets: Widget[]): Promise<void> {
  const [, month, , , , , , button] = widgets as [Widget, Widget, Widget, Widget, Widget, Widget, Widget, Widget];
  inShadow(month, '[part~="event"]')!.click();
  await waitUntil(() => inShadow<HTMLDialogElement>(month, 'dialog')?.open && inShadow(month, '[part="close"]'), 'the event dialog did not open');
  // The menu is placed beside its button in the viewport: the same place on both pages.
  button.scrollIntoView({ block: 'start', inline: 'start', behavior: 'instant' });
  inShadow(button, '[part="button"]')!.click();
  await waitUntil(() => inShadow(button, '[role="menuitem"]'), 'the add-to-calendar menu did not open');
  await pause(100);
}


/** Waits until the CSS transitions and animations are over (the widgets' own entrance animations, a page's `* { transition: all 2s }` on their hosts). */
async function settledAnimations(doc: Document): Promise<void> {
  await pause(100);
  await Promise.all(shadowRootsIn(doc).flatMap((root) => root.getAnimations()).map((animation) => animation.finished.catch(() => undefined)));
}

describe('hardening: hostile page styles', function () {
  this.timeout(40_000);

  for (const [name, url, unchecked] of PAGES) {
    describe(`on ${name}`, () => {
      let neutral: { frame: HTMLIFrameElement; page: BundlePage; doc: Document };
      let hostile: { frame: HTMLIFrameElement; page: BundlePage; doc: Document };
      let widgets: Widget[];
      let references: Widget[];

      before(async () => {
        [neutral, hostile] = await Promise.all([openBundlePage('/test/pages/neutral.html'), openBundlePage(url)]);
        [widgets, references] = await Promise.all([readyWidgets(hostile.page, 8), readyWidgets(neutral.page, 8)]);
        await Promise.all([settledAnimations(hostile.doc), settledAnimations(neutral.doc)]);
      });
      after(() => {
        hostile.frame.remove();
        neutral.frame.remove();
      });

      it('every widget renders, and each element of its shadow DOM has the styles, size and place it has on a neutral page', () => {
        expect(widgets.map((widget) => widget.localName)).to.deep.equal(references.map((widget) => widget.localName));
        const found = widgets.flatMap((widget, index) => differences(references[index]!, widget, unchecked));
        expect(found.slice(0, 20), `${found.length} differences`).to.deep.equal([]);
        expect(hostile.page.pageErrors, 'errors in the page').to.deep.equal([]);
      });

      it('the event dialog and the add-to-calendar menu look as on a neutral page, and close again', async () => {
        await Promise.all([openPopups(widgets), openPopups(references)]);
        await Promise.all([settledAnimations(hostile.doc), settledAnimations(neutral.doc)]);
        const [, month, , , , , , button] = widgets as [Widget, Widget, Widget, Widget, Widget, Widget, Widget, Widget];
        const dialog = inShadow<HTMLDialogElement>(month, 'dialog')!;
        expect(dialog.getBoundingClientRect().height, 'the dialog is shown').to.be.above(100);
        const found = [1, 7].flatMap((index) => differences(references[index]!, widgets[index]!));

        try {
          expect(found.slice(0, 20), `${found.length} differences`).to.deep.equal([]);
        } finally {
          inShadow(month, '[part="close"]')!.click();
          inShadow(references[1]!, '[part="close"]')!.click();
        }
        await waitUntil(() => !dialog.open, 'the dialog did not close');
        expect(hostile.page.getComputedStyle(dialog).display, 'a closed dialog is not shown (the page shows every dialog)').to.equal('none');
        inShadow(button, '[part="button"]')!.click();
        await waitUntil(() => !inShadow(button, '[role="menuitem"]'), 'the menu did not close');
      });

      it('buttons show their focus ring and take clicks where they are drawn', () => {
        // :focus-visible matches only in a focused document.
        hostile.frame.focus();
        hostile.page.focus();
        const buttons = widgets.flatMap((widget) => [...widget.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], [role="gridcell"][tabindex="0"]')]);
        expect(buttons.length).to.be.above(20);
        let checked = 0;
        for (const button of buttons) {
          const rect = button.getBoundingClientRect();
          if (!rect.width || !rect.height || button.closest('.visually-hidden')) continue;
          button.focus({ focusVisible: true } as FocusOptions);
          expect(button.matches(':focus-visible'), `${button.outerHTML.slice(0, 80)} focused (document focused: ${hostile.doc.hasFocus()})`).to.equal(true);
          const style = hostile.page.getComputedStyle(button);
          expect(style.outlineStyle, `focus ring of ${button.outerHTML.slice(0, 80)}`).to.not.equal('none');
          expect(parseFloat(style.outlineWidth), `focus ring width of ${button.outerHTML.slice(0, 80)}`).to.be.at.least(2);
          // Hit-testing: what is under the button's centre (scrolled into view) is the button.
          button.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
          const { left, top, width, height } = button.getBoundingClientRect();
          const root = button.getRootNode() as ShadowRoot;
          const hit = root.elementFromPoint(left + width / 2, top + height / 2);
          expect(hit && (button === hit || button.contains(hit)), `${button.outerHTML.slice(0, 80)} is covered by ${hit?.outerHTML.slice(0, 80)}`).to.equal(true);
          checked++;
        }
        expect(checked).to.be.above(20);
        (hostile.doc.activeElement as HTMLElement | null)?.blur();
      });

      it('a widget with the hidden attribute stays hidden (the page shows [hidden])', async () => {
        const card = widgets[0]!;
        card.hidden = true;
        expect(card.getBoundingClientRect().height).to.equal(0);
        card.hidden = false;
        expect(card.getBoundingClientRect().height).to.be.above(0);
      });
    });
  }
});

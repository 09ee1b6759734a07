/**
 * Issue #18: long words and URLs wrap in every widget. Each widget is shown on a phone (a 320 and
 * a 375 px wide page, the widget in a container as wide) from the fixture feed whose visible texts
 * carry a 150-character word and a 150-character URL, and must neither scroll sideways nor have
 * anything (an element or a line of text) sticking out of the container: in its shadow root, in
 * those of the widgets nested in it, and in its open dialogs and menus.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/add-to-calendar/define.js';
import '../../src/components/dialogue-banner/define.js';
import '../../src/components/event-calendar/define.js';
import '../../src/components/gallery/define.js';
import '../../src/components/location-map/define.js';
import '../../src/components/org-card/define.js';
import '../../src/components/schedule/define.js';
import type { BalticSchedule } from '../../src/components/schedule/schedule.js';
import type { BalticElement } from '../../src/internal/baltic-element.js';
import { finishAnimations, loadFixtureFeed, settled, shadow, waitUntil } from './helpers.js';
import { helsinki, rendered } from './schedule-helpers.js';

/** One word of 150 letters (no hyphenation point, no break opportunity). */
const WORD = `Long${'w'.repeat(146)}`;
/** A URL of 150 characters, with no character after which a line may break. */
const URL_TEXT = `https://example.org/${'a'.repeat(130)}`;
/** A sentence with both. */
const TEXT = `Before ${WORD} between ${URL_TEXT} after.`;

/** The fixture feed with the long word and the long URL in every text a visitor sees. */
async function longFeed(): Promise<Record<string, any>> {
  const feed = await loadFixtureFeed();
  const organization = feed.organization;
  Object.assign(organization, {
    name: WORD,
    legalName: WORD,
    description: TEXT,
    aims: [TEXT, WORD, URL_TEXT],
    address: { street: WORD, postalCode: '20100', city: WORD, country: 'Finland' },
    // A logo that loads (the fixture's relative path does not).
    logo: { ...organization.logo, src: '/demo/images/logo.svg' },
    // The longest an address allows: a local part of 64 characters, labels of 63.
    email: `${'e'.repeat(64)}@${'m'.repeat(63)}.example.org`,
    // The card shows the website's host name.
    url: `https://${'h'.repeat(63)}.${'o'.repeat(63)}.org/${'p'.repeat(20)}`,
  });
  for (const category of feed.categories) category.name = `${category.id} ${WORD}`;
  for (const location of feed.locations) Object.assign(location, { name: WORD, directions: TEXT, address: { ...location.address, street: WORD } });
  for (const event of feed.events) {
    Object.assign(event, { title: `${event.id} ${WORD}`, summary: TEXT, description: TEXT });
    if (event.price) event.price.note = WORD;
  }
  for (const activity of feed.schedule) {
    Object.assign(activity, { title: `${activity.id} ${WORD}`, description: TEXT, leader: WORD });
    for (const exception of activity.exceptions ?? []) exception.note = WORD;
    if (activity.price) activity.price.note = WORD;
  }
  // Photos that load (the fixture's relative paths do not), and a second album: the chooser lists both.
  const [album] = feed.albums;
  album.photos.forEach((photo: Record<string, unknown>, index: number) =>
    Object.assign(photo, { src: `/demo/images/gallery/new-year-party-2025/${index + 1}.svg`, caption: TEXT, credit: WORD }));
  Object.assign(album, { title: WORD, description: TEXT });
  feed.albums.push({ ...structuredClone(album), id: 'second-album', title: URL_TEXT });
  const festival = feed.festival;
  festival.image.wide.src = '/demo/images/festival-wide.svg';
  festival.image.narrow.src = '/demo/images/festival-narrow.svg';
  Object.assign(festival, { title: { en: WORD, ru: WORD }, tagline: TEXT });
  for (const item of festival.programme) item.title = TEXT;
  for (const action of festival.actions) action.label = WORD;
  return feed;
}

// ————— What sticks out —————

/** The element an element or text node sits in, across shadow boundaries (a shadow root's host). */
const parentOf = (node: Node): Element | null => node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
/** Shown in the top layer (a modal dialog, a popover): laid out in the viewport, not in its parents. */
const inTopLayer = (element: Element) => element.matches('dialog:modal, :popover-open');
const style = (element: Element) => getComputedStyle(element);

/**
 * Cut on purpose, shown to nobody or shortened by design: a visually hidden text (read by screen
 * readers only, clipped to 1 px), and a one-line text shortened with "…" (the lightbox's title bar,
 * a schedule session's place): the visitor sees an ellipsis, not a cut, and the full text elsewhere.
 * Its own box is still checked.
 */
function clippedOnPurpose(element: Element): boolean {
  const { clipPath, textOverflow, whiteSpace } = style(element);
  // `.visually-hidden` and the same declarations inside a widget's own rule (visually-hidden.ts).
  const visuallyHidden = element.classList.contains('visually-hidden') || clipPath === 'inset(50%)';
  return visuallyHidden || (textOverflow === 'ellipsis' && whiteSpace === 'nowrap');
}

/**
 * The nearest ancestor (up to the widget's host) that clips or scrolls what is in it, or null.
 * What is inside it can only show within it: it is that ancestor's box and its sideways scrolling
 * that count. A modal dialog or a popover ends the search: it is not clipped by its parents.
 */
function clipperOf(node: Node, host: Element): Element | null {
  if (node instanceof Element && inTopLayer(node)) return null;
  for (let element = parentOf(node); element && element !== host; element = parentOf(element)) {
    if (style(element).overflowX !== 'visible') return element;
    if (inTopLayer(element)) return null;
  }
  return null;
}

/** Every shadow root of the widget: its own and those of the widgets and parts in it, at any depth. */
function shadowRoots(host: Element): ShadowRoot[] {
  const roots = [shadow(host)];
  for (const root of roots) for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  return roots;
}

/** An element as a selector ("p[part="directions"].directions"). */
const selectorOf = (element: Element): string =>
  `${element.localName}${element.getAttribute('part') ? `[part="${element.getAttribute('part')}"]` : ''}${[...element.classList].map((name) => `.${name}`).join('')}`;
/** An element or a text, with the start of its text. */
const nameOf = (node: Node): string =>
  `${node instanceof Element ? selectorOf(node) : `text in ${selectorOf(node.parentElement!)}`} "${node.textContent!.replace(/\s+/g, ' ').trim().slice(0, 30)}"`;

/**
 * What a visitor would see sticking out (px tolerance 1), as descriptions:
 * - an element's box or a line of text past the left or right edge of the container or, inside an
 *   element that clips or scrolls (overflow other than visible, e.g. a modal dialog), of that element;
 * - an element that clips or scrolls whose content is wider than it is: it scrolls sideways, or cuts
 *   a word without any sign of it.
 */
function stickingOut(host: BalticElement, container: Element): string[] {
  const found: string[] = [];
  const check = (node: Node, rects: DOMRect[], box: DOMRect, boxName: string) => {
    const beyond = rects.filter((rect) => rect.width > 0).map((rect) => Math.max(rect.right - box.right, box.left - rect.left));
    if (Math.max(0, ...beyond) > 1) found.push(`${nameOf(node)} sticks out of ${boxName} by ${Math.round(Math.max(...beyond))} px`);
  };
  for (const root of shadowRoots(host)) {
    for (const element of root.querySelectorAll('*')) {
      if (element instanceof HTMLStyleElement || !element.getClientRects().length) continue; // Not rendered (display: none, a closed dialog).
      // The shapes of an icon are clipped by the <svg> (its viewBox), whose own box is checked; in
      // Firefox a stroked path's box is a little larger than the drawing.
      if (element instanceof SVGElement && !(element instanceof SVGSVGElement)) continue;
      const clipper = clipperOf(element, host);
      if (clipper && clippedOnPurpose(clipper)) continue;
      const [box, boxName] = clipper ? [clipper.getBoundingClientRect(), selectorOf(clipper)] : [container.getBoundingClientRect(), 'the container'];
      check(element, [element.getBoundingClientRect()], box, boxName);
      const clips = style(element).overflowX !== 'visible';
      if (clips && !clippedOnPurpose(element) && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${nameOf(element)} is ${element.scrollWidth - element.clientWidth} px too narrow for its content: it scrolls sideways or cuts it`);
      }
      // The texts of an element that clips them count through its scrolling width, above.
      if (clips) continue;
      for (const text of element.childNodes) {
        if (text.nodeType !== Node.TEXT_NODE || !text.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        check(text, [...range.getClientRects()], box, boxName);
      }
    }
  }
  return found;
}

/** Neither the page nor the widget scrolls sideways, and nothing sticks out of the container. */
function expectWithin(host: BalticElement, container: Element, what: string): void {
  expect(container.getBoundingClientRect().right, 'the container is as wide as the page').to.equal(document.documentElement.clientWidth);
  expect(stickingOut(host, container), `${what}: sticking out`).to.deep.equal([]);
  expect(host.scrollWidth, `${what}: the widget scrolls sideways`).to.be.at.most(host.clientWidth + 1);
  expect(document.documentElement.scrollWidth, `${what}: the page scrolls sideways`).to.be.at.most(document.documentElement.clientWidth + 1);
}

/** Waits for `predicate`: views, dialogs and menus load their code on first use, which may take more than `waitUntil`'s default second on a busy machine. */
const until = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 5000 });
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

// ————— Each widget —————

let width = 0;

/** `template` (one widget) in a container as wide as the phone's page, shown with its feed. */
async function phone<T extends BalticElement>(template: TemplateResult): Promise<{ widget: T; container: HTMLElement }> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const widget = container.firstElementChild as T;
  await settled(widget);
  await nextFrame();
  return { widget, container };
}


for (const phoneWidth of [320, 375]) {
  describe(`long words and URLs on a ${phoneWidth} px phone`, () => {
    let margin = '';
    let overflowY = '';
    before(async () => {
      // The page is the phone: no margin around the container, and the vertical scroll bar's room
      // kept (a long page has one) outside the phone's width, so that the container is the page's width.
      ({ margin } = document.body.style);
      ({ overflowY } = document.documentElement.style);
      document.body.style.margin = '0';
      document.documentElement.style.overflowY = 'scroll';
      const scrollBar = window.innerWidth - document.documentElement.clientWidth;
      await setViewport({ width: phoneWidth + scrollBar, height: 740 });
      await until(() => document.documentElement.clientWidth === phoneWidth, 'the viewport did not change');
      width = phoneWidth;
    });
    after(async () => {
      document.body.style.margin = margin;
      document.documentElement.style.overflowY = overflowY;
      await setViewport({ width: 800, height: 600 });
    });

    it('the feed has the long word and the long URL', () => {
      expect(WORD).to.have.length(150);
      expect(URL_TEXT).to.have.length(150);
    });

    it('baltic-event-calendar: the month with the chosen day\'s events, the list, and an event\'s details', async () => {
      const feed = await longFeed();
      const month = await phone<BalticElement>(html`<baltic-event-calendar lang="en" view="month" date="2026-12-12" .feed=${feed}></baltic-event-calendar>`);
      const $ = (selector: string) => shadow(month.widget).querySelector<HTMLElement>(selector);
      await until(() => $('[part="chosen-day"] [part~="event"]'), 'the chosen day lists no events');
      expect($('[part="chosen-day"]')!.textContent).to.include(WORD);
      expectWithin(month.widget, month.container, 'month');

      $('[part="chosen-day"] [data-key="2026-12-gingerbread-workshop"]')!.click();
      await until(() => shadow(month.widget).querySelector('dialog')?.open && $('[part="description"]'), 'the details did not open');
      const dialog = shadow(month.widget).querySelector('dialog')!;
      await until(() => dialog.querySelector('baltic-add-to-calendar')?.shadowRoot?.querySelector('[part="button"]'), 'no add-to-calendar button');
      await nextFrame();
      expect(dialog.textContent).to.include(URL_TEXT);
      expectWithin(month.widget, month.container, 'the details');

      const list = await phone<BalticElement>(html`<baltic-event-calendar lang="en" view="list" date="2026-12-01" .feed=${feed}></baltic-event-calendar>`);
      await until(() => shadow(list.widget).querySelector('.list [part~="event"]'), 'the list did not load');
      await nextFrame();
      expect(shadow(list.widget).querySelector('.list')!.textContent).to.include(WORD);
      expectWithin(list.widget, list.container, 'list');
    });

    it('baltic-schedule: the day lists and an activity\'s details', async () => {
      const feed = await longFeed();
      const { widget, container } = await phone<BalticSchedule>(html`<baltic-schedule lang="en" .now=${helsinki('2026-12-02T12:00')} .feed=${feed}></baltic-schedule>`);
      await until(() => shadow(widget).querySelector('.days'), 'no day lists');
      expect(shadow(widget).querySelector('.days')!.textContent).to.include(WORD);
      expectWithin(widget, container, 'day lists');
      shadow(widget).querySelector<HTMLButtonElement>('button.session')!.click();
      await until(() => shadow(widget).querySelector('[part="details"]'), 'the details did not open');
      await rendered(widget);
      expect(shadow(widget).querySelector('[part="details"]')!.textContent).to.include(URL_TEXT);
      expectWithin(widget, container, 'details');
    });

    it('baltic-gallery: the albums, an album and the photo viewer', async () => {
      const feed = await longFeed();
      const chooser = await phone<BalticElement>(html`<baltic-gallery lang="en" .feed=${feed}></baltic-gallery>`);
      await until(() => shadow(chooser.widget).querySelectorAll('[part="album"]').length === 2, 'no album chooser');
      expect(shadow(chooser.widget).querySelector('[part="albums"]')!.textContent).to.include(URL_TEXT);
      expectWithin(chooser.widget, chooser.container, 'albums');

      const { widget, container } = await phone<BalticElement>(html`<baltic-gallery lang="en" album="new-year-party-2025" .feed=${feed}></baltic-gallery>`);
      await until(() => shadow(widget).querySelector('[part="thumbnail"]'), 'no photos');
      expect(shadow(widget).querySelector('[part="header"]')!.textContent).to.include(URL_TEXT);
      expectWithin(widget, container, 'album');
      shadow(widget).querySelector<HTMLButtonElement>('[part="thumbnail"]')!.click();
      const lightbox = () => shadow(widget).querySelector<BalticElement>('baltic-gallery-lightbox');
      await until(() => lightbox()?.shadowRoot?.querySelector('dialog')?.open, 'the photo viewer did not open');
      await lightbox()!.updateComplete;
      await nextFrame();
      expect(lightbox()!.shadowRoot!.querySelector('.caption')!.textContent).to.include(WORD);
      expectWithin(widget, container, 'photo viewer');
    });

    it('baltic-org-card: name, description, aims, address, email and website', async () => {
      const { widget, container } = await phone<BalticElement>(html`<baltic-org-card lang="en" .feed=${await longFeed()}></baltic-org-card>`);
      expect(shadow(widget).querySelector('[part="description"]')!.textContent).to.include(URL_TEXT);
      expectWithin(widget, container, 'card');
    });

    it('baltic-location-map: the list of places under the map (before consent: no map is loaded)', async () => {
      // Without consent="page" the map asks first: the list of places is complete and Leaflet is never fetched.
      const { widget, container } = await phone<BalticElement>(html`<baltic-location-map lang="en" .feed=${await longFeed()}></baltic-location-map>`);
      expect(shadow(widget).querySelectorAll('[part="place"]')).to.have.length(3);
      expect(shadow(widget).querySelector('[part="directions"]')!.textContent).to.include(URL_TEXT);
      expectWithin(widget, container, 'places');
    });

    it('baltic-dialogue-banner: title, tagline and today\'s programme, then the album link after the festival', async () => {
      const feed = await longFeed();
      const during = await phone<BalticElement>(html`<baltic-dialogue-banner lang="en" .now=${helsinki('2027-05-09T12:00', '+03:00')} .feed=${feed}></baltic-dialogue-banner>`);
      await until(() => shadow(during.widget).querySelector('baltic-add-to-calendar')?.shadowRoot?.querySelector('[part="button"]'), 'no add-to-calendar button');
      finishAnimations(during.widget);
      expect(shadow(during.widget).querySelector('[part="programme"]')!.textContent).to.include(WORD);
      expectWithin(during.widget, during.container, 'during');
      const after = await phone<BalticElement>(html`<baltic-dialogue-banner lang="en" .now=${helsinki('2027-05-12T12:00', '+03:00')} .feed=${feed}></baltic-dialogue-banner>`);
      finishAnimations(after.widget);
      expect(shadow(after.widget).querySelector('[part="gallery-link"]')!.textContent).to.include(WORD);
      expectWithin(after.widget, after.container, 'after');
    });

    it('baltic-add-to-calendar: the button and its menu, for an event and for a weekly activity with breaks (the menu\'s note)', async () => {
      const feed = await longFeed();
      const event = html`<baltic-add-to-calendar lang="en" event-id="2026-12-advent-concert" .feed=${feed}></baltic-add-to-calendar>`;
      const activity = html`<baltic-add-to-calendar lang="en" activity-id="finnish-conversation-club" .feed=${feed}></baltic-add-to-calendar>`;
      for (const [template, note] of [[event, false], [activity, true]] as const) {
        const { widget, container } = await phone<BalticElement>(template);
        expectWithin(widget, container, 'button');
        shadow(widget).querySelector<HTMLButtonElement>('[part="button"]')!.click();
        await until(() => shadow(widget).querySelector('[part="menu"]')?.matches(':popover-open'), 'the menu did not open');
        await nextFrame();
        expect(!!shadow(widget).querySelector('[part="note"]'), 'a note on the breaks').to.equal(note);
        expectWithin(widget, container, 'menu');
      }
    });
  });
}

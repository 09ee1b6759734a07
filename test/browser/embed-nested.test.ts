/**
 * Buttons inside widgets on a webmaster's page (the one-script embed, built): the festival
 * banner shows its add-to-calendar button's stand-in and loads the button's code only when a
 * visitor reaches for it; an event's or an activity's details load theirs at once. Each comes
 * from its host's build: no second copy of Lit or of the feed spine, no warning. Every test
 * opens a page of its own, where the button's code has not loaded yet.
 */
import { expect } from '@open-wc/testing';
import { finishAnimations, mockUrl, waitUntil } from './helpers.js';
import { inShadow, pause, type Widget } from './bundle-page-helpers.js';
import { fetchedFiles, openEmbedPage, rendered, type EmbedPage } from './embed-helpers.js';

/** The JavaScript the page fetched from outside `bundleFolder` (`bundles/<widget>`), besides the loader and the languages. */
const fetchedElsewhere = (page: EmbedPage, bundleFolder: string) =>
  fetchedFiles(page).filter((file) => file.endsWith('.js') && file !== 'baltic-widgets.js' && !file.startsWith('locales/') && !file.startsWith(bundleFolder));

/** The add-to-calendar button's code among the files the page fetched (in the banner's bundle, `define.js` and the menu). */
const buttonCode = (page: EmbedPage) => fetchedFiles(page).filter((file) => /(add-to-calendar|\/define|calendar-menu)\.js$/.test(file));

/** The element focused in the page, through the shadow roots. */
function deepFocus(page: EmbedPage): Element | null {
  let focused = page.document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

/** A banner alone on a page, rendered, with its add-to-calendar element and the stand-in in it. */
async function bannerPage(options: { width?: number; lang?: string } = {}) {
  const { page } = await openEmbedPage(['dialogue-banner'], { ...options, feed: mockUrl('feed') });
  const [banner] = await rendered(page);
  // Its content slides in: measured where it comes to rest.
  finishAnimations(banner!);
  const host = inShadow<Widget>(banner!, 'baltic-add-to-calendar')!;
  const standIn = host.querySelector<HTMLButtonElement>(':scope > [data-stand-in]')!;
  expect(standIn, 'the stand-in').to.not.equal(null);
  /** The real button, once shown with the feed. */
  const button = () => (host.feedSnapshot?.status === 'ready' ? host.shadowRoot?.querySelector<HTMLElement>('[part="button"]') : null);
  const menuItems = () => [...(host.shadowRoot?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  return { page, host, standIn, button, menuItems };
}

describe('the embed: buttons inside widgets', function () {
  this.timeout(30_000);

  for (const [width, lang, fontSize] of [[320, 'ru'], [375, 'ru'], [1280, 'fi'], [1280, 'ru', '1.25em']] as const) {
    it(`${width} px, ${lang}${fontSize ? `, --baltic-font-size ${fontSize}` : ''}: the banner's button loads only when a pointer reaches it, and takes the stand-in's place without moving`, async () => {
      const { page, host, standIn, button } = await bannerPage({ width, lang });
      if (fontSize) (host.getRootNode() as ShadowRoot).host.setAttribute('style', `--baltic-font-size: ${fontSize}`);
      // The stand-in is a menu button named as the button will be: the words and the festival's title.
      expect(standIn.getAttribute('aria-haspopup')).to.equal('menu');
      const name = standIn.getAttribute('aria-label')!;
      expect(name).to.match(lang === 'ru' ? /^Добавить в календарь: \S/ : /^Lisää kalenteriin: \S/);
      await pause(300);
      expect(page.customElements.get('baltic-add-to-calendar'), 'defined before a visitor reached for it').to.equal(undefined);
      expect(buttonCode(page), 'the button’s code fetched with the banner').to.deep.equal([]);
      const standInBox = standIn.getBoundingClientRect().toJSON();
      const hostBox = host.getBoundingClientRect().toJSON();

      standIn.dispatchEvent(new PointerEvent('pointerenter'));
      await waitUntil(button, 'the button did not take the stand-in’s place', { timeout: 10_000 });
      const box = button()!.getBoundingClientRect().toJSON();
      for (const side of ['x', 'y', 'width', 'height']) expect(box[side], side).to.be.closeTo(standInBox[side], 0.5);
      expect(host.getBoundingClientRect().toJSON()).to.deep.equal(hostBox);
      expect(button()!.getAttribute('aria-label')).to.equal(name);
      expect(standIn.getClientRects().length, 'the stand-in is no longer shown').to.equal(0);
      expect(buttonCode(page).length, 'the button’s code').to.be.above(0);
      expect(fetchedElsewhere(page, 'bundles/dialogue-banner'), 'from another build').to.deep.equal([]);
      expect(page.consoleWarnings).to.deep.equal([]);
    });
  }

  it('by keyboard: the stand-in focused and pressed opens the menu once the code is there, focus on its first entry', async () => {
    const { page, standIn, menuItems } = await bannerPage();
    standIn.focus();
    // What Enter or Space does to a focused button.
    standIn.click();
    await waitUntil(() => menuItems().length, 'the menu did not open', { timeout: 10_000 });
    await waitUntil(() => deepFocus(page) === menuItems()[0], 'focus is not on the first entry');
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('by keyboard: Arrow Up on the stand-in opens the menu at its last entry', async () => {
    const { page, standIn, menuItems } = await bannerPage();
    standIn.focus();
    standIn.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }));
    await waitUntil(() => menuItems().length, 'the menu did not open', { timeout: 10_000 });
    await waitUntil(() => deepFocus(page) === menuItems().at(-1), 'focus is not on the last entry');
  });

  it('focus on the stand-in moves to the button when it arrives; Tab order and name stay', async () => {
    const { page, standIn, button } = await bannerPage();
    standIn.focus();
    await waitUntil(button, 'the button did not arrive', { timeout: 10_000 });
    await waitUntil(() => deepFocus(page) === button(), 'focus did not move to the button');
    expect(button()!.getAttribute('aria-expanded'), 'focused, not opened').to.equal('false');
  });

  it('where the page\'s build has the button already (every widget in one file), the banner shows the button itself and fetches no menu code before a visitor reaches for it', async () => {
    const { page } = await openEmbedPage(['org-card', 'event-calendar', 'schedule', 'gallery', 'location-map', 'dialogue-banner'], { feed: mockUrl('feed') });
    const widgets = await rendered(page);
    const host = inShadow<Widget>(widgets.find((widget) => widget.localName === 'baltic-dialogue-banner')!, 'baltic-add-to-calendar')!;
    await waitUntil(() => host.shadowRoot?.querySelector('[part="button"]'), 'the banner’s button did not show', { timeout: 10_000 });
    await pause(500);
    expect(fetchedFiles(page).filter((file) => file.endsWith('/calendar-menu.js'))).to.deep.equal([]);
  });

  it('an add-to-calendar button the page adds to a banner\'s page comes from the banner\'s build, as the banner\'s own does: one Lit, no warning', async () => {
    const { page, host, standIn, button } = await bannerPage();
    const added = page.document.createElement('baltic-add-to-calendar') as Widget;
    added.setAttribute('event-id', '2026-12-advent-concert');
    added.setAttribute('src', host.getAttribute('src')!);
    page.document.body.append(added);
    await waitUntil(() => added.shadowRoot?.querySelector('[part="button"]') && added.feedSnapshot?.status === 'ready', 'the added button did not show', { timeout: 10_000 });
    standIn.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(button, 'the banner’s button did not take the stand-in’s place', { timeout: 10_000 });
    expect(fetchedElsewhere(page, 'bundles/dialogue-banner'), 'from another build').to.deep.equal([]);
    expect(page.consoleWarnings).to.deep.equal([]);
  });

  it('a press on the stand-in is answered once: after the visitor has moved on, the arriving button neither opens its menu nor takes focus', async () => {
    const { page, standIn, button, menuItems } = await bannerPage();
    const elsewhere = page.document.createElement('input');
    page.document.body.append(elsewhere);
    standIn.focus();
    standIn.click();
    // Before the code arrives (it is still loading: this runs in the same task as the click), the visitor goes to a field of the page.
    elsewhere.focus();
    await waitUntil(button, 'the button did not take the stand-in’s place', { timeout: 10_000 });
    await pause(300);
    expect(menuItems(), 'the menu').to.deep.equal([]);
    expect(page.document.activeElement).to.equal(elsewhere);
  });

  const details = [
    { widget: 'event-calendar', open: '[part~="event"][data-key="2026-12-advent-concert"]', within: 'dialog[open]' },
    { widget: 'schedule', open: 'button.session', within: '[part="details"]' },
  ];
  for (const { widget, open, within } of details) {
    it(`opening details in <baltic-${widget}> alone brings their button from the ${widget}'s own build: no second Lit, no warning`, async () => {
      const { page } = await openEmbedPage([widget], { feed: mockUrl('feed') });
      const [host] = await rendered(page);
      inShadow(host!, open)!.click();
      const nested = () => inShadow<Widget>(host!, `${within} baltic-add-to-calendar`);
      await waitUntil(() => nested()?.feedSnapshot?.status === 'ready' && nested()!.shadowRoot!.querySelector('[part="button"]'), 'the details’ button did not show', { timeout: 10_000 });
      expect(fetchedElsewhere(page, `bundles/${widget}`), 'from another build').to.deep.equal([]);
      expect(page.consoleWarnings).to.deep.equal([]);
    });
  }
});

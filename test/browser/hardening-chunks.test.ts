/**
 * Hardening: lazily loaded chunks that fail to load, as when a CDN fails one file. The built
 * bundle runs in test/pages/neutral.html (an iframe per test); test/middleware/failing-chunks.mjs
 * answers 503 for the chunks named in the `baltic-fail-chunks` cookie. Each failure must end
 * in a clear message (or a plain fallback), the rest of the widget keeps working, no uncaught
 * error, and where the code can try again it works once the file is back.
 */
import { expect } from '@open-wc/testing';
import { loadFixtureFeed, servedFeed, waitUntil } from './helpers.js';
import { inShadow, openBundlePage, pause, type BundlePage, type Widget } from './bundle-page-helpers.js';

const failChunks = (...names: string[]) => {
  document.cookie = names.length ? `baltic-fail-chunks=${names.join(',')}; path=/` : 'baltic-fail-chunks=; path=/; max-age=0';
};

/** A widget of the bundle, added to the page, once it shows its feed. */
async function addWidget(page: BundlePage, tag: string, attributes: Record<string, string>): Promise<Widget> {
  await waitUntil(() => page.customElements.get(tag), `${tag} is not defined`, { timeout: 10_000 });
  const widget = page.document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  page.document.body.prepend(widget);
  await waitUntil(() => widget.feedSnapshot?.status === 'ready' && !widget.shadowRoot?.querySelector('[aria-busy="true"], .sk-view'), `${tag} did not render`, { timeout: 10_000 });
  return widget;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('hardening: lazy chunks that fail to load', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  let page: BundlePage;
  /** The files the page saved (the downloads themselves are stopped). */
  let downloads: string[];

  /** The bundle from a failing CDN of its own (see test/middleware/failing-chunks.mjs), on a page with every widget or none. */
  const openPage = async (name = 'neutral') => {
    frame?.remove();
    ({ frame, page } = await openBundlePage(`/failing-cdn/${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}/test/pages/${name}.html`));
    downloads = [];
    const frameWindow = page as unknown as typeof globalThis;
    const originalClick = frameWindow.HTMLAnchorElement.prototype.click;
    frameWindow.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) downloads.push(this.download);
      else originalClick.call(this);
    };
  };
  beforeEach(() => openPage());
  afterEach(() => {
    failChunks();
    frame?.remove();
  });

  it('the add-to-calendar menu chunk: a visible message under the button; it opens once the file is back', async () => {
    failChunks('calendar-menu');
    const button = await addWidget(page, 'baltic-add-to-calendar', { lang: 'en', 'event-id': '2026-12-advent-concert', src: '/test/fixtures/feed.json' });
    inShadow(button, '[part="button"]')!.click();
    await waitUntil(() => inShadow(button, '[part="problem"]'), 'no message');
    expect(text(inShadow(button, '[part="problem"]'))).to.equal('A part of the widget could not be loaded. Reload the page to try again.');
    expect(inShadow(button, '[part="problem"]')!.getBoundingClientRect().height, 'the message is visible').to.be.above(0);
    expect(inShadow(button, '[role="menuitem"]')).to.equal(null);

    // Once the file is back: the menu opens (Firefox tries the import again), or, where the browser keeps the
    // failed import for the page's life (Chromium), the same message comes again: never nothing.
    failChunks();
    inShadow(button, '[part="button"]')!.click();
    await waitUntil(() => inShadow(button, '[role="menuitem"], [part="problem"]'), 'neither the menu nor a message after a second try');
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the banner\'s add-to-calendar button: pressing its stand-in says, in the banner\'s language, that it could not be loaded', async () => {
    // In the banner's bundle the button is the chunk `define.js`, loaded when a visitor reaches for it.
    failChunks('define');
    await openPage('loader-only');
    const banner = page.document.createElement('baltic-dialogue-banner') as Widget;
    banner.setAttribute('lang', 'ru');
    banner.setAttribute('src', '/test/fixtures/feed.json');
    page.document.body.append(banner);
    await waitUntil(() => inShadow(banner, 'baltic-add-to-calendar > [data-stand-in]'), 'no stand-in', { timeout: 10_000 });
    const standIn = inShadow(banner, 'baltic-add-to-calendar > [data-stand-in]')!;
    standIn.click();
    await waitUntil(() => inShadow(banner, '[part="chunk-error"]'), 'no message', { timeout: 10_000 });
    const notice = inShadow(banner, '[part="chunk-error"]')!;
    expect(text(notice)).to.equal('Не удалось загрузить часть виджета. Перезагрузите страницу, чтобы попробовать снова.');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.getBoundingClientRect().height, 'the message is visible').to.be.above(0);

    // Once the file is back: the menu opens (Firefox tries the import again), or the same message (Chromium keeps the failed import): never nothing, never two.
    failChunks();
    standIn.click();
    const menu = () => inShadow(banner, 'baltic-add-to-calendar')!.shadowRoot?.querySelector('[role="menuitem"]');
    await waitUntil(() => menu() || inShadow(banner, '[part="chunk-error"]'), 'neither the menu nor a message after a second try', { timeout: 10_000 });
    await pause(300);
    expect(banner.shadowRoot!.querySelectorAll('[part="chunk-error"]').length).to.be.at.most(1);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the banner\'s add-to-calendar button on a slow network: its stand-in pressed shows the press was heard until the menu opens', async () => {
    document.cookie = 'baltic-slow-chunks=define; path=/';
    try {
      await openPage('loader-only');
      const banner = page.document.createElement('baltic-dialogue-banner') as Widget;
      banner.setAttribute('src', '/test/fixtures/feed.json');
      page.document.body.append(banner);
      await waitUntil(() => inShadow(banner, 'baltic-add-to-calendar > [data-stand-in]'), 'no stand-in', { timeout: 10_000 });
      const standIn = inShadow(banner, 'baltic-add-to-calendar > [data-stand-in]')!;
      const view = page as unknown as typeof globalThis;
      expect(view.getComputedStyle(standIn).cursor, 'at rest').to.equal('pointer');
      standIn.click();
      // The button's code is 1.5 s away: the stand-in waits visibly (the chevron nods unless the visitor asks for less motion).
      expect(view.getComputedStyle(standIn).cursor).to.equal('progress');
      const nodding = view.getComputedStyle(standIn.querySelector('.chevron')!).animationName;
      expect(nodding).to.equal(view.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'none' : 'pending');
      const menu = () => inShadow(banner, 'baltic-add-to-calendar')!.shadowRoot?.querySelector('[role="menuitem"]');
      await waitUntil(menu, 'the menu did not open once the code arrived', { timeout: 10_000 });
      expect(standIn.getClientRects().length, 'the stand-in is gone').to.equal(0);
      expect(page.pageErrors).to.deep.equal([]);
    } finally {
      document.cookie = 'baltic-slow-chunks=; path=/; max-age=0';
    }
  });

  it('a view whose code comes late: the calendar\'s and the schedule\'s skeleton until the view is there, then all at once, never a toolbar over a placeholder', async () => {
    // The feed is there at once; the views' files arrive 1.5 s late (a week calendar alone on the page: its bundle has the month, the week comes apart).
    document.cookie = 'baltic-slow-chunks=week-view,schedule-view; path=/';
    try {
      await openPage('loader-only');
      const feed = await loadFixtureFeed();
      const widgets = ['baltic-event-calendar', 'baltic-schedule'].map((tag) => {
        const widget = page.document.createElement(tag) as Widget & { feed?: object };
        widget.setAttribute('lang', 'en');
        widget.setAttribute(tag === 'baltic-schedule' ? 'week' : 'date', '2026-12-07');
        if (tag === 'baltic-event-calendar') widget.setAttribute('view', 'week');
        widget.feed = feed;
        page.document.body.append(widget);
        return widget;
      });
      // What each widget shows at every change of its shadow root, before the browser paints it.
      const partial: string[] = [];
      const view = (widget: Widget) => widget.shadowRoot!.querySelector('[part="week"], [part="day"]');
      const check = (widget: Widget) => {
        if (widget.shadowRoot!.querySelector('[part="toolbar"]') && !view(widget)) partial.push(`${widget.localName}: ${widget.shadowRoot!.querySelector('[part="base"]')?.innerHTML.slice(0, 300)}`);
      };
      await waitUntil(() => widgets.every((widget) => widget.shadowRoot), 'the widgets were not defined', { timeout: 10_000 });
      const observers = widgets.map((widget) => {
        check(widget);
        const observer = new MutationObserver(() => check(widget));
        observer.observe(widget.shadowRoot!, { childList: true, subtree: true, attributes: true });
        return observer;
      });
      await waitUntil(() => widgets.every((widget) => widget.feedSnapshot?.status === 'ready' && widget.shadowRoot!.querySelector('[part="base"][aria-busy="true"] .skeleton')), 'the skeletons while the views load', { timeout: 10_000 });
      await waitUntil(() => widgets.every(view), 'the views did not show', { timeout: 10_000 });
      observers.forEach((observer) => observer.disconnect());
      expect(partial, 'a toolbar over a placeholder').to.deep.equal([]);
      expect(page.pageErrors).to.deep.equal([]);
    } finally {
      document.cookie = 'baltic-slow-chunks=; path=/; max-age=0';
    }
  });

  it('the iCal chunk: saving the .ics file says it failed, visibly; it saves once the file is back', async () => {
    failChunks('calendar-file');
    const button = await addWidget(page, 'baltic-add-to-calendar', { lang: 'en', 'event-id': '2026-12-advent-concert', src: '/test/fixtures/feed.json' });
    inShadow(button, '[part="button"]')!.click();
    await waitUntil(() => inShadow(button, 'button[role="menuitem"]'), 'the menu did not open', { timeout: 3000 }).catch(() => {
      throw new Error(`the menu did not open: ${text(button.shadowRoot as unknown as Element)}`);
    });
    inShadow(button, 'button[role="menuitem"]')!.click();
    await waitUntil(() => inShadow(button, '[part="problem"]'), 'no message');
    expect(text(inShadow(button, '[part="problem"]'))).to.equal('The calendar file could not be made. Reload the page to try again.');

    failChunks();
    inShadow(button, '[part="button"]')!.click();
    await waitUntil(() => inShadow(button, 'button[role="menuitem"]'), 'the menu did not open again');
    expect(inShadow(button, '[part="problem"]')).to.equal(null);
    inShadow(button, 'button[role="menuitem"]')!.click();
    // Saved (Firefox tries the import again), or the message again (Chromium keeps the failed import).
    await waitUntil(
      () => text(inShadow(button, '[role="status"]')).includes('The calendar file was saved') || inShadow(button, '[part="problem"]'),
      'neither saved nor a message after a second try',
    );
    expect(downloads.length + (inShadow(button, '[part="problem"]') ? 1 : 0)).to.equal(1);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the iCal chunk: the calendar says its export failed, and stays navigable; the export works once the file is back', async () => {
    failChunks('calendar-file');
    const calendar = await addWidget(page, 'baltic-event-calendar', { lang: 'en', view: 'month', date: '2026-12', src: '/test/fixtures/feed.json' });
    inShadow(calendar, '[part="export"]')!.click();
    await waitUntil(() => inShadow(calendar, '[part="export-problem"]'), 'no message');
    expect(text(inShadow(calendar, '[part="export-problem"]'))).to.equal('The calendar file could not be made. Reload the page to try again.');
    const title = text(inShadow(calendar, '[part="title"]'));
    inShadow(calendar, '[part="next"]')!.click();
    await waitUntil(() => text(inShadow(calendar, '[part="title"]')) !== title, 'the calendar does not move on');
    expect(text(inShadow(calendar, '[part="title"]'))).to.contain('January 2027');

    failChunks();
    inShadow(calendar, '[part="export"]')!.click();
    await pause(300);
    await waitUntil(() => downloads.length === 1 || inShadow(calendar, '[part="export-problem"]'), 'neither exported nor a message after a second try');
    if (downloads.length) expect(inShadow(calendar, '[part="export-problem"]'), 'no message once exported').to.equal(null);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the sanitizer chunk: a rich description is shown as plain text, without its markup', async () => {
    failChunks('rich-text');
    const calendar = await addWidget(page, 'baltic-event-calendar', { lang: 'en', view: 'month', date: '2027-06', src: '/demo/feed.json' });
    const chip = [...calendar.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].find((element) => /camp/i.test(element.textContent ?? ''));
    expect(chip, 'the summer camp in June 2027').to.not.equal(undefined);
    chip!.click();
    await waitUntil(() => inShadow<HTMLDialogElement>(calendar, 'dialog')?.open, 'the dialog did not open');
    await waitUntil(() => inShadow(calendar, '[part="description"] p'), 'the description was not shown as text');
    const description = inShadow(calendar, '[part="description"]')!;
    expect(description.querySelector('.skeleton'), 'no endless placeholder').to.equal(null);
    expect(description.textContent).to.not.match(/<\/?[a-z]+/i);
    expect(text(description).length).to.be.above(40);
    expect(description.querySelectorAll('*:not(p)'), 'only text paragraphs').to.have.length(0);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the Leaflet chunk: the map says it could not be loaded and the places stay listed', async () => {
    failChunks('leaflet-map');
    const map = await addWidget(page, 'baltic-location-map', { lang: 'en', consent: 'page', src: '/test/fixtures/feed.json', 'tile-url': '/__tiles/{z}/{x}/{y}.png?id=chunks' });
    await waitUntil(() => inShadow(map, '[part="map-notice"]'), 'no message', { timeout: 5000 });
    expect(text(inShadow(map, '[part="map-notice"]'))).to.equal('The map could not be loaded. The addresses and directions are listed below.');
    expect(map.shadowRoot!.querySelectorAll('[part="place"]')).to.have.length(3);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the Leaflet chunk after "Show map": focus goes to the message, not back to the page', async () => {
    failChunks('leaflet-map');
    const map = await addWidget(page, 'baltic-location-map', { lang: 'en', consent: '', src: '/test/fixtures/feed.json', 'tile-url': '/__tiles/{z}/{x}/{y}.png?id=chunks-consent' });
    inShadow(map, '[part="show-map"]')!.focus();
    inShadow(map, '[part="show-map"]')!.click();
    await waitUntil(() => inShadow(map, '[part="map-notice"]'), 'no message', { timeout: 5000 });
    await waitUntil(() => map.shadowRoot!.activeElement === inShadow(map, '[part="map-notice"]'), `focus went to ${page.document.activeElement?.localName}`);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the lightbox chunk: a photo clicked says, in the widget\'s language, that the viewer could not be loaded; the grid stays', async () => {
    failChunks('lightbox');
    const gallery = await addWidget(page, 'baltic-gallery', { lang: 'ru', album: 'new-year-party-2025', src: '/test/fixtures/feed.json' });
    const thumbnails = () => gallery.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="thumbnail"]');
    expect(thumbnails().length).to.be.above(1);
    thumbnails()[1]!.click();
    await waitUntil(() => inShadow(gallery, '[part="chunk-error"]'), 'no message', { timeout: 5000 });
    expect(text(inShadow(gallery, '[part="chunk-error"]'))).to.equal('Не удалось загрузить часть виджета. Перезагрузите страницу, чтобы попробовать снова.');
    expect(inShadow(gallery, '[part="chunk-error"]')!.getAttribute('role')).to.equal('alert');
    expect(inShadow(gallery, '[part="chunk-error"]')!.getBoundingClientRect().height, 'the message is visible').to.be.above(0);
    expect(thumbnails().length, 'the photos stay').to.be.above(1);

    // Once the file is back, another photo: the viewer (Firefox imports again), or where the browser keeps the
    // failed import for the page's life (Chromium), the message again: never nothing.
    failChunks();
    thumbnails()[0]!.click();
    await waitUntil(() => inShadow(gallery, 'baltic-gallery-lightbox, [part="chunk-error"]'), 'neither the viewer nor the message');
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('a language chunk: the widget shows its feed with English interface texts, no error', async () => {
    failChunks('fi');
    const card = await addWidget(page, 'baltic-org-card', { lang: 'fi', src: '/test/fixtures/feed.json' });
    expect(text(inShadow(card, '[part="name"]'))).to.contain('Baltic Region ry');
    expect(card.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the lenient validation\'s chunk: a feed with a bad item says, in the widget\'s language, that a part could not be loaded, with Try again; a feed without problems is shown all the same', async () => {
    failChunks('lenient-validation');
    const feed = await loadFixtureFeed();
    feed.events.push({ id: 'no-title', start: '2027-01-10T10:00' });
    const card = page.document.createElement('baltic-org-card') as Widget;
    card.setAttribute('lang', 'fi');
    card.setAttribute('src', await servedFeed(feed));
    page.document.body.prepend(card);
    await waitUntil(() => inShadow(card, '[part="error"]'), 'no error shown', { timeout: 10_000 });
    expect(text(inShadow(card, '[part="error"]'))).to.contain('Osaa pienoisohjelmasta ei voitu ladata.');
    expect(inShadow(card, '[part="retry"]'), 'Try again').to.exist;
    expect(inShadow(card, '[aria-busy="true"], .skeleton'), 'no endless placeholder').to.equal(null);
    // The fixture feed has no problem: it needs no such chunk.
    const clean = await addWidget(page, 'baltic-org-card', { lang: 'fi', src: '/test/fixtures/feed.json' });
    expect(text(inShadow(clean, '[part="name"]'))).to.contain('Baltic Region ry');

    // Once the file is back, Try again validates the feed (Firefox imports again), or where the browser keeps
    // the failed import for the page's life (Chromium), says so again: never a skeleton, never an uncaught error.
    failChunks();
    inShadow(card, '[part="retry"]')!.click();
    await waitUntil(() => card.feedSnapshot?.status === 'ready' || (card.feedSnapshot?.status === 'error' && card.feedSnapshot.error?.kind === 'chunk' && inShadow(card, '[part="retry"]')), 'neither the feed nor the notice', { timeout: 10_000 });
    if (card.feedSnapshot?.status === 'ready') expect(card.feedSnapshot.problems!.map(({ path }) => path)).to.include(`events[${feed.events.length - 1}].title`);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('a calendar view chunk: the notice in the widget\'s language where the view would be; the view once the file is back', async () => {
    // The page's own widgets load their views at once: the chunk fails from the page's start.
    failChunks('month-view');
    await openPage();
    const calendar = await addWidget(page, 'baltic-event-calendar', { lang: 'fi', view: 'month', date: '2026-12', src: '/test/fixtures/feed.json' });
    await waitUntil(() => inShadow(calendar, '[part="chunk-error"]'), 'no message')
    expect(text(inShadow(calendar, '[part="chunk-error"]'))).to.equal('Osaa pienoisohjelmasta ei voitu ladata. Yritä uudelleen päivittämällä sivu.');
    expect(inShadow(calendar, '[part="chunk-error"]')!.getAttribute('role')).to.equal('alert');
    expect(inShadow(calendar, '.sk-view'), 'no endless placeholder').to.equal(null);

    // Once the file is back, moving on tries again: the month (Firefox imports again), or where the browser
    // keeps the failed import for the page's life (Chromium), the notice again: never nothing, never a skeleton.
    failChunks();
    inShadow(calendar, '[part="next"]')!.click();
    await waitUntil(() => text(inShadow(calendar, '[part="title"]')).includes('2027'), 'the calendar does not move on');
    await waitUntil(() => inShadow(calendar, '[part="month"], [part="chunk-error"]') && !inShadow(calendar, '.sk-view'), 'neither the month nor the notice');
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the schedule\'s view chunk: the widget says the timetable could not be loaded, in its language', async () => {
    failChunks('schedule-view');
    // In the embed's bundles the view is in the schedule's file; it is a chunk of its own in the shared
    // build, where a schedule comes from when the page's first widget was another one.
    await openPage('loader-only');
    const card = page.document.createElement('baltic-org-card');
    card.setAttribute('src', '/test/fixtures/feed.json');
    page.document.body.append(card);
    await waitUntil(() => page.customElements.get('baltic-org-card'), 'the card was not loaded', { timeout: 10_000 });
    const schedule = page.document.createElement('baltic-schedule') as Widget;
    schedule.setAttribute('lang', 'en');
    schedule.setAttribute('src', '/test/fixtures/feed.json');
    page.document.body.append(schedule);
    await waitUntil(() => inShadow(schedule, '[part="error"]'), 'no message', { timeout: 10_000 });
    expect(text(inShadow(schedule, '[part="error"]'))).to.contain('The timetable could not be loaded.');
    expect(text(inShadow(schedule, '[part="error"]'))).to.contain('A part of the widget could not be loaded. Reload the page to try again.');
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the schedule\'s details chunk: no first paint fetches it; opening an activity says, in place, that they could not be loaded', async () => {
    failChunks('schedule-details');
    await openPage();
    const schedule = await addWidget(page, 'baltic-schedule', { lang: 'en', week: '2026-12-07', src: '/test/fixtures/feed.json' });
    const detailsFetched = () => (page as unknown as typeof globalThis).performance.getEntriesByType('resource').some((entry) => /\/schedule-details\.js$/.test(entry.name));
    expect(detailsFetched(), 'the timetable shows without the details').to.equal(false);
    const sessions = [...schedule.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.session')];
    sessions[0]!.click();
    await waitUntil(() => inShadow(schedule, '[part="details"] [part="chunk-error"]'), 'no message');
    expect(text(inShadow(schedule, '[part="details"] [part="chunk-error"]'))).to.equal('A part of the widget could not be loaded. Reload the page to try again.');
    expect(inShadow(schedule, '[part="details"]')!.getAttribute('aria-busy'), 'no endless loading').to.equal('false');
    expect(sessions[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(detailsFetched()).to.equal(true);

    // Once the file is back, opening another activity tries again: its details (Firefox imports again), or where the
    // browser keeps the failed import for the page's life (Chromium), the notice again: never an endless loading panel.
    failChunks();
    sessions[1]!.click();
    await waitUntil(() => inShadow(schedule, '[part="details"] [part="next"], [part="details"] [part="chunk-error"]'), 'neither the details nor the notice');
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the calendar filters\' chunk: a search says the part could not be loaded instead of listing everything as if it matched', async () => {
    failChunks('calendar-filters');
    await openPage();
    const calendar = await addWidget(page, 'baltic-event-calendar', { lang: 'en', view: 'list', date: '2026-12', src: '/test/fixtures/feed.json' });
    const search = inShadow<HTMLInputElement>(calendar, '[part="search"]')!;
    search.value = 'concert';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => inShadow(calendar, '[part="chunk-error"]'), 'no message');
    expect(text(inShadow(calendar, '[part="chunk-error"]'))).to.equal('A part of the widget could not be loaded. Reload the page to try again.');
    expect(page.pageErrors).to.deep.equal([]);
  });
});

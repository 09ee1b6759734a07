/**
 * The one-script embed as a webmaster's page gets it: the BUILT dist/cdn (npm test builds it
 * first) on a plain partner page with the README's snippet (test/middleware/embed-page.mjs),
 * each page in an iframe of its own. What the page fetched is read from its Resource Timing
 * entries; feed requests are counted by the mock server.
 */
import { expect } from '@open-wc/testing';
import { IDLE_CHUNKS } from '../../scripts/idle-chunks.mjs';
import { mockUrl, requestCount, waitUntil } from './helpers.js';
import { inShadow, pause, type Widget } from './bundle-page-helpers.js';
import { embedFile, entryFiles, fetchedFiles, openEmbedPage, rendered } from './embed-helpers.js';

const ALL = ['org-card', 'event-calendar', 'schedule', 'gallery', 'location-map', 'dialogue-banner', 'add-to-calendar'] as const;
type WidgetName = (typeof ALL)[number];

/** Chunks that belong to one widget only (a view, a widget's own parts), in the shared build's `chunks/` or a bundle's folder. */
const WIDGET_OWN_CHUNKS: Partial<Record<WidgetName, RegExp>> = {
  'event-calendar': /\/(month-view|week-view|list-view|calendar-[a-z-]+)\d*\.js$/,
  schedule: /\/schedule-[a-z-]+\d*\.js$/,
};

describe('the one-script embed (dist/cdn)', () => {
  for (const name of ALL) {
    it(`a page with only <baltic-${name}> fetches none of the other widgets' modules`, async () => {
      const feed = mockUrl('feed');
      const { page } = await openEmbedPage([name], { feed });
      await rendered(page);
      const files = fetchedFiles(page);
      // The widget alone in one file, with all it needs at start.
      expect(files).to.include(`bundles/${name}.js`);
      expect(entryFiles(files).filter((file) => file !== `bundles/${name}.js`)).to.deep.equal([]);
      for (const [other, pattern] of Object.entries(WIDGET_OWN_CHUNKS)) {
        if (other !== name) expect(files.filter((file) => pattern.test(file)), `chunks of ${other}`).to.deep.equal([]);
      }
      expect(await requestCount(feed)).to.equal(1);
      // The load event comes once the feed's warnings are checked too (the page is idle by then).
      await waitUntil(() => page.feedLoads.length, 'no baltic-feed-load', { timeout: 10_000 });
      expect(page.feedLoads).to.deep.equal([`baltic-${name}`]);
    });
  }

  it('every widget on one page shares one feed request, also the nested buttons and an opened event', async () => {
    const feed = mockUrl('feed', { delay: '150' });
    const { page } = await openEmbedPage(ALL, { feed });
    const widgets = await rendered(page);
    expect(widgets.map((widget) => widget.localName)).to.deep.equal(ALL.map((name) => `baltic-${name}`));
    // All of them in one file costs less than a file per widget with chunks between them.
    expect(entryFiles(fetchedFiles(page))).to.deep.equal(['bundles/all.js']);
    const banner = widgets.find((widget) => widget.localName === 'baltic-dialogue-banner')!;
    // In the file with every widget, the banner's button is defined before the banner shows it (no stand-in).
    const nestedButton = inShadow<Widget>(banner, 'baltic-add-to-calendar')!;
    await waitUntil(() => nestedButton.feedSnapshot?.status === 'ready', 'the banner’s button did not show its feed', { timeout: 10_000 });
    // Open an event in the calendar: its dialog has an add-to-calendar button of its own.
    const calendar = widgets.find((widget) => widget.localName === 'baltic-event-calendar')!;
    inShadow(calendar, '[part~="event"][data-key="2026-12-advent-concert"]')!.click();
    await waitUntil(() => inShadow<Widget>(calendar, 'dialog[open] baltic-add-to-calendar')?.feedSnapshot?.status === 'ready', 'the dialog’s button did not show its feed', { timeout: 10_000 });
    await pause(300);
    expect(await requestCount(feed)).to.equal(1);
    // Validated once: every widget, nested ones too, shows the one feed object the check gave (a second check would give another).
    const shown = new Set([...widgets, nestedButton, inShadow<Widget>(calendar, 'dialog[open] baltic-add-to-calendar')!].map((widget) => widget.feedSnapshot?.feed));
    expect(shown.size, 'feed objects among the widgets').to.equal(1);
    // One load, one event per widget the page placed: none from the nested buttons (they cross into the page from their hosts).
    await waitUntil(() => page.feedLoads.length >= ALL.length, 'a widget fired no baltic-feed-load', { timeout: 10_000 });
    expect([...page.feedLoads].sort()).to.deep.equal(ALL.map((name) => `baltic-${name}`).sort());
  });

  it('defines nothing eagerly: the loader alone, on a page without widgets, fetches no widget', async () => {
    const { page } = await openEmbedPage([]);
    await pause(300);
    expect(fetchedFiles(page)).to.deep.equal(['baltic-widgets.css', 'baltic-widgets.js']);
    expect(page.customElements.get('baltic-org-card')).to.equal(undefined);
  });

  it('loads a widget added later, and one in a page’s own shadow root handed to balticWidgets.discover()', async () => {
    const { page, doc } = await openEmbedPage([]);
    await waitUntil(() => page.balticWidgets, 'the loader did not run', { timeout: 10_000 });
    const card = doc.createElement('baltic-org-card');
    card.setAttribute('src', '/test/fixtures/feed.json');
    doc.body.append(card);
    const host = doc.createElement('div');
    doc.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    page.balticWidgets!.discover(root);
    root.innerHTML = '<baltic-gallery src="/test/fixtures/feed.json"></baltic-gallery>';
    await waitUntil(() => page.customElements.get('baltic-org-card') && page.customElements.get('baltic-gallery'), 'the widgets added later were not loaded', { timeout: 10_000 });
    await waitUntil(() => (root.firstElementChild as Widget).feedSnapshot?.status === 'ready', 'the gallery in the shadow root did not render', { timeout: 10_000 });
  });

  it('stays harmless when the script is loaded twice: one copy of each widget, no error, no warning', async () => {
    const { page } = await openEmbedPage(['org-card'], { twice: true });
    await rendered(page);
    expect(fetchedFiles(page).filter((file) => file === 'bundles/org-card.js')).to.have.length(1);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.consoleWarnings).to.deep.equal([]);
  });

  it('a page with two small widgets takes a file per widget with shared chunks, when that costs less than all in one', async () => {
    const feed = mockUrl('feed');
    const { page } = await openEmbedPage(['org-card', 'add-to-calendar'], { feed });
    await rendered(page);
    const files = fetchedFiles(page);
    expect(entryFiles(files).sort()).to.deep.equal(['widgets/add-to-calendar.js', 'widgets/org-card.js']);
    expect(files).to.include('chunks/feed-spine.js');
    expect(await requestCount(feed)).to.equal(1);
  });

  it('a widget of another kind added later comes from the shared build and shares the first one’s feed request', async () => {
    const feed = mockUrl('feed', { delay: '300' });
    const { page, doc } = await openEmbedPage(['org-card'], { feed });
    // Added while the card's request is still running, and again once it has been answered.
    const early = doc.createElement('baltic-gallery');
    early.setAttribute('src', feed);
    doc.body.append(early);
    await rendered(page);
    const late = doc.createElement('baltic-schedule');
    late.setAttribute('src', feed);
    doc.body.append(late);
    await rendered(page);
    const files = fetchedFiles(page);
    expect(files).to.include('bundles/org-card.js');
    expect(files).to.include('widgets/gallery.js');
    expect(files).to.include('widgets/schedule.js');
    expect(await requestCount(feed)).to.equal(1);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('preloads what a widget needs in parallel: its language and the calendar’s view', async () => {
    const { page, doc } = await openEmbedPage([]);
    await waitUntil(() => page.balticWidgets, 'the loader did not run', { timeout: 10_000 });
    doc.body.insertAdjacentHTML('beforeend', '<div lang="ru"><baltic-event-calendar view="week" src="/test/fixtures/feed.json"></baltic-event-calendar></div>');
    await waitUntil(() => doc.head.querySelector('link[rel="modulepreload"]'), 'no module preload hints', { timeout: 10_000 });
    const hints = [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname.replace(/^.*\//, ''));
    expect(hints).to.include('ru.js');
    expect(hints).to.include('week-view.js');
    expect(hints.filter((file) => /^(month-view|fi)\.js$/.test(file))).to.deep.equal([]);
  });

  it('hints every file the calendar’s first view and its language need, the chunks they import too: none waits for another', async () => {
    const { page, doc } = await openEmbedPage([], { lang: 'ru' });
    await waitUntil(() => page.balticWidgets, 'the loader did not run', { timeout: 10_000 });
    // The week: a view in a chunk of its own in every build (the month and the list come in the calendar's file).
    // A feed of its own: no copy saved by another test's page (that would show first, with the notice of older data).
    doc.body.insertAdjacentHTML('beforeend', `<baltic-event-calendar view="week" date="2026-12-07" src="${mockUrl('feed')}"></baltic-event-calendar>`);
    await rendered(page);
    // The translators' words, from the XLIFF file (the built messages carry short ids: their keys must meet).
    const xliff = new DOMParser().parseFromString(await (await fetch('/locales/ru.xlf')).text(), 'application/xml');
    const russian = (id: string) => xliff.querySelector(`trans-unit[id="${id}"] target`)!.textContent!;
    const shown = page.document.querySelector('baltic-event-calendar')!.shadowRoot!.textContent!;
    for (const id of ['calendar.today', 'calendar.view.month', 'calendar.view.week']) expect(shown, `the calendar says ${id} in Russian`).to.include(russian(id));
    const hinted = new Set([...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => embedFile(new URL(link.href).pathname)));
    const files = fetchedFiles(page);
    // Not the chunks loaded once the page is idle (the saved copy's writer, the check of skipped local times): no view waits for them.
    // Nor the check, which this feed without a stamp needs: it starts loading with the feed's first bytes, which no hint can know before.
    const fetched = files.filter((file) => file.endsWith('.js') && file !== 'baltic-widgets.js' && !entryFiles(files).includes(file) && !IDLE_CHUNKS.test(file) && !file.endsWith('/feed-validation.js'));
    expect(fetched.some((file) => file.endsWith('/week-view.js')), 'the week view was fetched').to.equal(true);
    expect(fetched.filter((file) => !hinted.has(file)), 'fetched without a hint').to.deep.equal([]);
  });

  for (const [width, view, bundle] of [[1000, 'month', 'bundles/event-calendar.js'], [375, 'list', 'bundles/event-calendar-list.js']] as const) {
    it(`a calendar ${width} px wide, which shows the ${view} first, takes the build with the ${view} in its own file: no file for the view`, async () => {
      const { page } = await openEmbedPage(['event-calendar'], { width, feed: mockUrl('feed') });
      const [calendar] = await rendered(page);
      expect(calendar!.shadowRoot!.querySelector(view === 'month' ? '[role="grid"]' : '[part~="event"]'), `the ${view}`).to.not.equal(null);
      const files = fetchedFiles(page);
      expect(entryFiles(files)).to.deep.equal([bundle]);
      expect(files.filter((file) => /-view\.js$/.test(file)), 'view files').to.deep.equal([]);
    });
  }

  it('marks the code a calendar runs at once for compiling as it arrives (V8 compile hints), not its language or the dialog it loads on a click', async () => {
    const { page } = await openEmbedPage(['event-calendar'], { lang: 'fi', feed: mockUrl('feed') });
    const [calendar] = await rendered(page);
    const startsWithHint = async (file: string) => {
      const url = page.performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(`/${file}`))!.name;
      return (await (await fetch(url)).text()).startsWith('//# allFunctionsCalledOnLoad\n');
    };
    const files = fetchedFiles(page);
    // The widget's code with everything it needs at start, its month view included: the big file that runs at once.
    const code = entryFiles(files);
    expect(code, 'the calendar with its month view').to.deep.equal(['bundles/event-calendar.js']);
    expect(await startsWithHint(code[0]!), code[0]).to.equal(true);
    expect(files.filter((file) => file.startsWith('locales/')), 'the Finnish messages were fetched').to.deep.equal(['locales/fi.js']);
    expect(await startsWithHint('locales/fi.js'), 'the messages are data, not code to compile').to.equal(false);
    inShadow(calendar!, '[part~="event"]')!.click();
    await waitUntil(() => fetchedFiles(page).some((file) => file.endsWith('/calendar-dialog.js')), 'the dialog’s code was not fetched', { timeout: 10_000 });
    const dialogFile = fetchedFiles(page).find((file) => file.endsWith('/calendar-dialog.js'))!;
    expect(await startsWithHint(dialogFile), dialogFile).to.equal(false);
  });
});

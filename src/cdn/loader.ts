/**
 * The one-script embed, `dist/cdn/baltic-widgets.js`: a small loader that defines nothing
 * itself. It finds the `baltic-…` tags on the page that are not defined yet, those added
 * later (a MutationObserver) and those in a shadow root the page hands to
 * `balticWidgets.discover()`, and imports only those widgets. A widget inside one of ours (the
 * add-to-calendar button of the banner and of an event's details) is loaded by its host, from
 * the host's build, when the host needs it: were the loader to fetch it too, from the shared
 * build when the host came in a bundle without it, the page would get a second copy of Lit and
 * of the feed spine, and a warning.
 *
 * The widgets come in several builds (`EMBED_BUNDLES` in scripts/vite-plugins.mjs): the shared
 * one (a file per widget, chunks shared between them), each widget alone in one file with all
 * it needs at start, and all widgets in one file. For the widgets it finds first, the loader
 * takes the build that costs the page the fewest bytes; widgets that build lacks, found later,
 * come from the shared build. The banner's bundle lists too the add-to-calendar button it shows
 * and defines in a chunk loaded later: a button the page adds comes from that chunk, with the
 * bundle's Lit. For each widget it also asks the browser to fetch, in parallel,
 * what the widget will need at once (module preload): its static imports, the feed spine, the
 * language it will speak and, for the calendar, the view it will show. Loading the script
 * twice is harmless: the second copy finds the first and does nothing.
 *
 * The manifest (which file each widget needs in each build) is written into this module by
 * the build (`embedManifest()` in scripts/vite-plugins.mjs).
 */
/** A build: per widget (tag without `baltic-`) its define module, what it needs at start and for the calendar each view's module with the chunks it imports. */
type EmbedBuild = Record<string, [define: number, start: number[], views?: Record<string, number[]>]>;
interface EmbedManifest {
  /** The folder of this version's files, beside this script (`v-1a2b3c4d/`: named by the hash of their code, they never change). */
  folder: string;
  /** Every file the loader may name, relative to that folder, without `.js` (all are modules). */
  files: string[];
  /** Gzip size of the files a widget needs at start (with the calendar's views), in hundreds of bytes. */
  sizes: number[];
  /** The shared build first, then the bundles. */
  builds: EmbedBuild[];
  /** The messages of each language but English (built in): one file each, the same for every build. */
  locales: Record<string, number>;
}
declare const __BALTIC_EMBED_MANIFEST__: EmbedManifest;
/** Below this width the calendar shows the list unless `view` is set (LIST_BELOW_PX in event-calendar/calendar-width.ts). */
const CALENDAR_NARROW_PX = 600;

interface BalticWidgetsGlobal {
  /** Loads the widgets in `root` (and any added to it later), e.g. a shadow root of the page's own components. */
  discover(root: ParentNode): void;
}
const global = globalThis as typeof globalThis & { balticWidgets?: BalticWidgetsGlobal };

if (!global.balticWidgets) {
  const manifest = __BALTIC_EMBED_MANIFEST__;
  const [shared] = manifest.builds as [EmbedBuild];
  /** The build the page's first widgets come from, once chosen. */
  let chosen: EmbedBuild | undefined;
  const urlOf = (file: number) => new URL(`${manifest.folder}${manifest.files[file]!}.js`, import.meta.url).href;
  const preloaded = new Set<number>();
  const imported = new Set<number>();

  const preload = (file: number | undefined) => {
    if (file === undefined || preloaded.has(file)) return;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = urlOf(file);
    document.head.append(link);
  };

  /** The calendar's first view in a build's `views`: its `view`, else by the room it has (the list below CALENDAR_NARROW_PX). */
  const viewOf = (element: Element, views: Record<string, number[]>) => {
    const view = element.getAttribute('view') ?? '';
    return views[view] ? view : (element.parentElement?.clientWidth ?? innerWidth) < CALENDAR_NARROW_PX ? 'list' : 'month';
  };

  /** A widget's files at start in a build: its define module, what it needs at once and, for the calendar, the view it will show. */
  const filesOf = (element: Element, build: EmbedBuild): number[] | undefined => {
    const widget = build[element.localName.slice(7)];
    return widget && [widget[0], ...widget[1], ...(widget[2] ? widget[2][viewOf(element, widget[2])]! : [])];
  };

  /** The build with every one of `elements`' widgets that needs the fewest bytes for them at start. */
  const cheapest = (elements: Element[]) => {
    let best = shared;
    let bestCost = Infinity;
    for (const build of manifest.builds) {
      const files = new Set<number>();
      for (const element of elements) (filesOf(element, build) ?? [-1]).forEach((file) => files.add(file));
      const cost = files.has(-1) ? Infinity : [...files].reduce((sum, file) => sum + manifest.sizes[file]!, 0);
      if (cost < bestCost) [best, bestCost] = [build, cost];
    }
    return best;
  };

  /** The language a widget will speak, found as the widget finds it (`resolveLocale`): nearest `lang`, then the browser's. */
  const languageOf = (element: Element, locales: Record<string, number>) => {
    const tags: (string | null)[] = [];
    for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) tags.push(node.getAttribute('lang'));
    for (const tag of [...tags, ...navigator.languages]) {
      const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
      if (base && (base === 'en' || base in locales)) return base;
    }
    return 'en';
  };

  const load = (element: Element) => {
    const name = element.localName.slice(7);
    const build = chosen?.[name] ? chosen : shared;
    const widget = build[name];
    if (!widget || customElements.get(element.localName)) return;
    const [define, start, views] = widget;
    preload(manifest.locales[languageOf(element, manifest.locales)]);
    if (views) views[viewOf(element, views)]!.forEach(preload);
    if (imported.has(define)) return;
    imported.add(define);
    start.forEach(preload);
    import(/* @vite-ignore */ urlOf(define)).catch((error: unknown) => {
      imported.delete(define); // Another tag (or a later discover) may try again.
      console.error(`[baltic-widgets] <${element.localName}> could not be loaded`, error);
    });
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });

  const discover = (root: ParentNode) => {
    const found = [...root.querySelectorAll(':not(:defined)')].filter((element) => element.localName.startsWith('baltic-'));
    if (root instanceof Element && root.localName.startsWith('baltic-')) found.unshift(root);
    const known = found.filter((element) => shared[element.localName.slice(7)]);
    chosen ??= known.length ? cheapest(known) : undefined;
    known.forEach(load);
    if (!(root instanceof Element)) observer.observe(root, { childList: true, subtree: true });
  };

  global.balticWidgets = { discover };
  discover(document);
}

export {};

/**
 * The one-script embed, `dist/cdn/baltic-widgets.js`: a small loader that defines nothing
 * itself. It finds the `baltic-…` tags on the page that are not defined yet, those added
 * later (a MutationObserver) and those inside our widgets' own shadow roots (every widget
 * calls `balticWidgets.discover(shadowRoot)`), and imports only those widgets' define
 * modules. For each it also asks the browser to fetch, in parallel, what the widget will
 * need at once (module preload): its static imports, the feed spine, the language it will
 * speak and, for the calendar, the view it will show. Loading the script twice is harmless:
 * the second copy finds the first and does nothing.
 *
 * The manifest (which file each widget needs) is written into this module by the build
 * (`embedManifest()` in scripts/vite-plugins.mjs).
 */
interface EmbedManifest {
  /** Every file the loader may name, relative to this script. */
  files: string[];
  /** Per widget (tag without `baltic-`): its define module, what it needs at start, and for the calendar each view's module. */
  widgets: Record<string, [define: number, start: number[], views?: Record<string, number>]>;
  /** The messages of each language but English (built in). */
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
  const urlOf = (file: number) => new URL(manifest.files[file]!, import.meta.url).href;
  const preloaded = new Set<number>();
  const imported = new Set<string>();

  const preload = (file: number | undefined) => {
    if (file === undefined || preloaded.has(file)) return;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = urlOf(file);
    document.head.append(link);
  };

  /** The language a widget will speak, found as the widget finds it (`resolveLocale`): nearest `lang`, then the browser's. */
  const languageOf = (element: Element) => {
    const tags: (string | null)[] = [];
    for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) tags.push(node.getAttribute('lang'));
    for (const tag of [...tags, ...navigator.languages]) {
      const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
      if (base && (base === 'en' || base in manifest.locales)) return base;
    }
    return 'en';
  };

  const load = (element: Element) => {
    const name = element.localName.slice(7);
    const widget = manifest.widgets[name];
    if (!widget || customElements.get(element.localName)) return;
    const [define, start, views] = widget;
    preload(manifest.locales[languageOf(element)]);
    if (views) preload(views[element.getAttribute('view') ?? ''] ?? views[(element.parentElement?.clientWidth ?? innerWidth) < CALENDAR_NARROW_PX ? 'list' : 'month']);
    if (imported.has(name)) return;
    imported.add(name);
    start.forEach(preload);
    import(/* @vite-ignore */ urlOf(define)).catch((error: unknown) => {
      imported.delete(name); // Another tag (or a later discover) may try again.
      console.error(`[baltic-widgets] <${element.localName}> could not be loaded`, error);
    });
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });

  const discover = (root: ParentNode) => {
    if (root instanceof Element && root.localName.startsWith('baltic-')) load(root);
    root.querySelectorAll(':not(:defined)').forEach((element) => element.localName.startsWith('baltic-') && load(element));
    if (!(root instanceof Element)) observer.observe(root, { childList: true, subtree: true });
  };

  global.balticWidgets = { discover };
  discover(document);
}

export {};

/**
 * Build-time plugins shared by the bundle build (vite.config.ts) and the size check
 * (scripts/size.mjs), so that what is measured is what ships.
 */
import { gzipSync } from 'node:zlib';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions, defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/**
 * Takes the translator notes (`desc: '…'`) out of `msg()` options: XLIFF needs them, the
 * browser does not.
 * @returns {import('vite').Plugin}
 */
export function stripMessageDescriptions() {
  const descOption = /,\s*desc:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g;
  return {
    name: 'baltic-strip-message-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('desc:')) return null;
      return { code: code.replace(descOption, ''), map: null };
    },
  };
}

/**
 * Gives every message a short id in the browser's code: `'calendar.list-title'` becomes `'1f'` in
 * the `msg()` calls and in the language modules alike (0.04–0.11 KB less gzip per widget). The
 * ids are the XLIFF files' (locales/*.xlf), in sorted order, numbered in base 36: the same in
 * every build of one version. An id missing from XLIFF keeps its name (no language has it).
 * @returns {import('vite').Plugin}
 */
function shortMessageIds() {
  let shortIds;
  const idOption = /(\bid:\s*)(['"`])([\w.-]+)\2/g;
  const localeKey = /^(\s*)'([\w.-]+)':/gm;
  return {
    name: 'baltic-short-message-ids',
    enforce: 'pre',
    async buildStart() {
      const { readdir, readFile } = await import('node:fs/promises');
      const folder = new URL('../locales/', import.meta.url);
      const ids = new Set();
      for (const name of (await readdir(folder)).filter((file) => file.endsWith('.xlf'))) {
        for (const [, id] of (await readFile(new URL(name, folder), 'utf8')).matchAll(/<trans-unit id="([^"]+)"/g)) ids.add(id);
      }
      shortIds = new Map([...ids].sort().map((id, index) => [id, index.toString(36)]));
    },
    transform(code, id) {
      if (!shortIds || !id.endsWith('.ts') || !id.includes('/src/') || id.includes('/src/studio/')) return null;
      if (/\/src\/generated\/locales\/[a-z]+\.ts$/.test(id)) return { code: code.replace(localeKey, (whole, indent, key) => (shortIds.has(key) ? `${indent}'${shortIds.get(key)}':` : whole)), map: null };
      if (id.includes('/src/generated/') || !code.includes('msg(')) return null;
      return { code: code.replace(idOption, (whole, option, quote, key) => (shortIds.has(key) ? `${option}'${shortIds.get(key)}'` : whole)), map: null };
    },
  };
}

/**
 * Takes the descriptions (doc`…`) out of the feed schema: feed.schema.json needs them, the
 * browser's validation does not.
 * @returns {import('vite').Plugin}
 */
export function stripSchemaDocs() {
  const docText = /\bdoc`(?:\\.|[^\\`])*`/g;
  return {
    name: 'baltic-strip-schema-docs',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/feed/schema.ts')) return null;
      return { code: code.replace(docText, "''"), map: null };
    },
  };
}

/**
 * Minifies the CSS and HTML inside Lit's css`` and html`` templates. White space is
 * collapsed to one space, never removed: `${time} ${title}` must not become "18:00Title"
 * (on screen and in accessible names).
 * @returns {import('vite').Plugin}
 */
export function minifyTemplateLiterals() {
  /**
   * A css`` fragment of declarations only (e.g. src/internal/visually-hidden.ts, used inside
   * other rules) is no stylesheet: LightningCSS refuses it. It is minified as the body of a rule,
   * and keeps its closing `;`.
   */
  const strategy = {
    ...defaultStrategy,
    minifyCSS(css, cssOptions) {
      if (css.includes('{')) return defaultStrategy.minifyCSS(css, cssOptions);
      const rule = defaultStrategy.minifyCSS(`x{${css}}`, cssOptions);
      const body = rule.slice(rule.indexOf('{') + 1, rule.lastIndexOf('}'));
      // The fragment is pasted before other declarations (`${visuallyHidden} position: …`): without
      // its last `;` the two would run together into one invalid declaration, and both be dropped.
      return body && !body.endsWith(';') ? `${body};` : body;
    },
  };
  const options = { strategy, minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true } };
  return { ...minifyHTML({ include: ['src/**/*.ts'], options }), enforce: 'post' };
}

/**
 * Vite wraps every lazy `import()` in its preload helper (1.2 KB gzip), which would fetch the
 * chunk's CSS and preload its imports. The widgets have no CSS files, and the embed's loader
 * hints at what each widget needs itself: the helper only calls the import.
 * @returns {import('vite').Plugin}
 */
export function plainDynamicImports() {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'baltic-plain-dynamic-imports',
    enforce: 'pre',
    resolveId: (id) => (id === helper ? id : null),
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/**
 * Rolldown reports how long plugins took when a build is slow; on a busy machine that is
 * every build, and the figure is no fault of the code. The build output stays for warnings.
 * @returns {import('vite').Plugin}
 */
export function quietBundlerTimings() {
  return {
    name: 'baltic-quiet-bundler-timings',
    config: () => ({ build: { rolldownOptions: { checks: { bundlerTimings: false } } } }),
  };
}

/**
 * Names the version in the built code (`__BALTIC_WIDGETS_VERSION__`, see src/feed/page-wide.ts).
 * @returns {import('vite').Plugin}
 */
export function versionName() {
  return {
    name: 'baltic-version-name',
    async config() {
      const { readFile } = await import('node:fs/promises');
      const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
      return { define: { __BALTIC_WIDGETS_VERSION__: JSON.stringify(version) } };
    },
  };
}

/**
 * The language modules lit-localize writes (src/generated/locales/*.ts) import its `str` tag;
 * built, they would import it from a chunk of the build, which the page fetches only after the
 * language's file arrived (one more round trip on every page not in English), and every build
 * would have its own copies of them. Given the tag itself (the shape `msg.ts` reads), each
 * language is one file with no imports, the same in every build.
 * @returns {import('vite').Plugin}
 */
export function selfContainedLocales() {
  const litImport = "import {str} from '@lit/localize';";
  return {
    name: 'baltic-self-contained-locales',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/generated\/locales\/[a-z]+\.ts$/.test(id)) return null;
      if (!code.includes(litImport)) return code.includes('str`') ? this.error(`${id}: lit-localize no longer imports str as expected`) : null;
      return { code: code.replace(litImport, 'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true, strings, values });'), map: null };
    },
  };
}

/** @returns {import('vite').Plugin[]} */
export const buildPlugins = () => [versionName(), stripMessageDescriptions(), shortMessageIds(), stripSchemaDocs(), minifyTemplateLiterals(), selfContainedLocales(), plainDynamicImports(), quietBundlerTimings()];

/** The build settings both builds share. */
export const buildTarget = 'es2022';

/** A language's messages: a chunk with no imports, the same in every build (`selfContainedLocales`). */
const isLocaleChunk = ({ moduleIds }) => moduleIds.length === 1 && /\/src\/generated\/locales\/[a-z]+\.ts$/.test(moduleIds[0]);

/**
 * The embed's chunk names: `chunks/<name>.js` (within `folder`), each language in `locales/`
 * whatever the build. No hash: every file of a build sits in a folder named by the hash of them
 * all (`moveIntoVersionFolder`), so names only need to differ within a build.
 */
export const embedChunkFileNames = (folder = 'chunks') => (chunk) => (isLocaleChunk(chunk) ? 'locales/[name].js' : `${folder}/[name].js`);

/** The widgets the one-script embed can load: dist/cdn/<version>/widgets/<name>.js, each its define module. */
export const WIDGETS = ['org-card', 'event-calendar', 'schedule', 'gallery', 'location-map', 'dialogue-banner', 'add-to-calendar', 'language-switcher'];

/**
 * The modules every widget of the embed needs, put in one chunk (`base`): Lit and its
 * localization, the base element with its feed and language controllers, the typed events,
 * the feed request, the small time, text and URL helpers, the id index and the chunk-failure
 * notice (every page fetched them, as files of their own). Directives only some parts use
 * (the dialog's, the lightbox's) stay with those parts. What shows event dates (EMBED_DATES)
 * is a chunk of its own: the organization card and the add-to-calendar button need none.
 */
export const EMBED_BASE =
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\/(?!.*(unsafe-html|keyed|directive-helpers|repeat|class-map|style-map|live|ref|cache|guard|until|when|choose|map|join|range|unsafe-svg|unsafe-mathml|template-content|async-))|\/src\/(internal\/(baltic-element|feed-controller|locale-controller|styles|state-box|define|chunk-failure)|events\/(init|feed)|feed\/(request|page-wide|constants|time|text|url|snapshot|feed-index)|i18n\/(msg|locales|format)|generated\/locale-codes)\.ts$/;

export const EMBED_DATES = /\/src\/(feed\/event-time|i18n\/dates)\.ts$/;

/** What a widget loads at once besides its static imports (source modules, under src/). */
const START_MODULES = {
  // Every view of the calendar shows its events as occurrence buttons, the month and the list in rows.
  'event-calendar': ['internal/feed-spine.ts', 'components/event-calendar/occurrence-button.ts', 'components/event-calendar/row.styles.ts'],
  schedule: ['internal/feed-spine.ts', 'components/schedule/schedule-view.ts'],
  'language-switcher': [],
};
const startModules = (name) => START_MODULES[name] ?? ['internal/feed-spine.ts'];
const CALENDAR_VIEWS = { month: 'month-view.ts', week: 'week-view.ts', list: 'list-view.ts' };

/** The modules `widgets` run at start that they do not import statically: their START_MODULES (the feed spine) and the calendar's views. */
const loadedAtStart = (widgets) => [
  ...new Set([
    ...widgets.flatMap(startModules),
    ...(widgets.includes('event-calendar')
      ? [
          ...Object.values(CALENDAR_VIEWS).map((file) => `components/event-calendar/${file}`),
          // Loaded by the calendar's first render when the feed has weekly activities (not preloaded: it may have none).
          'components/event-calendar/calendar-activities.ts',
        ]
      : []),
  ]),
];

/** Our code and Lit: the modules whose chunks `compileHints` may mark (never an anchor's code in the bench). */
const OUR_MODULE = /\/src\/|\/node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//;

/** V8's explicit compile hint: every function of the file is compiled when the file arrives, on a background thread. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Files smaller than this (characters before minifying) get no hint: compiled when called, they
 * cost the main thread a fraction of a millisecond, less than the hint's 30 bytes cost the page
 * (the loader, the calendar's day list, the list view).
 */
const MIN_HINTED_CHARS = 4_000;

/** A chunk's code before minifying, in characters. */
const renderedChars = (chunk) => Object.values(chunk.modules).reduce((sum, module) => sum + module.renderedLength, 0);

/**
 * Marks the files whose code runs as soon as a widget renders with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chromium 136 and later; a plain comment elsewhere): Chromium
 * compiles their functions on a background thread while they download, not one by one on the
 * main thread when each is first called (in a fresh page's month of 1,000 events, about 25 ms of
 * lazy compilation). Marked: the files with a module that runs at start (the entries, what
 * `widgets` load at start, what those import statically), when they hold our code or Lit; not the
 * languages' messages (data), nor what loads on a click (the dialog, the menu, the calendar file,
 * the lightbox, the map), where compiling every function would be work for nothing, nor files
 * under MIN_HINTED_CHARS.
 * @param {string[]} [widgets] the widgets of the build
 * @returns {import('vite').Plugin}
 */
export function compileHints(widgets = WIDGETS) {
  const modulesLoadedAtStart = loadedAtStart(widgets);
  /** The modules that run at start: the entries, `modulesLoadedAtStart` and what they import statically. */
  let atStart = new Set();
  return {
    name: 'baltic-compile-hints',
    apply: 'build',
    buildEnd() {
      atStart = new Set();
      const add = (id) => {
        if (atStart.has(id)) return;
        atStart.add(id);
        this.getModuleInfo(id)?.importedIds.forEach(add);
      };
      for (const id of this.getModuleIds()) {
        if (this.getModuleInfo(id)?.isEntry || modulesLoadedAtStart.some((module) => id.endsWith(`/src/${module}`))) add(id);
      }
    },
    // Added after minification (which would drop the comment); the bundler moves the source map down a line.
    outputOptions: (options) => ({
      ...options,
      postBanner: (chunk) =>
        !isLocaleChunk(chunk) && chunk.moduleIds.some((id) => OUR_MODULE.test(id) && atStart.has(id)) && renderedChars(chunk) >= MIN_HINTED_CHARS ? COMPILE_HINT : undefined,
    }),
  };
}

/**
 * The embed's bundles: besides the shared build (a file per widget, chunks shared between them),
 * each widget alone in one file with everything it needs at start (Lit, the base element, the
 * feed spine), and all widgets in one. Files cost
 * less whole than cut into chunks: every cut adds imports and exports, and gzip starts each file
 * afresh. The loader picks, for the widgets it finds on a page, the build that costs the fewest
 * bytes (see src/cdn/loader.ts).
 */
export const EMBED_BUNDLES = {
  ...Object.fromEntries(WIDGETS.map((name) => [name, [name]])),
  'event-calendar-list': ['event-calendar'],
  all: WIDGETS,
};

/**
 * The calendar's bundles each hold the view a calendar shows first in their file: the month
 * (`event-calendar`), or the list (`event-calendar-list`, a phone's). The loader weighs the
 * view a calendar will show with the build, so a month page takes the one with the month, a
 * phone the one with the list; the other views stay chunks (about 0.8 KB less than the view
 * in a file of its own: one import, and gzip goes on with what it has seen).
 */
const BUNDLE_VIEWS = { 'event-calendar': 'month', 'event-calendar-list': 'list' };

/**
 * What one build gives the loader: for each widget its define module, what it needs at once
 * (static imports, the feed spine, the schedule's view) and the
 * calendar's views (each with the chunks it imports), each language's messages, and the gzip size of each file needed at start; files by name.
 */
function buildRecord(bundle, widgetEntries) {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const withModule = (suffix) => chunkWithModule(chunks, suffix);
  const staticClosure = (chunk, into = new Set()) => {
    for (const imported of chunk.imports) if (!into.has(imported)) staticClosure(bundle[imported], into.add(imported));
    return into;
  };
  const widgets = {};
  for (const [name, entry] of Object.entries(widgetEntries)) {
    const start = new Set(staticClosure(entry));
    for (const module of startModules(name)) {
      const chunk = withModule(module);
      // In a bundle, what a widget needs at start is in its file.
      if (!chunk || chunk === entry) continue;
      start.add(chunk.fileName);
      staticClosure(chunk, start);
    }
    start.delete(entry.fileName);
    const record = { define: entry.fileName, start: [...start] };
    if (name === 'event-calendar') {
      // Each view with the chunks it imports that the widget has not loaded at start: preloaded together, not one after another.
      // A view in the widget's own file needs none.
      const viewFiles = (chunk) => (chunk === entry ? [] : [chunk.fileName, ...[...staticClosure(chunk)].filter((file) => !start.has(file) && file !== entry.fileName)]);
      record.views = Object.fromEntries(Object.entries(CALENDAR_VIEWS).map(([view, file]) => [view, viewFiles(withModule(`components/event-calendar/${file}`))]));
    }
    widgets[name] = record;
  }
  const locales = {};
  for (const chunk of chunks) if (isLocaleChunk(chunk)) locales[chunk.moduleIds[0].match(/([a-z]+)\.ts$/)[1]] = chunk.fileName;
  // Only what a widget needs at start is weighed, with the calendar's views (not the languages or time zones).
  const startFiles = new Set(Object.values(widgets).flatMap(({ define, start, views = {} }) => [define, ...start, ...Object.values(views).flat()]));
  const sizes = Object.fromEntries([...startFiles].map((file) => [file, gzipSync(bundle[file].code, { level: 9 }).length]));
  return { widgets, locales, sizes };
}

/** Widgets a widget shows inside itself from its first paint, their code loaded later (the banner's add-to-calendar button, behind its stand-in). */
const NESTED_AT_START = { 'dialogue-banner': ['add-to-calendar'] };

/**
 * The widgets a bundle's widgets show inside themselves from the start (NESTED_AT_START) and
 * define in a chunk loaded later, by name: the loader takes such a widget, when the page adds
 * one too, from the bundle it chose (one Lit), not from the shared build. (Listing every widget a
 * bundle can define later, the details' buttons too, cost every page 0.1 KB of the loader's list.)
 */
function lazilyDefined(bundle, widgets) {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk' && !item.isEntry);
  return Object.fromEntries(
    [...new Set(widgets.flatMap((name) => NESTED_AT_START[name] ?? []))]
      .filter((name) => !widgets.includes(name))
      .map((name) => [name, chunkWithModule(chunks, `components/${name}/define.ts`)])
      .filter(([, chunk]) => chunk),
  );
}

/** The chunk among `chunks` that holds the source module `suffix` (under src/). */
const chunkWithModule = (chunks, suffix) => chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(`/src/${suffix}`)));

/** The module a bundle starts from: every widget of it defined, with what each needs at start (and the calendar view it holds, BUNDLE_VIEWS). */
const bundleEntrySource = (bundleName, widgets) =>
  [...new Set([...widgets.flatMap((name) => [`components/${name}/define.ts`, ...startModules(name)]), ...(BUNDLE_VIEWS[bundleName] ? [`components/event-calendar/${CALENDAR_VIEWS[BUNDLE_VIEWS[bundleName]]}`] : [])])]
    .map((module) => `import '/src/${module}';`)
    .join('\n');

/**
 * Builds the embed's bundles (EMBED_BUNDLES) beside the shared build, into its output folder
 * (`bundles/<name>.js`, their lazy chunks in `bundles/<name>/`, the languages in `locales/`
 * as the shared build has them), and gives their records to `embedManifest`. Each is a build
 * of its own: within one build a module lives in one chunk. Then it moves all of them and the
 * shared build's files into the version folder (`moveIntoVersionFolder`).
 * @param {{ records?: object[] }} shared where the records go
 * @returns {import('vite').Plugin}
 */
export function embedBundles(shared) {
  let config;
  let tempDir;
  return {
    name: 'baltic-embed-bundles',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart(options) {
      // Only the embed's own build (vite.config.ts as it is) has bundles and a version folder: Storybook's
      // build reads the same config, and the bench adds pages of its own to its inputs.
      const inputs = Object.keys(options.input ?? {});
      if (!inputs.includes('baltic-widgets') || !inputs.every((name) => name === 'baltic-widgets' || name.startsWith('widgets/'))) return;
      const { build } = await import('vite');
      const { mkdtemp } = await import('node:fs/promises');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      tempDir = await mkdtemp(join(tmpdir(), 'baltic-bundles-'));
      shared.records = [];
      const entryId = '\0baltic-bundle-entry';
      /** One build of a bundle; with `startModuleIds`, those modules are kept in its entry file, and it is written. */
      const bundleBuild = (bundleName, widgets, startModuleIds, onBundle) =>
        build({
          configFile: false,
          root: config.root,
          logLevel: 'silent',
          plugins: [
            ...buildPlugins(),
            compileHints(widgets),
            {
              name: 'baltic-bundle-entry',
              resolveId: (id) => (id === entryId ? id : null),
              load: (id) => (id === entryId ? bundleEntrySource(bundleName, widgets) : null),
              generateBundle: (_options, bundle) => onBundle(bundle),
            },
          ],
          build: {
            outDir: tempDir,
            emptyOutDir: false,
            write: Boolean(startModuleIds),
            target: buildTarget,
            sourcemap: config.build.sourcemap,
            modulePreload: false,
            rollupOptions: {
              input: { [`bundles/${bundleName}`]: entryId },
              preserveEntrySignatures: false,
              output: {
                entryFileNames: '[name].js',
                chunkFileNames: embedChunkFileNames(`bundles/${bundleName}`),
                ...(startModuleIds ? { codeSplitting: { groups: [{ name: (id) => (startModuleIds.has(id) ? 'start' : null) }] } } : {}),
              },
            },
          },
        });
      for (const [bundleName, widgets] of Object.entries(EMBED_BUNDLES)) {
        // First without writing: which modules the entry needs at once. Rolldown puts some of
        // them in chunks of their own (lazily loaded chunks import them too); the second build
        // keeps them all in the entry: one file instead of four, about 1 KB less.
        const startModuleIds = new Set();
        await bundleBuild(bundleName, widgets, undefined, (bundle) => {
          const add = (chunk) => {
            chunk.moduleIds.forEach((id) => startModuleIds.add(id));
            chunk.imports.forEach((file) => add(bundle[file]));
          };
          add(Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry));
        });
        await bundleBuild(bundleName, widgets, startModuleIds, (bundle) => {
          const entry = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry);
          shared.records.push(buildRecord(bundle, { ...lazilyDefined(bundle, widgets), ...Object.fromEntries(widgets.map((name) => [name, entry])) }));
        });
      }
    },
    async closeBundle() {
      if (!tempDir) return;
      const { cp, rm } = await import('node:fs/promises');
      await sameFilesOnly(tempDir, config.build.outDir);
      await cp(tempDir, config.build.outDir, { recursive: true });
      await rm(tempDir, { recursive: true, force: true });
      await moveIntoVersionFolder(config.build.outDir);
    },
  };
}

/** Fails when a file of `from` (the bundles) would replace a different one in `to`: only the languages are shared, and they are the same everywhere. */
async function sameFilesOnly(from, to) {
  const { readdir, readFile } = await import('node:fs/promises');
  const { join, relative } = await import('node:path');
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = relative(from, join(entry.parentPath, entry.name));
    const existing = await readFile(join(to, file)).catch(() => undefined);
    if (existing && !existing.equals(await readFile(join(from, file)))) throw new Error(`dist/cdn/${file} differs between the embed's builds`);
  }
}

/** In the loader's manifest, the version folder's name until it is known: as long as the name, so that the source map still fits. */
export const VERSION_FOLDER_PLACEHOLDER = 'v-@@@@@@@@';

/**
 * Moves every file of the embed but the loader and the stylesheet into a folder named by the
 * hash of their code (`v-1a2b3c4d/`) and writes that name into the loader. The files in the
 * folder never change: a browser may keep them for good, and a new version is a new folder
 * (the names inside need no hash of their own). Only the two files on top are asked for again.
 */
async function moveIntoVersionFolder(outDir) {
  const { mkdir, readdir, readFile, rename, writeFile } = await import('node:fs/promises');
  const { createHash } = await import('node:crypto');
  const { join, relative } = await import('node:path');
  const onTop = new Set(['baltic-widgets.js', 'baltic-widgets.js.map', 'baltic-widgets.css']);
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .filter((file) => !onTop.has(file))
    .sort();
  const hash = createHash('sha256');
  // The code decides the name (source maps name the folders they were built in).
  for (const file of files.filter((name) => !name.endsWith('.map'))) hash.update(`${file}\0`).update(await readFile(join(outDir, file)));
  const folder = `v-${hash.digest('hex').slice(0, VERSION_FOLDER_PLACEHOLDER.length - 2)}`;
  await mkdir(join(outDir, folder));
  for (const top of new Set(files.map((file) => file.split(/[\\/]/)[0]))) await rename(join(outDir, top), join(outDir, folder, top));
  const loaderFile = join(outDir, 'baltic-widgets.js');
  const loader = await readFile(loaderFile, 'utf8');
  if (!loader.includes(VERSION_FOLDER_PLACEHOLDER)) throw new Error('the loader has no version folder to fill in');
  await writeFile(loaderFile, loader.replace(VERSION_FOLDER_PLACEHOLDER, folder));
}

/**
 * Writes the embed's manifest into the loader (`__BALTIC_EMBED_MANIFEST__` in src/cdn/loader.ts):
 * the shared build's record and the bundles' (`embedBundles`), files by number, with the gzip
 * size of each file a widget needs at start, in hundreds of bytes (the loader weighs the builds by them).
 * @param {{ records?: object[] }} bundles the bundles' records, filled in by `embedBundles`
 * @returns {import('vite').Plugin}
 */
export function embedManifest(bundles = {}) {
  return {
    name: 'baltic-embed-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const loader = chunks.find((chunk) => chunk.isEntry && chunk.name === 'baltic-widgets');
      if (!loader) return;
      const sharedRecord = buildRecord(bundle, Object.fromEntries(WIDGETS.map((name) => [name, chunks.find((chunk) => chunk.isEntry && chunk.name === `widgets/${name}`)])));
      const files = [];
      const sizes = [];
      const index = (fileName, size) => {
        let found = files.indexOf(fileName);
        if (found < 0) found = files.push(fileName) - 1;
        if (size !== undefined) sizes[found] = Math.ceil(size / 100);
        return found;
      };
      const records = [sharedRecord, ...(bundles.records ?? [])];
      const builds = records.map((record) =>
        Object.fromEntries(
          Object.entries(record.widgets).map(([name, { define, start, views }]) => {
            const entry = [index(define, record.sizes[define]), start.map((file) => index(file, record.sizes[file]))];
            if (views) entry.push(Object.fromEntries(Object.entries(views).map(([view, files]) => [view, files.map((file) => index(file, record.sizes[file]))])));
            return [name, entry];
          }),
        ),
      );
      // Every build's languages are the same files (`sameFilesOnly` checks the bundles' copies).
      const locales = Object.fromEntries(Object.entries(sharedRecord.locales).map(([locale, file]) => [locale, index(file)]));
      if (records.some((record) => JSON.stringify(record.locales) !== JSON.stringify(sharedRecord.locales))) this.error('the builds have different language files');
      if (files.some((file) => !file.endsWith('.js'))) this.error('a file of the embed is not a .js module');
      // Every file is a module: the names go without their `.js` (the loader adds it).
      const manifest = JSON.stringify({ folder: `${VERSION_FOLDER_PLACEHOLDER}/`, files: files.map((file) => file.slice(0, -3)), sizes: Array.from(sizes, (size) => size ?? 0), builds, locales });
      if (!loader.code.includes('__BALTIC_EMBED_MANIFEST__')) this.error('the loader has no __BALTIC_EMBED_MANIFEST__ to fill in');
      loader.code = loader.code.replace('__BALTIC_EMBED_MANIFEST__', manifest);
    },
  };
}

/**
 * Ships `src/cdn/baltic-widgets.css` as `dist/cdn/baltic-widgets.css`, minified: the
 * render-blocking stylesheet that reserves each widget's place until it is defined (with the
 * calendar list's LIST_PAGE_ROWS written in).
 * @returns {import('vite').Plugin}
 */
export function embedStylesheet() {
  return {
    name: 'baltic-embed-stylesheet',
    async generateBundle() {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(new URL('../src/cdn/baltic-widgets.css', import.meta.url), 'utf8');
      // The list's first page, as the calendar builds it (one number, in calendar-occurrences.ts).
      const rows = /export const LIST_PAGE_ROWS = (\d+);/.exec(await readFile(new URL('../src/components/event-calendar/calendar-occurrences.ts', import.meta.url), 'utf8'))?.[1];
      if (!rows) this.error('no LIST_PAGE_ROWS in calendar-occurrences.ts');
      const css = source.replace(/\bLIST_PAGE_ROWS\b(?= \*)/g, rows);
      const minified = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1').replace(/;}/g, '}').trim();
      this.emitFile({ type: 'asset', fileName: 'baltic-widgets.css', source: minified + '\n' });
    },
  };
}

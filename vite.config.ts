/**
 * Vite serves the demo (`npm start`) and builds the one-script embed for web pages:
 * `dist/cdn/baltic-widgets.js`, a small loader that imports only the widgets a page uses,
 * `baltic-widgets.css` (each widget's place reserved until it is defined), and beside them a
 * folder named by the hash of its files (`v-1a2b3c4d/`, see `embedBundles`) with
 * `widgets/<name>.js` (each widget's define module), in `chunks/` what those share or load
 * when needed (Lit, the feed spine, the iCal code, the map), each language's messages in
 * `locales/`, and the bundles (`bundles/<name>.js`, their chunks in `bundles/<name>/`).
 */
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { buildPlugins, buildTarget, compileHints, EMBED_BASE, EMBED_DATES, embedBundles, embedChunkFileNames, embedManifest, embedStylesheet, WIDGETS } from './scripts/vite-plugins.mjs';

/** The bundles' records, from `embedBundles` to `embedManifest`. */
const bundleRecords: { records?: object[] } = {};

/** `npm start` serves the repository; its root leads to the demo. */
const demoAtRoot = (): Plugin => ({
  name: 'baltic-demo-at-root',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== '/') return next();
      response.statusCode = 302;
      response.setHeader('Location', '/demo/');
      response.end();
    });
  },
});

/** The demo pages share their header's language and theme controls: `<!-- demo:controls -->` becomes demo/partials/controls.html. */
const demoPartials = (): Plugin => ({
  name: 'baltic-demo-partials',
  transformIndexHtml(html) {
    return html.replace(/^( *)<!-- demo:(\w+) -->$/gm, (_, indent: string, name: string) =>
      readFileSync(new URL(`./demo/partials/${name}.html`, import.meta.url), 'utf8').trimEnd().replace(/^/gm, indent),
    );
  },
});

export default defineConfig({
  plugins: [...buildPlugins(), compileHints(), embedBundles(bundleRecords), embedManifest(bundleRecords), embedStylesheet(), demoAtRoot(), demoPartials()],
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: buildTarget,
    // Source maps beside each file, named in none: a visitor's page does not pay for the
    // `//# sourceMappingURL` line (about 45 bytes gzip a file); DevTools loads a map when given it.
    sourcemap: 'hidden',
    // Lazy chunks load with a plain import(): no preload helper in the bundle.
    modulePreload: false,
    // An application-style build (not library mode) so that whitespace is minified too.
    rollupOptions: {
      input: {
        'baltic-widgets': 'src/cdn/loader.ts',
        ...Object.fromEntries(WIDGETS.map((name) => [`widgets/${name}`, `src/components/${name}/define.ts`])),
      },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: embedChunkFileNames(),
        // What every widget needs (Lit, the base element, feed request, languages, times) in one
        // file: a page with one widget fetches the loader, this, the feed spine and the widget.
        codeSplitting: { groups: [{ name: 'base', test: EMBED_BASE }, { name: 'dates', test: EMBED_DATES }] },
      },
    },
  },
});

/**
 * The feed studio's static build: `dist/studio/` (index.html and its assets, every URL
 * relative), served by `baltic-widgets studio` and usable from any static host or the
 * release zip. `npm run studio:dev` serves it for development.
 */
import { defineConfig } from 'vite';
import { buildPlugins, buildTarget } from './scripts/vite-plugins.mjs';

export default defineConfig({
  root: 'src/studio',
  base: './',
  plugins: buildPlugins(),
  server: { host: '127.0.0.1', port: 5180, open: false },
  build: {
    outDir: '../../dist/studio',
    emptyOutDir: true,
    target: buildTarget,
    sourcemap: false,
    modulePreload: false,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: { entryFileNames: 'assets/studio-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' },
      // The widgets load the nearest-zone search only for a feed with a wrong zone, the lenient
      // validation and the words of the rules' messages only for a feed with problems, and the
      // check of skipped local times once the page is idle; the studio checks every edit at once
      // and imports all four with its validator, so those dynamic imports stay in the studio's
      // chunk on purpose. Any other warning is printed.
      onwarn(warning, warn) {
        if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /time-zone-suggestion|lenient-validation|problem-words|skipped-times/.test(warning.message)) return;
        warn(warning);
      },
    },
  },
});

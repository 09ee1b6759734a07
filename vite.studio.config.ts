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
    rollupOptions: { output: { entryFileNames: 'assets/studio-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' } },
  },
});

/**
 * Storybook for the widgets: stories under `stories/`, controls and docs from the Custom
 * Elements Manifest (`custom-elements.json`, written by `npm run analyze`, which must run
 * before `storybook dev` / `storybook build`), and the demo feed with its images served
 * beside the stories.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// `demo/feed.json` → `/demo/feed.json`, `test/fixtures/x.json` → `/fixtures/x.json`.
// A folder that does not exist (an empty one is not in git) is left out instead of failing the build.
const staticDirs = [
  { from: '../demo', to: '/demo' },
  { from: '../test/fixtures', to: '/fixtures' },
].filter(({ from }) => existsSync(join(root, from.slice(3))));

// Controls and docs come from the manifest: a Storybook without it would build, but empty.
if (!existsSync(join(root, 'custom-elements.json'))) {
  throw new Error('custom-elements.json is missing: run `npm run analyze` before Storybook.');
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  staticDirs,
  core: { disableTelemetry: true },
  // One Lit: Storybook's web-components renderer imports `lit/directive-helpers.js`, which Vite
  // does not pre-bundle by itself; served raw, it loaded a second lit-html beside the
  // pre-bundled one ("Multiple versions of Lit loaded" in `npm run storybook`).
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
};

export default config;

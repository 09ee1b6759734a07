#!/usr/bin/env node
/**
 * `npm run build`: everything the package ships.
 *   dist/cdn/baltic-widgets.js   the one-script embed's loader for a <script type="module">, with
 *                                baltic-widgets.css; the widgets' files in a folder named by the
 *                                hash of their code, dist/cdn/v-<hash>/
 *   dist/esm/…                   per-widget entry points and type declarations for bundlers
 *   dist/cli.js                  the baltic-widgets command
 *   dist/studio/                 the feed studio (static page, relative URLs; served by `baltic-widgets studio`)
 *   custom-elements.json         the Custom Elements Manifest
 *   dist/frameworks/…            React 19 and Vue 3 types, VS Code and JetBrains editor data
 *   feed.schema.json             the feed's JSON Schema
 */
import { runSteps } from './run.mjs';

// Steps marked silent print only warnings (their log level): anything they print fails the build.

await runSteps('build', [
  ['locale modules from XLIFF', 'npx lit-localize build'],
  ['studio locale modules from XLIFF', 'node scripts/studio-localize.mjs build'],
  ['feed JSON Schema', 'npx tsx scripts/feed-schema.ts'],
  ['feed validation rules (src/generated/feed-rules.ts)', 'npx tsx scripts/feed-rules.ts'],
  ['one-script bundle (dist/cdn)', 'npx vite build --logLevel warn', { silent: true }],
  ['bundler entries and types (dist/esm)', 'rm -rf dist/esm && npx tsc -p tsconfig.build.json && node scripts/inline-css.mjs'],
  [
    'command line (dist/cli.js)',
    'npx esbuild src/cli/main.ts --bundle --platform=node --format=esm --target=node20 --outfile=dist/cli.js --log-level=warning',
    { silent: true },
  ],
  ['feed studio (dist/studio)', 'npx vite build --config vite.studio.config.ts --logLevel warn', { silent: true }],
  ['custom elements manifest', 'npx cem analyze --config custom-elements-manifest.config.mjs --quiet'],
  ['React, Vue and editor types from the manifest (dist/frameworks)', 'node scripts/framework-types.mjs'],
]);

/**
 * Build-time plugins shared by the bundle build (vite.config.ts) and the size check
 * (scripts/size.mjs), so that what is measured is what ships.
 */
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

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
 * Minifies the CSS and HTML inside Lit's css`` and html`` templates. White space is
 * collapsed to one space, never removed: `${time} ${title}` must not become "18:00Title"
 * (on screen and in accessible names).
 * @returns {import('vite').Plugin}
 */
export function minifyTemplateLiterals() {
  const options = { minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true } };
  return { ...minifyHTML({ include: ['src/**/*.ts'], options }), enforce: 'post' };
}

/** @returns {import('vite').Plugin[]} */
export const buildPlugins = () => [stripMessageDescriptions(), minifyTemplateLiterals()];

/** The build settings both builds share. */
export const buildTarget = 'es2022';

/** Custom Elements Manifest from the components' JSDoc (`npm run analyze`). */
export default {
  globs: ['src/components/**/*.ts', 'src/internal/baltic-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};

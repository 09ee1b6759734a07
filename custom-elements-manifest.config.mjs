/** Custom Elements Manifest from the components' JSDoc (`npm run analyze`). */

/**
 * The analyzer lists every `static properties` entry as an attribute, internal `state: true`
 * ones too, and some event classes as events without a name: keep only what a page can use.
 */
const publicApiOnly = {
  name: 'baltic-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        const internal = new Set(
          (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name),
        );
        declaration.attributes = (declaration.attributes ?? []).filter(
          (attribute) => !internal.has(attribute.fieldName) && /^[a-z][a-z0-9-]*$/.test(attribute.name),
        );
        declaration.events = (declaration.events ?? []).filter((event) => event.name?.startsWith('baltic-'));
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/internal/baltic-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly],
};

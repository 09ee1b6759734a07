/**
 * State that every copy of this version's code on a page shares. The one-script embed may
 * load a widget from a second build when one is added to the page later (see
 * src/cdn/loader.ts): the two copies still make one request per feed URL and share its
 * source. The embed's builds name their version (`__BALTIC_WIDGETS_VERSION__`, see
 * scripts/vite-plugins.mjs); code from the npm package shares only with its own copy.
 */
declare const __BALTIC_WIDGETS_VERSION__: string | undefined;
const VERSION = typeof __BALTIC_WIDGETS_VERSION__ === 'string' ? __BALTIC_WIDGETS_VERSION__ : 'module';

/** The page's one `name` object of this version, made by `create` on first use. */
export function pageWide<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[Symbol.for(`baltic-widgets ${VERSION} ${name}`)] ??= create());
}

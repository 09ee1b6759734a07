/** Vite's `?inline` suffix: the CSS file's text, not injected into the page (also served so to the test runner). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** Leaflet's ES module build (the package's `main` is a UMD file, which a browser cannot import as a module). */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}

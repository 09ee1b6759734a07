/**
 * The embed's chunks the widgets load once the page is idle, after they have shown the feed:
 * the writer of the saved copy (for the next visit) and the check of local times the clocks
 * skip. No view waits for them, so `npm run size` does not count them and the embed tests do
 * not expect the loader to preload them (`<link rel="modulepreload">`). Shared by scripts/size-embed.mjs and test/browser/embed.test.ts.
 */
export const IDLE_CHUNKS = /\/(save-copy|skipped-times)\.js$/;

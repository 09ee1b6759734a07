/**
 * Puppeteer drives Debian's Chromium and Firefox ESR in the tests (scripts/browsers.mjs);
 * it must never download a browser of its own (the network allows no such download).
 */
module.exports = { skipDownload: true, firefox: { skipDownload: true }, chrome: { skipDownload: true } };

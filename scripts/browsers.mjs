/**
 * Where the test browsers are: Chromium and Firefox ESR, from CHROME_PATH / FIREFOX_PATH or
 * Debian's packages. Shared by the test runner config and the screenshot and bench scripts.
 */
import { existsSync } from 'node:fs';

const firstExisting = (...paths) => paths.find((path) => path && existsSync(path));

export const chromePath = () => firstExisting(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome');
export const firefoxPath = () => firstExisting(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox');

/** Flags for Chromium as root in a closed network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

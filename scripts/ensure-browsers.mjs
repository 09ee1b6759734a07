#!/usr/bin/env node
/**
 * Finds Chromium and Firefox ESR for the browser tests. When one is missing and we are root
 * on Debian, installs Debian's packages; otherwise says in one line what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePath, firefoxPath } from './browsers.mjs';

const missing = [];
if (!chromePath()) missing.push('chromium');
if (!firefoxPath()) missing.push('firefox-esr');

if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${missing.join(' and ')} from Debian's packages for the browser tests…`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} > /dev/null`, { stdio: 'inherit', shell: '/bin/bash' });
  }
  if (!chromePath() || !firefoxPath()) {
    console.error(
      `The browser tests need Chromium and Firefox ESR: install them (Debian/Ubuntu: sudo apt-get install chromium firefox-esr) or set CHROME_PATH and FIREFOX_PATH.`,
    );
    process.exit(1);
  }
}

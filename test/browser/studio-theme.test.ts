/**
 * The studio's own interface in light and dark: it follows the computer's setting unless the
 * volunteer chooses, remembers the choice, and is axe-clean (contrast included) in both.
 * Expected colours are the palette's, written out by hand.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { BalticStudio } from '../../src/studio/define.js';
import { $, mountStudio, serverSession, until } from './studio-helpers.js';

const DARK_SURFACE = 'rgb(22, 27, 34)';
const DARK_TEXT = 'rgb(230, 234, 240)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';

async function chooseTheme(studio: BalticStudio, theme: string): Promise<void> {
  const select = $<HTMLSelectElement>(studio, '.ui-theme select');
  select.value = theme;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await studio.updateComplete;
}

const topBar = (studio: BalticStudio) => getComputedStyle($(studio, 'header.top'));

describe('feed studio themes', () => {
  afterEach(() => {
    fixtureCleanup();
    localStorage.removeItem('baltic-studio-draft');
    localStorage.removeItem('baltic-studio-theme');
    document.documentElement.style.colorScheme = '';
  });

  it('is dark when the volunteer chooses dark, light when light, remembers it, and is accessible (axe) in both', async function () {
    this.timeout(40000);
    const studio = await mountStudio(await serverSession(await (await fetch('/demo/feed.json')).text()), 'ru');
    expect(topBar(studio).backgroundColor).to.equal(LIGHT_SURFACE);

    await chooseTheme(studio, 'dark');
    expect(topBar(studio).backgroundColor).to.equal(DARK_SURFACE);
    expect(getComputedStyle($(studio, 'h1')).color).to.equal(DARK_TEXT);
    expect(localStorage.getItem('baltic-studio-theme')).to.equal('dark');
    await until(() => studio.shadowRoot!.querySelector('baltic-studio-preview')?.shadowRoot?.querySelector('section'), 'no preview');
    await expect(studio).to.be.accessible();

    await chooseTheme(studio, 'light');
    expect(topBar(studio).backgroundColor).to.equal(LIGHT_SURFACE);
    await expect(studio).to.be.accessible();
  });

  it("follows the computer's dark setting until the volunteer chooses light", async function () {
    // Puppeteer cannot emulate media features in Firefox (no CDP): checked in Chromium.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const studio = await mountStudio(await serverSession('{"languages":["fi"],"organization":{"name":"Seura"}}\n'), 'fi');
      expect($<HTMLSelectElement>(studio, '.ui-theme select').value).to.equal('auto');
      expect(topBar(studio).backgroundColor).to.equal(DARK_SURFACE);
      await chooseTheme(studio, 'light');
      expect(topBar(studio).backgroundColor).to.equal(LIGHT_SURFACE);
      expect($<HTMLSelectElement>(studio, '.ui-theme select').selectedOptions[0]!.textContent).to.equal('Vaalea');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

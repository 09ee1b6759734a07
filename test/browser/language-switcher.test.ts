import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/language-switcher/define.js';
import '../../src/components/org-card/define.js';
import { REMEMBERED_LANGUAGE_KEY, type BalticLanguageSwitcher } from '../../src/components/language-switcher/language-switcher.js';
import type { BalticOrgCard } from '../../src/components/org-card/org-card.js';
import { LOCALE_NAMES, LOCALES } from '../../src/i18n/locales.js';
import { sendKeys } from '@web/test-runner-commands';
import { borderContrast, rgba, textContrast } from './colours.js';
import { loadFixtureFeed, settled, shadow, waitUntil } from './helpers.js';

const selectOf = (switcher: BalticLanguageSwitcher) => shadow(switcher).querySelector('select')!;
const labelOf = (switcher: BalticLanguageSwitcher) => shadow(switcher).querySelector('label')!.textContent!.trim();
const optionsOf = (switcher: BalticLanguageSwitcher) => [...selectOf(switcher).options];

/** Chooses a language as a visitor does: picks the option and the select fires `change`. */
function choose(switcher: BalticLanguageSwitcher, lang: string): void {
  const select = selectOf(switcher);
  select.value = lang;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Waits until the switcher has its messages and has rendered them. */
async function ready(switcher: BalticLanguageSwitcher): Promise<BalticLanguageSwitcher> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await switcher.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await switcher.updateComplete;
  return switcher;
}

describe('baltic-language-switcher', () => {
  const root = document.documentElement;
  let englishLabel: string;
  before(async () => {
    englishLabel = labelOf(await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher lang="en"></baltic-language-switcher>`)));
  });
  beforeEach(() => localStorage.removeItem(REMEMBERED_LANGUAGE_KEY));
  afterEach(() => {
    root.setAttribute('lang', 'en');
    localStorage.removeItem(REMEMBERED_LANGUAGE_KEY);
  });

  it('lists all eight languages by their own names, each marked with its language, under a visible label tied to the list', async () => {
    const switcher = await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher></baltic-language-switcher>`));
    const options = optionsOf(switcher);
    expect(options.map((option) => option.value)).to.deep.equal([...LOCALES]);
    expect(options.map((option) => option.textContent!.trim())).to.deep.equal(LOCALES.map((lang) => LOCALE_NAMES[lang]));
    expect(options.map((option) => option.lang)).to.deep.equal([...LOCALES]);
    const label = shadow(switcher).querySelector('label')!;
    expect(label.htmlFor).to.equal(selectOf(switcher).id);
    expect(selectOf(switcher).labels![0]).to.equal(label);
    expect(labelOf(switcher)).to.equal(englishLabel);
  });

  it('offers only the languages of `languages`, in that order, ignoring unknown ones', async () => {
    const switcher = await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher languages="fi sv de en"></baltic-language-switcher>`));
    expect(optionsOf(switcher).map((option) => option.value)).to.deep.equal(['fi', 'sv', 'en']);
  });

  it('shows the page language as chosen, and sets <html lang> when the visitor chooses, so every widget follows', async () => {
    root.setAttribute('lang', 'fi-FI');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <baltic-language-switcher></baltic-language-switcher>
      <baltic-org-card .feed=${await loadFixtureFeed()}></baltic-org-card>
    </div>`);
    const switcher = await ready(wrapper.querySelector('baltic-language-switcher')!);
    const card = wrapper.querySelector<BalticOrgCard>('baltic-org-card')!;
    await settled(card);
    expect(selectOf(switcher).value).to.equal('fi');
    expect(labelOf(switcher)).not.to.equal(englishLabel);
    const finnishLabel = labelOf(switcher);

    const changed = oneEvent(switcher, 'baltic-language-change');
    choose(switcher, 'ru');
    const event = await changed;
    expect(event.detail).to.deep.equal({ lang: 'ru' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(root.getAttribute('lang')).to.equal('ru');
    await ready(switcher);
    await settled(card);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(card.locale).to.equal('ru');
    expect(selectOf(switcher).value).to.equal('ru');
    expect(labelOf(switcher)).not.to.equal(finnishLabel);
    expect(labelOf(switcher)).not.to.equal(englishLabel);
    expect(shadow(switcher).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('ru');
  });

  it('follows a language set by someone else (the page, another switcher)', async () => {
    const switcher = await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher></baltic-language-switcher>`));
    root.setAttribute('lang', 'lt');
    await ready(switcher);
    expect(selectOf(switcher).value).to.equal('lt');
  });

  it('sets lang only on its target when `target` names one', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <baltic-language-switcher target="#widgets"></baltic-language-switcher>
      <section id="widgets" lang="sv"><baltic-org-card .feed=${await loadFixtureFeed()}></baltic-org-card></section>
    </div>`);
    const switcher = await ready(wrapper.querySelector('baltic-language-switcher')!);
    expect(selectOf(switcher).value).to.equal('sv');
    choose(switcher, 'uk');
    expect(wrapper.querySelector('#widgets')!.getAttribute('lang')).to.equal('uk');
    expect(root.getAttribute('lang')).to.equal('en');
    const card = wrapper.querySelector<BalticOrgCard>('baltic-org-card')!;
    await settled(card);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(card.locale).to.equal('uk');
  });

  it('with `remember`, stores the choice and applies it when the next page loads', async () => {
    const first = await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher remember></baltic-language-switcher>`));
    choose(first, 'et');
    expect(localStorage.getItem(REMEMBERED_LANGUAGE_KEY)).to.equal('et');
    first.remove();
    root.setAttribute('lang', 'en');
    const next = await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher remember></baltic-language-switcher>`));
    expect(root.getAttribute('lang')).to.equal('et');
    expect(selectOf(next).value).to.equal('et');
  });

  it('without `remember`, neither stores nor applies a stored choice', async () => {
    localStorage.setItem(REMEMBERED_LANGUAGE_KEY, 'lv');
    const switcher = await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher></baltic-language-switcher>`));
    expect(root.getAttribute('lang')).to.equal('en');
    choose(switcher, 'fi');
    expect(localStorage.getItem(REMEMBERED_LANGUAGE_KEY)).to.equal('lv');
  });

  it('leaves the language alone when the page cancels the event (it switches language its own way)', async () => {
    const switcher = await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher remember></baltic-language-switcher>`));
    switcher.addEventListener('baltic-language-change', (event) => event.preventDefault(), { once: true });
    choose(switcher, 'sv');
    await ready(switcher);
    expect(root.getAttribute('lang')).to.equal('en');
    expect(localStorage.getItem(REMEMBERED_LANGUAGE_KEY)).to.equal(null);
    expect(selectOf(switcher).value).to.equal('en');
  });

  it('has a label in each of the eight languages, all different', async () => {
    const labels = new Set<string>();
    for (const lang of LOCALES) {
      const switcher = await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher lang=${lang}></baltic-language-switcher>`));
      // Each language's messages are a chunk of their own, loaded on first use.
      if (lang !== 'en') await waitUntil(() => labelOf(switcher) !== englishLabel, `no ${lang} label`, { timeout: 3000 });
      labels.add(labelOf(switcher));
    }
    expect(labels.size).to.equal(LOCALES.length);
  });


  it('does not change the language while the visitor steps through the closed list with the arrow keys; Enter or "Change" does (WCAG 3.2.2)', async () => {
    const switcher = await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher languages="en fi ru"></baltic-language-switcher>`));
    const changes: string[] = [];
    switcher.addEventListener('baltic-language-change', (event) => changes.push((event as CustomEvent).detail.lang));
    selectOf(switcher).focus();
    await sendKeys({ press: 'ArrowDown' });
    await ready(switcher);
    // Whether the closed list moved (Windows, Linux) or not, nothing has changed yet.
    expect(root.getAttribute('lang')).to.equal('en');
    expect(changes).to.deep.equal([]);
    const moved = selectOf(switcher).value;
    if (moved !== 'en') {
      const apply = shadow(switcher).querySelector<HTMLButtonElement>('[part="apply"]')!;
      expect(apply, 'a "Change" button appears').to.exist;
      expect(selectOf(switcher).getAttribute('aria-describedby')).to.equal('apply-hint');
      await sendKeys({ press: 'ArrowDown' });
      await ready(switcher);
      expect(root.getAttribute('lang')).to.equal('en');
      await sendKeys({ press: 'Escape' });
      await ready(switcher);
      expect(selectOf(switcher).value, 'Escape goes back').to.equal('en');
      expect(shadow(switcher).querySelector('[part="apply"]')).to.equal(null);
      await sendKeys({ press: 'ArrowDown' });
      await ready(switcher);
    } else {
      // A browser that does not step a closed list: set the list as stepping would, then confirm.
      selectOf(switcher).value = 'fi';
    }
    await sendKeys({ press: 'Enter' });
    await ready(switcher);
    if (moved === 'en' && root.getAttribute('lang') === 'en') return; // Enter opened the list instead (macOS-like): nothing to confirm.
    expect(root.getAttribute('lang')).to.equal('fi');
    expect(changes).to.deep.equal(['fi']);
    expect(shadow(switcher).querySelector('[part="apply"]')).to.equal(null);
  });

  it('applies a language stepped to with the arrow keys when the visitor presses "Change", and keeps focus on the list', async () => {
    const switcher = await ready(await fixture<BalticLanguageSwitcher>(html`<baltic-language-switcher languages="en ru"></baltic-language-switcher>`));
    selectOf(switcher).focus();
    await sendKeys({ press: 'ArrowDown' });
    await ready(switcher);
    const apply = shadow(switcher).querySelector<HTMLButtonElement>('[part="apply"]');
    if (!apply) return; // This browser does not step a closed list: covered by the test above.
    expect(root.getAttribute('lang')).to.equal('en');
    apply.click();
    await ready(switcher);
    expect(root.getAttribute('lang')).to.equal('ru');
    expect(shadow(switcher).activeElement).to.equal(selectOf(switcher));
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`takes the page's text colour for its label on a dark and a light header (${theme} theme), and its list's border is 3:1`, async () => {
      for (const page of [{ background: '#0b2a55', color: '#ffffff' }, { background: '#f4f1ea', color: '#222222' }]) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<header style="background: ${page.background}; color: ${page.color}; padding: 8px"><baltic-language-switcher lang="fi" theme=${theme}></baltic-language-switcher></header>`,
        );
        const switcher = await ready(wrapper.querySelector('baltic-language-switcher')!);
        const label = shadow(switcher).querySelector('label')!;
        expect(rgba(getComputedStyle(label).color)).to.deep.equal(rgba(page.color));
        expect(textContrast(label)).to.be.above(4.5);
        expect(borderContrast(selectOf(switcher)), 'the list\'s border against its surface').to.be.at.least(3);
      }
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, in English and in Russian`, async () => {
      // The label stands on the page: a dark theme goes with a dark page.
      const page = theme === 'dark' ? 'background: #0d1117; color: #e8edf3; padding: 8px' : 'background: #fff; color: #1a1f26; padding: 8px';
      for (const lang of ['en', 'ru']) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style=${page}><baltic-language-switcher lang=${lang} theme=${theme}></baltic-language-switcher></div>`);
        const switcher = await ready(wrapper.querySelector('baltic-language-switcher')!);
        await expect(switcher).to.be.accessible();
      }
    });
  }
});

/**
 * The studio's own interface in every language of the association: the language menu offers
 * all eight, and choosing one relabels the studio at once (translations from
 * locales/studio/*.xlf, expected strings written by hand).
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { BalticStudio } from '../../src/studio/define.js';
import { $, $$, mountStudio, serverSession, until } from './studio-helpers.js';

const FEED = '{"languages":["fi","ru"],"organization":{"name":{"fi":"Seura","ru":"Общество"}}}\n';

async function chooseLanguage(studio: BalticStudio, locale: string): Promise<void> {
  const select = $<HTMLSelectElement>(studio, '.ui-language select');
  select.value = locale;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await until(() => studio.locale === locale, `the studio did not switch to ${locale}`);
  await studio.updateComplete;
}

const sectionNames = (studio: BalticStudio) => $$(studio, 'nav.sections button').map((button) => button.textContent!.replace(/\s+/g, ' ').trim());

describe('feed studio languages', () => {
  afterEach(() => {
    fixtureCleanup();
    localStorage.removeItem('baltic-studio-draft');
    localStorage.removeItem('baltic-studio-locale');
  });

  it('offers all eight languages in its language menu', async () => {
    const studio = await mountStudio(await serverSession(FEED));
    const options = $$<HTMLOptionElement>(studio, '.ui-language option').map((option) => option.value);
    expect(options.sort()).to.deep.equal(['en', 'et', 'fi', 'lt', 'lv', 'ru', 'sv', 'uk']);
  });

  it('speaks Ukrainian when Ukrainian is chosen, and remembers it', async () => {
    const studio = await mountStudio(await serverSession(FEED));
    expect($(studio, '#save').textContent!.trim()).to.equal('Save');
    await chooseLanguage(studio, 'uk');
    expect($(studio, 'h1').textContent).to.equal('Студія фіду');
    expect($(studio, '#save').textContent!.trim()).to.equal('Зберегти');
    const sections = sectionNames(studio);
    expect(sections.some((name) => name.startsWith('Заходи'))).to.be.true;
    expect(sections.some((name) => name.startsWith('Щотижневі заняття'))).to.be.true;
    expect(sections.some((name) => name.startsWith('Налаштування'))).to.be.true;
    expect(document.documentElement.lang).to.equal('uk');
    expect(localStorage.getItem('baltic-studio-locale')).to.equal('uk');
  });

  it('labels its Save button in Swedish, Estonian, Latvian and Lithuanian too', async () => {
    const studio = await mountStudio(await serverSession(FEED));
    const expected = { sv: ['Spara', 'Flödesstudio'], et: ['Salvesta', 'Andmevoo stuudio'], lv: ['Saglabāt', 'Datu plūsmas studija'], lt: ['Išsaugoti', 'Duomenų srauto studija'] };
    for (const [locale, [save, title]] of Object.entries(expected)) {
      await chooseLanguage(studio, locale);
      expect([$(studio, '#save').textContent!.trim(), $(studio, 'h1').textContent], locale).to.deep.equal([save, title]);
    }
  });
});

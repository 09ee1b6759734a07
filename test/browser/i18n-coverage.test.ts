/**
 * Every widget in every language: no English UI string leaks into a non-English render, and
 * plural forms follow each language's rules. The English texts and the translations are read
 * from the XLIFF files and the generated locale modules, so no translated text is written here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/add-to-calendar/define.js';
import '../../src/components/dialogue-banner/define.js';
import '../../src/components/event-calendar/define.js';
import '../../src/components/gallery/define.js';
import '../../src/components/location-map/define.js';
import '../../src/components/org-card/define.js';
import '../../src/components/schedule/define.js';
import type { BalticGallery } from '../../src/components/gallery/gallery.js';
import type { BalticGalleryLightbox } from '../../src/components/gallery/lightbox.js';
import { numberFormat, plural } from '../../src/i18n/format.js';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../../src/i18n/locales.js';
import { loadMessages, msg, withMessages, type TemplateMap } from '../../src/i18n/msg.js';
import type { BalticElement } from '../../src/internal/baltic-element.js';
import { openMenu } from './add-to-calendar-helpers.js';
import { loadFixtureFeed, settled, shadow, waitUntil } from './helpers.js';
import { localTiles } from './location-map-helpers.js';

const TRANSLATED = LOCALES.filter((locale) => locale !== SOURCE_LOCALE) as Exclude<Locale, 'en'>[];

// ————— Messages from the XLIFF files —————

interface Message {
  id: string;
  /** The source text's literal parts; a placeholder lies between each two. */
  parts: string[];
  /** The translation in the file's locale, placeholders as "\u0000". */
  target: string;
}

const PLACEHOLDER = '\u0000';

/** The text of a <source>/<target>, placeholders (<x/>) as PLACEHOLDER. */
const xliffText = (element: Element | null): string =>
  [...(element?.childNodes ?? [])].map((node) => (node.nodeType === Node.ELEMENT_NODE ? PLACEHOLDER : node.textContent)).join('');

async function readXliff(locale: string): Promise<Message[]> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
  return [...xml.getElementsByTagName('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id')!,
    parts: xliffText(unit.getElementsByTagName('source')[0]!).split(PLACEHOLDER),
    target: xliffText(unit.getElementsByTagName('target')[0] ?? null),
  }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (text: string) => text.match(/\p{L}+/gu) ?? [];

/**
 * A pattern that finds a source text in rendered text: case and white space folded, each
 * placeholder a short wildcard, the leading and trailing ones dropped, and not inside a word.
 */
function sourcePattern(parts: string[]): RegExp {
  const inner = parts.map((part) => escape(part.trim()).replace(/\s+/g, '\\s+'));
  while (inner[0] === '') inner.shift();
  while (inner.at(-1) === '') inner.pop();
  return new RegExp(`(?<![\\p{L}\\p{N}])${inner.join('[^]{0,120}?')}(?![\\p{L}\\p{N}])`, 'iu');
}

interface EnglishText {
  id: string;
  source: string;
  pattern: RegExp;
}

let englishTexts: Promise<EnglishText[]> | undefined;
/** The English source texts worth looking for: two words or more. */
function loadEnglishTexts(): Promise<EnglishText[]> {
  englishTexts ??= readXliff('fi').then((messages) =>
    messages
      .filter((message) => words(message.parts.join(' ')).length >= 2)
      .map((message) => ({ id: message.id, source: message.parts.join('…'), pattern: sourcePattern(message.parts) })),
  );
  return englishTexts;
}

const translationsOf = new Map<Locale, Promise<string[]>>();
/** A locale's translations (from its XLIFF file). */
function loadTranslations(locale: Locale): Promise<string[]> {
  let translations = translationsOf.get(locale);
  if (!translations) {
    translations = readXliff(locale).then((messages) => messages.map((message) => message.target.replaceAll(PLACEHOLDER, ' ')));
    translationsOf.set(locale, translations);
  }
  return translations;
}

// ————— What a widget shows —————

interface Snippet {
  text: string;
  where: string;
}

const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];

/**
 * The widget's text and accessible names, through nested shadow roots. Parts marked with
 * another language (`lang`: a feed text that fell back to English, a festival's second
 * language) are left out: they are meant to be in that language.
 */
function spokenText(root: ShadowRoot | Element, locale: Locale, snippets: Snippet[] = []): Snippet[] {
  const inLocale = (element: Element) => {
    const marked = element.closest('[lang]')?.getAttribute('lang');
    return !marked || marked.split('-')[0] === locale;
  };
  for (const element of root.querySelectorAll('*')) {
    if (element.localName === 'style' || element.localName === 'script' || !inLocale(element)) continue;
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) snippets.push({ text: node.textContent!, where: `<${element.localName}> text` });
    }
    for (const name of SPOKEN_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value?.trim()) snippets.push({ text: value, where: `<${element.localName}> ${name}` });
    }
    if (element.shadowRoot) spokenText(element.shadowRoot, locale, snippets);
  }
  return snippets;
}

let feedEnglish: Promise<string[]> | undefined;
/** The fixture feed's English and language-neutral texts: shown where a feed lacks the visitor's language. */
function loadFeedEnglish(): Promise<string[]> {
  const collect = (value: unknown, key = ''): string[] => {
    if (typeof value === 'string') return key === '' || key === 'en' || !/^[a-z]{2}$/.test(key) ? [value] : [];
    if (Array.isArray(value)) return value.flatMap((item) => collect(item));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => collect(item, name));
    return [];
  };
  feedEnglish ??= loadFixtureFeed().then((feed) => collect(feed));
  return feedEnglish;
}

/** English UI texts in a widget rendered in `locale`, with where they were found. */
async function englishLeaks(widget: Element, locale: Locale): Promise<string[]> {
  const [english, translations, feedTexts] = await Promise.all([loadEnglishTexts(), loadTranslations(locale), loadFeedEnglish()]);
  const snippets = spokenText(shadow(widget), locale);
  expect(snippets.length, 'the widget shows no text').to.be.above(0);
  const leaks: string[] = [];
  for (const { id, source, pattern } of english) {
    // The same words in this language's own translations (a brand name, a word both languages use) are no leak.
    if (translations.some((translation) => pattern.test(translation))) continue;
    for (const { text, where } of snippets) {
      const found = pattern.exec(text.replace(/\s+/g, ' '));
      // A feed text in English by the fallback chain is no UI string.
      if (found && !feedTexts.some((feedText) => feedText.toLowerCase().includes(found[0].toLowerCase()))) {
        leaks.push(`${id} ("${source}") in ${where}: "${text.trim()}"`);
      }
    }
  }
  return leaks;
}

// ————— The widgets, in every state a visitor sees —————

const BEFORE_FESTIVAL = Date.parse('2026-11-28T10:00:00Z');
const DURING_SCHEDULE_WEEK = Date.parse('2026-12-02T12:00:00+02:00');
const CONCERT = '2026-12-advent-concert';
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function shown<T extends BalticElement>(element: T): Promise<T> {
  await settled(element);
  await nextFrame();
  await element.updateComplete;
  return element;
}

async function calendarIn(locale: Locale, view: 'month' | 'list'): Promise<Element> {
  const calendar = await fixture<BalticElement>(
    html`<baltic-event-calendar lang=${locale} .feed=${await loadFixtureFeed()} date="2026-12" view=${view}></baltic-event-calendar>`,
  );
  await shown(calendar);
  await waitUntil(() => !shadow(calendar).querySelector('.sk-view'), 'the view did not load');
  await calendar.updateComplete;
  return calendar;
}

async function galleryIn(locale: Locale): Promise<BalticGallery> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 640px">
    <baltic-gallery lang=${locale} .feed=${await loadFixtureFeed()}></baltic-gallery>
  </div>`);
  return shown(wrapper.querySelector('baltic-gallery')!);
}

const widgets: Record<string, (locale: Locale) => Promise<Element>> = {
  'org card': async (locale) => shown(await fixture<BalticElement>(html`<baltic-org-card lang=${locale} .feed=${await loadFixtureFeed()}></baltic-org-card>`)),
  'event calendar, month view': (locale) => calendarIn(locale, 'month'),
  'event calendar, list view': (locale) => calendarIn(locale, 'list'),
  schedule: async (locale) => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
      <baltic-schedule lang=${locale} .now=${DURING_SCHEDULE_WEEK} .feed=${await loadFixtureFeed()}></baltic-schedule>
    </div>`);
    const schedule = await shown(wrapper.querySelector('baltic-schedule')!);
    await waitUntil(() => shadow(schedule).querySelector('.week, [part="empty"]'), 'the schedule did not render its week');
    return schedule;
  },
  'gallery grid': galleryIn,
  'gallery lightbox, open': async (locale) => {
    const gallery = await galleryIn(locale);
    shadow(gallery).querySelector<HTMLButtonElement>('[part="thumbnail"]')!.click();
    await waitUntil(() => shadow(gallery).querySelector('baltic-gallery-lightbox')?.shadowRoot?.querySelector('dialog')?.open, 'the lightbox did not open', { timeout: 5000 });
    await shadow(gallery).querySelector<BalticGalleryLightbox>('baltic-gallery-lightbox')!.updateComplete;
    await nextFrame();
    return gallery;
  },
  'location map, consent': async (locale) =>
    shown(await fixture<BalticElement>(html`<baltic-location-map lang=${locale} consent tile-url=${localTiles().url} .feed=${await loadFixtureFeed()}></baltic-location-map>`)),
  'dialogue banner, before the festival': async (locale) => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 960px">
      <baltic-dialogue-banner lang=${locale} .now=${BEFORE_FESTIVAL} .feed=${await loadFixtureFeed()}></baltic-dialogue-banner>
    </div>`);
    return shown(wrapper.querySelector('baltic-dialogue-banner')!);
  },
  'add to calendar, menu open': async (locale) => {
    const button = await shown(
      await fixture<BalticElement>(html`<baltic-add-to-calendar lang=${locale} .feed=${await loadFixtureFeed()} event-id=${CONCERT}></baltic-add-to-calendar>`),
    );
    await openMenu(button as never);
    await nextFrame();
    return button;
  },
};

describe('i18n coverage: no English UI text in a non-English widget', () => {
  it('finds an English UI text put into a Finnish widget, and passes over a text marked as English', async () => {
    const card = await shown(await fixture<BalticElement>(html`<baltic-org-card lang="fi" .feed=${await loadFixtureFeed()}></baltic-org-card>`));
    expect(await englishLeaks(card, 'fi')).to.deep.equal([]);
    const [english] = (await loadEnglishTexts()).filter((text) => text.id.startsWith('org-card.') && !text.source.includes('…'));
    const base = shadow(card).querySelector('[part="base"]')!;
    const marked = Object.assign(document.createElement('p'), { lang: 'en', textContent: english!.source });
    base.append(marked);
    expect(await englishLeaks(card, 'fi')).to.deep.equal([]);
    const leaked = Object.assign(document.createElement('p'), { textContent: english!.source });
    base.append(leaked);
    expect(await englishLeaks(card, 'fi')).to.have.length(1);
    leaked.remove();
    base.firstElementChild!.setAttribute('aria-label', english!.source.toUpperCase());
    expect((await englishLeaks(card, 'fi'))[0]).to.include(english!.id);
  });

  for (const [name, render] of Object.entries(widgets)) {
    for (const locale of TRANSLATED) {
      it(`${name} in ${locale}`, async () => {
        const widget = await render(locale);
        expect(shadow(widget).querySelector('[part="base"]')!.getAttribute('lang')).to.equal(locale);
        expect(await englishLeaks(widget, locale)).to.deep.equal([]);
      });
    }
  }
});

// ————— Plurals —————

const COUNTS = [0, 1, 2, 5, 11, 21, 22, 25];
/**
 * Counts whose texts must differ (the number masked), by language: Russian and Ukrainian tell
 * "few" (2, 22) from "many" (5, 25); Lithuanian puts 2–9 and 22–29 alike in "few" (so 2 and 5
 * read the same) and tells them and "one" (1, 21) from "other" (0, 10–20). "One" and "few" may
 * read alike (Ukrainian "1 заняття", "2 заняття"), so they are not compared.
 */
const DISTINCT_FORMS: Partial<Record<Locale, [number, number][]>> = {
  ru: [[2, 5], [22, 25]],
  uk: [[2, 5], [22, 25]],
  lt: [[1, 11], [2, 11], [22, 0]],
};
const masked = (text: string, count: number) => text.replace(String(count), '#');

interface PluralGroup {
  /** How many placeholders the source has (the count is the first). */
  placeholders: number;
  /** True when the English one and other differ ("1 event", "2 events"): a counted word that other languages inflect too. */
  inflects: boolean;
}

/** The plural groups: messages whose ids end in a plural category, by their stem. */
async function pluralGroups(): Promise<Map<string, PluralGroup>> {
  const messages = await readXliff('fi');
  const source = (id: string) => messages.find((message) => message.id === id)?.parts.join(PLACEHOLDER);
  const groups = new Map<string, PluralGroup>();
  for (const message of messages) {
    const match = /^(.+)\.(zero|one|two|few|many|other)$/.exec(message.id);
    if (match) groups.set(match[1]!, { placeholders: message.parts.length - 1, inflects: source(`${match[1]}.one`) !== source(`${match[1]}.other`) });
  }
  return groups;
}

/** A message by id in `templates`, with the count as its first placeholder and markers for the others. */
function render(templates: TemplateMap | undefined, id: string, count: string, placeholders: number): string {
  const values = [count, ...Array.from({ length: placeholders - 1 }, (_, index) => `[${index + 1}]`)];
  const source = { strTag: true, strings: ['', ...values.slice(1).map(() => ' '), ''], values };
  return withMessages(templates, () => (msg as unknown as (template: unknown, options: { id: string }) => string)(source, { id }));
}

describe('i18n coverage: plural forms', () => {
  it('has plural groups to check, most of them with a counted word', async () => {
    const groups = [...(await pluralGroups()).values()];
    expect(groups.length).to.be.above(2);
    expect(groups.filter((group) => group.inflects).length).to.be.above(2);
  });

  for (const locale of TRANSLATED) {
    it(`${locale}: 0, 1, 2, 5, 11, 21, 22, 25 take the translation of the category Intl.PluralRules gives`, async () => {
      const templates = (await loadMessages(locale))!;
      const rules = new Intl.PluralRules(locale);
      for (const [group, { placeholders, inflects }] of await pluralGroups()) {
        const texts = new Map<number, string>();
        for (const count of COUNTS) {
          const shownCount = numberFormat(locale).format(count);
          const forms = Object.fromEntries(
            ['zero', 'one', 'two', 'few', 'many', 'other']
              .filter((category) => `${group}.${category}` in templates)
              .map((category) => [category, render(templates, `${group}.${category}`, shownCount, placeholders)]),
          ) as Record<Intl.LDMLPluralRule, string> & { other: string };
          const category = rules.select(count);
          const chosen = plural(locale, count, forms);
          expect(templates, `${locale} lacks ${group}.${category} (for ${count})`).to.have.property(`${group}.${category}`);
          expect(chosen, `${locale} ${group} for ${count}`).to.equal(forms[category]);
          expect(chosen, `${locale} ${group} for ${count}`).to.include(shownCount);
          texts.set(count, chosen);
        }
        for (const [a, b] of inflects ? (DISTINCT_FORMS[locale] ?? []) : []) {
          expect(masked(texts.get(a)!, a), `${locale} ${group}: ${a} ("${rules.select(a)}") and ${b} ("${rules.select(b)}") read the same`).not.to.equal(masked(texts.get(b)!, b));
        }
      }
    });
  }
});

/**
 * The demo's sub-pages speak the visitor's language: every text a page shows outside the
 * widgets (navigation, headings, introductions, item names, footers) is named by a key that
 * has a Russian and a Finnish text, or is a date formatted in the page's language. A text
 * added in English only fails here.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { DEMO_TEXTS } from '../../demo/demo-texts.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const PAGES = ['index', 'event-calendar', 'schedule', 'gallery', 'location-map', 'dialogue-banner', 'add-to-calendar'];
/** Not the site's words: the association's name, code samples, the widgets (which translate themselves). */
const isExempt = (element: Element) => element.tagName === 'code' || element.tagName.startsWith('baltic-') || ['script', 'style', 'template'].includes(element.tagName);
const attribute = (element: Element, name: string) => element.attrs.find((entry) => entry.name === name)?.value;

/** Every visible text of the body with the nearest element that names it (data-text, data-html or data-when), if any. */
function texts(node: Node, named: Element | undefined, found: { text: string; named?: Element }[]) {
  if (node.nodeName === '#text') {
    const text = (node as DefaultTreeAdapterMap['textNode']).value.trim();
    if (text && text !== 'Baltic Region ry' && !/^[\p{P}\s]+$/u.test(text)) found.push({ text, named });
    return found;
  }
  if (!('childNodes' in node)) return found;
  const element = node as Element;
  if ('tagName' in element && isExempt(element)) return found;
  const naming = 'tagName' in element && ['data-text', 'data-html', 'data-when'].some((name) => attribute(element, name) !== undefined) ? element : named;
  for (const child of element.childNodes) texts(child, naming, found);
  return found;
}

describe('demo pages in Russian and Finnish', () => {
  for (const page of PAGES) {
    test(`${page}.html: every text outside the widgets follows the language`, async () => {
      const document = parse(await readFile(new URL(`../../demo/${page}.html`, import.meta.url), 'utf8'));
      const html = document.childNodes.find((node) => node.nodeName === 'html') as Element;
      const body = html.childNodes.find((node) => node.nodeName === 'body')!;
      const found = texts(body, undefined, []);
      assert.ok(found.length >= 4, 'the page has texts');
      const unnamed = found.filter((entry) => !entry.named).map((entry) => entry.text);
      assert.deepEqual(unnamed, [], 'texts shown in English whatever the language');
      for (const { named } of found) {
        const key = attribute(named!, 'data-text') ?? attribute(named!, 'data-html');
        if (key === undefined) continue; // a date, formatted in the page's language
        for (const lang of ['ru', 'fi']) {
          const text = DEMO_TEXTS[lang]?.[key];
          assert.ok(text && text.trim(), `${page}: "${key}" has no ${lang} text`);
          assert.doesNotMatch(text, /\b(the|and|of|with|for)\b/, `${page}: "${key}" in ${lang} reads as English`);
        }
      }
    });
  }
});

/**
 * The hardening pages of test/pages/ share one set of widgets (widgets.html): a page marks
 * where they go with `<!-- widgets.html -->`, and the test server puts them there.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const PAGES = resolve('test/pages');

/** The text of a page of test/pages/ (`path` from the site root), with the shared widgets in; undefined for another path. */
export async function renderTestPage(path) {
  const file = resolve('.' + decodeURIComponent(path));
  if (!file.startsWith(PAGES + '/') || !file.endsWith('.html')) return undefined;
  const page = await readFile(file, 'utf8');
  return page.includes('<!-- widgets.html -->') ? page.replace('<!-- widgets.html -->', (await readFile(resolve(PAGES, 'widgets.html'), 'utf8')).trimEnd()) : page;
}

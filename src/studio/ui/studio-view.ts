/**
 * The editor's layout: the parts of the feed, the items of a collection, the form of the
 * chosen one, and beside it the problems and the missing translations.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LOCALE_NAMES, type Locale } from '../../i18n/locales.js';
import { pathKey } from '../model/checks.js';
import { feedLanguages, isObject, type FeedDocument, type JsonObject } from '../model/document.js';
import { SECTIONS, type Section, type SectionId } from '../model/sections.js';
import { toWallTime } from '../model/wall-time.js';
import { msg, str } from '../i18n.js';
import { problemMessage, type FieldContext } from './field-context.js';
import { renderFields } from './field-views.js';

/** An item's name in the first feed language that has one. */
export function itemName(item: unknown, languages: string[]): string {
  if (!isObject(item)) return '';
  const text = item.title ?? item.name;
  if (typeof text === 'string') return text;
  if (isObject(text)) for (const language of [...languages, ...Object.keys(text)]) if (typeof text[language] === 'string' && text[language]) return text[language] as string;
  return '';
}

export interface ViewActions {
  chooseSection(id: SectionId): void;
  chooseItem(index: number): void;
  addItem(): void;
  removeItem(index: number): void;
  duplicateItem(index: number): void;
  goTo(path: string): void;
}

export function renderSectionNav(document: FeedDocument, current: SectionId, errorsBySection: Map<string, number>, actions: ViewActions): TemplateResult {
  return html`<nav class="sections" aria-label=${msg('Parts of the feed', { id: 'studio.nav' })}>
    <ul>
      ${SECTIONS.map((section) => {
        const items = section.collection ? document[section.key] : undefined;
        const errors = errorsBySection.get(section.key) ?? 0;
        return html`<li><button type="button" aria-current=${section.id === current ? 'page' : 'false'} @click=${() => actions.chooseSection(section.id)}>
          ${section.label()}${Array.isArray(items) ? html` <span class="count">${items.length}</span>` : nothing}
          ${errors ? html` <span class="badge" title=${msg('problems', { id: 'studio.problems-short' })}>⚠ ${errors}</span>` : nothing}
        </button></li>`;
      })}
    </ul>
  </nav>`;
}

export function renderSection(context: FieldContext, section: Section, selected: number, actions: ViewActions): TemplateResult {
  if (!section.collection) {
    const base = section.key ? [section.key] : [];
    return html`<form class="item-form" @submit=${(event: Event) => event.preventDefault()} aria-labelledby="form-title">
      <h2 id="form-title">${section.label()}</h2>
      ${section.id === 'festival' && !isObject(context.document.festival)
        ? html`<p>${msg('No festival in the feed yet.', { id: 'studio.festival.none' })}</p>
            <button type="button" class="add" @click=${() => context.set(['festival'], { title: '', start: '', end: '' })}>+ ${msg('Add the festival', { id: 'studio.festival.add' })}</button>`
        : renderFields(context, section.fields, base)}
    </form>`;
  }
  const items = Array.isArray(context.document[section.key]) ? (context.document[section.key] as unknown[]) : [];
  const item = items[selected];
  const languages = [context.locale, ...context.languages];
  const label = (entry: unknown, index: number) => {
    const name = itemName(entry, languages) || msg('(no title yet)', { id: 'studio.untitled' });
    const start = isObject(entry) && typeof entry.start === 'string' && section.id === 'events' ? toWallTime(entry.start, context.timeZone).date : '';
    return { name, start, errors: context.check.problems.filter((problem) => problem.severity === 'error' && problem.path.startsWith(`${section.key}[${index}]`)).length };
  };
  return html`<div class="collection">
    <div class="item-list">
      <h2 id="list-title">${section.label()}</h2>
      <ul aria-labelledby="list-title">
        ${items.map((entry, index) => {
          const { name, start, errors } = label(entry, index);
          return html`<li><button type="button" aria-current=${index === selected ? 'true' : 'false'} @click=${() => actions.chooseItem(index)}>
            <span class="name">${name}</span>${start ? html` <span class="date">${start}</span>` : nothing}${errors ? html` <span class="badge">⚠ ${errors}</span>` : nothing}
          </button></li>`;
        })}
      </ul>
      <button type="button" class="add primary" @click=${actions.addItem}>+ ${section.newLabel?.() ?? section.label()}</button>
    </div>
    ${isObject(item)
      ? html`<form class="item-form" @submit=${(event: Event) => event.preventDefault()} aria-labelledby="form-title">
          <div class="form-head">
            <h2 id="form-title">${itemName(item, languages) || msg('(no title yet)', { id: 'studio.untitled' })}</h2>
            <button type="button" class="small" @click=${() => actions.duplicateItem(selected)}>${msg('Duplicate', { id: 'studio.duplicate' })}</button>
            <button type="button" class="small danger" @click=${() => actions.removeItem(selected)}>${msg('Delete', { id: 'studio.delete' })}</button>
          </div>
          ${renderItemProblems(context, [section.key, selected])}
          ${renderFields(context, section.fields, [section.key, selected])}
        </form>`
      : html`<p class="empty">${items.length ? msg('Choose an item to edit it.', { id: 'studio.choose-item' }) : msg('Nothing here yet.', { id: 'studio.empty' })}</p>`}
  </div>`;
}

/** Problems about the item as a whole (e.g. a required field missing, so the item is skipped). */
function renderItemProblems(context: FieldContext, path: (string | number)[]): TemplateResult | typeof nothing {
  const problems = context.check.byPath.get(pathKey(path)) ?? [];
  return problems.length ? html`<ul class="field-problems">${problems.map((problem) => html`<li class=${problem.severity}>${problemMessage(problem)}</li>`)}</ul>` : nothing;
}

export function renderProblemList(context: FieldContext, sectionOf: (path: string) => Section | undefined, actions: ViewActions): TemplateResult {
  const problems = context.check.problems;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return html`<section class="problems card" aria-labelledby="problems-title">
    <h2 id="problems-title">${msg('Check', { id: 'studio.check' })}</h2>
    <p role="status">${problems.length
      ? msg(str`${errors} errors, ${problems.length - errors} warnings`, { id: 'studio.check.summary' })
      : msg('No problems: the feed is valid.', { id: 'studio.check.ok' })}</p>
    ${problems.length
      ? html`<ul>
          ${problems.slice(0, 100).map((problem) => {
            const section = sectionOf(problem.path);
            return html`<li class=${problem.severity}><a href="#${problem.path}" @click=${(event: Event) => {
              event.preventDefault();
              actions.goTo(problem.path);
            }}>${section ? `${section.label()} › ` : ''}${describePath(context.document, problem.path)}</a>: ${problemMessage(problem)}</li>`;
          })}
        </ul>`
      : nothing}
    ${renderTranslationCounts(context)}
  </section>`;
}

/** `events[3].start` → `Concert › start`: the item's name instead of its index. */
function describePath(document: FeedDocument, path: string): string {
  const match = /^(\w+)\[(\d+)\](.*)$/.exec(path);
  if (!match) return path;
  const items = document[match[1]!];
  const name = Array.isArray(items) ? itemName(items[Number(match[2])], feedLanguages(document)) : '';
  return `${name || `#${Number(match[2]) + 1}`}${match[3] ? ` › ${match[3].replace(/^\./, '')}` : ''}`;
}

function renderTranslationCounts(context: FieldContext): TemplateResult {
  return html`<h3>${msg('Translations', { id: 'studio.translations' })}</h3>
    <ul class="translations">
      ${[...context.check.missing].map(
        ([language, count]) => html`<li class=${count ? 'warning' : ''}>${LOCALE_NAMES[language as Locale] ?? language}:
          ${count ? msg(str`${count} texts missing`, { id: 'studio.translations.missing' }) : msg('complete', { id: 'studio.translations.complete' })}</li>`,
      )}
    </ul>`;
}

export const selectedItem = (document: FeedDocument, section: Section, index: number): JsonObject | undefined => {
  if (!section.collection) return section.key && isObject(document[section.key]) ? (document[section.key] as JsonObject) : undefined;
  const items = document[section.key];
  return Array.isArray(items) && isObject(items[index]) ? (items[index] as JsonObject) : undefined;
};

/** The section a problem's path belongs to (the settings for the feed's own fields). */
export function sectionOf(path: string): Section | undefined {
  const head = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  return SECTIONS.find((section) => section.key === head) ?? (head ? SECTIONS.find((section) => section.id === 'settings') : undefined);
}

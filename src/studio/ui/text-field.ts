/**
 * A text in every feed language, side by side, each input marked with its language, and
 * the languages it still lacks said at the field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LOCALE_NAMES, type Locale } from '../../i18n/locales.js';
import { missingLanguages } from '../model/checks.js';
import { isObject, type DocPath, type Json } from '../model/document.js';
import type { Field } from '../model/fields.js';
import { msg, str } from '../i18n.js';
import { describedBy, fieldId, renderProblems, type FieldContext } from './field-context.js';

const languageName = (code: string) => LOCALE_NAMES[code as Locale] ?? code;

export function renderText(context: FieldContext, field: Field & { multiline?: boolean }, path: DocPath, value: Json | undefined): TemplateResult {
  const id = fieldId(path);
  const multiline = 'multiline' in field && field.multiline;
  const input = (inputId: string, text: string, lang: string | undefined, onInput: (text: string) => void, describedById: string | typeof nothing) =>
    multiline
      ? html`<textarea id=${inputId} lang=${lang ?? nothing} rows="4" .value=${text} aria-describedby=${describedById}
          @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}></textarea>`
      : html`<input id=${inputId} lang=${lang ?? nothing} type="text" .value=${text} aria-describedby=${describedById} autocomplete="off"
          @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />`;

  // One string for every language (a name such as "Baltic Region ry"): one input, and a way to translate it.
  if (typeof value === 'string' && value !== '') {
    return html`<div class="field text" id=${id}>
      <label for="${id}-all">${field.label()}${field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}
        <span class="lang-tag">${msg('every language', { id: 'studio.every-language' })}</span></label>
      ${input(`${id}-all`, value, undefined, (text) => context.set(path, text), describedBy(context, path))}
      <button type="button" class="small" @click=${() => context.set(path, Object.fromEntries(context.languages.map((language) => [language, value])))}>
        ${msg('Translate per language', { id: 'studio.translate' })}
      </button>
      ${renderProblems(context, path)}
    </div>`;
  }
  const texts = isObject(value) ? value : {};
  const languages = [...new Set([...context.languages, ...Object.keys(texts)])];
  const lacking = missingLanguages(texts, context.languages);
  const setLanguage = (language: string, text: string) => {
    const next: Record<string, Json> = { ...texts, [language]: text };
    if (text === '') delete next[language];
    context.set(path, Object.keys(next).length ? next : undefined);
  };
  return html`<fieldset class="field text" id=${id} aria-describedby=${describedBy(context, path, lacking.length > 0)}>
    <legend>${field.label()}${field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</legend>
    <div class="languages">
      ${languages.map((language) => {
        const text = typeof texts[language] === 'string' ? (texts[language] as string) : '';
        const inputId = `${id}-${language}`;
        const missing = lacking.includes(language);
        return html`<div class="language ${missing ? 'missing' : ''}">
          <label for=${inputId}><span class="lang-tag">${language.toUpperCase()}</span> ${languageName(language)}
            ${missing ? html`<span class="missing-mark">${msg('missing', { id: 'studio.missing' })}</span>` : nothing}</label>
          ${input(inputId, text, language, (next) => setLanguage(language, next), describedBy(context, path))}
        </div>`;
      })}
    </div>
    ${renderProblems(
      context,
      path,
      lacking.length ? [html`${msg(str`Not yet translated into: ${lacking.map(languageName).join(', ')}`, { id: 'studio.untranslated' })}`] : [],
    )}
  </fieldset>`;
}

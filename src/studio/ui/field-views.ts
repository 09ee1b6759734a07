/**
 * One view per kind of field (see `model/fields.ts`): labelled inputs that write into the
 * document as the volunteer types, with the field's problems under it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getIn, isObject, type DocPath, type Json } from '../model/document.js';
import type { Field } from '../model/fields.js';
import { msg } from '../i18n.js';
import { describedBy, fieldId, renderProblems, type FieldContext } from './field-context.js';
import { renderColor, renderDateTime, renderGeo, renderImage } from './special-fields.js';
import { renderText } from './text-field.js';
import { formatNumberText, readNumberText } from '../model/number-text.js';

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

/** The label with a mark for a required field. */
export const labelText = (field: Field) => html`${field.label()}${field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}`;

const hint = (field: Field, path: DocPath) => (field.hint ? html`<p class="hint" id="${fieldId(path)}-hint">${field.hint()}</p>` : nothing);

export function renderFields(context: FieldContext, fields: Field[], base: DocPath): TemplateResult[] {
  return fields.map((field) => renderField(context, field, field.key ? [...base, field.key] : base));
}

export function renderField(context: FieldContext, field: Field, path: DocPath): TemplateResult {
  const value = getIn(context.document, path);
  const id = fieldId(path);
  switch (field.kind) {
    case 'text':
      return renderText(context, field, path, value);
    case 'string':
      return html`<div class="field">
        <label for=${id}>${labelText(field)}</label>
        <input id=${id} type=${field.type ?? 'text'} .value=${typeof value === 'string' ? value : value === undefined ? '' : String(value)}
          ?required=${field.required} aria-invalid=${describedBy(context, path) === nothing ? 'false' : 'true'} aria-describedby=${describedBy(context, path)}
          autocomplete="off" @input=${(event: Event) => context.set(path, valueOf(event).trim() === '' && !field.required ? undefined : valueOf(event))} />
        ${hint(field, path)} ${renderProblems(context, path)}
      </div>`;
    case 'number':
      return renderNumber(context, field, path, value);
    case 'select': {
      const options = field.options(context.document);
      const current = typeof value === 'string' ? value : '';
      return html`<div class="field">
        <label for=${id}>${labelText(field)}</label>
        <select id=${id} aria-describedby=${describedBy(context, path)} @change=${(event: Event) => context.set(path, valueOf(event) || undefined)}>
          ${field.required && current ? nothing : html`<option value="" ?selected=${!current}>${field.empty?.() ?? msg('— none —', { id: 'studio.none' })}</option>`}
          ${options.map(([option, label]) => html`<option value=${option} ?selected=${option === current}>${label}</option>`)}
          ${current && !options.some(([option]) => option === current) ? html`<option value=${current} selected>${current}</option>` : nothing}
        </select>
        ${renderProblems(context, path)}
      </div>`;
    }
    case 'multi': {
      const chosen = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
      const toggle = (option: string, on: boolean) => {
        const next = on ? [...chosen, option] : chosen.filter((item) => item !== option);
        const order = field.options(context.document).map(([item]) => item);
        next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
        context.set(path, next.length || field.required ? next : undefined);
      };
      return html`<fieldset class="field multi" id=${id} aria-describedby=${describedBy(context, path)}>
        <legend>${labelText(field)}</legend>
        ${field.options(context.document).map(
          ([option, label]) => html`<label class="check"><input type="checkbox" .checked=${chosen.includes(option)} value=${option}
            @change=${(event: Event) => toggle(option, (event.target as HTMLInputElement).checked)} />${label}</label>`,
        )}
        ${renderProblems(context, path)}
      </fieldset>`;
    }
    case 'date':
    case 'clock':
      return html`<div class="field">
        <label for=${id}>${labelText(field)}</label>
        <input id=${id} type=${field.kind === 'date' ? 'date' : 'time'} .value=${typeof value === 'string' ? value : ''} ?required=${field.required}
          aria-describedby=${describedBy(context, path)}
          @input=${(event: Event) => context.set(path, valueOf(event) || (field.required ? '' : undefined))} />
        ${renderProblems(context, path)}
      </div>`;
    case 'datetime':
      return renderDateTime(context, field, path, value);
    case 'color':
      return renderColor(context, field, path, value);
    case 'geo':
      return renderGeo(context, field, path, value);
    case 'image':
      return renderImage(context, field, path, value);
    case 'group':
      return html`<fieldset class="group" id=${id}>
        <legend>${labelText(field)}</legend>
        ${renderFields(context, field.fields, path)} ${renderProblems(context, path)}
      </fieldset>`;
    case 'list':
      return renderList(context, field, path, value);
    case 'texts':
      return renderTexts(context, field, path, value);
  }
}

function renderList(context: FieldContext, field: Extract<Field, { kind: 'list' }>, path: DocPath, value: Json | undefined): TemplateResult {
  const items = Array.isArray(value) ? value : [];
  const add = () => context.set([...path, items.length], field.newItem(context.document, items) as Json);
  return html`<fieldset class="group list" id=${fieldId(path)}>
    <legend>${labelText(field)} <span class="count">(${items.length})</span></legend>
    ${items.map(
      (item, index) => html`<fieldset class="list-item">
        <legend>${field.itemTitle(isObject(item) ? item : {}, index)}</legend>
        ${renderFields(context, field.fields, [...path, index])} ${renderProblems(context, [...path, index])}
        <button type="button" class="remove" @click=${() => context.set([...path, index], undefined)}>
          ${msg('Remove', { id: 'studio.remove' })}<span class="visually-hidden"> ${field.label()} ${field.itemTitle(isObject(item) ? item : {}, index)}</span>
        </button>
      </fieldset>`,
    )}
    <button type="button" class="add" @click=${add}>+ ${msg('Add', { id: 'studio.add' })}<span class="visually-hidden"> ${field.label()}</span></button>
    ${renderProblems(context, path)}
  </fieldset>`;
}

function renderTexts(context: FieldContext, field: Field, path: DocPath, value: Json | undefined): TemplateResult {
  const items = Array.isArray(value) ? value : [];
  const textField: Field = { kind: 'text', key: '', label: field.label };
  return html`<fieldset class="group list" id=${fieldId(path)}>
    <legend>${labelText(field)}</legend>
    ${items.map(
      (item, index) => html`<div class="list-item">
        ${renderText(context, { ...textField, label: () => `${field.label()} ${index + 1}` }, [...path, index], item)}
        <button type="button" class="remove" @click=${() => context.set([...path, index], undefined)}>
          ${msg('Remove', { id: 'studio.remove' })}<span class="visually-hidden"> ${field.label()} ${index + 1}</span>
        </button>
      </div>`,
    )}
    <button type="button" class="add" @click=${() => context.set([...path, items.length], {})}>+ ${msg('Add', { id: 'studio.add' })}<span class="visually-hidden"> ${field.label()}</span></button>
  </fieldset>`;
}

/** Per number box (its id), the text last typed into it and the number the feed kept then: the text is shown as typed ("10,50" for 10.5) while the feed still has that number. */
const typedNumbers = new Map<string, { text: string; kept: Json | undefined }>();

/**
 * A number box that reads what a volunteer types as they write numbers ("10,50", "10.50", "10 €";
 * see `number-text.ts`): the number is written as it is typed, text that is no number is not
 * (the feed keeps the earlier number) and the box says how to write one.
 */
function renderNumber(context: FieldContext, field: Field, path: DocPath, value: Json | undefined): TemplateResult {
  const id = fieldId(path);
  const typed = typedNumbers.get(id);
  const stillTyped = typed !== undefined && typed.kept === value;
  const shown = stillTyped ? typed.text : typeof value === 'number' ? formatNumberText(value, context.locale) : '';
  const wrong = stillTyped && readNumberText(typed.text).kind === 'invalid';
  const problems = describedBy(context, path);
  return html`<div class="field">
    <label for=${id}>${labelText(field)}</label>
    <input id=${id} type="text" inputmode="decimal" autocomplete="off" .value=${shown}
      aria-invalid=${wrong || problems !== nothing ? 'true' : 'false'} aria-describedby=${wrong ? `${id}-not-a-number` : problems}
      @input=${(event: Event) => {
        const text = valueOf(event);
        const read = readNumberText(text);
        // Text that is no number (yet) leaves the feed's number as it is; the box says why.
        const kept = read.kind === 'number' ? read.value : read.kind === 'empty' ? undefined : value;
        typedNumbers.set(id, { text, kept });
        context.set(path, kept);
      }} />
    ${wrong ? html`<ul class="field-problems" id="${id}-not-a-number"><li class="warning">${msg('Not a number: write it as 10 or 10,50.', { id: 'studio.field.not-a-number' })}</li></ul>` : nothing}
    ${renderProblems(context, path)}
  </div>`;
}

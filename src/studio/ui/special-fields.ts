/**
 * Fields with more than one input: a date-time in the feed's time zone (with its DST-night
 * check), a colour with its contrast, a point on the map, an image with its size and alt text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getIn, isObject, type DocPath, type Json } from '../model/document.js';
import type { Field } from '../model/fields.js';
import { checkWallTime, fromWallTime, toWallTime } from '../model/wall-time.js';
import { contrastRatio } from '../model/contrast.js';
import { pathKey } from '../model/checks.js';
import { msg, str } from '../i18n.js';
import { describedBy, fieldId, renderProblems, type FieldContext } from './field-context.js';
import { renderText } from './text-field.js';

const label = (field: Field) => html`${field.label()}${field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}`;

export function renderDateTime(context: FieldContext, field: Extract<Field, { kind: 'datetime' }>, path: DocPath, value: Json | undefined): TemplateResult {
  const id = fieldId(path);
  const wall = toWallTime(typeof value === 'string' ? value : undefined, context.timeZone);
  const allDay = field.allDayToggle === true && wall.date !== '' && wall.time === '';
  // A date typed into an empty timed field gets midday, shown at once for the volunteer to change: a date alone would mean all day.
  const write = (date: string, time: string) =>
    context.set(path, fromWallTime({ date, time: time || (field.allDayToggle && !allDay && date && !wall.date ? '12:00' : time) }) ?? (field.required ? '' : undefined));
  const kind = allDay ? 'ok' : checkWallTime(wall.date, wall.time, context.timeZone);
  const dst =
    kind === 'skipped'
      ? [html`${msg(str`${wall.time} does not exist on this night: the clocks go forward in ${context.timeZone}. Choose another time.`, { id: 'studio.dst.skipped' })}`]
      : kind === 'repeated'
        ? [html`${msg(str`${wall.time} happens twice on this night: the clocks go back in ${context.timeZone}. Calendars will use the first (summer time).`, { id: 'studio.dst.repeated' })}`]
        : [];
  const described = describedBy(context, path, dst.length > 0);
  /**
   * A date or time typed halfway ("05.1_.2026", an hour wiped with Backspace) is no value yet
   * (the browser reports it as empty, with \`badInput\`): the feed keeps the one it had, and the
   * field says so until it is complete. Were it written, half a date would erase the date and
   * half a time make the event last all day.
   */
  const typed = (event: Event, write: (value: string) => void) => {
    const input = event.target as HTMLInputElement;
    const incomplete = input.validity.badInput;
    input.setAttribute('aria-invalid', String(incomplete || dst.length > 0));
    if (!incomplete) write(input.value);
  };
  return html`<fieldset class="field datetime ${dst.length ? 'flagged' : ''}" id=${id} aria-describedby=${described}>
    <legend>${label(field)} <span class="zone">(${context.timeZone.replaceAll('_', ' ')})</span></legend>
    <div class="row">
      <label>${msg('Date', { id: 'studio.field.date' })}
        <input id="${id}-date" type="date" .value=${wall.date} aria-invalid=${dst.length ? 'true' : 'false'} @input=${(event: Event) => typed(event, (date) => write(date, allDay ? '' : wall.time))} /></label>
      ${allDay
        ? nothing
        : html`<label>${msg('Time', { id: 'studio.field.time' })}
            <input id="${id}-time" type="time" .value=${wall.time} aria-invalid=${dst.length ? 'true' : 'false'} aria-describedby=${described}
              @input=${(event: Event) => typed(event, (time) => write(wall.date, time))} /></label>`}
      ${field.allDayToggle
        ? html`<label class="check"><input id="${id}-all-day" type="checkbox" .checked=${allDay}
            @change=${(event: Event) => write(wall.date, (event.target as HTMLInputElement).checked ? '' : '12:00')} />${msg('All day', { id: 'studio.field.all-day' })}</label>`
        : nothing}
    </div>
    <p class="incomplete warning-text">${msg('Not complete: finish the date and the time. Until then the feed keeps the earlier one.', { id: 'studio.field.incomplete' })}</p>
    ${renderProblems(context, path, dst)}
  </fieldset>`;
}

export function renderColor(context: FieldContext, field: Field, path: DocPath, value: Json | undefined): TemplateResult {
  const id = fieldId(path);
  const color = typeof value === 'string' ? value : '';
  const onLight = /^#[0-9a-f]{6}$/i.test(color) ? contrastRatio(color, '#ffffff') : undefined;
  const onDark = /^#[0-9a-f]{6}$/i.test(color) ? contrastRatio(color, '#121212') : undefined;
  const verdict = (ratio: number) => (ratio >= 3 ? '✓' : msg('too faint', { id: 'studio.contrast.low' }));
  const weak = onLight !== undefined && onDark !== undefined && (onLight < 3 || onDark < 3);
  return html`<div class="field color">
    <label for=${id}>${label(field)}</label>
    <div class="row">
      <input id=${id} type="color" .value=${/^#[0-9a-f]{6}$/i.test(color) ? color : '#000000'} @input=${(event: Event) => context.set(path, (event.target as HTMLInputElement).value)} />
      <input type="text" aria-label=${field.label()} .value=${color} pattern="#[0-9a-fA-F]{3,6}" @input=${(event: Event) => context.set(path, (event.target as HTMLInputElement).value || undefined)} />
    </div>
    ${onLight !== undefined && onDark !== undefined
      ? html`<p class="hint ${weak ? 'warning-text' : ''}" id="${id}-contrast">
          ${msg(str`Contrast on a light page ${onLight.toFixed(1)}:1 ${verdict(onLight)}, on a dark page ${onDark.toFixed(1)}:1 ${verdict(onDark)} (3:1 needed to be seen).`, { id: 'studio.contrast' })}
        </p>`
      : nothing}
    ${renderProblems(context, path)}
  </div>`;
}

export function renderGeo(context: FieldContext, field: Field, path: DocPath, value: Json | undefined): TemplateResult {
  const id = fieldId(path);
  const geo = isObject(value) ? value : {};
  const setCoordinate = (key: 'lat' | 'lon', text: string) => {
    const next: Record<string, Json> = { ...geo, [key]: text === '' ? (undefined as never) : Number(text) };
    if (text === '') delete next[key];
    context.set(path, Object.keys(next).length ? next : undefined);
  };
  return html`<fieldset class="field geo" id=${id}>
    <legend>${label(field)}</legend>
    <div class="row">
      <label>${msg('Latitude', { id: 'studio.field.lat' })}
        <input id="${id}-lat" type="number" step="any" min="-90" max="90" .value=${typeof geo.lat === 'number' ? String(geo.lat) : ''} @input=${(event: Event) => setCoordinate('lat', (event.target as HTMLInputElement).value)} /></label>
      <label>${msg('Longitude', { id: 'studio.field.lon' })}
        <input id="${id}-lon" type="number" step="any" min="-180" max="180" .value=${typeof geo.lon === 'number' ? String(geo.lon) : ''} @input=${(event: Event) => setCoordinate('lon', (event.target as HTMLInputElement).value)} /></label>
      <button type="button" @click=${() => context.pickPoint(path)}>${msg('Set on the map…', { id: 'studio.map.open' })}</button>
    </div>
    ${renderProblems(context, path)} ${renderProblems(context, [...path, 'lat'])} ${renderProblems(context, [...path, 'lon'])}
  </fieldset>`;
}

/** An image: its own object at `path` ({src, width, height, alt}), or for a photo the item itself (key ''). */
export function renderImage(context: FieldContext, field: Field, path: DocPath, value: Json | undefined): TemplateResult {
  const isPhoto = field.key === '';
  // A photo's picture fields are the item's own: their ids are the item's fields'.
  const id = fieldId(isPhoto ? [...path, 'picture'] : path);
  const image = isObject(value) ? value : {};
  const hasImage = typeof image.src === 'string' && image.src !== '';
  const setPart = (key: string, part: Json | undefined) => context.set([...path, key], part);
  const altMissing = hasImage && (image.alt === undefined || (typeof image.alt === 'string' && !image.alt.trim()) || (isObject(image.alt) && !Object.values(image.alt).some((text) => typeof text === 'string' && text.trim())));
  return html`<fieldset class="field image" id=${id}>
    <legend>${label(field)}</legend>
    <div class="row">
      <label class="file">${msg('Choose a picture…', { id: 'studio.image.choose' })}
        <input id="${id}-file" type="file" accept="image/*" @change=${(event: Event) => {
          const file = (event.target as HTMLInputElement).files?.[0];
          if (file) context.chooseImage(path, file);
        }} /></label>
      ${hasImage && !isPhoto ? html`<button type="button" class="small" @click=${() => context.set(path, undefined)}>${msg('Remove the image', { id: 'studio.image.remove' })}</button>` : nothing}
    </div>
    <div class="row">
      <label class="grow">${msg('Address of the picture', { id: 'studio.image.src' })}
        <input id=${fieldId([...path, 'src'])} type="text" .value=${typeof image.src === 'string' ? image.src : ''} placeholder="images/…" aria-describedby=${describedBy(context, [...path, 'src'])}
          @input=${(event: Event) => setPart('src', (event.target as HTMLInputElement).value)} /></label>
      <label>${msg('Width', { id: 'studio.image.width' })}
        <input id=${fieldId([...path, 'width'])} type="number" min="1" .value=${typeof image.width === 'number' ? String(image.width) : ''} @input=${(event: Event) => setPart('width', Number((event.target as HTMLInputElement).value) || undefined)} /></label>
      <label>${msg('Height', { id: 'studio.image.height' })}
        <input id=${fieldId([...path, 'height'])} type="number" min="1" .value=${typeof image.height === 'number' ? String(image.height) : ''} @input=${(event: Event) => setPart('height', Number((event.target as HTMLInputElement).value) || undefined)} /></label>
    </div>
    ${hasImage || getIn(context.document, [...path, 'alt']) !== undefined
      ? renderText(context, { kind: 'text', key: 'alt', label: () => msg('What the picture shows (for people who cannot see it)', { id: 'studio.image.alt' }) }, [...path, 'alt'], image.alt)
      : nothing}
    ${renderProblems(context, [...path, 'src'])} ${renderProblems(context, [...path, 'width'])} ${renderProblems(context, [...path, 'height'])}
    ${isPhoto ? nothing : renderProblems(context, path, altMissing && !context.check.byPath.has(pathKey([...path, 'alt'])) ? [html`${msg('no description of the image for screen readers (alt text)', { id: 'studio.problem.alt' })}`] : [])}
  </fieldset>`;
}

/**
 * The studio's dialogs and panels apart from the forms: the new-feed wizard, the start
 * screen of the static page, "changed on disk", the saved versions, the embed snippets.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales.js';
import { DEFAULT_TIME_ZONE } from '../../feed/constants.js';
import type { NewFeedAnswers } from '../model/document.js';
import type { HistoryEntry } from '../model/server.js';
import { msg, str } from '../i18n.js';

const WIZARD_LANGUAGES: Locale[] = ['fi', 'ru', 'en'];

export function renderWizard(onCreate: (answers: NewFeedAnswers) => void, timeZones: string[]): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const languages = data.getAll('language').map(String);
    const organizationName = String(data.get('name') ?? '').trim();
    const error = form.querySelector<HTMLElement>('.wizard-error');
    if (!organizationName || !languages.length) {
      if (error) error.hidden = false;
      form.querySelector<HTMLInputElement>(organizationName ? 'input[name=language]' : 'input[name=name]')?.focus();
      return;
    }
    onCreate({ organizationName, languages, timeZone: String(data.get('timeZone') || DEFAULT_TIME_ZONE) });
  };
  return html`<form class="wizard card" @submit=${submit} novalidate aria-labelledby="wizard-title">
    <h2 id="wizard-title">${msg('A new feed', { id: 'studio.wizard.title' })}</h2>
    <p>${msg('Three questions, and the studio is ready. Everything can be changed later in Settings.', { id: 'studio.wizard.intro' })}</p>
    <div class="field">
      <label for="wizard-name">${msg('Name of the organization', { id: 'studio.wizard.name' })}<span class="required" aria-hidden="true"> *</span></label>
      <input id="wizard-name" name="name" required autocomplete="organization" />
    </div>
    <fieldset class="field multi">
      <legend>${msg('Languages the feed is written in', { id: 'studio.wizard.languages' })}</legend>
      ${LOCALES.map(
        (locale) => html`<label class="check"><input type="checkbox" name="language" value=${locale} ?checked=${WIZARD_LANGUAGES.includes(locale)} />${LOCALE_NAMES[locale]}</label>`,
      )}
    </fieldset>
    <div class="field">
      <label for="wizard-zone">${msg('Time zone of the events', { id: 'studio.wizard.zone' })}</label>
      <select id="wizard-zone" name="timeZone">
        ${timeZones.map((zone) => html`<option value=${zone} ?selected=${zone === DEFAULT_TIME_ZONE}>${zone.replaceAll('_', ' ')}</option>`)}
      </select>
    </div>
    <p class="wizard-error error-text" role="alert" hidden>${msg('Please give the name and at least one language.', { id: 'studio.wizard.error' })}</p>
    <button type="submit" class="primary">${msg('Create the feed', { id: 'studio.wizard.create' })}</button>
  </form>`;
}

export function renderStartScreen(actions: { open: () => void; openFile: (file: File) => void; create: () => void }, canPick: boolean): TemplateResult {
  return html`<div class="start card">
    <h2>${msg('Open a feed or start a new one', { id: 'studio.start.title' })}</h2>
    <p>${msg('Choose your feed.json, or drop it anywhere on this page. Nothing leaves your computer.', { id: 'studio.start.intro' })}</p>
    <div class="row">
      ${canPick
        ? html`<button type="button" class="primary" @click=${actions.open}>${msg('Open a feed…', { id: 'studio.open' })}</button>`
        : html`<label class="file primary">${msg('Open a feed…', { id: 'studio.open' })}
            <input type="file" accept=".json,application/json" @change=${(event: Event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file) actions.openFile(file);
            }} /></label>`}
      <button type="button" @click=${actions.create}>${msg('Start a new feed', { id: 'studio.start.new' })}</button>
    </div>
  </div>`;
}

export function renderConflict(actions: { reload: () => void; overwrite: () => void; cancel: () => void }): TemplateResult {
  return html`<div class="dialog-backdrop"><div role="alertdialog" aria-modal="true" aria-labelledby="conflict-title" aria-describedby="conflict-text" class="dialog card">
    <h2 id="conflict-title">${msg('The file was changed by someone else', { id: 'studio.conflict.title' })}</h2>
    <p id="conflict-text">${msg('Since you opened it, the feed file was saved by another program or another person. Which version should stay?', { id: 'studio.conflict.text' })}</p>
    <div class="row">
      <button type="button" @click=${actions.reload}>${msg('Load their version (my changes are dropped)', { id: 'studio.conflict.reload' })}</button>
      <button type="button" class="danger" @click=${actions.overwrite}>${msg('Save mine over it', { id: 'studio.conflict.overwrite' })}</button>
      <button type="button" @click=${actions.cancel}>${msg('Cancel', { id: 'studio.cancel' })}</button>
    </div>
  </div></div>`;
}

export function renderHistory(entries: HistoryEntry[] | undefined, locale: string, actions: { restore: (id: string) => void; close: () => void }): TemplateResult {
  const when = (iso: string) => new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<div class="dialog-backdrop"><div role="dialog" aria-modal="true" aria-labelledby="history-title" class="dialog card">
    <h2 id="history-title">${msg('Earlier versions', { id: 'studio.history.title' })}</h2>
    ${entries === undefined
      ? html`<p>${msg('Loading…', { id: 'studio.loading' })}</p>`
      : entries.length
        ? html`<ul class="history">
            ${entries.map(
              (entry) => html`<li><span>${when(entry.savedAt)} · ${Math.ceil(entry.size / 1024)} KB</span>
                <button type="button" @click=${() => actions.restore(entry.id)}>${msg('Open this version', { id: 'studio.history.restore' })}</button></li>`,
            )}
          </ul>`
        : html`<p>${msg('No earlier versions yet: each save keeps the one before.', { id: 'studio.history.empty' })}</p>`}
    <button type="button" @click=${actions.close}>${msg('Close', { id: 'studio.close' })}</button>
  </div></div>`;
}

const WIDGETS: [tag: string, extra: string][] = [
  ['baltic-event-calendar', ''],
  ['baltic-schedule', ''],
  ['baltic-gallery', ''],
  ['baltic-org-card', ''],
  ['baltic-location-map', ''],
  ['baltic-dialogue-banner', ''],
  ['baltic-language-switcher', ''],
];

/** The code a webmaster pastes for each widget, with a copy button each. */
export function renderSnippets(feedUrl: string, icsFiles: { lang: string; file: string }[], onCopy: (text: string, button: HTMLButtonElement) => void): TemplateResult {
  const script = '<script type="module" src="/baltic-widgets/baltic-widgets.js"></script>';
  return html`<details class="publish card" open>
    <summary>${msg('Put it on your website', { id: 'studio.publish.title' })}</summary>
    <p>${msg(str`Upload ${feedUrl} and the images folder to your website, then paste one of these where the widget should appear (the script line once per page).`, { id: 'studio.publish.intro' })}</p>
    ${icsFiles.length
      ? html`<p>${msg('Calendar files written:', { id: 'studio.publish.ics' })} ${icsFiles.map((item) => html`<code>${item.file}</code> `)}</p>`
      : nothing}
    ${WIDGETS.map(([tag]) => {
      const code = tag === 'baltic-language-switcher' ? `${script}\n<${tag}></${tag}>` : `${script}\n<${tag} src="${feedUrl}"></${tag}>`;
      return html`<div class="snippet">
        <pre><code>${code}</code></pre>
        <button type="button" class="small" @click=${(event: Event) => onCopy(code, event.currentTarget as HTMLButtonElement)}>
          ${msg('Copy', { id: 'studio.copy' })}<span class="visually-hidden"> ${tag}</span></button>
      </div>`;
    })}
  </details>`;
}

/** Copies a snippet; the button shows a tick for two seconds. */
export function copyText(text: string, button: HTMLButtonElement): void {
  void navigator.clipboard?.writeText(text).then(
    () => {
      button.dataset.copied = 'true';
      setTimeout(() => delete button.dataset.copied, 2000);
    },
    () => undefined,
  );
}

/**
 * The calendar files: with the server, the languages to write beside the feed at each save;
 * on a static page, a download per language.
 */
export function renderCalendarFiles(
  withServer: boolean,
  languages: string[],
  chosen: string[],
  actions: { choose: (languages: string[]) => void; download: (language: string) => void },
): TemplateResult {
  const name = (language: string) => LOCALE_NAMES[language as Locale] ?? language;
  return html`<section class="card calendar-files" aria-labelledby="ics-title">
    <h2 id="ics-title">${msg('Calendar files (.ics)', { id: 'studio.ics.title' })}</h2>
    ${withServer
      ? html`<fieldset class="multi"><legend>${msg('Write a calendar file beside the feed when saving, in:', { id: 'studio.ics.languages' })}</legend>
          ${languages.map((language) => html`<label class="check"><input type="checkbox" .checked=${chosen.includes(language)}
            @change=${(event: Event) => actions.choose((event.target as HTMLInputElement).checked ? [...chosen, language] : chosen.filter((item) => item !== language))} />${name(language)}</label>`)}
        </fieldset>`
      : languages.map((language) => html`<button type="button" class="small" @click=${() => actions.download(language)}>
          ${msg(str`Download the calendar file (${name(language)})`, { id: 'studio.ics.download' })}</button> `)}
  </section>`;
}

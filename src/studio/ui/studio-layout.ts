/**
 * The studio's page: the top bar (file, tools, language), the notices, the screen of the
 * moment (start, wizard, editor) and the dialogs. The editor is the section list, the form
 * and, beside it, the preview, the problems and publishing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales.js';
import { feedLanguages, feedTimeZone, getIn, isObject, type FeedDocument } from '../model/document.js';
import { checkFeed, type FeedCheck } from '../model/checks.js';
import { sectionById } from '../model/sections.js';
import { msg, str } from '../i18n.js';
import type { FieldContext } from './field-context.js';
import { copyText, renderCalendarFiles, renderConflict, renderHistory, renderSnippets, renderStartScreen, renderWizard } from './studio-dialogs.js';
import { exportCalendar } from './studio-actions.js';
import { pickPointOnMap } from './map-dialog.js';
import { importInto, renderImportButton, renderImportReport } from './studio-import.js';
import { openHistory, reloadTheirs, restoreVersion, saveFeed } from './studio-saving.js';
import { createFeed, openFeed } from './studio-session.js';
import { renderProblemList, renderSection, renderSectionNav, sectionOf, selectedItem } from './studio-view.js';
import type { StudioHost, Theme } from './studio-host.js';

const THEMES: readonly (readonly [Theme, () => string])[] = [
  ['auto', () => msg('Like the computer', { id: 'studio.theme.auto' })],
  ['light', () => msg('Light', { id: 'studio.preview.light' })],
  ['dark', () => msg('Dark', { id: 'studio.preview.dark' })],
];

export function renderStudio(host: StudioHost): TemplateResult {
  return html`<header class="top">
      <h1>${msg('Feed studio', { id: 'studio.title' })}</h1>
      ${host.document ? html`<span class="file">${host.files.fileName}${host.dirty ? html` · <strong>${msg('unsaved changes', { id: 'studio.unsaved' })}</strong>` : nothing}</span>` : nothing}
      <div class="tools">${renderTools(host)}</div>
      <label class="ui-language">${msg('Language', { id: 'studio.ui-language' })}
        <select @change=${(event: Event) => void host.setLocale((event.target as HTMLSelectElement).value as Locale)}>
          ${LOCALES.map((locale) => html`<option value=${locale} ?selected=${locale === host.locale} lang=${locale}>${LOCALE_NAMES[locale]}</option>`)}
        </select></label>
      <label class="ui-theme">${msg('Theme', { id: 'studio.preview.theme' })}
        <select @change=${(event: Event) => host.setTheme((event.target as HTMLSelectElement).value as Theme)}>
          ${THEMES.map(([theme, name]) => html`<option value=${theme} ?selected=${theme === host.theme}>${name()}</option>`)}
        </select></label>
    </header>
    ${host.notice ? html`<p class="notice ${host.notice.kind}" role=${host.notice.kind === 'error' ? 'alert' : 'status'}>${host.notice.text()}
      <button type="button" class="small" @click=${() => (host.notice = undefined)}>${msg('OK', { id: 'studio.ok' })}</button></p>` : nothing}
    ${host.diskChanged && host.dialog !== 'conflict'
      ? html`<p class="notice error" role="alert">${msg('The feed file was changed on disk since you opened it.', { id: 'studio.disk-changed' })}
          <button type="button" class="small" @click=${() => void reloadTheirs(host)}>${msg('Load that version', { id: 'studio.disk-changed.reload' })}</button></p>`
      : nothing}
    ${host.importReport && host.screen === 'editor' ? renderImportReport(host.importReport, () => (host.importReport = undefined)) : nothing}
    <main>${renderScreen(host)}</main>
    ${renderDialog(host)}`;
}

function renderTools(host: StudioHost): TemplateResult | typeof nothing {
  if (host.screen !== 'editor' || !host.document) return nothing;
  const isServer = host.files.mode === 'server';
  return html`${!isServer
      ? html`<label class="file">${msg('Open…', { id: 'studio.open-short' })}<input type="file" accept=".json,application/json"
          @change=${(event: Event) => {
            const file = (event.target as HTMLInputElement).files?.[0];
            if (file) void openFeed(host, () => host.files.openFile(file));
          }} /></label>`
      : nothing}
    ${renderImportButton((file) => void importInto(host, file))}
    <button type="button" class="primary" id="save" @click=${() => void saveFeed(host)}>${msg('Save', { id: 'studio.save' })}</button>
    ${isServer ? html`<button type="button" @click=${() => void openHistory(host)}>${msg('Earlier versions', { id: 'studio.history.title' })}</button>` : nothing}`;
}

function renderScreen(host: StudioHost): TemplateResult {
  switch (host.screen) {
    case 'loading':
      return html`<p>${msg('Loading…', { id: 'studio.loading' })}</p>`;
    case 'start':
      // On a server whose file could not be read (see loadFeed), its earlier versions are a way back.
      return html`${renderStartScreen(
        { open: () => void openFeed(host, () => host.files.pick()), openFile: (file) => void openFeed(host, () => host.files.openFile(file)), create: () => (host.screen = 'wizard') },
        host.files.canPick(),
      )}${host.files.mode === 'server' ? html`<p><button type="button" @click=${() => void openHistory(host)}>${msg('Earlier versions', { id: 'studio.history.title' })}</button></p>` : nothing}`;
    case 'wizard':
      return renderWizard((answers) => createFeed(host, answers), typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/Helsinki']);
    case 'editor':
      return renderEditor(host, host.document!);
  }
}

function renderEditor(host: StudioHost, document: FeedDocument): TemplateResult {
  const context = fieldContext(host, document);
  const section = sectionById(host.section);
  const errorsBySection = new Map<string, number>();
  for (const problem of context.check.problems) {
    const key = sectionOf(problem.path)?.key ?? '';
    errorsBySection.set(key, (errorsBySection.get(key) ?? 0) + 1);
  }
  return html`${renderSectionNav(document, host.section, errorsBySection, host.actions)}
    <div class="workspace">
      <div class="editor">${renderSection(context, section, host.selected, host.actions)}</div>
      <aside class="side">
        <baltic-studio-preview .feed=${document} .templates=${host.templates} section=${host.section} .item=${selectedItem(document, section, host.selected)}
          theme=${studioIsDark(host) ? 'dark' : 'light'} widget-lang=${context.languages.includes(host.locale) ? host.locale : context.languages[0]!}></baltic-studio-preview>
        ${renderProblemList(context, sectionOf, host.actions)}
        ${renderPublish(host, context.languages)}
      </aside>
    </div>`;
}

/** The preview starts in the studio's own colours (and follows when they change); its toggle still shows the other. */
const studioIsDark = (host: StudioHost) => host.theme === 'dark' || (host.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);

/** The feed's check, made once per version of the document (a render that changes nothing does not check again). */
const checks = new WeakMap<FeedDocument, FeedCheck>();

function fieldContext(host: StudioHost, document: FeedDocument): FieldContext {
  let check = checks.get(document);
  if (!check) checks.set(document, (check = checkFeed(document)));
  return {
    document,
    languages: feedLanguages(document),
    locale: host.locale,
    timeZone: feedTimeZone(document),
    check,
    set: (path, value) => host.set(path, value),
    chooseImage: (path, file) => {
      void host.files.image(file).then(
        (image) => {
          const current = getIn(host.document, path);
          host.set(path, { ...(isObject(current) ? current : {}), ...image });
        },
        (error: Error) => (host.notice = { kind: 'error', text: () => msg(str`The picture could not be read: ${error.message}`, { id: 'studio.image-error' }) }),
      );
    },
    pickPoint: (path) => void pickPointOnMap(host, path),
  };
}

function renderPublish(host: StudioHost, languages: string[]): TemplateResult {
  return html`${renderCalendarFiles(host.files.mode === 'server', languages, host.icsLanguages, {
      choose: (chosen) => (host.icsLanguages = chosen),
      download: (language) => void exportCalendar(host, language),
    })}
    ${host.lastSave ? renderSnippets(host.files.fileName, host.lastSave.icsFiles, copyText) : nothing}`;
}

function renderDialog(host: StudioHost): TemplateResult | typeof nothing {
  if (host.dialog === 'conflict')
    return renderConflict({ reload: () => void reloadTheirs(host), overwrite: () => void saveFeed(host, true), cancel: () => (host.dialog = undefined) });
  if (host.dialog === 'history')
    return renderHistory(host.history, host.locale, { restore: (id) => void restoreVersion(host, id), close: () => (host.dialog = undefined) });
  return nothing;
}

/**
 * `<baltic-studio>`: the feed studio, the editor volunteers keep the feed with. It edits the
 * feed document in place (fields it does not know are kept), checks it as it is typed, shows
 * it in the real widgets, and saves it through the local server or as a file.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales.js';
import type { TemplateMap } from '../../i18n/msg.js';
import { checkFeed, parsePathKey, type FeedCheck } from '../model/checks.js';
import { feedLanguages, feedTimeZone, FeedParseError, getIn, isObject, newFeed, normalizedText, parseFeedDocument, serializeFeed, setIn, uniqueId, idsOf, type DocPath, type FeedDocument, type Json, type NewFeedAnswers } from '../model/document.js';
import { sectionById, SECTIONS, type SectionId } from '../model/sections.js';
import { ChangedOnDiskError, type HistoryEntry, type SaveResult } from '../model/server.js';
import { initialStudioLocale, loadStudioMessages, msg, rememberStudioLocale, str, withMessages } from '../i18n.js';
import { fieldId, type FieldContext } from './field-context.js';
import { copyText, renderCalendarFiles, renderConflict, renderHistory, renderSnippets, renderStartScreen, renderWizard } from './studio-dialogs.js';
import { StudioFiles } from './studio-files.js';
import { renderProblemList, renderSection, renderSectionNav, sectionOf, selectedItem, type ViewActions } from './studio-view.js';
import { studioStyles } from './studio.styles.js';
import { exportCalendar, focusField, pickPointOnMap } from './studio-actions.js';
import { importInto, isCalendarFile, renderImportButton, renderImportReport } from './studio-import.js';
import type { ImportReport } from '../../import/ics-import.js';

type Screen = 'loading' | 'start' | 'wizard' | 'editor';
interface Notice {
  kind: 'info' | 'error' | 'success';
  /** Said in the studio's language at render time (it may change while the notice shows). */
  text: () => string;
}

export class BalticStudio extends LitElement {
  static override styles = studioStyles;

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    locale: { state: true },
    screen: { state: true },
    document: { state: true },
    savedText: { state: true },
    section: { state: true },
    selected: { state: true },
    notice: { state: true },
    dialog: { state: true },
    history: { state: true },
    diskChanged: { state: true },
    lastSave: { state: true },
    icsLanguages: { state: true },
    importReport: { state: true },
  };

  /** Where the server's `api/…` URLs are, relative to the page; default the page's own folder. */
  declare apiBase: string;
  declare locale: Locale;
  declare screen: Screen;
  declare document?: FeedDocument;
  /** The text as last opened or saved; the feed is unsaved when it serializes otherwise. */
  declare savedText: string | null;
  declare section: SectionId;
  declare selected: number;
  declare notice?: Notice;
  declare dialog?: 'conflict' | 'history' | 'map';
  declare history?: HistoryEntry[];
  declare diskChanged: boolean;
  declare lastSave?: { icsFiles: SaveResult['ics'] };
  declare icsLanguages: string[];
  /** The report of the last calendar import, shown until dismissed. */
  declare importReport?: ImportReport;

  templates?: TemplateMap;
  files!: StudioFiles;
  private check?: FeedCheck;
  private checkedDocument?: FeedDocument;
  private draftTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.apiBase = './';
    this.locale = initialStudioLocale();
    this.screen = 'loading';
    this.savedText = null;
    this.section = 'events';
    this.selected = 0;
    this.diskChanged = false;
    this.icsLanguages = [];
  }

  get dirty(): boolean {
    return !!this.document && serializeFeed(this.document) !== this.savedText;
  }

  private readonly beforeUnload = (event: BeforeUnloadEvent) => {
    this.flushDraft();
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };

  private readonly onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    if (isCalendarFile(file)) void importInto(this, file);
    else if (this.files.mode === 'static') void this.openFrom(() => this.files.openFile(file));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.beforeUnload);
    window.addEventListener('dragover', preventDefault);
    window.addEventListener('drop', this.onDrop);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.beforeUnload);
    window.removeEventListener('dragover', preventDefault);
    window.removeEventListener('drop', this.onDrop);
    this.flushDraft();
    this.files?.stop();
  }

  /** Asks the volunteer, in the studio's language. */
  private confirm(question: () => string): boolean {
    return confirm(withMessages(this.templates, question));
  }

  async setLocale(locale: Locale): Promise<void> {
    this.templates = await loadStudioMessages(locale).catch(() => undefined);
    this.locale = locale;
    rememberStudioLocale(locale);
    document.documentElement.lang = locale;
  }

  private async start(): Promise<void> {
    this.files = new StudioFiles(this.apiBase);
    await this.setLocale(this.locale);
    const opened = await this.files.start().catch((error: Error) => {
      this.notice = { kind: 'error', text: () => msg(str`The studio server did not answer: ${error.message}`, { id: 'studio.server-error' }) };
      return undefined;
    });
    const draft = this.files.draft();
    if (draft) {
      this.load(draft.text, draft.savedText);
      this.notice = { kind: 'info', text: () => msg('Your unsaved changes from last time are back. Save them, or open the file again to drop them.', { id: 'studio.draft-restored' }) };
    } else if (opened) {
      if (opened.text === null) this.screen = 'wizard';
      else this.load(opened.text, opened.text);
    } else this.screen = 'start';
    this.files.watch(() => (this.diskChanged = true));
  }

  /** Shows a feed's text; `savedText` is what is on disk (null for a feed never saved). */
  private load(text: string, savedText: string | null): void {
    try {
      this.document = parseFeedDocument(text);
    } catch (error) {
      this.notice = { kind: 'error', text: () => msg(str`This file is not a feed: ${(error as FeedParseError).message}`, { id: 'studio.parse-error' }) };
      return;
    }
    // Compared as the studio writes it: a file in another layout is not "changed" by being opened.
    this.savedText = savedText === null ? null : savedText === text ? serializeFeed(this.document) : normalizedText(savedText);
    this.selected = 0;
    this.screen = 'editor';
    this.diskChanged = false;
    this.icsLanguages = this.icsLanguages.length ? this.icsLanguages : [];
  }

  private async openFrom(open: () => Promise<{ text: string | null } | undefined>): Promise<void> {
    if (this.dirty && !this.confirm(() => msg('Your changes are not saved. Open another file anyway?', { id: 'studio.confirm-discard' }))) return;
    const opened = await open().catch((error: Error) => {
      this.notice = { kind: 'error', text: () => error.message };
      return undefined;
    });
    if (opened?.text != null) {
      this.notice = undefined;
      this.load(opened.text, opened.text);
      this.keepDraft();
    }
  }

  private create(answers: NewFeedAnswers): void {
    this.document = newFeed(answers);
    this.savedText = null;
    this.screen = 'editor';
    this.section = 'events';
    this.keepDraft();
  }

  /** Changes the document at a path; the rest stays as it was. */
  set(path: DocPath, value: Json | undefined): void {
    if (!this.document) return;
    this.document = setIn(this.document, path, value);
    this.keepDraft();
  }

  private keepDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.flushDraft(), 250);
  }

  /** Writes a draft still waiting for its timer now (the page is leaving, or the studio is removed). */
  private flushDraft(): void {
    if (this.draftTimer === undefined) return;
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    this.files.keepDraft(this.document, this.savedText);
  }

  async save(force = false): Promise<void> {
    if (!this.document) return;
    this.dialog = undefined;
    try {
      const { text, result, how } = await this.files.save(this.document, { force, ics: this.files.mode === 'server' ? this.icsLanguages : undefined });
      if (how === 'cancelled') return;
      this.savedText = text;
      this.diskChanged = false;
      this.lastSave = { icsFiles: result?.ics ?? [] };
      this.files.keepDraft(this.document, this.savedText);
      const time = new Date().toLocaleTimeString(this.locale === 'en' ? 'en-GB' : this.locale, { timeStyle: 'short' });
      this.notice = {
        kind: 'success',
        text: () => how === 'downloaded'
          ? msg(str`Saved as a download: ${this.files.fileName}. Put it in place of the old file.`, { id: 'studio.saved-download' })
          : msg(str`Saved at ${time}.`, { id: 'studio.saved' }),
      };
    } catch (error) {
      if (error instanceof ChangedOnDiskError) this.dialog = 'conflict';
      else this.notice = { kind: 'error', text: () => msg(str`Not saved: ${(error as Error).message}. Your changes are kept here; try again.`, { id: 'studio.save-error' }) };
    }
  }

  private async reloadTheirs(): Promise<void> {
    this.dialog = undefined;
    const opened = await this.files.reload();
    if (opened.text !== null) this.load(opened.text, opened.text);
    this.files.keepDraft(undefined, null);
  }

  private async openHistory(): Promise<void> {
    this.dialog = 'history';
    this.history = undefined;
    this.history = await this.files.history().catch(() => []);
  }

  private async restore(id: string): Promise<void> {
    const text = await this.files.historyText(id);
    this.dialog = undefined;
    const saved = this.savedText;
    this.load(text, saved);
    this.keepDraft();
    this.notice = { kind: 'info', text: () => msg('The earlier version is open. Save to make it the current one.', { id: 'studio.history.opened' }) };
  }

  readonly actions: ViewActions = {
    chooseSection: (id) => {
      this.section = id;
      this.selected = 0;
    },
    chooseItem: (index) => {
      this.selected = index;
    },
    addItem: () => {
      const section = sectionById(this.section);
      const items = Array.isArray(this.document?.[section.key]) ? (this.document![section.key] as Json[]) : [];
      this.set([section.key, items.length], section.newItem!(this.document!) as Json);
      this.selected = items.length;
      void focusField(this, fieldId([section.key, items.length, section.fields[0]!.key]));
    },
    removeItem: (index) => {
      const section = sectionById(this.section);
      if (!this.confirm(() => msg('Delete this item?', { id: 'studio.confirm-delete' }))) return;
      this.set([section.key, index], undefined);
      this.selected = Math.max(0, index - 1);
    },
    duplicateItem: (index) => {
      const section = sectionById(this.section);
      const item = getIn(this.document, [section.key, index]);
      if (!isObject(item)) return;
      const items = this.document![section.key] as Json[];
      this.set([section.key, items.length], { ...item, id: uniqueId(idsOf(this.document!, section.key), String(item.id ?? section.id)) });
      this.selected = items.length;
    },
    goTo: (key) => {
      const path = parsePathKey(key);
      const section = SECTIONS.find((candidate) => candidate.key && candidate.key === path[0]) ?? sectionById('settings');
      this.section = section.id;
      if (section.collection && typeof path[1] === 'number') this.selected = path[1];
      void focusField(this, ...path.map((_, length) => fieldId(path.slice(0, path.length - length))));
    },
  };

  private fieldContext(document: FeedDocument): FieldContext {
    if (this.checkedDocument !== document) {
      this.check = checkFeed(document);
      this.checkedDocument = document;
    }
    return {
      document,
      languages: feedLanguages(document),
      locale: this.locale,
      timeZone: feedTimeZone(document),
      check: this.check!,
      set: (path, value) => this.set(path, value),
      chooseImage: (path, file) => {
        void this.files.image(file).then(
          (image) => {
            const current = getIn(this.document, path);
            this.set(path, { ...(isObject(current) ? current : {}), ...image });
          },
          (error: Error) => (this.notice = { kind: 'error', text: () => msg(str`The picture could not be read: ${error.message}`, { id: 'studio.image-error' }) }),
        );
      },
      pickPoint: (path) => void pickPointOnMap(this, path),
    };
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    withMessages(this.templates, () => super.update(changed));
  }

  protected override render(): TemplateResult {
    return html`<header class="top">
        <h1>${msg('Feed studio', { id: 'studio.title' })}</h1>
        ${this.document ? html`<span class="file">${this.files.fileName}${this.dirty ? html` · <strong>${msg('unsaved changes', { id: 'studio.unsaved' })}</strong>` : nothing}</span>` : nothing}
        <div class="tools">${this.renderTools()}</div>
        <label class="ui-language">${msg('Language', { id: 'studio.ui-language' })}
          <select @change=${(event: Event) => void this.setLocale((event.target as HTMLSelectElement).value as Locale)}>
            ${LOCALES.map((locale) => html`<option value=${locale} ?selected=${locale === this.locale} lang=${locale}>${LOCALE_NAMES[locale]}</option>`)}
          </select></label>
      </header>
      ${this.notice ? html`<p class="notice ${this.notice.kind}" role=${this.notice.kind === 'error' ? 'alert' : 'status'}>${this.notice.text()}
        <button type="button" class="small" @click=${() => (this.notice = undefined)}>${msg('OK', { id: 'studio.ok' })}</button></p>` : nothing}
      ${this.diskChanged && this.dialog !== 'conflict'
        ? html`<p class="notice error" role="alert">${msg('The feed file was changed on disk since you opened it.', { id: 'studio.disk-changed' })}
            <button type="button" class="small" @click=${() => void this.reloadTheirs()}>${msg('Load that version', { id: 'studio.disk-changed.reload' })}</button></p>`
        : nothing}
      ${this.importReport && this.screen === 'editor' ? renderImportReport(this.importReport, () => (this.importReport = undefined)) : nothing}
      <main>${this.renderScreen()}</main>
      ${this.renderDialog()}`;
  }

  private renderTools(): TemplateResult | typeof nothing {
    if (this.screen !== 'editor') return nothing;
    const isServer = this.files?.mode === 'server';
    return html`${!isServer
        ? html`<label class="file">${msg('Open…', { id: 'studio.open-short' })}<input type="file" accept=".json,application/json"
            @change=${(event: Event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file) void this.openFrom(() => this.files.openFile(file));
            }} /></label>`
        : nothing}
      ${this.document ? renderImportButton((file) => void importInto(this, file)) : nothing}
      ${this.document ? html`<button type="button" class="primary" id="save" @click=${() => void this.save()}>${msg('Save', { id: 'studio.save' })}</button>` : nothing}
      ${isServer && this.document ? html`<button type="button" @click=${() => void this.openHistory()}>${msg('Earlier versions', { id: 'studio.history.title' })}</button>` : nothing}`;
  }

  private renderScreen(): TemplateResult {
    switch (this.screen) {
      case 'loading':
        return html`<p>${msg('Loading…', { id: 'studio.loading' })}</p>`;
      case 'start':
        return renderStartScreen(
          { open: () => void this.openFrom(() => this.files.pick()), openFile: (file) => void this.openFrom(() => this.files.openFile(file)), create: () => (this.screen = 'wizard') },
          this.files.canPick(),
        );
      case 'wizard':
        return renderWizard((answers) => this.create(answers), typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/Helsinki']);
      case 'editor':
        return this.renderEditor(this.document!);
    }
  }

  private renderEditor(document: FeedDocument): TemplateResult {
    const context = this.fieldContext(document);
    const section = sectionById(this.section);
    const errorsBySection = new Map<string, number>();
    for (const problem of context.check.problems) {
      const key = sectionOf(problem.path)?.key ?? '';
      errorsBySection.set(key, (errorsBySection.get(key) ?? 0) + 1);
    }
    return html`${renderSectionNav(document, this.section, errorsBySection, this.actions)}
      <div class="workspace">
        <div class="editor">${renderSection(context, section, this.selected, this.actions)}</div>
        <aside class="side">
          <baltic-studio-preview .feed=${document} .templates=${this.templates} section=${this.section} .item=${selectedItem(document, section, this.selected)}
            widget-lang=${context.languages.includes(this.locale) ? this.locale : context.languages[0]!}></baltic-studio-preview>
          ${renderProblemList(context, sectionOf, this.actions)}
          ${this.renderPublish(context.languages)}
        </aside>
      </div>`;
  }

  private renderPublish(languages: string[]): TemplateResult {
    return html`${renderCalendarFiles(this.files.mode === 'server', languages, this.icsLanguages, {
        choose: (chosen) => (this.icsLanguages = chosen),
        download: (language) => void exportCalendar(this, language),
      })}
      ${this.lastSave ? renderSnippets(this.files.fileName, this.lastSave.icsFiles, copyText) : nothing}`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    if (this.dialog === 'conflict')
      return renderConflict({ reload: () => void this.reloadTheirs(), overwrite: () => void this.save(true), cancel: () => (this.dialog = undefined) });
    if (this.dialog === 'history')
      return renderHistory(this.history, this.locale, { restore: (id) => void this.restore(id), close: () => (this.dialog = undefined) });
    return nothing;
  }
}

const preventDefault = (event: Event) => event.preventDefault();

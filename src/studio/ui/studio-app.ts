/**
 * `<baltic-studio>`: the feed studio, the editor volunteers keep the feed with. It edits the
 * feed document in place (fields it does not know are kept), checks it as it is typed, shows
 * it in the real widgets, and saves it through the local server or as a file.
 *
 * This module holds the state and the editing of items; the parts live beside it: opening
 * and drafts (studio-session), saving and conflicts (studio-saving), the page (studio-layout).
 */
import { LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locales.js';
import type { TemplateMap } from '../../i18n/msg.js';
import type { ImportReport } from '../../import/ics-import.js';
import { parsePathKey } from '../model/checks.js';
import { getIn, idsOf, isObject, serializeFeed, setIn, uniqueId, type DocPath, type FeedDocument, type Json } from '../model/document.js';
import { sectionById, SECTIONS, type SectionId } from '../model/sections.js';
import type { HistoryEntry, SaveResult } from '../model/server.js';
import { initialStudioLocale, initialStudioTheme, loadStudioMessages, msg, rememberStudioLocale, rememberStudioTheme, withMessages } from '../i18n.js';
import { fieldId } from './field-context.js';
import { focusField } from './studio-actions.js';
import { StudioFiles } from './studio-files.js';
import type { Notice, Screen, StudioHost, Theme } from './studio-host.js';
import { importInto, isCalendarFile } from './studio-import.js';
import { renderStudio } from './studio-layout.js';
import { openFeed, startStudio } from './studio-session.js';
import { studioStyles } from './studio.styles.js';
import type { ViewActions } from './studio-view.js';

export class BalticStudio extends LitElement implements StudioHost {
  static override styles = studioStyles;

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    locale: { state: true },
    theme: { reflect: true },
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
  /** The studio's own colours (reflected: the styles follow it); the volunteer's last choice, else the computer's. */
  declare theme: Theme;
  declare screen: Screen;
  declare document?: FeedDocument;
  declare savedText: string | null;
  declare section: SectionId;
  declare selected: number;
  declare notice?: Notice;
  declare dialog?: 'conflict' | 'history';
  declare history?: HistoryEntry[];
  declare diskChanged: boolean;
  declare lastSave?: { icsFiles: SaveResult['ics'] };
  declare icsLanguages: string[];
  /** The report of the last calendar import, shown until dismissed. */
  declare importReport?: ImportReport;

  templates?: TemplateMap;
  files!: StudioFiles;

  constructor() {
    super();
    this.apiBase = './';
    this.locale = initialStudioLocale();
    this.theme = initialStudioTheme();
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
    this.files?.flushDraft();
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };

  private readonly onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    if (isCalendarFile(file)) void importInto(this, file);
    else if (this.files.mode === 'static') void openFeed(this, () => this.files.openFile(file));
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
    this.files?.flushDraft();
    this.files?.stop();
  }

  private async start(): Promise<void> {
    this.files = new StudioFiles(this.apiBase);
    await this.setLocale(this.locale);
    await startStudio(this);
  }

  confirm(question: () => string): boolean {
    return confirm(withMessages(this.templates, question));
  }

  async setLocale(locale: Locale): Promise<void> {
    this.templates = await loadStudioMessages(locale).catch(() => undefined);
    this.locale = locale;
    rememberStudioLocale(locale);
    document.documentElement.lang = locale;
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    rememberStudioTheme(theme);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The page around the studio (its scrollbars, what shows past its edges) in the same colours.
    if (changed.has('theme')) document.documentElement.style.colorScheme = this.theme === 'auto' ? '' : this.theme;
  }

  set(path: DocPath, value: Json | undefined): void {
    if (!this.document) return;
    this.document = setIn(this.document, path, value);
    this.keepDraft();
  }

  keepDraft(): void {
    this.files.keepDraftSoon(() => [this.document, this.savedText]);
  }

  /** What the section list, the item list and the problem list do. */
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

  protected override update(changed: Map<PropertyKey, unknown>): void {
    withMessages(this.templates, () => super.update(changed));
  }

  protected override render(): TemplateResult {
    return renderStudio(this);
  }
}

const preventDefault = (event: Event) => event.preventDefault();

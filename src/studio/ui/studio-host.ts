/**
 * What the studio's parts see of `<baltic-studio>`: its state (reactive properties: setting
 * one re-renders) and the few things it does. The parts (opening, saving, the layout) are
 * functions of this host, so each can be read on its own.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '../../i18n/locales.js';
import type { TemplateMap } from '../../i18n/msg.js';
import type { ImportReport } from '../../import/ics-import.js';
import type { DocPath, FeedDocument, Json } from '../model/document.js';
import type { SectionId } from '../model/sections.js';
import type { HistoryEntry, SaveResult } from '../model/server.js';
import type { StudioFiles } from './studio-files.js';
import type { ViewActions } from './studio-view.js';

export type Screen = 'loading' | 'start' | 'wizard' | 'editor';

export interface Notice {
  kind: 'info' | 'error' | 'success';
  /** Said in the studio's language at render time (it may change while the notice shows). */
  text: () => string;
}

/** The studio's own colours: as the computer is set (`auto`), or as the volunteer chose. */
export type Theme = 'auto' | 'light' | 'dark';

export interface StudioHost extends HTMLElement, ReactiveControllerHost {
  locale: Locale;
  theme: Theme;
  screen: Screen;
  document?: FeedDocument;
  /** The text as last opened or saved (as the studio writes it); null for a feed never saved. */
  savedText: string | null;
  section: SectionId;
  selected: number;
  notice?: Notice;
  dialog?: 'conflict' | 'history';
  history?: HistoryEntry[];
  diskChanged: boolean;
  lastSave?: { icsFiles: SaveResult['ics'] };
  icsLanguages: string[];
  importReport?: ImportReport;
  readonly templates?: TemplateMap;
  readonly files: StudioFiles;
  readonly actions: ViewActions;
  /** Whether the feed differs from what was last opened or saved. */
  readonly dirty: boolean;
  /** Changes the document at a path (the rest stays as it was) and keeps the draft. */
  set(path: DocPath, value: Json | undefined): void;
  /** Keeps the edit session for a reload of the page (soon: once per burst of typing). */
  keepDraft(): void;
  setLocale(locale: Locale): Promise<void>;
  setTheme(theme: Theme): void;
  /** Asks the volunteer, in the studio's language. */
  confirm(question: () => string): boolean;
}

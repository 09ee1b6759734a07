/**
 * Importing a calendar in the studio: the same `importIcs` as `baltic-widgets import`
 * (src/import/, browser-safe), run on the feed being edited, and its report in the
 * volunteer's language: what came in, what changed, what was kept and what could not be taken.
 * The importer (with ical.js) is loaded only when a calendar is chosen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ImportedItem, ImportReport, SeriesNote, SkippedEntry } from '../../import/ics-import.js';
import { feedLanguages, type DocPath, type FeedDocument, type Json } from '../model/document.js';
import { msg, str } from '../i18n.js';

/** Whether a dropped or chosen file is a calendar rather than a feed. */
export const isCalendarFile = (file: File): boolean => /\.(ics|ical|ifb|icalendar)$/i.test(file.name) || file.type === 'text/calendar';

interface ImportHost {
  readonly document?: FeedDocument;
  importReport?: ImportReport;
  notice?: { kind: 'info' | 'error' | 'success'; text: () => string };
  set(path: DocPath, value: Json | undefined): void;
}

/**
 * Imports a calendar (.ics) into the feed being edited, as `baltic-widgets import` does, and
 * shows the report; nothing is saved yet. A file that is no calendar changes nothing and is said so.
 */
export async function importInto(host: ImportHost, file: File): Promise<void> {
  if (!host.document) return;
  try {
    const [{ importIcs }, text] = await Promise.all([import('../../import/ics-import.js'), file.text()]);
    const { feed, report } = importIcs(host.document, text, { language: feedLanguages(host.document)[0] });
    if (report.skipped.some((entry) => entry.reason === 'not-a-calendar')) {
      host.notice = {
        kind: 'error',
        text: () => msg(str`${file.name} is not a calendar file (.ics). Export the calendar from Google Calendar or Outlook as .ics and choose that file.`, { id: 'studio.import.not-calendar' }),
      };
      return;
    }
    host.set([], feed as FeedDocument);
    host.importReport = report;
    host.notice = undefined;
  } catch (error) {
    host.notice = { kind: 'error', text: () => msg(str`The calendar could not be imported: ${(error as Error).message}`, { id: 'studio.import.error' }) };
  }
}

const kindName = (kind: ImportedItem['kind']): string =>
  kind === 'event' ? msg('event', { id: 'studio.import.kind-event' }) : kind === 'activity' ? msg('weekly activity', { id: 'studio.import.kind-activity' }) : msg('place', { id: 'studio.import.kind-location' });

const itemText = (item: ImportedItem) => html`${kindName(item.kind)} <q>${item.title || item.id}</q>`;

function skipText(entry: SkippedEntry): string {
  switch (entry.reason) {
    case 'no-uid':
      return msg('it has no UID, so importing again could not find it', { id: 'studio.import.skip-no-uid' });
    case 'no-start':
      return msg('it has no start time', { id: 'studio.import.skip-no-start' });
    case 'unknown-time-zone':
      return msg('its time zone is not known', { id: 'studio.import.skip-zone' });
    case 'unreadable-time':
      return msg('its time could not be read', { id: 'studio.import.skip-time' });
    case 'kind-changed':
      return msg('it changed between a one-off event and a weekly series; the item in the feed was left as it is', { id: 'studio.import.skip-kind' });
    default:
      return entry.detail;
  }
}

function noteText(note: SeriesNote): string {
  switch (note.code) {
    case 'expanded':
      return msg('not a weekly series at one time: taken as separate events', { id: 'studio.import.note-expanded' });
    case 'expansion-truncated':
      return msg('the series goes on: import again later to bring in its next dates', { id: 'studio.import.note-truncated' });
    case 'extra-dates-ignored':
      return msg('extra dates added to the series were not taken', { id: 'studio.import.note-extra-dates' });
    case 'instance-details-ignored':
      return msg('changes to one session other than its time were not taken', { id: 'studio.import.note-instance' });
  }
}

const list = (heading: string, items: TemplateResult[]) =>
  items.length ? html`<h3>${heading}</h3><ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;

/** The import report as a panel; `close` dismisses it. */
export function renderImportReport(report: ImportReport, close: () => void): TemplateResult {
  const notTaken = report.skipped.length + report.otherComponents;
  return html`<section class="import-report card" role="status" aria-labelledby="import-title">
    <h2 id="import-title">${msg('Calendar imported', { id: 'studio.import.title' })}</h2>
    <p>${msg(str`Calendar entries read: ${report.entriesRead}. Added: ${report.added.length}. Updated: ${report.updated.length}. Unchanged: ${report.unchanged.length}. Not taken: ${notTaken}.`, { id: 'studio.import.summary' })}</p>
    ${list(msg('Added', { id: 'studio.import.added' }), report.added.map(itemText))}
    ${list(msg('Updated', { id: 'studio.import.updated' }), report.updated.map((item) => html`${itemText(item)}: ${item.fields.join(', ')}`))}
    ${list(msg('Not taken', { id: 'studio.import.skipped' }), [
      ...report.skipped.map((entry) => html`<q>${entry.title ?? entry.uid ?? ''}</q>: ${skipText(entry)}`),
      ...(report.otherComponents ? [html`${msg(str`Entries that are not events (tasks, notes): ${report.otherComponents}`, { id: 'studio.import.other' })}`] : []),
    ])}
    ${list(msg('Good to know', { id: 'studio.import.notes' }), report.notes.map((note) => html`<q>${note.title}</q>: ${noteText(note)}`))}
    ${list(msg('Kept in the feed, no longer in the calendar', { id: 'studio.import.kept' }), report.notInCalendar.map(itemText))}
    <p>${msg('Nothing is saved yet: look the items over, then save.', { id: 'studio.import.save-hint' })}</p>
    <button type="button" class="small" @click=${close}>${msg('OK', { id: 'studio.ok' })}</button>
  </section>`;
}

/** The toolbar's "Import a calendar" file chooser. */
export function renderImportButton(choose: (file: File) => void): TemplateResult {
  return html`<label class="file">${msg('Import a calendar (.ics)…', { id: 'studio.import.button' })}<input type="file" accept=".ics,text/calendar"
    @change=${(event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) choose(file);
      input.value = '';
    }} /></label>`;
}

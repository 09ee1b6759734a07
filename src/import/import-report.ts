/**
 * The import report as English lines, as the CLI prints it (the studio words the same report
 * in the volunteer's language from its codes).
 */
import type { ImportedItem, ImportReport } from './ics-import.js';

const countOf = (count: number, singular: string, plural = `${singular}s`) => `${count} ${count === 1 ? singular : plural}`;
const KIND_NAMES: Record<ImportedItem['kind'], string> = { event: 'event', activity: 'weekly activity', location: 'location' };
const itemLine = (item: ImportedItem) => `${KIND_NAMES[item.kind]} "${item.title}" (${item.id})`;

/** What came in, what changed and what was kept: the lines for stdout. */
export function reportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  for (const item of report.added) lines.push(`added ${itemLine(item)}`);
  for (const item of report.updated) lines.push(`updated ${itemLine(item)}: ${item.fields.join(', ')}`);
  for (const note of report.notes) lines.push(`note: "${note.title}": ${note.detail}`);
  for (const item of report.notInCalendar) lines.push(`kept ${itemLine(item)}: no longer in the calendar`);
  return lines;
}

/** What could not be taken, and why: the lines for stderr. */
export function problemLines(report: ImportReport): string[] {
  const lines = report.skipped.map((entry) => {
    const name = entry.title ? `"${entry.title}"` : entry.uid ? `UID ${entry.uid}` : 'the file';
    return `warning: ${name} not taken: ${entry.detail}`;
  });
  if (report.otherComponents === 1) lines.push('warning: 1 entry that is not an event (a task or a note) not taken');
  else if (report.otherComponents) lines.push(`warning: ${report.otherComponents} entries that are not events (tasks, notes) not taken`);
  return lines;
}

/** `12 calendar entries: 5 added, 1 updated, 3 unchanged, 1 not taken` */
export function reportSummary(report: ImportReport): string {
  const items = report.added.filter((item) => item.kind !== 'location');
  const locations = report.added.length - items.length;
  const parts = [`${countOf(items.length, 'item')} added`, `${report.updated.length} updated`, `${report.unchanged.length} unchanged`];
  if (locations) parts.push(`${countOf(locations, 'location')} added`);
  if (report.skipped.length) parts.push(`${report.skipped.length} not taken`);
  return `${countOf(report.entriesRead, 'calendar entry', 'calendar entries')}: ${parts.join(', ')}`;
}

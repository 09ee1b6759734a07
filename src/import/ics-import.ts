/**
 * Brings the events of an iCalendar file (a Google Calendar or Outlook export) into a feed.
 * Browser-safe: the CLI's `import` command and the studio both call `importIcs`.
 *
 * - Every item it writes carries `icsUid` (the calendar's UID) and, for one instance of a
 *   series, `icsRecurrenceId` (the instance's original start, ISO): importing again finds the
 *   item by them and updates it instead of adding a copy.
 * - A weekly (or daily) series at a fixed time in the feed's zone becomes a weekly activity,
 *   its EXDATEs and cancelled or moved sessions its exceptions; any other series becomes events,
 *   one per occurrence from a month before the import to a year after it (see series.ts).
 * - Only the fields the calendar has are written; everything else in the feed (unknown fields,
 *   translations of a title, categories, images) stays. Items that disappeared from the
 *   calendar are kept and listed in the report.
 */
import { DEFAULT_TIME_ZONE } from '../feed/constants.js';
import { readCalendar, type SkippedEntry, type CalendarEntry } from './ics-read.js';
import { seriesDrafts, type Draft, type SeriesNote } from './series.js';
import { sameJson } from '../feed/same-json.js';
import { LocationFinder, mergeLocalizedText, uniqueIdMaker } from './feed-items.js';

export type { SkippedEntry } from './ics-read.js';
export type { SeriesNote } from './series.js';

export interface ImportOptions {
  /** The language the calendar is written in: a title with translations gets it under this code. Default: the feed's first language, else "fi". */
  language?: string;
  /** The import's date (ms), which bounds the expansion of series that are not weekly. Default: now. */
  now?: number;
}

export interface ImportedItem {
  kind: 'event' | 'activity' | 'location';
  id: string;
  title: string;
  uid?: string;
}

export interface ImportReport {
  /** VEVENTs read from the file. */
  entriesRead: number;
  added: ImportedItem[];
  updated: (ImportedItem & { fields: string[] })[];
  unchanged: ImportedItem[];
  /** Items imported earlier whose UID is no longer in the calendar: kept in the feed. */
  notInCalendar: ImportedItem[];
  skipped: SkippedEntry[];
  notes: SeriesNote[];
  /** Components other than events (tasks, journal entries) that were not taken. */
  otherComponents: number;
}

type FeedItem = Record<string, unknown> & { id?: unknown; icsUid?: unknown; icsRecurrenceId?: unknown };

const keyOf = (uid: unknown, recurrenceId: unknown) => `${String(uid)}\n${typeof recurrenceId === 'string' ? recurrenceId : ''}`;
const titleText = (title: unknown): string =>
  typeof title === 'string' ? title : title && typeof title === 'object' ? String(Object.values(title)[0] ?? '') : '';

const arrayIn = (feed: Record<string, unknown>, name: string): FeedItem[] => {
  if (!Array.isArray(feed[name])) feed[name] = [];
  return feed[name] as FeedItem[];
};

/**
 * Imports `icsText` into a copy of `feed`; the feed passed in is not changed. Never throws on
 * bad calendar input: what cannot be taken is in `report.skipped` with the reason.
 */
export function importIcs(feed: object, icsText: string, options: ImportOptions = {}): { feed: object; report: ImportReport } {
  const result = structuredClone(feed) as Record<string, unknown>;
  const feedTimeZone = typeof result.timeZone === 'string' ? result.timeZone : DEFAULT_TIME_ZONE;
  const languages = Array.isArray(result.languages) ? result.languages.filter((language): language is string => typeof language === 'string') : [];
  const language = options.language ?? languages[0] ?? 'fi';
  /**
   * A new item's text in a feed of several languages is the calendar's language's (`{ "ru": … }`):
   * the other languages are then missing, as they are, and the studio's check says so. In a feed of
   * one language a plain text.
   */
  const inItsLanguage = (text: string): unknown => (languages.length > 1 ? { [language]: text } : text);
  const read = readCalendar(icsText, feedTimeZone);
  const report: ImportReport = {
    entriesRead: read.entries.length + read.skipped.filter((entry) => entry.reason !== 'not-a-calendar').length,
    added: [],
    updated: [],
    unchanged: [],
    notInCalendar: [],
    skipped: [...read.skipped],
    notes: [],
    otherComponents: read.otherComponents,
  };

  const drafts: Draft[] = [];
  for (const [master, instances] of groupByUid(read.entries)) {
    const { drafts: forSeries, notes } = seriesDrafts(master, instances, feedTimeZone, options.now ?? Date.now());
    drafts.push(...forSeries);
    report.notes.push(...notes);
  }

  const collections = { event: arrayIn(result, 'events'), activity: arrayIn(result, 'schedule') } as const;
  const newId = uniqueIdMaker([...collections.event, ...collections.activity].map((item) => item.id));
  const locations = new LocationFinder(arrayIn(result, 'locations'), language);
  const existing = new Map<string, { kind: 'event' | 'activity'; item: FeedItem }>();
  for (const kind of ['event', 'activity'] as const) {
    for (const item of collections[kind]) if (typeof item.icsUid === 'string') existing.set(keyOf(item.icsUid, item.icsRecurrenceId), { kind, item });
  }

  const seen = new Set<string>();
  for (const draft of drafts) {
    const key = keyOf(draft.key.uid, draft.key.recurrenceId);
    if (seen.has(key)) continue;
    seen.add(key);
    const match = existing.get(key);
    const locationId = draft.locationText ? locations.idFor(draft.locationText, report.added) : undefined;
    if (match && match.kind !== draft.kind) {
      report.skipped.push({
        uid: draft.key.uid,
        title: draft.title,
        reason: 'kind-changed',
        detail: `it is now ${draft.kind === 'event' ? 'an event' : 'a weekly activity'} in the calendar, but "${String(match.item.id)}" in the feed is ${match.kind === 'event' ? 'an event' : 'a weekly activity'}; the feed's item was left as it is`,
      });
      continue;
    }
    if (!match) {
      const item: FeedItem = { id: newId(draft.title, draft.kind) };
      item.title = inItsLanguage(draft.title || draft.key.uid);
      Object.assign(item, draft.fields);
      if (typeof draft.fields.description === 'string') item.description = inItsLanguage(draft.fields.description);
      if (locationId) item.location = locationId;
      item.icsUid = draft.key.uid;
      if (draft.key.recurrenceId) item.icsRecurrenceId = draft.key.recurrenceId;
      collections[draft.kind].push(item);
      report.added.push({ kind: draft.kind, id: String(item.id), title: titleText(item.title), uid: draft.key.uid });
      continue;
    }
    const item = match.item;
    const changed: string[] = [];
    const title = draft.title ? mergeLocalizedText(item.title, draft.title, language) : item.title;
    if (!sameJson(title, item.title)) {
      item.title = title;
      changed.push('title');
    }
    for (const [field, value] of Object.entries(draft.fields)) {
      const next = field === 'description' ? mergeLocalizedText(item.description, value as string, language) : value;
      if (sameJson(item[field], next)) continue;
      item[field] = next;
      changed.push(field);
    }
    if (locationId && item.location !== locationId) {
      item.location = locationId;
      changed.push('location');
    }
    const described: ImportedItem = { kind: draft.kind, id: String(item.id), title: titleText(item.title), uid: draft.key.uid };
    if (changed.length) report.updated.push({ ...described, fields: changed });
    else report.unchanged.push(described);
  }

  const uidsInFile = new Set(read.entries.map((entry) => entry.uid));
  for (const { kind, item } of existing.values()) {
    if (!uidsInFile.has(String(item.icsUid))) report.notInCalendar.push({ kind, id: String(item.id), title: titleText(item.title), uid: String(item.icsUid) });
  }
  return { feed: result, report };
}

/** Entries by UID: the main entry (undefined when the file has only changed instances) and the instances. */
function groupByUid(entries: CalendarEntry[]): [CalendarEntry | undefined, CalendarEntry[]][] {
  const byUid = new Map<string, { master?: CalendarEntry; instances: CalendarEntry[] }>();
  for (const entry of entries) {
    let group = byUid.get(entry.uid);
    if (!group) byUid.set(entry.uid, (group = { instances: [] }));
    if (entry.recurrenceId) group.instances.push(entry);
    else group.master ??= entry;
  }
  return [...byUid.values()].map((group) => [group.master, group.instances]);
}

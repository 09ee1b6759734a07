/**
 * The studio's actions that reach outside the form: moving focus to a field and the
 * calendar file download on a static page (the map for a place's point: map-dialog.ts).
 */
import type { Feed } from '../../feed/schema.js';
import { validateFeed } from '../../feed/validate.js';
import type { FeedDocument } from '../model/document.js';

interface StudioHost extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly document?: FeedDocument;
  readonly files: { fileName: string; download(text: string, name: string, type: string): void };
  notice?: { kind: 'info' | 'error' | 'success'; text: () => string };
}

/** Focuses the first of the ids that exists (the field itself, else the nearest enclosing one), once rendered. */
export async function focusField(host: StudioHost, ...ids: string[]): Promise<void> {
  await host.updateComplete;
  const root = host.shadowRoot!;
  for (const id of ids) {
    const element = root.getElementById(id);
    if (!element) continue;
    const target = element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, button') ?? element;
    target.scrollIntoView({ block: 'center' });
    (target as HTMLElement).focus();
    return;
  }
}

/** Downloads the whole feed's calendar in one language, as `baltic-widgets ics` writes it. */
export async function exportCalendar(host: StudioHost, lang: string): Promise<void> {
  const validation = validateFeed(host.document);
  if (!validation.ok) return;
  const feed: Feed = validation.feed;
  try {
    const { buildCalendarFile } = await import('../../ics/calendar-file.js');
    const text = await buildCalendarFile(feed, { lang, events: feed.events, activities: feed.schedule, festival: !!feed.festival });
    host.files.download(text, `${host.files.fileName.replace(/\.json$/i, '')}.${lang}.ics`, 'text/calendar');
  } catch (error) {
    host.notice = { kind: 'error', text: () => (error as Error).message };
  }
}

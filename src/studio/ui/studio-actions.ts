/**
 * The studio's actions that reach outside the form: moving focus to a field, the map dialog
 * for a place's point, and the calendar file download on a static page.
 */
import type { TemplateMap } from '../../i18n/msg.js';
import type { Feed } from '../../feed/schema.js';
import { validateFeed } from '../../feed/validate.js';
import { getIn, isObject, type DocPath, type FeedDocument, type Json } from '../model/document.js';
import { msg, str, withMessages } from '../i18n.js';

interface StudioHost extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly templates?: TemplateMap;
  readonly document?: FeedDocument;
  readonly files: { fileName: string; download(text: string, name: string, type: string): void };
  notice?: { kind: 'info' | 'error' | 'success'; text: () => string };
  set(path: DocPath, value: Json | undefined): void;
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

/** Opens the map in a modal dialog; every click or Enter sets the point at `path`. */
export async function pickPointOnMap(host: StudioHost, path: DocPath): Promise<void> {
  const root = host.shadowRoot!;
  const opener = root.activeElement as HTMLElement | null;
  const dialog = document.createElement('dialog');
  dialog.className = 'map-dialog';
  withMessages(host.templates, () => {
    dialog.setAttribute('aria-label', msg('Set the point on the map', { id: 'studio.map.title' }));
    const help = document.createElement('p');
    help.textContent = msg('Click or tap the place. With the keyboard: move the map with the arrow keys, then press Enter to put the point in its middle.', { id: 'studio.map.help' });
    const container = document.createElement('div');
    container.className = 'map';
    container.tabIndex = 0;
    container.setAttribute('role', 'application');
    container.setAttribute('aria-label', msg('Map', { id: 'studio.map.label' }));
    const done = document.createElement('button');
    done.type = 'button';
    done.textContent = msg('Done', { id: 'studio.map.done' });
    done.addEventListener('click', () => dialog.close());
    dialog.append(help, container, done);
  });
  root.append(dialog);
  dialog.showModal();
  const current = getIn(host.document, path);
  const start = isObject(current) && typeof current.lat === 'number' && typeof current.lon === 'number' ? { lat: current.lat, lon: current.lon } : undefined;
  try {
    const { createPointMap } = await import('./map-picker.js');
    const map = createPointMap(root, dialog.querySelector<HTMLElement>('.map')!, start, (point) => host.set(path, { ...point }));
    dialog.addEventListener('close', () => {
      map.destroy();
      dialog.remove();
      opener?.focus();
    });
  } catch (error) {
    dialog.remove();
    host.notice = { kind: 'error', text: () => msg(str`The map could not be loaded: ${(error as Error).message}. Type the coordinates instead.`, { id: 'studio.map.error' }) };
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

/** Helpers for the add-to-calendar tests: catching the .ics download, reading it back with ical.js. */
import ICAL from 'ical.js';
import type { BalticAddToCalendar } from '../../src/components/add-to-calendar/add-to-calendar.js';
import { waitUntil } from './helpers.js';

/** Runs `action` and returns the text and file name of the calendar file it saves (the download itself is stopped). */
export async function catchDownload(action: () => unknown): Promise<{ text: string; fileName: string }> {
  const originalClick = HTMLAnchorElement.prototype.click;
  let caught: { href: string; fileName: string } | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) caught = { href: this.href, fileName: this.download };
    else originalClick.call(this);
  };
  try {
    await action();
    await waitUntil(() => caught, 'no download started', { timeout: 5000 });
  } finally {
    HTMLAnchorElement.prototype.click = originalClick;
  }
  const text = await (await fetch(caught!.href)).text();
  return { text, fileName: caught!.fileName };
}

export interface ReadEvent {
  uid: string;
  summary: string;
  location?: string;
  description?: string;
  /** UTC ms, or `YYYY-MM-DD` for all-day. */
  start: number | string;
  end: number | string;
  tzid?: string;
  /** Occurrences of a series (EXDATE applied), UTC ms, at most 60. */
  occurrences?: number[];
}

/** Reads an .ics text with ical.js (its VTIMEZONEs registered). */
export function readIcs(text: string): ReadEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const value = (time: ICAL.Time) => (time.isDate ? time.toString() : time.toUnixTime() * 1000);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const read: ReadEvent = {
      uid: event.uid,
      summary: event.summary,
      location: event.location ?? undefined,
      description: event.description ?? undefined,
      start: value(event.startDate),
      end: value(event.endDate),
      tzid: (component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? undefined,
    };
    if (event.isRecurring()) {
      const iterator = event.iterator();
      read.occurrences = [];
      for (let next = iterator.next(); next && read.occurrences.length < 60; next = iterator.next()) read.occurrences.push(next.toUnixTime() * 1000);
    }
    return read;
  });
}

export const menuItems = (element: BalticAddToCalendar) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
export const trigger = (element: BalticAddToCalendar) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;

/** Clicks the button and waits for the menu to be open. */
export async function openMenu(element: BalticAddToCalendar): Promise<HTMLElement[]> {
  trigger(element).click();
  await waitUntil(() => menuItems(element).length > 0, 'the menu did not open', { timeout: 5000 });
  await element.updateComplete;
  return menuItems(element);
}

/** Keeps links from navigating during a test (the click still reaches the widget). */
export function stopNavigation(): () => void {
  const stop = (event: Event) => {
    if ((event.composedPath()[0] as Element).closest?.('a')) event.preventDefault();
  };
  document.addEventListener('click', stop);
  return () => document.removeEventListener('click', stop);
}

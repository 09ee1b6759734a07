/** Helpers shared by the schedule's browser tests. */
import { fixture, html } from '@open-wc/testing';
import '../../src/components/schedule/define.js';
import type { BalticSchedule } from '../../src/components/schedule/schedule.js';
import { settled, shadow, waitUntil } from './helpers.js';

let demoFeed: Promise<Record<string, any>> | undefined;
/** The demo feed (demo/feed.json: 11 activities, season 31 Aug 2026 – 30 May 2027) as a fresh object. */
export async function loadDemoFeed(): Promise<Record<string, any>> {
  demoFeed ??= fetch('/demo/feed.json').then((response) => response.json());
  return structuredClone(await demoFeed);
}

/** An instant given as Helsinki wall time ("2026-12-02T12:00"), in winter (+02:00) or summer (+03:00). */
export const helsinki = (local: string, offset = '+02:00') => Date.parse(`${local}:00${offset}`);

/** What `Intl` makes of a calendar date in English (en-GB), e.g. "Tue 8 Dec". */
export const englishDate = (date: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

/** A schedule at `width` px showing `feed` at the time `now`. */
export async function scheduleFixture(feed: object, now: number, options: { width?: number; theme?: string; attributes?: Record<string, string> } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 1000}px"></div>`);
  const schedule = document.createElement('baltic-schedule') as BalticSchedule;
  schedule.lang = 'en';
  schedule.now = now;
  schedule.feed = feed;
  if (options.theme) schedule.theme = options.theme as BalticSchedule['theme'];
  for (const [name, value] of Object.entries(options.attributes ?? {})) schedule.setAttribute(name, value);
  wrapper.append(schedule);
  await settled(schedule);
  await waitUntil(() => shadow(schedule).querySelector(options.width && options.width < 640 ? '.days, [part="empty"]' : '.week, [part="empty"]'), 'the schedule did not render its layout');
  return schedule;
}

/** The session buttons (blocks or items) in the shadow root. */
export const sessionButtons = (schedule: BalticSchedule) => [...shadow(schedule).querySelectorAll<HTMLButtonElement>('button.session')];

/** The block buttons in the week grid, by day column (0 = first day shown). */
export function blocksByDay(schedule: BalticSchedule): HTMLButtonElement[][] {
  return [...shadow(schedule).querySelectorAll('tbody td.track')].map((cell) => [...cell.querySelectorAll<HTMLButtonElement>('button.session')]);
}

/** The title shown on a session button. */
export const titleOf = (button: Element) => button.querySelector('.session__title')!.textContent!.trim();

/** Waits for the next render after an interaction (and for details opened to load). */
export async function rendered(schedule: BalticSchedule): Promise<void> {
  await schedule.updateComplete;
  await waitUntil(() => !shadow(schedule).querySelector('[part="details"][aria-busy="true"]'), 'the details did not load', { timeout: 5000 });
  await schedule.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}


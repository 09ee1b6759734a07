/**
 * The calendar's bench, run in headless Chromium by scripts/bench.mjs: builds a feed of many
 * events, creates a calendar on it, and measures from creating the element to its view being
 * rendered and laid out. Exposes `window.calendarBench`.
 */
import '../src/components/event-calendar/define.js';
import type { BalticEventCalendar } from '../src/components/event-calendar/event-calendar.js';
import { snapshotOfObject } from '../src/feed/loader.js';
import { feedWith } from './bench-events.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function rendered(calendar: BalticEventCalendar): Promise<void> {
  const root = () => calendar.shadowRoot;
  while (calendar.feedSnapshot.status !== 'ready' || root()?.querySelector('[aria-busy="true"], .sk-view')) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await calendar.updateComplete;
}

export interface BenchResult {
  /** Element created → view rendered and laid out, ms. */
  renderMs: number;
  /** Elements in the calendar's shadow root. */
  nodes: number;
  /** Event buttons built. */
  eventButtons: number;
  /** Of `renderMs`, the feed's validation alone (the same for every widget), ms. */
  validationMs: number;
  /** For the list: time to add the next page, ms. */
  nextPageMs?: number;
}

const feeds = new Map<string, object>();

async function run(view: 'month' | 'list', count: number, perDay: number): Promise<BenchResult> {
  const key = `${view}|${count}|${perDay}`;
  if (!feeds.has(key)) feeds.set(key, feedWith(count, '2026-12-01', perDay));
  // A fresh copy: the feed is validated per object, as a page handing one over would have it.
  const feed = structuredClone(feeds.get(key)!);
  const stage = document.querySelector('#stage')!;
  stage.replaceChildren();
  await frame();
  const started = performance.now();
  const calendar = document.createElement('baltic-event-calendar');
  calendar.setAttribute('lang', 'en');
  calendar.setAttribute('view', view);
  calendar.setAttribute('date', '2026-12-01');
  calendar.feed = feed;
  stage.append(calendar);
  await rendered(calendar);
  calendar.getBoundingClientRect(); // layout
  const renderMs = performance.now() - started;
  await frame();
  const root = calendar.shadowRoot!;
  const copy = structuredClone(feeds.get(key)!);
  const validationStarted = performance.now();
  snapshotOfObject(copy);
  const validationMs = performance.now() - validationStarted;
  const result: BenchResult = { renderMs, validationMs, nodes: root.querySelectorAll('*').length, eventButtons: root.querySelectorAll('[part~="event"]').length };
  if (view === 'list') {
    const more = root.querySelector<HTMLElement>('[part="show-more"]');
    if (more) {
      const before = performance.now();
      more.click();
      await calendar.updateComplete;
      calendar.getBoundingClientRect();
      result.nextPageMs = performance.now() - before;
    }
  }
  return result;
}

declare global {
  interface Window {
    calendarBench: typeof run;
  }
}
window.calendarBench = run;

/** Empties the stage (for a memory baseline). */
window.calendarClear = async () => {
  document.querySelector('#stage')!.replaceChildren();
  await frame();
};
declare global {
  interface Window {
    calendarClear: () => Promise<void>;
  }
}

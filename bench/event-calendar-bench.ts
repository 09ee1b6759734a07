/**
 * The calendar's bench, run in headless Chromium by scripts/bench.mjs: builds a feed of many
 * events, creates a calendar on it, and measures from creating the element to its view being
 * rendered and laid out. Exposes `window.calendarBench`.
 *
 * The calendar's code: with `?bundle=<url>`, one of the one-script embed's bundles as a page
 * with only the calendar gets it (`bench/calendar-figures.mjs` builds the embed beside the page):
 * the widget, the feed spine and the view it shows first in one file, the month
 * (`bundles/event-calendar.js`) or a phone's list (`bundles/event-calendar-list.js`); without it
 * (a dev server: bench/profile.mjs), this repository's sources with the views imported first.
 */
import type { BalticEventCalendar } from '../src/components/event-calendar/event-calendar.js';
import { snapshotOfObject } from '../src/feed/loader.js';
import { stampDocument } from '../src/feed/feed-stamping.js';
import { feedWith, whenRendered } from './bench-events.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The calendar's view in place: the feed shown, no skeleton or busy view left (see `whenRendered`). */
async function rendered(calendar: BalticEventCalendar): Promise<void> {
  const root = calendar.shadowRoot!; // created when the element is connected
  await whenRendered(root, () => calendar.feedSnapshot.status === 'ready' && !root.querySelector('[aria-busy="true"], .sk-view'));
  await calendar.updateComplete;
}

export interface BenchResult {
  /** Element created → view rendered and laid out, ms. */
  renderMs: number;
  /** Elements in the calendar's shadow root. */
  nodes: number;
  /** Event buttons built. */
  eventButtons: number;
  /** Of `renderMs`, taking the feed alone (the same for every widget): its stamp compared with its content, and the copy with the defaults added, ms. */
  validationMs: number;
  /** What the same feed without its stamp takes instead: the check (its chunk loaded), ms. */
  checkMs: number;
  /** For the list: time to add the next page, ms. */
  nextPageMs?: number;
}

const feeds = new Map<string, Record<string, unknown>>();

/** A generated feed stamped as checked, as the studio saves one without problems (src/feed/feed-stamp.ts). */
async function stampedFeedWith(count: number, perDay: number): Promise<Record<string, unknown>> {
  const stamping = await stampDocument(feedWith(count, '2026-12-01', perDay));
  if (!('stamped' in stamping)) throw new Error(`the generated feed cannot be stamped: ${JSON.stringify(stamping).slice(0, 200)}`);
  return stamping.stamped;
}

async function run(view: 'month' | 'list', count: number, perDay: number): Promise<BenchResult> {
  const key = `${view}|${count}|${perDay}`;
  if (!feeds.has(key)) feeds.set(key, await stampedFeedWith(count, perDay));
  // A fresh copy: the feed is taken per object, as a page handing one over would have it.
  const feed = structuredClone(feeds.get(key)!);
  const stage = document.querySelector('#stage')!;
  stage.replaceChildren();
  await frame();
  const started = performance.now();
  performance.mark('calendar-bench-start'); // for traces (bench/profile.mjs, DevTools)
  const calendar = document.createElement('baltic-event-calendar');
  calendar.setAttribute('lang', 'en');
  calendar.setAttribute('view', view);
  calendar.setAttribute('date', '2026-12-01');
  calendar.feed = feed;
  stage.append(calendar);
  await rendered(calendar);
  calendar.getBoundingClientRect(); // layout
  const renderMs = performance.now() - started;
  performance.mark('calendar-bench-end');
  await frame();
  const root = calendar.shadowRoot!;
  const copy = structuredClone(feeds.get(key)!);
  const validationStarted = performance.now();
  await snapshotOfObject(copy);
  const validationMs = performance.now() - validationStarted;
  const { checked: _stamp, ...unstamped } = structuredClone(feeds.get(key)!);
  const checkStarted = performance.now();
  await snapshotOfObject(unstamped);
  const checkMs = performance.now() - checkStarted;
  const result: BenchResult = { renderMs, validationMs, checkMs, nodes: root.querySelectorAll('*').length, eventButtons: root.querySelectorAll('[part~="event"]').length };
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
// "Code loaded", as the one-script embed has it before the feed arrives: the view the bench shows
// is loaded before it starts (in the bundle's file; from the sources, both views); the dialog, the
// filters and the rest load when used.
const bundle = new URLSearchParams(location.search).get('bundle');
const code = bundle
  ? import(/* @vite-ignore */ bundle)
  : Promise.all([
      import('../src/components/event-calendar/define.js'),
      import('../src/internal/feed-spine.js'),
      import('../src/components/event-calendar/month-view.js'),
      import('../src/components/event-calendar/list-view.js'),
      import('../src/components/event-calendar/occurrence-button.js'),
      import('../src/components/event-calendar/row.styles.js'),
    ]);

export interface BigFeedResult {
  /** The feed's size as served, characters. */
  chars: number;
  /** Element created (with `src`) → month rendered and laid out, ms. */
  renderMs: number;
  /** The longest main-thread task meanwhile (PerformanceObserver `longtask`: tasks over 50 ms), ms; 0 when none. */
  longestTaskMs: number;
  /** Tasks over 200 ms meanwhile. */
  tasksOver200: number;
}

/**
 * A big feed given by URL as a page gets it (`src`, fetched, parsed, validated): `count` events
 * with descriptions of `descriptionChars` characters, and the main thread's long tasks from
 * creating the calendar to its month being rendered.
 */
async function bigFeed(count: number, descriptionChars: number): Promise<BigFeedResult> {
  // As dense as the 1,000-event month (34 a day): years of events, a month's worth shown.
  const document = feedWith(count, '2026-12-01', 34);
  if (descriptionChars) for (const event of document.events) event['description'] = { en: 'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(descriptionChars / 28)).slice(0, descriptionChars) };
  const text = JSON.stringify(document);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const stage = window.document.querySelector('#stage')!;
  stage.replaceChildren();
  await frame();
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  const calendar = window.document.createElement('baltic-event-calendar');
  calendar.setAttribute('lang', 'en');
  calendar.setAttribute('view', 'month');
  calendar.setAttribute('date', '2026-12-01');
  calendar.setAttribute('src', url);
  stage.append(calendar);
  await rendered(calendar);
  calendar.getBoundingClientRect();
  const renderMs = performance.now() - started;
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 100)); // the last long task's entry
  observer.disconnect();
  URL.revokeObjectURL(url);
  return { chars: text.length, renderMs, longestTaskMs: Math.max(0, ...tasks), tasksOver200: tasks.filter((duration) => duration > 200).length };
}

declare global {
  interface Window {
    calendarBigFeedBench: typeof bigFeed;
  }
}

// The functions once the calendar's code is there (`calendarBench` last: the runner waits for it).
void code.then(() => {
  window.calendarBigFeedBench = bigFeed;
  window.calendarBench = run;
});

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

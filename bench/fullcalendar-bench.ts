/**
 * The anchor for the calendar bench: FullCalendar 7 (vanilla, dayGrid month view, classic theme)
 * on the same generated events as bench/event-calendar-bench.ts, in a stage of the same width.
 * Measures from creating the calendar to its month view being in the DOM with its events and laid
 * out. `dayMaxEvents: true` ("+N more" when a day is full) is what our month view does too.
 * Configured as its users run it beside ours: the same named time zone as the feed's, and the
 * Temporal polyfill only where the browser has no Temporal (Chromium 144+ has it; Firefox ESR
 * 128/140 and Safari need it). The list case is FullCalendar's day list (`listDay`), which shows
 * the same rows as our list's first page when a day holds that many events.
 * Exposes `window.fullcalendarBench`.
 */
const temporalReady = 'Temporal' in globalThis ? Promise.resolve() : import('temporal-polyfill/global');
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
import { BENCH_CATEGORIES, BENCH_COLORS, feedWith, whenRendered } from './bench-events.js';

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The feed's events as FullCalendar's input (all-day ends made exclusive, as FullCalendar wants them). */
function fullCalendarEvents(count: number, perDay: number) {
  return feedWith(count, '2026-12-01', perDay).events.map((event) => {
    const allDay = !String(event.start).includes('T');
    return {
      id: String(event.id),
      title: (event.title as { en: string }).en,
      start: String(event.start),
      end: allDay ? nextDay(String(event.end)) : String(event.end),
      allDay,
      color: BENCH_COLORS[BENCH_CATEGORIES.indexOf(String(event.category))],
      classNames: event.status === 'cancelled' ? ['cancelled'] : [],
    };
  });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
let current: Calendar | undefined;
const EVENT = '[style*="--fc-event-color"]';

/** Empties the stage (for a memory baseline). */
async function clear(): Promise<void> {
  current?.destroy();
  current = undefined;
  document.querySelector('#stage')!.replaceChildren();
  await frame();
}

const inputs = new Map<string, ReturnType<typeof fullCalendarEvents>>();

async function run(count: number, perDay: number, view: 'month' | 'list' = 'month'): Promise<{ renderMs: number; nodes: number; eventElements: number }> {
  const key = `${count}|${perDay}`;
  if (!inputs.has(key)) inputs.set(key, fullCalendarEvents(count, perDay));
  const events = structuredClone(inputs.get(key)!);
  await clear();
  const stage = document.querySelector('#stage')!;
  const started = performance.now();
  const element = document.createElement('div');
  stage.append(element);
  current = new Calendar(element, {
    plugins: [dayGridPlugin, listPlugin, classicThemePlugin],
    initialView: view === 'list' ? 'listDay' : 'dayGridMonth',
    initialDate: '2026-12-01',
    timeZone: 'Europe/Helsinki', // the bench feed's zone, as ours uses (Temporal: native in the browsers the bench runs)
    locale: 'en-gb',
    dayMaxEvents: true,
    events,
  });
  current.render();
  // FullCalendar 7's class names are hashed: an event is the element that carries its colour.
  await whenRendered(element, () => element.querySelector(EVENT) !== null);
  element.getBoundingClientRect(); // layout
  const renderMs = performance.now() - started;
  await frame();
  return { renderMs, nodes: element.querySelectorAll('*').length, eventElements: element.querySelectorAll(EVENT).length };
}

declare global {
  interface Window {
    fullcalendarBench: typeof run;
    fullcalendarClear: typeof clear;
  }
}
void temporalReady.then(() => {
  window.fullcalendarBench = run;
  window.fullcalendarClear = clear;
});

/**
 * The generated events every calendar bench uses (ours in the browser, FullCalendar's, and the
 * iCal bench in Node), so that each library does the same work on the same data.
 */

export const BENCH_CATEGORIES = ['culture', 'education', 'wellness', 'journey', 'hobby'];
export const BENCH_COLORS = ['#b0304a', '#2f5f98', '#2e7d4f', '#b35c00', '#6b4aa5'];

/** A feed document of `count` events from `first` (YYYY-MM-DD) on, `perDay` a day, of all kinds: timed, overlapping, all-day, multi-day, cancelled. */
export function feedWith(count: number, first: string, perDay: number): { events: Array<Record<string, unknown>> } & Record<string, unknown> {
  const start = Date.parse(`${first}T00:00Z`);
  const events = Array.from({ length: count }, (_, index) => {
    const day = new Date(start + Math.floor(index / perDay) * 86_400_000).toISOString().slice(0, 10);
    const slot = index % perDay;
    const hour = String(8 + (slot % 12)).padStart(2, '0');
    const kind = index % 17;
    return {
      id: `bench-${index}`,
      title: { en: `Event ${index}`, fi: `Tapahtuma ${index}`, ru: `Событие ${index}` },
      start: kind === 0 ? day : `${day}T${hour}:${slot % 2 ? '30' : '00'}`,
      end: kind === 0 ? day : kind === 1 ? `${new Date(Date.parse(`${day}T00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10)}T12:00` : `${day}T${hour}:45`,
      category: BENCH_CATEGORIES[index % BENCH_CATEGORIES.length],
      location: 'hall',
      ...(kind === 5 ? { status: 'cancelled' } : {}),
    };
  });
  return {
    version: 1,
    timeZone: 'Europe/Helsinki',
    categories: BENCH_CATEGORIES.map((id, index) => ({ id, name: id, color: BENCH_COLORS[index] })),
    locations: [{ id: 'hall', name: 'Hall', address: { street: 'Linnankatu 2', city: 'Turku' } }],
    events,
  };
}

/**
 * Resolves once `done()` holds, checked after every change of the DOM under `root` (a
 * MutationObserver): the moment the view is in place, not the next turn of a polling timer
 * (chained `setTimeout(0)` calls wait at least 4 ms each after the fifth), for ours and
 * FullCalendar alike.
 */
export function whenRendered(root: Node, done: () => boolean, timeoutMs = 30_000): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`not rendered in ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * The real time zone nearest to a wrong name, for the message about it. Only a feed with a
 * wrong `timeZone` needs it: the browser loads this module then (see `validateFeedInSlices`).
 */

/** The zone names Intl knows, for suggestions (loaded only when a name is wrong). */
function knownTimeZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported ? supported('timeZone') : [];
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), case-insensitive. */
function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const rows = [...Array(a.length + 1)].map((_, i) => [i, ...Array(b.length).fill(0)] as number[]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The known zone nearest to a wrong name (`America/New_Yrok` → `America/New_York`), if one is near enough. */
export function suggestTimeZone(name: string): string | undefined {
  let best: { zone: string; cost: number } | undefined;
  const city = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1);
  for (const zone of knownTimeZones()) {
    const cost = Math.min(distance(name, zone), distance(city(name), city(zone)) + (zone.startsWith(name.split('/')[0]!) ? 0 : 2));
    if (!best || cost < best.cost) best = { zone, cost };
  }
  return best && best.cost <= Math.max(2, Math.floor(name.length / 6)) ? best.zone : undefined;
}

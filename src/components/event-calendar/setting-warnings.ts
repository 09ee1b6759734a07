/**
 * What the console says when a calendar's setting is not what it shows: a `date` that is not
 * one or lies outside the years a feed may give, a `time-zone` that is not a zone. Loaded only
 * for such a setting, so a page without one pays nothing for the words.
 */
// The years from the feed's time module (in the shared spine): from the calendar's layout module, this chunk would split that module out of the calendar's.
import { FIRST_YEAR, LAST_YEAR } from '../../feed/time.js';

const warned = new Set<string>();

/**
 * Warns once per page and setting: `date` with the day shown instead (undefined: today), or
 * `time-zone` with the feed's zone the times are shown in.
 */
export function warnAboutSetting(attribute: 'date' | 'time-zone', value: string, shown: string | undefined): void {
  const problem =
    attribute === 'time-zone'
      ? `not an IANA time zone (e.g. "Europe/Helsinki", or "feed" or "visitor"); showing the feed's, ${shown}`
      : shown
        ? `outside the years the calendar shows (${FIRST_YEAR}–${LAST_YEAR}); showing ${shown.slice(0, 7)}`
        : 'not a date (expected YYYY-MM or YYYY-MM-DD, e.g. "2026-12"); showing today';
  const message = `[baltic-widgets] <baltic-event-calendar ${attribute}="${value}">: ${problem}`;
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
}

/**
 * The calendar's state in the page's URL hash (with `link-state`): the month shown and the
 * open event, as `#calendar-month=2026-12&calendar-event=advent-concert`. Other parameters
 * in the hash (another widget's, the page's own) are kept.
 */

export interface LinkState {
  /** `YYYY-MM`. */
  month?: string;
  event?: string;
}

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

const parameters = (hash: string) => new URLSearchParams(hash.replace(/^#/, ''));

/** Reads the state under `prefix` from a hash. */
export function readLinkState(hash: string, prefix: string): LinkState {
  const params = parameters(hash);
  const month = params.get(`${prefix}-month`) ?? undefined;
  return { month: month && MONTH.test(month) ? month : undefined, event: params.get(`${prefix}-event`) || undefined };
}

/** The hash with the state under `prefix` written in (empty values removed). */
export function writeLinkState(hash: string, prefix: string, state: LinkState): string {
  // A hash that is a plain anchor (`#events`) is not ours to rewrite into parameters.
  const params = hash.includes('=') ? parameters(hash) : new URLSearchParams();
  for (const [name, value] of [['month', state.month], ['event', state.event]] as const) {
    if (value) params.set(`${prefix}-${name}`, value);
    else params.delete(`${prefix}-${name}`);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

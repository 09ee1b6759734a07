/**
 * Stamping a feed that passed the check (see feed-stamp.ts), for the studio's saves and
 * `baltic-widgets validate --stamp` / `import`. A feed is stamped only when the check finds no
 * problem at all (no error, no warning, no local time the clocks skip) and the widgets' quick
 * way takes from it exactly what the check gives: a feed with fields the widgets do not read
 * (an `x-` extension) stays unstamped and is checked in the browser.
 */
import type { FeedProblem } from './problems.js';
import { contentText, stampFor, vouchedFeed } from './feed-stamp.js';
import { sameJson } from './same-json.js';
import { validateFeed, type FeedValidation } from './validate.js';

/**
 * Why a feed was not stamped: its problems, fields the check leaves out (which the quick way
 * would keep), or no Web Crypto to hash it with (the studio's page served over plain http).
 */
export type Stamping =
  | { stamped: Record<string, unknown> }
  | { unstamped: 'problems'; problems: FeedProblem[] }
  | { unstamped: 'unread-fields' }
  | { unstamped: 'no-crypto' };

/** A feed's file as the studio and the command line write it: JSON indented by `indent`, one final newline. */
export const feedFileText = (document: object, indent: string | number = 2): string => `${JSON.stringify(document, null, indent)}\n`;

/**
 * The document with a stamp of this check (the field `checked`, first unless the document had
 * one) for its file written with `indent` (`feedFileText`), when it may carry one; else why not.
 * The document itself is not changed. `validation` is the document's, when the caller has it.
 */
export async function stampDocument(document: Record<string, unknown>, indent: string | number = 2, validation: FeedValidation = validateFeed(document)): Promise<Stamping> {
  if (!validation.ok || validation.problems.length) return { unstamped: 'problems', problems: validation.problems };
  if (!globalThis.crypto?.subtle) return { unstamped: 'no-crypto' };
  // First in the file: a widget reading it sees at once that it needs no check (`mayBeStamped`).
  const stamped = { checked: await stampFor(feedFileText(document, indent), contentText(document)), ...document };
  // Both ways a widget takes it (the text it read, or the object it was given) give what the check gives.
  for (const quick of [await vouchedFeed(JSON.parse(feedFileText(stamped, indent)), feedFileText(stamped, indent)), await vouchedFeed(stamped)]) {
    if (!quick || !sameJson(quick, validation.feed)) return { unstamped: 'unread-fields' };
  }
  return { stamped };
}

/**
 * The document as it is to be written with `indent`: stamped when it may be, else without the
 * stamp it had (an earlier stamp would no longer match). For the studio's saves and the command
 * line's writes: stamping never stands in the way of saving (should hashing fail, the feed is
 * written unstamped, as without Web Crypto).
 */
export async function withCurrentStamp(document: Record<string, unknown>, indent: string | number = 2, validation?: FeedValidation): Promise<{ document: Record<string, unknown>; stamping: Stamping }> {
  const { checked: _earlier, ...unstamped } = document;
  // (The check leaves a stamp out: a validation of the document is that of the document without it.)
  const stamping = await stampDocument(unstamped, indent, validation).catch((): Stamping => ({ unstamped: 'no-crypto' }));
  return { document: 'stamped' in stamping ? stamping.stamped : unstamped, stamping };
}

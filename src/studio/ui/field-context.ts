/** What a field's view needs from the studio: the document, its checks, and the way to change it. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedProblem } from '../../feed/problems.js';
import type { FeedCheck } from '../model/checks.js';
import { pathKey } from '../model/checks.js';
import type { DocPath, FeedDocument, Json } from '../model/document.js';
import { msg, str } from '../i18n.js';
import type { Locale } from '../../i18n/locales.js';

export interface FieldContext {
  document: FeedDocument;
  languages: string[];
  /** The studio's own language: item names are shown in it when the feed has it. */
  locale: Locale;
  timeZone: string;
  check: FeedCheck;
  set(path: DocPath, value: Json | undefined): void;
  /** A file chosen for an image field at `path` (an object with src, width, height, alt). */
  chooseImage(path: DocPath, file: File): void;
  /** Opens the map to set the point at `path`. */
  pickPoint(path: DocPath): void;
}

/** The id of a field's input, from its document path (the problems list links to it). */
export const fieldId = (path: DocPath): string => `f-${pathKey(path).replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/** The problems the validator found at exactly this path. */
export const problemsAt = (context: FieldContext, path: DocPath): FeedProblem[] => context.check.byPath.get(pathKey(path)) ?? [];

/** The problem messages under a field, tied to its input by `aria-describedby` (the id `<field id>-problems`). */
export function renderProblems(context: FieldContext, path: DocPath, extra: TemplateResult[] = []): TemplateResult | typeof nothing {
  const problems = problemsAt(context, path);
  if (!problems.length && !extra.length) return nothing;
  return html`<ul class="field-problems" id="${fieldId(path)}-problems">
    ${problems.map(
      (problem) =>
        html`<li class=${problem.severity}>${problem.severity === 'error' ? msg('Error', { id: 'studio.error' }) : msg('Warning', { id: 'studio.warning' })}: ${problemMessage(problem)}</li>`,
    )}
    ${extra.map((item) => html`<li class="warning">${item}</li>`)}
  </ul>`;
}

/** `aria-describedby` for a field's input when it has problems. */
export const describedBy = (context: FieldContext, path: DocPath, hasExtra = false): string | typeof nothing =>
  problemsAt(context, path).length || hasExtra ? `${fieldId(path)}-problems` : nothing;

/**
 * The validator's message in the studio's language where it says something common (a missing
 * field, a date that does not exist, a time zone misspelt…), with "(ignored)" (a field the
 * feed is read without) said too; its own English words otherwise, which the CLI shows too.
 */
export function problemMessage(problem: FeedProblem): string {
  const ignored = problem.message.endsWith(IGNORED);
  const words = problemWords(ignored ? problem.message.slice(0, -IGNORED.length) : problem.message);
  return ignored ? msg(str`${words} (left out)`, { id: 'studio.problem.ignored' }) : words;
}

const IGNORED = ' (ignored)';

function problemWords(text: string): string {
  if (text === 'missing') return msg('required, please fill it in', { id: 'studio.problem.missing' });
  if (text === 'ends before it starts') return msg('ends before it starts', { id: 'studio.problem.end-before-start' });
  if (text === 'season ends before it starts') return msg('the season ends before it starts', { id: 'studio.problem.season' });
  if (text.startsWith('missing: screen readers')) return msg('no description of the image for screen readers (alt text)', { id: 'studio.problem.alt' });
  if (text.startsWith('duplicate id')) return msg('this identifier is used twice', { id: 'studio.problem.duplicate' });
  if (text.startsWith('not a date')) return msg('not a date', { id: 'studio.problem.date' });
  if (text.startsWith('not a time')) return msg('not a time (HH:mm)', { id: 'studio.problem.time' });
  if (text.startsWith('not an id')) return msg('letters, digits, "-", "_", "." and ":" only', { id: 'studio.problem.id' });
  if (text.startsWith('URL scheme') || text.startsWith('not a URL')) return msg('not a web address (https://…) or a relative one', { id: 'studio.problem.url' });
  if (text.startsWith('needs at least one weekday')) return msg('choose at least one day', { id: 'studio.problem.days' });
  if (text.startsWith('not an email')) return msg('not an email address', { id: 'studio.problem.email' });
  if (text.startsWith('not a phone')) return msg('not a phone number', { id: 'studio.problem.phone' });
  if (text.startsWith('unknown ')) return msg(str`refers to something not in the feed (${text.slice(text.indexOf('"'))})`, { id: 'studio.problem.reference' });
  if (text.startsWith('not a currency code')) return msg('not a currency code (three capital letters, e.g. EUR)', { id: 'studio.problem.currency' });
  const suggestedZone = /is not an IANA time zone \(did you mean "([^"]+)"\?\)/.exec(text)?.[1];
  if (suggestedZone) return msg(str`not a time zone name; did you mean ${suggestedZone}?`, { id: 'studio.problem.zone-suggested' });
  if (text.includes('not an IANA time zone')) return msg('not a time zone name (e.g. Europe/Helsinki)', { id: 'studio.problem.zone' });
  const readAs = /\(the clocks skip [^)]*\): read as ([^,]+)/.exec(text)?.[1];
  if (readAs) return msg(str`this time does not exist that night (the clocks go forward): calendars read it as ${readAs}`, { id: 'studio.problem.skipped-time' });
  if (text.startsWith('not a colour')) return msg('not a colour (#rgb or #rrggbb)', { id: 'studio.problem.colour' });
  if (text.startsWith('not a language code')) return msg('not a language code (e.g. fi, ru, en-GB)', { id: 'studio.problem.language' });
  if (text === 'must not be negative') return msg('must not be negative', { id: 'studio.problem.negative' });
  if (text === 'not a whole number') return msg('not a whole number', { id: 'studio.problem.whole-number' });
  if (text === 'not a number') return msg('not a number', { id: 'studio.problem.number' });
  if (text === 'latitude out of range' || text === 'longitude out of range') return msg('outside the map (latitude −90 to 90, longitude −180 to 180)', { id: 'studio.problem.geo' });
  if (text.startsWith('year out of range')) return msg('the year is out of range', { id: 'studio.problem.year' });
  return text;
}

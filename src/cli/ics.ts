/**
 * `baltic-widgets ics <feed>`: writes the feed's events and weekly activities as an iCalendar
 * file a site publishes next to its feed, for visitors to subscribe to (REFRESH-INTERVAL and
 * X-PUBLISHED-TTL tell calendars how often to fetch it again).
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { eventDays, eventTime } from '../feed/event-time.js';
import type { Activity, Feed, FeedEvent } from '../feed/schema.js';
import { LanguageCodeSchema } from '../feed/schema.js';
import { isCalendarDate } from '../feed/time.js';
import { validateFeed } from '../feed/validate.js';
import { calendarFileParts } from '../ics/calendar-file.js';
import { CliError, ExitCode, fileErrorReason, isHttpUrl, parseCommandArgs, readJsonDocument, sourceName, STDIN, UsageError, writeLine, type CliIo, type Command } from './io.js';
import { countOf, problemCounts, writeProblems } from './report.js';
import { writeFileInPieces, writePieces } from './write.js';

/** How often subscribers fetch the calendar again (Google does it every 8–24 h whatever it is told). */
export const REFRESH_INTERVAL_HOURS = 6;

const USAGE = 'ics <feed> [-o events.ics] [--lang ru] [--category culture] [--from DATE] [--to DATE] [--base-url URL]';

const OPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['<feed>', 'The feed: a JSON file, - for standard input, or an http(s) URL.'],
  ['-o, --output FILE', 'Write the calendar to FILE (default: standard output; - too). Never the feed itself.'],
  ['--lang CODE', 'The language of titles and descriptions, one the feed has (default: its first).'],
  ['--category ID', 'Only the events and activities of this category; repeat for more.'],
  ['--from DATE', 'Only what takes place on or after DATE (YYYY-MM-DD).'],
  ['--to DATE', 'Only what takes place on or before DATE (YYYY-MM-DD).'],
  ['--base-url URL', 'Where the feed is published: relative links in it are resolved against it.'],
];

interface IcsArguments {
  source: string;
  output?: string;
  lang?: string;
  categories: string[];
  from?: string;
  to?: string;
  baseUrl?: string;
}

function icsArguments(args: readonly string[]): IcsArguments {
  const { positionals, values } = parseCommandArgs('ics', args, {
    options: {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      category: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      'base-url': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('ics: missing <feed> (a file, - for standard input, or an http(s) URL)');
  if (positionals.length > 1) throw new UsageError(`ics: one feed at a time (got ${positionals.length})`);
  for (const [option, value] of [['--from', values.from], ['--to', values.to]] as const) {
    if (value !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value))) {
      throw new UsageError(`ics: ${option} ${value}: not a date (expected YYYY-MM-DD)`);
    }
  }
  if (values.from && values.to && values.to < values.from) throw new UsageError(`ics: --to ${values.to} is before --from ${values.from}`);
  if (values.lang !== undefined && !v.is(LanguageCodeSchema, values.lang)) {
    throw new UsageError(`ics: --lang ${values.lang}: not a language code (expected e.g. fi, ru, en)`);
  }
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !isHttpUrl(baseUrl)) throw new UsageError(`ics: --base-url ${baseUrl}: not an http(s) URL`);
  return { source: positionals[0]!, output: values.output, lang: values.lang, categories: values.category ?? [], from: values.from, to: values.to, baseUrl };
}

/** The events and activities the options select: in the categories (if any), and touching the date range. */
export function selectItems(feed: Feed, options: Pick<IcsArguments, 'categories' | 'from' | 'to'>): { events: FeedEvent[]; activities: Activity[] } {
  const inCategory = (category: string | undefined) => options.categories.length === 0 || (category !== undefined && options.categories.includes(category));
  const overlaps = (first: string | undefined, last: string | undefined) =>
    (!options.from || !last || last >= options.from) && (!options.to || !first || first <= options.to);
  return {
    events: feed.events.filter((event) => {
      const days = eventDays(eventTime(event, feed.timeZone), feed.timeZone);
      return inCategory(event.category) && overlaps(days.first, days.last);
    }),
    activities: feed.schedule.filter((activity) => inCategory(activity.category) && overlaps(activity.seasonStart, activity.seasonEnd)),
  };
}

/**
 * Writes the calendar to `-o` (or stdout). Resolves to 0 when every item of the feed was
 * usable, to 1 when items had to be skipped (each named on stderr; the calendar is written
 * with the rest) or the document is not a feed; throws a CliError (exit 2) when the feed
 * cannot be read or the command line is wrong.
 */
export async function runIcs(args: readonly string[], io: CliIo): Promise<number> {
  const options = icsArguments(args);
  refuseOverwritingFeed(options);
  const result = validateFeed(await readJsonDocument(options.source));
  writeProblems(io.stderr, result.problems);
  if (!result.ok) {
    writeLine(io.stderr, `${sourceName(options.source)}: not a feed: ${problemCounts(result.problems)}; no calendar written`);
    return ExitCode.InvalidFeed;
  }
  const feed = result.feed;
  const unknown = options.categories.filter((id) => !feed.categories.some((category) => category.id === id));
  if (unknown.length) {
    throw new UsageError(`ics: unknown category ${unknown.map((id) => `"${id}"`).join(', ')} (the feed has: ${feed.categories.map((category) => category.id).join(', ') || 'none'})`);
  }
  if (options.lang !== undefined) {
    const languages = feedLanguages(feed);
    if (!languages.has(options.lang)) throw new UsageError(`ics: --lang ${options.lang}: the feed has no texts in this language (it has: ${[...languages].join(', ') || 'none'})`);
  }
  const { events, activities } = selectItems(feed, options);
  const festival = !!feed.festival && options.categories.length === 0 && festivalInRange(feed, options);
  const calendar = await calendarFileParts(feed, {
    lang: options.lang ?? feed.languages?.[0] ?? 'en',
    events,
    activities,
    festival,
    feedUrl: options.baseUrl ?? (isHttpUrl(options.source) ? options.source : undefined),
    refreshIntervalHours: REFRESH_INTERVAL_HOURS,
  });
  const summary = problemCounts(result.problems);
  if (options.output === undefined || options.output === STDIN) {
    await writePieces(io.stdout, calendar);
    if (summary) writeLine(io.stderr, `${sourceName(options.source)}: ${summary}`);
  } else {
    try {
      await writeFileInPieces(options.output, calendar);
    } catch (error) {
      throw new CliError(`cannot write ${options.output}: ${fileErrorReason(error)}`, ExitCode.Unreadable);
    }
    const contents = `${countOf(events.length, 'event')}, ${countOf(activities.length, 'weekly activity', 'weekly activities')}${festival ? ', festival' : ''}`;
    writeLine(io.stdout, `${options.output}: ${contents}`);
    if (summary) writeLine(io.stderr, `${sourceName(options.source)}: ${summary}`);
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  return errors > 0 ? ExitCode.InvalidFeed : ExitCode.Ok;
}

/** `-o` naming the feed would replace the feed with the calendar: refused before anything is read. */
function refuseOverwritingFeed(options: IcsArguments): void {
  if (options.output === undefined || options.output === STDIN || options.source === STDIN || isHttpUrl(options.source)) return;
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  if (real(options.output) === real(options.source)) {
    throw new UsageError(`ics: -o ${options.output} is the feed itself: the calendar would replace it (write it to an .ics file)`);
  }
}

/** The languages a feed has texts in: its `languages`, and every language key of its texts. */
function feedLanguages(feed: Feed): Set<string> {
  const languages = new Set(feed.languages ?? []);
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const entries = Object.entries(value);
    // A text by language: an object of strings whose keys are all language codes.
    if (entries.length && entries.every(([key, inner]) => typeof inner === 'string' && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(key))) {
      for (const [key] of entries) languages.add(key);
      return;
    }
    for (const [, inner] of entries) visit(inner, depth + 1);
  };
  visit(feed, 0);
  return languages;
}

function festivalInRange(feed: Feed, options: Pick<IcsArguments, 'from' | 'to'>): boolean {
  const festival = feed.festival!;
  const days = eventDays(eventTime({ id: festival.id, title: festival.title, start: festival.start, end: festival.end } as FeedEvent, feed.timeZone), feed.timeZone);
  return (!options.from || days.last >= options.from) && (!options.to || days.first <= options.to);
}

/** The `ics` command, as registered in main.ts. */
export const icsCommand: Command = {
  usage: USAGE,
  summary: 'Write the feed\'s events and weekly activities as an iCalendar file to publish for subscribers.',
  options: OPTIONS,
  run: runIcs,
};

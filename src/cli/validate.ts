/**
 * `baltic-widgets validate <feed>`: checks a feed file or URL as the widgets would read it and
 * lists every problem with its JSON path.
 */
import type { Feed } from '../feed/schema.js';
import { validateFeed } from '../feed/validate.js';
import { ExitCode, parseCommandArgs, readJsonDocument, sourceName, UsageError, writeLine, type CliIo, type Command } from './io.js';
import { countOf, problemCounts, writeProblems } from './report.js';

/**
 * Validates the feed named by the one argument (a path or an http(s) URL).
 * Resolves to 0 with a summary on stdout when the feed is valid (its warnings on stderr), to
 * 1 with one line per problem and a count on stderr when it has errors or is not a feed;
 * throws a CliError (exit 2) when it cannot be read or is not JSON.
 */
export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const source = feedArgument(args);
  const result = validateFeed(await readJsonDocument(source));
  writeProblems(io.stderr, result.problems);

  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  if (!result.ok || errors > 0) {
    writeLine(io.stderr, `${sourceName(source)}: ${result.ok ? '' : 'not a feed: '}${problemCounts(result.problems)}`);
    return ExitCode.InvalidFeed;
  }
  writeLine(io.stdout, `${sourceName(source)}: valid feed v${result.feed.version} — ${describeContents(result.feed)}`);
  return ExitCode.Ok;
}

/** The `validate` command, as registered in main.ts. */
export const validateCommand: Command = {
  usage: 'validate <feed>',
  summary: 'Check a feed (a JSON file, - for standard input, or an http(s) URL) and list its problems.',
  run: runValidate,
};

function feedArgument(args: readonly string[]): string {
  const { positionals } = parseCommandArgs('validate', args, { options: {} });
  if (positionals.length === 0) throw new UsageError('validate: missing <feed> (a file, - for standard input, or an http(s) URL)');
  if (positionals.length > 1) throw new UsageError(`validate: one feed at a time (got ${positionals.length})`);
  return positionals[0]!;
}

/** `1 organization, 5 categories, 6 locations, 30 events, 10 activities, 4 albums (52 photos), festival` */
function describeContents(feed: Feed): string {
  const photos = feed.albums.reduce((total, album) => total + album.photos.length, 0);
  const parts: string[] = [];
  if (feed.organization) parts.push('1 organization');
  parts.push(
    countOf(feed.categories.length, 'category', 'categories'),
    countOf(feed.locations.length, 'location'),
    countOf(feed.events.length, 'event'),
    countOf(feed.schedule.length, 'activity', 'activities'),
    countOf(feed.albums.length, 'album') + (feed.albums.length > 0 ? ` (${countOf(photos, 'photo')})` : ''),
  );
  if (feed.festival) parts.push('festival');
  return parts.join(', ');
}

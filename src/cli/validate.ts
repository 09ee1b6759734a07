/**
 * `baltic-widgets validate [--stamp] <feed>`: checks a feed file or URL as the widgets would read
 * it, lists every problem with its JSON path, and says whether the feed carries a stamp of this
 * check matching its content (src/feed/feed-stamp.ts); `--stamp` writes one into the file.
 */
import { BIG_FEED_CHARS } from '../feed/constants.js';
import { vouchedFeed } from '../feed/feed-stamp.js';
import type { Feed } from '../feed/schema.js';
import { validateFeed, type FeedValidation } from '../feed/validate.js';
import { writeFeedFile } from './feed-file.js';
import { ExitCode, isHttpUrl, parseCommandArgs, readJsonSource, sourceName, STDIN, UsageError, writeLine, type CliIo, type Command } from './io.js';
import { countOf, problemCounts, writeProblems } from './report.js';

/** What a feed without a matching stamp costs a page, as `npm run size` measured it (README, "Performance"). */
const UNSTAMPED_COST = 'about 4 KB more on every page, and a moment later';

/**
 * Validates the feed named by the one argument (a path or an http(s) URL).
 * Resolves to 0 with a summary on stdout when the feed is valid (its warnings on stderr), to
 * 1 with one line per problem and a count on stderr when it has errors or is not a feed;
 * throws a CliError (exit 2) when it cannot be read or is not JSON.
 */
export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const { source, stamp } = validateArguments(args);
  const { text, document } = await readJsonSource(source);
  const result = validateFeed(document);
  writeProblems(io.stderr, result.problems);

  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  if (!result.ok || errors > 0) {
    writeLine(io.stderr, `${sourceName(source)}: ${result.ok ? '' : 'not a feed: '}${problemCounts(result.problems)}${stamp ? '; not stamped' : ''}`);
    return ExitCode.InvalidFeed;
  }
  writeLine(io.stdout, `${sourceName(source)}: valid feed v${result.feed.version} — ${describeContents(result.feed)}`);
  writeLine(io.stdout, stamp ? await stampLine(source, document as object, text, result) : await stampState(document, text, source, result.problems.length));
  return ExitCode.Ok;
}

/** Whether the feed carries a stamp of this check that matches it, and what to do when not (`warnings`: the feed has some, and cannot be stamped). */
async function stampState(document: unknown, text: string, source: string, warnings: number): Promise<string> {
  if (await vouchedFeed(document, text)) {
    return text.length > BIG_FEED_CHARS
      ? `stamped as checked, but over ${BIG_FEED_CHARS.toLocaleString('en')} characters the widgets check it all the same, in slices (hashing it at once would hold the page)`
      : 'stamped as checked: the widgets show it without checking it again';
  }
  const has = typeof (document as { checked?: unknown }).checked === 'string';
  const command = isHttpUrl(source) || source === STDIN ? 'the studio, or `validate --stamp` on its file,' : `\`baltic-widgets validate --stamp ${source}\``;
  return `${has ? 'its stamp does not match (edited since, or stamped by another version)' : 'not stamped'}: the widgets check it in the browser (${UNSTAMPED_COST}); ${
    warnings ? `once its ${countOf(warnings, 'warning')} ${warnings > 1 ? 'are' : 'is'} fixed, ${command} stamps it` : `${command} stamps it`
  }`;
}

/** Writes the stamp into the file (`--stamp`) and says how it went. */
async function stampLine(path: string, document: object, text: string, validation: FeedValidation): Promise<string> {
  const stamping = await writeFeedFile(path, document, text, { onlyStamped: true, validation });
  if ('stamped' in stamping) return `${path}: stamped as checked: the widgets show it without checking it again`;
  if (stamping.unstamped === 'problems') return `${path}: not stamped: only a feed without any problem is (fix the ${countOf(stamping.problems.length, 'warning')} above); the widgets check it in the browser`;
  if (stamping.unstamped === 'unread-fields') return `${path}: not stamped: it has fields the widgets do not read (the check leaves them out); the widgets check it in the browser`;
  return `${path}: not stamped: this Node has no Web Crypto to hash it with`;
}

/** The `validate` command, as registered in main.ts. */
export const validateCommand: Command = {
  usage: 'validate [--stamp] <feed>',
  summary: 'Check a feed (a JSON file, - for standard input, or an http(s) URL) and list its problems; --stamp writes a file without problems again, stamped as checked, so that the widgets need not check it again.',
  run: runValidate,
};

function validateArguments(args: readonly string[]): { source: string; stamp: boolean } {
  const { positionals, values } = parseCommandArgs('validate', args, { options: { stamp: { type: 'boolean' } } });
  if (positionals.length === 0) throw new UsageError('validate: missing <feed> (a file, - for standard input, or an http(s) URL)');
  if (positionals.length > 1) throw new UsageError(`validate: one feed at a time (got ${positionals.length})`);
  const source = positionals[0]!;
  const stamp = values.stamp ?? false;
  if (stamp && (isHttpUrl(source) || source === STDIN)) throw new UsageError('validate --stamp: give a file (an address or standard input cannot be written)');
  return { source, stamp };
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

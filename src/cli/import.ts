/**
 * `baltic-widgets import <file.ics|URL> --into feed.json`: brings the events of a Google
 * Calendar or Outlook export into a feed (see src/import/ics-import.ts), prints what came in,
 * what changed and what could not be taken, and writes the feed atomically (a temporary file
 * renamed over it), stamped as checked when it has no problem (feed-file.ts), unless `--dry-run`.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_TIME_ZONE } from '../feed/constants.js';
import { formatProblem, validateFeed } from '../feed/validate.js';
import { importIcs } from '../import/ics-import.js';
import { problemLines, reportLines, reportSummary } from '../import/import-report.js';
import { CliError, ExitCode, parseCommandArgs, parseJson, readSource, UsageError, writeLine, type CliIo, type Command } from './io.js';
import { writeFeedFile } from './feed-file.js';

const USAGE = 'import <file.ics|URL> --into feed.json [--lang fi] [--dry-run]';

/** A new feed, for `--into` naming a file that does not exist yet. */
const EMPTY_FEED = { version: 1, timeZone: DEFAULT_TIME_ZONE, events: [], schedule: [] };

function importArguments(args: readonly string[]) {
  const { positionals, values } = parseCommandArgs('import', args, {
    options: { into: { type: 'string' }, lang: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError('import: missing <file.ics|URL> (a calendar export or its address)');
  if (positionals.length > 1) throw new UsageError(`import: one calendar at a time (got ${positionals.length})`);
  if (!values.into) throw new UsageError('import: missing --into feed.json (the feed to bring the events into)');
  // Calendar programs share addresses as webcal://; they are https underneath.
  const source = positionals[0]!.replace(/^webcal:\/\//i, 'https://');
  return { source, into: values.into, lang: values.lang, dryRun: values['dry-run'] ?? false };
}

async function readFeed(path: string): Promise<{ feed: object; text?: string }> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { feed: structuredClone(EMPTY_FEED) };
    throw new CliError(`cannot read ${path}: ${(error as Error).message.replace(/, \w+ '.*'$/s, '')}`, ExitCode.Unreadable);
  }
  const feed = parseJson(text, path);
  if (!feed || typeof feed !== 'object' || Array.isArray(feed)) throw new CliError(`${path}: not a feed: expected a JSON object`, ExitCode.InvalidFeed);
  return { feed, text };
}

/**
 * Resolves to 0 when every calendar entry was taken, to 1 when some could not be (each named
 * on stderr; the rest is written); throws a CliError (exit 2) when a file cannot be read or written.
 */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const options = importArguments(args);
  const { text: icsText } = await readSource(options.source);
  const { feed, text: feedText } = await readFeed(options.into);
  const { feed: imported, report } = importIcs(feed, icsText, { language: options.lang });
  if (report.skipped.some((entry) => entry.reason === 'not-a-calendar')) {
    writeLine(io.stderr, `${options.source}: ${report.skipped[0]!.detail}; ${options.into} not changed`);
    return ExitCode.Unreadable;
  }
  for (const line of reportLines(report)) writeLine(io.stdout, line);
  for (const line of problemLines(report)) writeLine(io.stderr, line);

  // The feed as the widgets will read it: problems of what came in are said now, not on the page.
  const validation = validateFeed(imported);
  const importedIds = new Set([...report.added, ...report.updated].map((item) => item.id));
  for (const problem of validation.problems) {
    const index = /^(events|schedule|locations)\[(\d+)\]/.exec(problem.path);
    const item = index ? ((imported as Record<string, { id?: string }[]>)[index[1]!]?.[Number(index[2])]) : undefined;
    if (item?.id && importedIds.has(item.id)) writeLine(io.stderr, `${problem.severity}: ${formatProblem(problem)}`);
  }

  const changed = report.added.length + report.updated.length > 0;
  if (options.dryRun) {
    writeLine(io.stdout, `${reportSummary(report)} (dry run: ${options.into} not changed)`);
  } else if (changed || feedText === undefined) {
    const stamping = await writeFeedFile(options.into, imported, feedText, { validation });
    writeLine(io.stdout, `${options.into}: ${reportSummary(report)}${'stamped' in stamping ? ' (stamped as checked)' : ''}`);
  } else {
    writeLine(io.stdout, `${options.into}: ${reportSummary(report)} (nothing to change)`);
  }
  return report.skipped.length ? ExitCode.InvalidFeed : ExitCode.Ok;
}

/** The `import` command, as registered in main.ts. */
export const importCommand: Command = {
  usage: USAGE,
  summary: 'Bring the events of a Google Calendar or Outlook export (.ics file or URL) into a feed; importing again updates them.',
  run: runImport,
};

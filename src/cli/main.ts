#!/usr/bin/env node
/**
 * The `baltic-widgets` command: a small dispatcher over `commands`. Runs as the package's
 * bin (built to dist/cli.js) and in development with `npx tsx src/cli/main.ts`.
 */
import { CliError, ExitCode, isEntryPoint, UsageError, writeLine, type CliIo, type Command } from './io.js';
import { icsCommand } from './ics.js';
import { importCommand } from './import.js';
import { studioCommand } from './studio/studio-command.js';
import { validateCommand } from './validate.js';
import { packageVersion } from './version.js';

/**
 * The commands by name. To add one, write `src/cli/<name>.ts` exporting a `Command` (see
 * `validate.ts`) and register it here; the help text lists it by itself.
 */
export const commands: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  ics: icsCommand,
  import: importCommand,
  studio: studioCommand,
};

const OPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['-h, --help', 'Show this help (after a command: that command\'s usage).'],
  ['--version', 'Show the version of baltic-widgets.'],
];

/** The help text: the commands, the options and the exit codes. */
export function usageText(): string {
  const commandRows = Object.values(commands).map((command) => [command.usage, command.summary] as const);
  const width = Math.max(...[...commandRows, ...OPTIONS].map(([left]) => left.length)) + 2;
  const rows = (entries: ReadonlyArray<readonly [string, string]>) => entries.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
  return [
    'Usage: baltic-widgets <command> [arguments]',
    '',
    'Commands:',
    ...rows(commandRows),
    '',
    'Options:',
    ...rows(OPTIONS),
    '',
    'Exit status: 0 done (a feed with warnings only is valid); 1 the feed has errors (ics: the',
    'items are skipped, the calendar is still written) or is not a feed; 2 the feed cannot be',
    'read or is not UTF-8 or not JSON, the command line is wrong, or the output cannot be written.',
  ].join('\n');
}

/** A command's help: its usage, what it does, and each of its options. */
function commandHelp(command: Command): string {
  const options = command.options ?? [];
  const width = Math.max(0, ...options.map(([left]) => left.length)) + 2;
  return [
    `Usage: baltic-widgets ${command.usage}`,
    '',
    command.summary,
    ...(options.length ? ['', 'Options:', ...options.map(([left, right]) => `  ${left.padEnd(width)}${right}`)] : []),
  ].join('\n');
}

const HELP_FLAGS = new Set(['-h', '--help']);

/** True when `--help` or `-h` comes before any `--` (after which arguments are taken as they are). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return args.slice(0, end === -1 ? undefined : end).some((arg) => HELP_FLAGS.has(arg));
}

/**
 * Runs the CLI with the arguments after the program name; resolves to the exit code.
 * Errors of a command (CliError) are reported on `io.stderr`; anything else is a bug and rejects.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    writeLine(io.stderr, usageText());
    return ExitCode.Usage;
  }
  if (HELP_FLAGS.has(name)) {
    writeLine(io.stdout, usageText());
    return ExitCode.Ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (name === '--version') {
      writeLine(io.stdout, await packageVersion());
      return ExitCode.Ok;
    }
    if (!command) {
      writeLine(io.stderr, `baltic-widgets: unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}"\n`);
      writeLine(io.stderr, usageText());
      return ExitCode.Usage;
    }
    if (asksForHelp(args)) {
      writeLine(io.stdout, commandHelp(command));
      return ExitCode.Ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    writeLine(io.stderr, error.message);
    if (error instanceof UsageError && command) writeLine(io.stderr, `Usage: baltic-widgets ${command.usage}`);
    return error.exitCode;
  }
}

/** Resolves once everything written to `stream` so far has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/** Exit code for a crash (a bug, not a problem of the feed or the command line). */
const EXIT_INTERNAL_ERROR = 70;

/** The bin: runs `main` on the process's arguments and exits with its code once the output is out. */
async function runAsProgram(): Promise<void> {
  // A full disk (`> /dev/full`) or a reader that went away (`| head`): one line and exit 2, not a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(`baltic-widgets: cannot write to standard output: ${error.code ?? error.message}${error.code === 'ENOSPC' ? ' (no space left on the device)' : error.code === 'EPIPE' ? ' (the reading program stopped)' : ''}\n`);
    process.exit(ExitCode.Unreadable);
  });
  let code: number;
  try {
    code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
  } catch (error) {
    process.stderr.write(`baltic-widgets: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    code = EXIT_INTERNAL_ERROR;
  }
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

if (isEntryPoint(import.meta.url)) void runAsProgram();

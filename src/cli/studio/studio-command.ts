/**
 * `baltic-widgets studio [feed.json] [--port N] [--no-open]`: starts the feed studio on
 * 127.0.0.1, prints its address and opens it in the browser. Without a file it works on
 * `feed.json` in the current folder; a file that does not exist yet is created by the first
 * save, after the editor's short wizard.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, ExitCode, parseCommandArgs, UsageError, writeLine, type CliIo, type Command } from '../io.js';
import { startStudioServer, type RunningStudio } from './studio-server.js';

const USAGE = 'studio [feed.json] [--port N] [--no-open]';

/** Where the built editor page is: beside dist/cli.js once built or installed, under dist/ when run from the sources. */
export function studioPageDirectory(): string {
  const candidates = [new URL('./studio/', import.meta.url), new URL('../../../dist/studio/', import.meta.url)].map((url) => fileURLToPath(url));
  return candidates.find((directory) => existsSync(resolve(directory, 'index.html'))) ?? candidates[0]!;
}

interface StudioArguments {
  feedPath: string;
  port: number;
  open: boolean;
}

function studioArguments(args: readonly string[]): StudioArguments {
  const { positionals, values } = parseCommandArgs('studio', args, {
    options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
  });
  if (positionals.length > 1) throw new UsageError(`studio: one feed at a time (got ${positionals.length})`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`studio: --port ${values.port}: not a port number (1–65535, or 0 for any free one)`);
  const feedPath = resolve(positionals[0] ?? 'feed.json');
  if (!existsSync(dirname(feedPath))) throw new CliError(`studio: the folder ${dirname(feedPath)} does not exist`, ExitCode.Unreadable);
  if (existsSync(feedPath) && !statSync(feedPath).isFile()) throw new CliError(`studio: ${feedPath} is not a file`, ExitCode.Unreadable);
  return { feedPath, port, open: !values['no-open'] };
}

/** Opens `url` in the system's browser; says so when it cannot (a server without a desktop). */
function openBrowser(url: string, io: CliIo): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => writeLine(io.stderr, 'Could not open a browser: open the address above yourself.'));
    child.unref();
  } catch {
    writeLine(io.stderr, 'Could not open a browser: open the address above yourself.');
  }
}

/** Resolves when the process is asked to stop (Ctrl+C), after the server has closed. */
function untilStopped(studio: RunningStudio): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void studio.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runStudio(args: readonly string[], io: CliIo): Promise<number> {
  const options = studioArguments(args);
  let studio: RunningStudio;
  try {
    studio = await startStudioServer({ feedPath: options.feedPath, staticDirectory: studioPageDirectory(), port: options.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`studio: cannot listen on port ${options.port}${code === 'EADDRINUSE' ? ': it is in use (try another --port, or leave it out)' : `: ${(error as Error).message}`}`, ExitCode.Unreadable);
  }
  const shown = relative(process.cwd(), options.feedPath) || options.feedPath;
  writeLine(io.stdout, `Feed studio for ${shown}${existsSync(options.feedPath) ? '' : ' (a new feed: it is created when you save)'}`);
  writeLine(io.stdout, `Open: ${studio.url}`);
  writeLine(io.stdout, 'Only this computer can reach it, and only with this address. Press Ctrl+C to stop.');
  if (options.open) openBrowser(studio.url, io);
  await untilStopped(studio);
  return ExitCode.Ok;
}

/** The `studio` command, as registered in main.ts. */
export const studioCommand: Command = {
  usage: USAGE,
  summary: 'Edit the feed in a browser, with forms and a live preview (starts a local editor on 127.0.0.1).',
  run: runStudio,
};

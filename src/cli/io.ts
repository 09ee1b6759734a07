/**
 * What the commands of the `baltic-widgets` CLI share: exit codes, the output streams,
 * command-line errors, reading a feed from a file or an http(s) URL, and JSON parsing that
 * says where the text goes wrong. Node only, nothing that touches the DOM.
 */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { decodeFeedBytes, FeedEncodingError } from '../feed/encoding.js';
import { describeJsonError } from './json-error.js';

/** The exit codes of every command. */
export const ExitCode = {
  /** Done; the feed has at most warnings. */
  Ok: 0,
  /** The feed has errors (items skipped), or the document is not a feed. */
  InvalidFeed: 1,
  /** The feed could not be read or fetched, or is not JSON. */
  Unreadable: 2,
  /** The command line is wrong. */
  Usage: 2,
} as const;

/** Where a command writes: `process.stdout` and `process.stderr`, or collectors in tests. */
export interface TextSink {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
}

/** A command of the CLI, registered in `commands` in `main.ts`. */
export interface Command {
  /** The synopsis after `baltic-widgets`, e.g. `validate <feed>`. */
  usage: string;
  /** One sentence for the help text. */
  summary: string;
  /** The arguments and options, listed by `<command> --help`. */
  options?: ReadonlyArray<readonly [string, string]>;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** A failure that ends a command: its message goes to stderr, the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A wrong command line; reported together with the command's usage. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
    this.name = 'UsageError';
  }
}

/** Writes one line (the newline is added). */
export function writeLine(sink: TextSink, line: string): void {
  sink.write(`${line}\n`);
}

/**
 * Parses a command's arguments with `node:util`'s `parseArgs` (positionals allowed, unknown
 * options refused); throws a UsageError naming the command when they do not fit.
 */
export function parseCommandArgs<T extends Omit<ParseArgsConfig, 'args' | 'allowPositionals' | 'strict'>>(
  commandName: string,
  args: readonly string[],
  config: T,
) {
  try {
    return parseArgs({ ...config, args: [...args], allowPositionals: true as const, strict: true as const });
  } catch (error) {
    // "Unknown option '--x'. To specify a positional argument …": the first sentence is enough.
    const [reason = String(error)] = (error as Error).message.split(/\.(?:\s|$)/);
    throw new UsageError(`${commandName}: ${reason}`);
  }
}

/** How long a fetch of a feed may take, headers and body together. */
export const FETCH_TIMEOUT_MS = 15_000;

export interface ReadOptions {
  /** For URLs; default FETCH_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** A feed's text and, when it was fetched, the media type the server declared. */
export interface SourceText {
  text: string;
  mediaType?: string;
}

/** True for the `http:` and `https:` URLs that are fetched rather than read from disk. */
export function isHttpUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** The argument that names standard input, as for most commands. */
export const STDIN = '-';

/** How a source is named in messages: `feed.json`, `https://…`, or `standard input` for `-`. */
export const sourceName = (source: string) => (source === STDIN ? 'standard input' : source);

/**
 * Reads a feed's text from a file, standard input (`-`) or an http(s) URL. Throws a CliError
 * (ExitCode.Unreadable) that says which failed: `cannot read feed.json: ENOENT: no such file
 * or directory`, `cannot fetch https://…: HTTP 404 Not Found`, or that the text is not UTF-8.
 */
export async function readSource(source: string, { timeoutMs = FETCH_TIMEOUT_MS }: ReadOptions = {}): Promise<SourceText> {
  const { bytes, mediaType } = isHttpUrl(source) ? await fetchBytes(source, timeoutMs) : { bytes: await readFileBytes(source), mediaType: undefined };
  try {
    return { text: decodeFeedBytes(bytes), mediaType };
  } catch (error) {
    if (error instanceof FeedEncodingError) throw new CliError(`${sourceName(source)}: ${error.message}`, ExitCode.Unreadable);
    throw error;
  }
}

async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    if (path === STDIN) {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    return await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${sourceName(path)}: ${fileErrorReason(error)}`, ExitCode.Unreadable);
  }
}

/** A file system error without the path it ends with ("ENOENT: no such file or directory, open 'feed.json'"): the message names the file already. */
export function fileErrorReason(error: unknown): string {
  return (error as Error).message.replace(/, \w+ '.*'$/s, '');
}

async function fetchBytes(url: string, timeoutMs: number): Promise<{ bytes: Uint8Array; mediaType?: string }> {
  const failure = (reason: string) => new CliError(`cannot fetch ${url}: ${reason}`, ExitCode.Unreadable);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      await response.body?.cancel();
      throw failure(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    return { bytes: new Uint8Array(await response.arrayBuffer()), mediaType: response.headers.get('content-type') ?? undefined };
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (signal.aborted) throw failure(`no answer within ${timeoutMs / 1000} s`);
    throw failure(describeNetworkError(error));
  }
}

/** Node's fetch fails with "fetch failed"; the cause says why (`connect ECONNREFUSED 127.0.0.1:8080`). */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Parses JSON text; throws a CliError (ExitCode.Unreadable) naming the source and the place:
 * `feed.json: invalid JSON at line 3, column 5: Unexpected token '}'`.
 */
export function parseJson(text: string, sourceName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${sourceName}: ${describeJsonError(text, (error as Error).message)}`, ExitCode.Unreadable);
  }
}

/** Reads a file or URL and parses it as JSON; throws a CliError (ExitCode.Unreadable) for either failure. */
export async function readJsonDocument(source: string, options: ReadOptions = {}): Promise<unknown> {
  return (await readJsonSource(source, options)).document;
}

/** `readJsonDocument` with the text it was parsed from. */
export async function readJsonSource(source: string, options: ReadOptions = {}): Promise<{ text: string; document: unknown }> {
  const { text, mediaType } = await readSource(source, options);
  try {
    return { text, document: parseJson(text, sourceName(source)) };
  } catch (error) {
    if (error instanceof CliError && mediaType?.includes('html')) {
      throw new CliError(`${error.message} (the server sent ${mediaType.split(';')[0]}, not JSON)`, error.exitCode);
    }
    throw error;
  }
}

/** True when the module at `moduleUrl` (its `import.meta.url`) is the script node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}

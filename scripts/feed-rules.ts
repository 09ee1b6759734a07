/**
 * Generates src/generated/feed-rules.ts, the feed's validation rules as data (see
 * src/feed/rules.ts), from the valibot FeedSchema in src/feed/schema.ts: the schema stays the
 * one source of truth, and validation (in the browser, the command line and the studio) needs
 * no valibot. Messages are written here in the project's words: the schema's own, or for
 * valibot's defaults what was expected ("not a number"), to which the validator adds what it
 * found. The rules name each message by its number in src/generated/feed-rule-words.ts: a
 * page loads the words only for a feed that has problems. src/generated/feed-defaults.ts gives
 * the defaults and the check's name for the stamp of a checked feed (src/feed/feed-stamp.ts).
 *
 *   npx tsx scripts/feed-rules.ts           writes the three files
 *   npx tsx scripts/feed-rules.ts --check   exits 1 when one differs from what it would write
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type * as v from 'valibot';
import { checkedField, FeedSchema, isLenient } from '../src/feed/schema.js';
import * as checks from '../src/feed/schema-checks.js';
import { ARRAY, CHECK, FORWARDED_CHECK, INTEGER, MAX_VALUE, MIN_LENGTH, MIN_VALUE, NUMBER, OBJECT, OPTIONAL, PATTERN, PICKLIST, RECORD, STRING, UNION, UNKNOWN } from '../src/feed/rules.js';
import { isEntryPoint } from '../src/cli/io.js';

export const FEED_RULES_PATH = fileURLToPath(new URL('../src/generated/feed-rules.ts', import.meta.url));
export const FEED_RULE_WORDS_PATH = fileURLToPath(new URL('../src/generated/feed-rule-words.ts', import.meta.url));
export const FEED_DEFAULTS_PATH = fileURLToPath(new URL('../src/generated/feed-defaults.ts', import.meta.url));
const SOURCE_ROOT = fileURLToPath(new URL('../src/', import.meta.url));

type AnySchema = v.GenericSchema & {
  pipe?: readonly (AnySchema | AnyAction)[];
  message?: unknown;
  wrapped?: AnySchema;
  default?: unknown;
  item?: AnySchema;
  entries?: Record<string, AnySchema>;
  options?: readonly unknown[];
  key?: AnySchema;
  value?: AnySchema;
};
type AnyAction = { kind: string; type: string; requirement?: unknown; message?: unknown };

/** What valibot's own type checks expected, in the project's words (a schema without a message of its own). */
export const EXPECTED_WORDS: Record<string, string> = {
  array: 'not a list (expected an array)',
  object: 'not an object',
  string: 'not a text (expected a string)',
  number: 'not a number',
  record: 'not an object',
};

/** A schema's pipe taken apart: the schema that checks the type, the actions after it, and whether any level is marked lenient. */
function unpipe(schema: AnySchema): { base: AnySchema; actions: AnyAction[]; lenient: boolean } {
  if (!schema.pipe) return { base: schema, actions: [], lenient: isLenient(schema) };
  const [first, ...rest] = schema.pipe;
  const inner = unpipe(first as AnySchema);
  const actions = rest.filter((item) => item.kind !== 'metadata') as AnyAction[];
  for (const action of actions) if (action.kind !== 'validation') throw new Error(`a ${action.kind} (${action.type}) in a pipe cannot be generated`);
  return { base: inner.base, actions: [...inner.actions, ...actions], lenient: inner.lenient || isLenient(schema) };
}

const CHECK_NAMES = new Map<unknown, string>(Object.entries(checks).map(([name, value]) => [value, name]));

/** The messages' words, by their number in the rules (filled by `generate`). */
const messageWords = new Map<string, number>();
const wordsNumber = (words: string) => {
  if (!messageWords.has(words)) messageWords.set(words, messageWords.size);
  return messageWords.get(words)!;
};

/** A message as the rules write it: its words' number; in brackets when what was found is added. */
function message(owner: { message?: unknown; type: string }, words?: string): string {
  if (typeof owner.message === 'string') return String(wordsNumber(owner.message));
  if (owner.message !== undefined) throw new Error(`a message of ${owner.type} must be a text`);
  if (!words) throw new Error(`${owner.type} has no message of its own: give it one in schema.ts`);
  return `[${wordsNumber(words)}]`;
}

function action(item: AnyAction): string {
  const own = message(item);
  const field = checkedField(item);
  if (item.type === 'check') {
    const name = CHECK_NAMES.get(item.requirement);
    if (!name) throw new Error(`a check in schema.ts is not one of src/feed/schema-checks.ts's: name it there (${String(item.requirement)})`);
    return field ? `[${FORWARDED_CHECK}, c.${name}, ${own}, ${JSON.stringify(field)}]` : `[${CHECK}, c.${name}, ${own}]`;
  }
  if (field) throw new Error(`only checks can be reportedAt a field (${item.type})`);
  if (item.type === 'regex' || item.type === 'email') {
    const pattern = item.requirement as RegExp;
    return `[${PATTERN}, ${String(pattern)}, ${own}]`;
  }
  if (item.type === 'integer') return `[${INTEGER}, ${own}]`;
  const bound = { min_value: MIN_VALUE, max_value: MAX_VALUE, min_length: MIN_LENGTH }[item.type];
  if (bound === undefined || typeof item.requirement !== 'number') throw new Error(`the action ${item.type} cannot be generated: add it to src/feed/rules.ts`);
  return `[${bound}, ${item.requirement}, ${own}]`;
}

/**
 * Writes the rules of `root`, and the words of their messages. A rule written the same way
 * more than once (a text, an id, a list of language codes) becomes a constant: the browser
 * downloads each once.
 */
function generate(root: AnySchema): { rules: string; words: string } {
  messageWords.clear();
  /** Each schema's rule as a text, its parts written in full (the key by which equal rules are found). */
  const fullTexts = new Map<AnySchema, string>();
  const fullText = (schema: AnySchema): string => {
    let text = fullTexts.get(schema);
    if (text === undefined) fullTexts.set(schema, (text = ruleText(schema, fullText)));
    return text;
  };
  const uses = new Map<string, number>();
  const count = (schema: AnySchema) => {
    const text = fullText(schema);
    uses.set(text, (uses.get(text) ?? 0) + 1);
    if (uses.get(text)! > 1) return;
    for (const child of children(schema)) count(child);
  };
  count(root);

  const constants: string[] = [];
  const names = new Map<string, string>();
  const written = (schema: AnySchema): string => {
    const key = fullText(schema);
    const named = names.get(key);
    if (named) return named;
    const text = ruleText(schema, written);
    if (uses.get(key)! < 2 || schema === root) return text;
    const name = `r${names.size}`;
    names.set(key, name);
    constants.push(`const ${name}: Rule = ${text};`);
    return name;
  };
  const feed = written(root);
  const rules = [
    '// Generated by scripts/feed-rules.ts from the valibot FeedSchema in src/feed/schema.ts: do not edit.',
    "// The feed's validation rules as data; src/feed/rules.ts applies them. Messages are numbers in feed-rule-words.ts.",
    "import * as c from '../feed/schema-checks.js';",
    "import type { Rule } from '../feed/rules.js';",
    '',
    ...constants,
    '',
    `export const FEED_RULES: Rule = ${feed};`,
    '',
  ].join('\n');
  const words = [
    '// Generated by scripts/feed-rules.ts from the valibot FeedSchema in src/feed/schema.ts: do not edit.',
    "// The words of the feed rules' messages, by the number feed-rules.ts gives them: loaded for a feed with problems.",
    'export const RULE_WORDS: readonly string[] = [',
    ...[...messageWords.keys()].map((words) => `  ${JSON.stringify(words)},`),
    '];',
    '',
  ].join('\n');
  return { rules, words };
}

/** The schemas a schema's rule is made of. */
function children(schema: AnySchema): AnySchema[] {
  const { base } = unpipe(schema);
  return [base.wrapped, base.item, base.key, base.value, ...Object.values(base.entries ?? {}), ...(base.type === 'union' ? (base.options as AnySchema[]) : [])].filter(
    (child): child is AnySchema => child !== undefined,
  );
}

/** A schema's rule as a text, with its parts written by `part`. */
function ruleText(schema: AnySchema, part: (schema: AnySchema) => string): string {
  const { base, actions, lenient } = unpipe(schema);
  const list = actions.length ? `[${actions.map(action).join(', ')}]` : lenient ? 'undefined' : '';
  const tail = (...parts: string[]) => parts.filter(Boolean).join(', ');
  const words = EXPECTED_WORDS[base.type];
  switch (base.type) {
    case 'string':
    case 'number':
      return `[${tail(String(base.type === 'string' ? STRING : NUMBER), message(base, words), list)}]`;
    case 'picklist': {
      const options = base.options as readonly string[];
      return `[${PICKLIST}, ${JSON.stringify(options)}, ${message(base, `not one of ${options.map((option) => JSON.stringify(option)).join(', ')}`)}]`;
    }
    case 'array':
      return `[${tail(String(ARRAY), part(base.item!), message(base, words), list, lenient ? '1' : '')}]`;
    case 'object': {
      const entries = Object.entries(base.entries!).map(([key, entry]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${part(entry)}`);
      return `[${tail(String(OBJECT), `{ ${entries.join(', ')} }`, message(base, words), list, lenient ? '1' : '')}]`;
    }
    case 'union':
      return `[${UNION}, [${(base.options as AnySchema[]).map(part).join(', ')}], ${message(base)}]`;
    case 'record':
      return `[${RECORD}, ${part(base.key!)}, ${part(base.value!)}, ${message(base, words)}]`;
    case 'optional':
      if (typeof base.default === 'function') throw new Error('a default computed by a function cannot be generated');
      return `[${tail(String(OPTIONAL), part(base.wrapped!), base.default === undefined ? '' : JSON.stringify(base.default))}]`;
    case 'unknown':
      return `[${UNKNOWN}]`;
    default:
      throw new Error(`the schema type ${base.type} cannot be generated: add it to src/feed/rules.ts`);
  }
}

/** Whether a schema or any schema inside it has a default. */
const hasDefault = (schema: AnySchema): boolean => unpipe(schema).base.default !== undefined || children(schema).some(hasDefault);

/**
 * The defaults the check gives absent fields inside an object (or each item of a list), as
 * `FieldDefaults` (feed-stamp.ts) in TypeScript; undefined when there are none.
 */
function defaultsInside(schema: AnySchema): string | undefined {
  const { base } = unpipe(schema);
  if (base.type === 'optional' || base.type === 'array') return defaultsInside((base.wrapped ?? base.item)!);
  if (base.type !== 'object') {
    // The quick way (feed-stamp.ts) adds defaults to fields of objects only.
    if (children(schema).some(hasDefault)) throw new Error(`a default inside a ${base.type} cannot be generated: add it to src/feed/feed-stamp.ts`);
    return undefined;
  }
  const fields = Object.entries(base.entries!).flatMap(([key, entry]) => {
    const fallback = unpipe(entry).base.default;
    const inside = defaultsInside(entry);
    if (fallback === undefined && !inside) return [];
    const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
    return [`${name}: [${fallback === undefined ? 'undefined' : JSON.stringify(fallback)}${inside ? `, ${inside}` : ''}]`];
  });
  return fields.length ? `{ ${fields.join(', ')} }` : undefined;
}

/** The source files (under src/, but the generated ones) a module imports, itself included, statically or not. */
async function importClosure(entry: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.has(file) || file.startsWith(join(SOURCE_ROOT, 'generated'))) continue;
    const text = await readFile(file, 'utf8');
    files.set(file, text);
    for (const [, specifier] of text.matchAll(/(?:from|import\()\s*'(\.[^']+)\.js'/g)) pending.push(join(dirname(file), `${specifier}.ts`));
  }
  return files;
}

/**
 * The check's name for stamps (feed-stamp.ts): a hash of what decides whether a feed passes and
 * what the widgets take from it, that is of the rules and their words, the defaults, and the code
 * (without comments and types) of every source file the command line's validation (validate.ts)
 * and the quick way (feed-stamp.ts) import. Any change there makes the stamps of earlier checks
 * untrusted.
 */
async function checkId(generated: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const text of generated) hash.update(text);
  const sources = new Map([...(await importClosure(join(SOURCE_ROOT, 'feed/validate.ts'))), ...(await importClosure(join(SOURCE_ROOT, 'feed/feed-stamp.ts')))]);
  for (const file of [...sources.keys()].sort()) {
    hash.update(relative(SOURCE_ROOT, file).replaceAll('\\', '/'));
    // The code as it runs: a comment or a type changed does not make the stamps untrusted.
    hash.update(ts.transpileModule(sources.get(file)!, { compilerOptions: { removeComments: true, target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext } }).outputText);
  }
  return hash.digest('base64url').slice(0, 12);
}

/** The text of src/generated/feed-defaults.ts for the rules and words generated. */
async function defaultsModule(root: AnySchema, rules: string, words: string): Promise<string> {
  const defaults = defaultsInside(root) ?? '{}';
  return [
    '// Generated by scripts/feed-rules.ts from the valibot FeedSchema in src/feed/schema.ts and the check\'s sources: do not edit.',
    "import type { FieldDefaults } from '../feed/feed-stamp.js';",
    '',
    "/** The name of this check in a feed's stamp (feed-stamp.ts): a hash of the rules, the defaults and the check's code. */",
    `export const FEED_CHECK_ID = ${JSON.stringify(await checkId([rules, words, defaults]))};`,
    '',
    '/** The defaults the check gives absent fields, for a stamped feed (feed-stamp.ts). */',
    `export const FEED_DEFAULTS: FieldDefaults = ${defaults};`,
    '',
  ].join('\n');
}

/** Writes the rules, or with `--check` compares; resolves to the exit code. */
async function run(args: string[]): Promise<number> {
  const unknownOption = args.find((arg) => arg !== '--check');
  if (unknownOption) {
    console.error(`unknown option ${unknownOption}; usage: npx tsx scripts/feed-rules.ts [--check]`);
    return 2;
  }
  const { rules, words } = generate(FeedSchema as AnySchema);
  const defaults = await defaultsModule(FeedSchema as AnySchema, rules, words);
  const outputs: [string, string][] = [[FEED_RULES_PATH, rules], [FEED_RULE_WORDS_PATH, words], [FEED_DEFAULTS_PATH, defaults]];
  if (!args.includes('--check')) {
    await Promise.all(outputs.map(([path, text]) => writeFile(path, text)));
    return 0;
  }
  const actual = await Promise.all(outputs.map(([path]) => readFile(path, 'utf8').catch(() => '')));
  if (outputs.every(([, text], index) => actual[index] === text)) return 0;
  console.error(
    'src/generated/feed-rules.ts, feed-rule-words.ts or feed-defaults.ts is not what src/feed/schema.ts and the check give: run `npx tsx scripts/feed-rules.ts`' +
      ' (and, as the check changed, stamp the demo feed again: `npm run cli -- validate --stamp demo/feed.json`)',
  );
  return 1;
}

if (isEntryPoint(import.meta.url)) process.exitCode = await run(process.argv.slice(2));

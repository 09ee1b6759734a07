/**
 * Generates feed.schema.json (JSON Schema draft-07, for editors and other tools) from the
 * valibot FeedSchema in src/feed/schema.ts, so the two cannot drift apart.
 *
 *   npx tsx scripts/feed-schema.ts           writes feed.schema.json at the repository root
 *   npx tsx scripts/feed-schema.ts --check   exits 1 when the file differs from what it would write
 *   either with a path after it to use another file
 *
 * Every exported `…Schema` of schema.ts becomes a definition in `$defs` (`#/$defs/Event`).
 * Checks that JSON Schema cannot express (real calendar days, IANA time zones, an end not
 * before its start) are left out; `baltic-widgets validate` makes them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import * as feedSchemas from '../src/feed/schema.js';
import { isEntryPoint } from '../src/cli/io.js';

/** Where the schema is committed: feed.schema.json at the repository root. */
export const FEED_SCHEMA_PATH = fileURLToPath(new URL('../feed.schema.json', import.meta.url));

const TITLE = 'baltic-widgets feed';
const DESCRIPTION =
  'The JSON feed that drives the baltic-widgets web components. Generated from src/feed/schema.ts by scripts/feed-schema.ts; ' +
  'do not edit. Some checks are made only by `baltic-widgets validate`: real calendar days, IANA time zones, ' +
  'ends not before starts, unique ids and references between items.';

/** The named schemas of schema.ts (`EventSchema` as `Event`), FeedSchema itself aside. */
function namedDefinitions(): Record<string, v.GenericSchema> {
  const definitions: Record<string, v.GenericSchema> = {};
  for (const [name, value] of Object.entries(feedSchemas)) {
    if (name === 'FeedSchema' || !name.endsWith('Schema') || (value as { kind?: unknown }).kind !== 'schema') continue;
    definitions[name.slice(0, -'Schema'.length)] = value as v.GenericSchema;
  }
  return definitions;
}

/** Escapes in a RegExp source that a case-insensitive match treats the same in either case. */
const CASELESS_ESCAPES = new Set(['d', 'D', 's', 'S', 'w', 'W', 'b', 'B', 'n', 'r', 't', 'f', 'v', '0']);

/**
 * The source of a RegExp with the `i` flag rewritten to match the same without it
 * (`https` → `[hH][tT][tT][pP][sS]`), since JSON Schema patterns take no flags. Throws for
 * what it cannot rewrite (letters in a character class, named groups, Unicode escapes).
 */
export function caseInsensitiveSource(source: string): string {
  let result = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') {
      const escaped = source[index + 1] ?? '';
      const length = escaped === 'u' ? 6 : escaped === 'x' ? 4 : 2;
      const sequence = source.slice(index, index + length);
      if (/[a-z]/i.test(escaped) && !CASELESS_ESCAPES.has(escaped) && !/^\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})$/.test(sequence)) {
        throw new Error(`cannot rewrite the escape ${sequence} of /${source}/i for JSON Schema`);
      }
      result += sequence;
      index += length - 1;
      continue;
    }
    if (char === '(' && source.startsWith('?<', index + 1) && !/[=!]/.test(source[index + 3] ?? '')) {
      throw new Error(`cannot rewrite the named group of /${source}/i for JSON Schema`);
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (lower === upper) result += char;
    else if (inClass) throw new Error(`cannot rewrite the character class of /${source}/i for JSON Schema`);
    else result += `[${lower}${upper}]`;
  }
  return result;
}

/**
 * Converts `regex` actions beyond what the converter does by itself: the `i` flag is
 * rewritten into the pattern, and a second pattern on the same string (UrlSchema has two)
 * goes into `allOf` instead of being dropped.
 */
const convertRegex: ConversionConfig['overrideAction'] = ({ valibotAction, jsonSchema }) => {
  if (valibotAction.type !== 'regex') return undefined;
  const { source, flags } = (valibotAction as v.RegexAction<string, v.ErrorMessage<v.RegexIssue<string>> | undefined>).requirement;
  if (flags.replace(/[iu]/g, '') !== '') throw new Error(`RegExp flags "${flags}" of /${source}/ cannot be expressed in JSON Schema`);
  const pattern = flags.includes('i') ? caseInsensitiveSource(source) : source;
  // The converter has already set the first pattern of a string; it is the previous one when this one is not it.
  const previous = jsonSchema.pattern === source ? undefined : jsonSchema.pattern;
  if (previous === undefined) return { ...jsonSchema, pattern };
  return { ...jsonSchema, allOf: [...(jsonSchema.allOf ?? []), { pattern }] };
};

/** The JSON Schema of the feed, with the `$schema` property a feed may name it by. */
export function buildFeedJsonSchema(): JsonSchema {
  const { $schema, type, properties, ...rest } = toJsonSchema(feedSchemas.FeedSchema, {
    target: 'draft-07',
    typeMode: 'input',
    errorMode: 'ignore',
    definitions: namedDefinitions(),
    overrideAction: convertRegex,
  });
  return {
    $schema,
    title: TITLE,
    description: DESCRIPTION,
    type,
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema of this document, for editors (e.g. "https://…/feed.schema.json" or a relative path).' },
      checked: {
        type: 'string',
        pattern: '^[\\w-]+:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$',
        description:
          'Written by the studio and `baltic-widgets validate --stamp` into a feed without problems: the check that passed it, the SHA-256 of the file without this field and the SHA-256 of its content as JSON. The widgets show a feed whose stamp matches without checking it again (a lighter page); after an edit by hand it no longer matches, and they check the feed themselves. Do not edit it.',
      },
      ...properties,
    },
    ...rest,
  };
}

/** The text of feed.schema.json: pretty-printed, with a trailing newline. */
export function renderFeedSchema(): string {
  return `${JSON.stringify(buildFeedJsonSchema(), null, 2)}\n`;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes the schema to `path`, or with `--check` compares; resolves to the exit code. */
async function run(args: readonly string[]): Promise<number> {
  const unknownOption = args.find((arg) => arg.startsWith('-') && arg !== '--check');
  if (unknownOption) {
    console.error(`unknown option ${unknownOption}; usage: npx tsx scripts/feed-schema.ts [--check] [file]`);
    return 2;
  }
  const check = args.includes('--check');
  const path = args.find((arg) => arg !== '--check') ?? FEED_SCHEMA_PATH;
  const expected = renderFeedSchema();
  if (!check) {
    await writeFile(path, expected);
    console.log(`wrote ${path}`);
    return 0;
  }
  const current = await readIfExists(path);
  if (current === expected) return 0;
  console.error(
    `${path} ${current === undefined ? 'is missing' : 'is out of date with src/feed/schema.ts'}; run \`npx tsx scripts/feed-schema.ts\` and commit it.`,
  );
  return 1;
}

if (isEntryPoint(import.meta.url)) process.exitCode = await run(process.argv.slice(2));

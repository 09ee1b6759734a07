/**
 * The feed's rules as data, and what applies them. `src/generated/feed-rules.ts` is written
 * from the valibot schema (`schema.ts`, the one source of truth) by scripts/feed-rules.ts:
 * validation needs no valibot (2.9 KB in every page's feed spine, and slower: it builds an
 * issue object with a message for every check that fails). `applyRule` gives what valibot's
 * `safeParse` gives for the same schema and value, issue for issue, in the project's words:
 * test/node/feed-rules.test.ts compares the two on thousands of generated values.
 */
import { ruleMessage } from './message-marks.js';

/**
 * A problem's message: the number of its words in src/generated/feed-rule-words.ts (the
 * schema's own words), bracketed when what was found is added (`not a number, got "x"`).
 * Issues name the words by number (`ruleMessage`, message-marks.ts) until they are written in.
 */
export type RuleMessage = number | [words: number];

export const STRING = 0;
export const NUMBER = 1;
export const PICKLIST = 2;
export const ARRAY = 3;
export const OBJECT = 4;
export const UNION = 5;
export const RECORD = 6;
export const OPTIONAL = 7;
export const UNKNOWN = 8;

export const PATTERN = 0;
export const CHECK = 1;
export const INTEGER = 2;
export const MIN_VALUE = 3;
export const MAX_VALUE = 4;
export const MIN_LENGTH = 5;
export const FORWARDED_CHECK = 6;

/** What a value must pass once its type is right, in order (valibot's pipe actions); every one has its message. */
export type RuleAction =
  | [kind: typeof PATTERN, pattern: RegExp, message: number]
  | [kind: typeof CHECK, check: (value: never) => boolean, message: number]
  | [kind: typeof INTEGER, message: number]
  | [kind: typeof MIN_VALUE | typeof MAX_VALUE | typeof MIN_LENGTH, bound: number, message: number]
  | [kind: typeof FORWARDED_CHECK, check: (value: never) => boolean, message: number, field: string];

/** A lenient array or object: a bad item is skipped, a bad optional field dropped (see lenient-validation.ts). */
export type Lenient = 1 | 0;

export type Rule =
  | [kind: typeof STRING | typeof NUMBER, message: RuleMessage, actions?: RuleAction[]]
  | [kind: typeof PICKLIST, options: readonly unknown[], message: RuleMessage]
  | [kind: typeof ARRAY, item: Rule, message: RuleMessage, actions?: RuleAction[], lenient?: Lenient]
  | [kind: typeof OBJECT, entries: Record<string, Rule>, message: RuleMessage, actions?: RuleAction[], lenient?: Lenient]
  | [kind: typeof UNION, options: Rule[], message: RuleMessage]
  | [kind: typeof RECORD, key: Rule, value: Rule, message: RuleMessage]
  | [kind: typeof OPTIONAL, wrapped: Rule, fallback?: unknown]
  | [kind: typeof UNKNOWN];

export type ObjectRule = Extract<Rule, [typeof OBJECT, ...unknown[]]>;
export type ArrayRule = Extract<Rule, [typeof ARRAY, ...unknown[]]>;

export interface RuleIssue {
  /** Keys from the value checked to the value at fault. */
  path: (string | number)[];
  /** Its words by number until written in (message-marks.ts), or `missing`. */
  message: string;
}

/** A value checked: `typed` when its shape is right (it may still have issues), `value` the output (defaults added, unknown fields left out). */
export interface RuleResult {
  typed: boolean;
  value: unknown;
  issues?: RuleIssue[];
}

/** A received value as a message shows it: `"wed"`, `42`, `a list`, shortened when long. */
export function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const issue = (message: RuleMessage, value: unknown, path: (string | number)[] = []): RuleIssue => ({
  path,
  message: typeof message === 'number' ? ruleMessage(message) : `${ruleMessage(message[0])}, got ${shown(value)}`,
});

const wrongType = (message: RuleMessage, value: unknown): RuleResult => ({ typed: false, value, issues: [issue(message, value)] });

/** Adds `part`'s issues to `result`, under `key`. */
function take(result: RuleResult, part: RuleResult, key?: string | number): void {
  if (!part.issues) return;
  for (const { path, message } of part.issues) (result.issues ??= []).push({ path: key === undefined ? path : [key, ...path], message });
}

function applyActions(actions: RuleAction[] | undefined, result: RuleResult): RuleResult {
  if (!actions || !result.typed) return result;
  const value = result.value as never;
  for (const action of actions) {
    const [kind] = action;
    const passes =
      kind === PATTERN ? action[1].test(value)
      : kind === CHECK || kind === FORWARDED_CHECK ? action[1](value)
      : kind === INTEGER ? Number.isInteger(value)
      : kind === MIN_VALUE ? value >= action[1]
      : kind === MAX_VALUE ? value <= action[1]
      : (value as unknown[]).length >= action[1];
    if (!passes) (result.issues ??= []).push({ path: kind === FORWARDED_CHECK ? [action[3]] : [], message: ruleMessage(kind === INTEGER ? action[1] : action[2]) });
  }
  return result;
}

/** Whether a rule lets a field be absent: an optional one. */
export const isOptionalRule = (rule: Rule): rule is Extract<Rule, [typeof OPTIONAL, ...unknown[]]> => rule[0] === OPTIONAL;

/** The rule inside an optional one. */
export const innerRule = (rule: Rule): Rule => (isOptionalRule(rule) ? rule[1] : rule);

/** Whether a rule, inside its optional wrapper, is a lenient array or object. */
export const isLenientRule = (rule: Rule): boolean => {
  const inner = innerRule(rule);
  return (inner[0] === ARRAY || inner[0] === OBJECT) && inner[4] === 1;
};

/**
 * Checks `value` against `rule`. With `asIs`, an object's lenient fields are taken as they are
 * (they were checked apart, see lenient-validation.ts), only their presence checked.
 */
export function applyRule(rule: Rule, value: unknown, asIs = false): RuleResult {
  switch (rule[0]) {
    case STRING:
    case NUMBER:
      return (rule[0] === STRING ? typeof value === 'string' : typeof value === 'number' && !isNaN(value))
        ? applyActions(rule[2], { typed: true, value })
        : wrongType(rule[1], value);
    case PICKLIST:
      return rule[1].includes(value) ? { typed: true, value } : wrongType(rule[2], value);
    case ARRAY: {
      if (!Array.isArray(value)) return wrongType(rule[2], value);
      const output: unknown[] = [];
      const result: RuleResult = { typed: true, value: output };
      value.forEach((item: unknown, index) => {
        const part = applyRule(rule[1], item);
        take(result, part, index);
        if (!part.typed) result.typed = false;
        output.push(part.value);
      });
      return applyActions(rule[3], result);
    }
    case OBJECT: {
      if (!value || typeof value !== 'object') return wrongType(rule[2], value);
      const input = value as Record<string, unknown>;
      const output: Record<string, unknown> = {};
      const result: RuleResult = { typed: true, value: output };
      for (const key in rule[1]) {
        const entry = rule[1][key]!;
        const optional = isOptionalRule(entry);
        if (key in input || (optional && entry[2] !== undefined)) {
          const given = key in input ? input[key] : entry[2];
          const part = asIs && isLenientRule(entry) ? { typed: true, value: given } : applyRule(entry, given);
          take(result, part, key);
          if (!part.typed) result.typed = false;
          output[key] = part.value;
        } else if (!optional) {
          (result.issues ??= []).push({ path: [key], message: 'missing' });
          result.typed = false;
        }
      }
      return applyActions(rule[3], result);
    }
    case UNION: {
      const typed: RuleResult[] = [];
      const untyped: RuleResult[] = [];
      for (const option of rule[1]) {
        const part = applyRule(option, value);
        if (part.typed && !part.issues) return part;
        (part.typed ? typed : untyped).push(part);
      }
      if (typed.length === 1) return typed[0]!;
      if (typed.length) return { typed: true, value, issues: [issue(rule[2], value)] };
      return untyped.length === 1 ? untyped[0]! : wrongType(rule[2], value);
    }
    case RECORD: {
      if (!value || typeof value !== 'object') return wrongType(rule[3], value);
      const input = value as Record<string, unknown>;
      const output: Record<string, unknown> = {};
      const result: RuleResult = { typed: true, value: output };
      for (const key in input) {
        if (!Object.prototype.hasOwnProperty.call(input, key) || key === '__proto__' || key === 'prototype' || key === 'constructor') continue;
        const keyPart = applyRule(rule[1], key);
        const valuePart = applyRule(rule[2], input[key]);
        take(result, keyPart, key);
        take(result, valuePart, key);
        if (!keyPart.typed || !valuePart.typed) result.typed = false;
        if (keyPart.typed) output[keyPart.value as string] = valuePart.value;
      }
      return result;
    }
    case OPTIONAL: {
      const given = value === undefined ? rule[2] : value;
      return given === undefined ? { typed: true, value: given } : applyRule(rule[1], given);
    }
    default:
      return { typed: true, value };
  }
}

/**
 * `applyRule`: a value checked against its rule (rules.ts) with every issue, as valibot's
 * `safeParse` gives them for the same schema, in the project's words (test/node/feed-rules.test.ts
 * compares the two on thousands of generated values). The browser needs it only for a feed
 * with problems (`lenient-validation.ts`, a chunk); a valid feed is checked by `validOutput`.
 */
import { ruleMessage } from './message-marks.js';
import { ARRAY, FORWARDED_CHECK, hasScalarType, INTEGER, isLenientRule, isOptionalRule, NUMBER, OBJECT, OPTIONAL, passesAction, PICKLIST, RECORD, STRING, UNION, UNSAFE_KEYS, type Rule, type RuleAction, type RuleMessage } from './rules.js';

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
  for (const action of actions) {
    const [kind] = action;
    if (!passesAction(action, result.value as never)) (result.issues ??= []).push({ path: kind === FORWARDED_CHECK ? [action[3]] : [], message: ruleMessage(kind === INTEGER ? action[1] : action[2]) });
  }
  return result;
}

/**
 * Checks `value` against `rule`. With `asIs`, an object's lenient fields are taken as they are
 * (they were checked apart, see lenient-validation.ts), only their presence checked.
 */
export function applyRule(rule: Rule, value: unknown, asIs = false): RuleResult {
  switch (rule[0]) {
    case STRING:
    case NUMBER:
      return hasScalarType(rule[0], value)
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
        if (!Object.prototype.hasOwnProperty.call(input, key) || UNSAFE_KEYS.includes(key)) continue;
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

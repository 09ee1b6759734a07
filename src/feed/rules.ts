/**
 * The feed's rules as data, and the quick check of a valid value. `src/generated/feed-rules.ts`
 * is written from the valibot schema (`schema.ts`, the one source of truth) by
 * scripts/feed-rules.ts: validation needs no valibot (2.9 KB in every page's feed spine, and
 * slower: it builds an issue object with a message for every check that fails). `validOutput`
 * gives the output of a value with no issue; `applyRule` (apply-rule.ts) every issue, as
 * valibot's `safeParse` gives them: test/node/feed-rules.test.ts compares both with valibot on
 * thousands of generated values.
 */

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

/** Whether a value of the right type passes one of its actions. */
export function passesAction(action: RuleAction, value: never): boolean {
  const [kind] = action;
  return kind === PATTERN ? action[1].test(value)
    : kind === CHECK || kind === FORWARDED_CHECK ? action[1](value)
    : kind === INTEGER ? Number.isInteger(value)
    : kind === MIN_VALUE ? value >= action[1]
    : kind === MAX_VALUE ? value <= action[1]
    : (value as unknown[]).length >= action[1];
}

/** Whether `value` has the type of a string or number rule (a number that is not NaN). */
export const hasScalarType = (kind: typeof STRING | typeof NUMBER, value: unknown): boolean => (kind === STRING ? typeof value === 'string' : typeof value === 'number' && !isNaN(value));

/** Whether a rule lets a field be absent: an optional one. */
export const isOptionalRule = (rule: Rule): rule is Extract<Rule, [typeof OPTIONAL, ...unknown[]]> => rule[0] === OPTIONAL;

/** The rule inside an optional one. */
export const innerRule = (rule: Rule): Rule => (isOptionalRule(rule) ? rule[1] : rule);

/** Whether a rule, inside its optional wrapper, is a lenient array or object. */
export const isLenientRule = (rule: Rule): boolean => {
  const inner = innerRule(rule);
  return (inner[0] === ARRAY || inner[0] === OBJECT) && inner[4] === 1;
};

/** The rule of a feed's collection (a lenient array, its bad items skipped), for the entry of one; undefined for any other entry. */
export const collectionRule = (entry: Rule): ArrayRule | undefined => {
  const inner = innerRule(entry);
  return inner[0] === ARRAY && isLenientRule(inner) ? inner : undefined;
};

/** Keys a record's output leaves out (see `applyRule`). */
export const UNSAFE_KEYS = ['__proto__', 'prototype', 'constructor'];

/** What `validOutput` gives for a value with any issue. */
export const INVALID: unique symbol = Symbol('invalid');

/** Whether a value of the right type passes all the actions of its rule. */
function passesActions(actions: RuleAction[] | undefined, value: unknown): boolean {
  if (actions) for (const action of actions) if (!passesAction(action, value as never)) return false;
  return true;
}

/**
 * `applyRule`'s output for a value it finds no issue in, else `INVALID`: the value itself
 * where that is the output, a copy only where a default is added or a part copied. The quick
 * way for the valid items of a feed, nearly all of them (it builds no result and no issue); an
 * item it finds invalid goes through `applyRule` for its issues. A value with a field the rule
 * does not know (which `applyRule` would leave out) counts as invalid here.
 */
export function validOutput(rule: Rule, value: unknown): unknown {
  switch (rule[0]) {
    case STRING:
    case NUMBER:
      return hasScalarType(rule[0], value) && passesActions(rule[2], value) ? value : INVALID;
    case PICKLIST:
      return rule[1].includes(value) ? value : INVALID;
    case ARRAY: {
      if (!Array.isArray(value)) return INVALID;
      let output = value;
      for (let index = 0; index < value.length; index++) {
        const item = validOutput(rule[1], value[index]);
        if (item === INVALID) return INVALID;
        if (item !== value[index]) {
          if (output === value) output = value.slice();
          output[index] = item;
        }
      }
      return passesActions(rule[3], output) ? output : INVALID;
    }
    case OBJECT:
    case RECORD: {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return INVALID;
      const input = value as Record<string, unknown>;
      // The fields that differ from the value's (defaults added, parts copied), if any.
      let changed: Record<string, unknown> | undefined;
      if (rule[0] === RECORD) {
        for (const key in input) {
          const part = UNSAFE_KEYS.includes(key) || validOutput(rule[1], key) === INVALID ? INVALID : validOutput(rule[2], input[key]);
          if (part === INVALID) return INVALID;
          if (part !== input[key]) (changed ??= {})[key] = part;
        }
        return changed ? Object.assign({}, input, changed) : input;
      }
      let present = 0;
      for (const key in rule[1]) {
        const entry = rule[1][key]!;
        if (key in input) {
          present++;
          const part = validOutput(entry, input[key]);
          if (part === INVALID) return INVALID;
          if (part !== input[key]) (changed ??= {})[key] = part;
        } else if (!isOptionalRule(entry)) return INVALID;
        else if (entry[2] !== undefined) (changed ??= {})[key] = entry[2];
      }
      if (present !== Object.keys(input).length) return INVALID;
      const output = changed ? Object.assign({}, input, changed) : input;
      return passesActions(rule[3], output) ? output : INVALID;
    }
    case UNION:
      for (const option of rule[1]) {
        const output = validOutput(option, value);
        if (output !== INVALID) return output;
      }
      return INVALID;
    case OPTIONAL:
      return value === undefined ? rule[2] : validOutput(rule[1], value);
    default:
      return value;
  }
}

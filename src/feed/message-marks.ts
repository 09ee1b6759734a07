/**
 * A feed's problems name their words by number until they are written in: the words
 * (`problem-words.ts`) load in the browser only for a feed that has problems, and come at once
 * for the command line and the studio (`validate.ts`). A rule's message reads `\u001A3\u001A`
 * (the rules are generated, their words too), a check's `\u001B2\u001Fevent\u001Fx\u001B` with
 * what it names; `worded-problems.ts` writes the words in. The marks are control characters,
 * which no message names as they are: a rule shows what it found as JSON (escaped), and a
 * check's named values lose any.
 */
/* eslint-disable no-control-regex -- the marks above */

const RULE_MARK = '\u001A';
const CHECK_MARK = '\u001B';
const NAMED = '\u001F';

/** A rule's message by the number of its words (src/generated/feed-rule-words.ts). */
export const ruleMessage = (words: number): string => `${RULE_MARK}${words}${RULE_MARK}`;

/** A check's message: which of `CHECK_WORDS` it is, and what it names (`{0}`, `{1}`… in the words). */
export const checkMessage = (words: number, ...named: (string | number)[]): string =>
  CHECK_MARK + words + named.map((value) => NAMED + String(value).replace(/[\u001A\u001B\u001F]/g, '?')).join('') + CHECK_MARK;

/** Which of `CHECK_WORDS` (problem-words.ts) a check's message is. */
export const NOT_AN_OBJECT = 0;
export const DUPLICATE_ID = 1;
export const UNKNOWN_REFERENCE = 2;
export const MISSING_ALT = 3;
export const NOT_A_FEED = 4;
export const NEWER_VERSION = 5;
export const WRONG_ZONE = 6;
export const WRONG_ZONE_SUGGESTED = 7;
export const SKIPPED_TIME = 8;
export const SKIPPED_START_KEEPS_LENGTH = 9;

/** Whether a message still names words not written in. */
export const lacksWords = (message: string): boolean => /[\u001A\u001B]/.test(message);

/** The words of every message: the rules' by number, the checks' by their number above. */
export interface ProblemWords {
  rules: readonly string[];
  checks: Readonly<Record<number, string>>;
}

/** `message` with its words written in; without them (they could not be loaded), a note saying so and what the message names. */
export const inWords = (message: string, words?: ProblemWords): string =>
  message
    .replace(/\u001A(\d+)\u001A/g, (_, number: string) => words?.rules[Number(number)] ?? `not valid (rule ${number}; its words could not be loaded)`)
    .replace(/\u001B(\d+)([^\u001B]*)\u001B/g, (_, number: string, named: string) => {
      const values = named.split(NAMED).slice(1);
      const text = words?.checks[Number(number)];
      return text ? text.replace(/\{(\d)\}/g, (_match, index: string) => values[Number(index)] ?? '') : `problem ${number} (its words could not be loaded): ${values.join(', ')}`;
    });

/**
 * The words of a feed's problems (see message-marks.ts): the rules' (generated from the
 * schema) and the checks'. A chunk of its own in the browser, loaded only for a feed with problems.
 */
import {
  DUPLICATE_ID,
  MISSING_ALT,
  NEWER_VERSION,
  NOT_A_FEED,
  NOT_AN_OBJECT,
  SKIPPED_START_KEEPS_LENGTH,
  SKIPPED_TIME,
  UNKNOWN_REFERENCE,
  WRONG_ZONE,
  WRONG_ZONE_SUGGESTED,
  type ProblemWords,
} from './message-marks.js';
import { RULE_WORDS } from '../generated/feed-rule-words.js';

const ZONE_NEEDED = 'without it no time in the feed can be placed';

export const CHECK_WORDS: ProblemWords['checks'] = {
  [NOT_AN_OBJECT]: 'not an object',
  [DUPLICATE_ID]: 'duplicate id "{0}"',
  [UNKNOWN_REFERENCE]: 'unknown {0} "{1}" (ignored)',
  [MISSING_ALT]: "missing: screen readers get the caption or the photo's position instead",
  [NOT_A_FEED]: 'not a feed: expected a JSON object',
  [NEWER_VERSION]: 'feed version {0} is newer than this version of baltic-widgets understands ({1}); showing what it understands',
  [WRONG_ZONE]: `{0} is not an IANA time zone (expected e.g. "Europe/Helsinki"): ${ZONE_NEEDED}`,
  [WRONG_ZONE_SUGGESTED]: `{0} is not an IANA time zone (did you mean "{1}"?): ${ZONE_NEEDED}`,
  [SKIPPED_TIME]: '{0} does not exist in {1} (the clocks skip {2} that night): read as {3}',
  [SKIPPED_START_KEEPS_LENGTH]: '{0} does not exist in {1} (the clocks skip {2} that night): read as {3}, and keeps its length of {4}',
};

export const PROBLEM_WORDS: ProblemWords = { rules: RULE_WORDS, checks: CHECK_WORDS };

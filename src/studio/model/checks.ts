/**
 * What the studio tells about the feed as it is typed: the validator's problems (the same
 * schema as `baltic-widgets validate`), placed at their fields by their JSON path, and the
 * texts missing in each feed language.
 */
import type { FeedProblem } from '../../feed/problems.js';
import { validateFeed, type FeedValidation } from '../../feed/validate.js';
import { feedLanguages, isObject, type DocPath, type FeedDocument } from './document.js';
import { textFields } from './fields.js';
import { SECTIONS } from './sections.js';

/** A path as the validator writes it: `events[3].start`. */
export function pathKey(path: DocPath): string {
  let key = '';
  for (const part of path) key += typeof part === 'number' ? `[${part}]` : key === '' ? part : `.${part}`;
  return key;
}

/** The validator's path parsed back: `events[3].start` → `['events', 3, 'start']`. */
export function parsePathKey(key: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return parts;
}

export interface FeedCheck {
  validation: FeedValidation;
  problems: FeedProblem[];
  /** Problems by the path they concern. */
  byPath: Map<string, FeedProblem[]>;
  /** Per feed language, the texts missing in it. */
  missing: Map<string, number>;
  /** Paths of the texts that lack some language. */
  incompleteTexts: Set<string>;
}

export function checkFeed(document: FeedDocument): FeedCheck {
  const validation = validateFeed(document);
  const problems = validation.problems;
  const byPath = new Map<string, FeedProblem[]>();
  for (const problem of problems) {
    const list = byPath.get(problem.path) ?? [];
    list.push(problem);
    byPath.set(problem.path, list);
  }
  const languages = feedLanguages(document);
  const missing = new Map(languages.map((language) => [language, 0]));
  const incompleteTexts = new Set<string>();
  for (const section of SECTIONS) {
    const containers: { value: unknown; path: (string | number)[] }[] = [];
    const root = section.key ? document[section.key] : document;
    if (section.collection && Array.isArray(root)) root.forEach((item, index) => containers.push({ value: item, path: [section.key, index] }));
    else if (!section.collection && isObject(root)) containers.push({ value: root, path: section.key ? [section.key] : [] });
    for (const container of containers) {
      for (const text of textFields(section.fields, container.value, container.path)) {
        const lacking = missingLanguages(text.value, languages);
        if (lacking.length) incompleteTexts.add(pathKey(text.path));
        for (const language of lacking) missing.set(language, (missing.get(language) ?? 0) + 1);
      }
    }
  }
  return { validation, problems, byPath, missing, incompleteTexts };
}

/**
 * The languages a text lacks: none when it is one string for every language or absent
 * altogether (an optional text left out); those without a non-blank translation otherwise.
 */
export function missingLanguages(value: unknown, languages: readonly string[]): string[] {
  if (!isObject(value)) return [];
  const present = Object.entries(value).filter(([, text]) => typeof text === 'string' && text.trim());
  if (!present.length) return [];
  return languages.filter((language) => !present.some(([key]) => key === language));
}

/**
 * What the studio's forms are made of: each part of the feed described once as fields (a
 * key in the document, what kind of input edits it, its label). The forms, the count of
 * missing translations and the links from problems to fields all read these descriptions.
 */
import type { FeedDocument } from './document.js';

export type Options = (document: FeedDocument) => ReadonlyArray<readonly [value: string, label: string]>;

interface Base {
  key: string;
  label: () => string;
  hint?: () => string;
  required?: boolean;
}

export type Field =
  /** A text in every feed language, side by side. */
  | (Base & { kind: 'text'; multiline?: boolean })
  /** A plain string input (`type` as the HTML input's). */
  | (Base & { kind: 'string'; type?: 'text' | 'email' | 'tel' | 'url'; pattern?: string })
  | (Base & { kind: 'number'; min?: number; max?: number; step?: number })
  | (Base & { kind: 'select'; options: Options; empty?: () => string })
  | (Base & { kind: 'multi'; options: Options })
  /** A feed date-time in the feed's zone (date + time, or all day). */
  | (Base & { kind: 'datetime'; allDayToggle?: boolean })
  | (Base & { kind: 'date' })
  | (Base & { kind: 'clock' })
  | (Base & { kind: 'color' })
  | (Base & { kind: 'geo' })
  | (Base & { kind: 'image' })
  /** A nested object edited in place (price, address). */
  | (Base & { kind: 'group'; fields: Field[] })
  /** A list of objects (exceptions, social links, photos). */
  | (Base & { kind: 'list'; fields: Field[]; itemTitle: (item: Record<string, unknown>, index: number) => string; newItem: (document: FeedDocument, list: unknown[]) => Record<string, unknown> })
  /** A list of texts in every language (aims). */
  | (Base & { kind: 'texts' });

/** Every path (relative to an item) at which a field of kind 'text' may stand, for the translation count. */
export function* textFields(fields: Field[], value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; value: unknown }> {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  for (const field of fields) {
    const inner = record[field.key];
    if (field.kind === 'text') yield { path: [...path, field.key], value: inner };
    else if (field.kind === 'image' && typeof inner === 'object' && inner !== null) yield { path: [...path, field.key, 'alt'], value: (inner as Record<string, unknown>).alt };
    else if (field.kind === 'group') yield* textFields(field.fields, inner, [...path, field.key]);
    else if (field.kind === 'texts' && Array.isArray(inner)) for (let index = 0; index < inner.length; index++) yield { path: [...path, field.key, index], value: inner[index] };
    else if (field.kind === 'list' && Array.isArray(inner))
      for (let index = 0; index < inner.length; index++) yield* textFields(field.fields, inner[index], [...path, field.key, index]);
  }
}

/**
 * Parsing a big feed's JSON without holding the page: the top-level object's arrays (events,
 * schedule, …) are parsed a batch of items at a time, letting the page respond in between.
 * `JSON.parse` of a 20 MB text is one task of a quarter of a second or more on a phone.
 * Gives what `JSON.parse` gives; for a text it cannot split (not an object, broken JSON) it
 * falls back to `JSON.parse`, so errors read the same.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

class Unsplittable extends Error {}

/** A scanner over the text that finds where values end, without building them. */
class Scanner {
  position = 0;
  constructor(readonly text: string) {}

  skipSpace(): number {
    const { text } = this;
    while (this.position < text.length && isSpace(text.charCodeAt(this.position))) this.position++;
    return text.charCodeAt(this.position);
  }

  expect(code: number): void {
    if (this.skipSpace() !== code) throw new Unsplittable();
    this.position++;
  }

  /** From an opening quote to after its closing one. */
  skipString(): void {
    const { text } = this;
    let at = this.position + 1;
    for (;;) {
      const quote = text.indexOf('"', at);
      if (quote < 0) throw new Unsplittable();
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      at = quote + 1;
      if (backslashes % 2 === 0) break;
    }
    this.position = at;
  }

  /** Skips one value (string, object, array, number, literal). */
  skipValue(): void {
    const { text } = this;
    const first = this.skipSpace();
    if (first === QUOTE) return this.skipString();
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      while (this.position < text.length) {
        const code = text.charCodeAt(this.position);
        if (code === QUOTE) {
          this.skipString();
          continue;
        }
        if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth--;
        this.position++;
        if (depth === 0) return;
      }
      throw new Unsplittable();
    }
    while (this.position < text.length) {
      const code = text.charCodeAt(this.position);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) return;
      this.position++;
    }
  }
}

/** Where a top-level value sits: a plain value, or an array with each item's span. */
type Part = { key: string; start: number; end: number; items?: Array<[number, number]> };

/**
 * The top-level object's members, arrays with their items (throws Unsplittable for anything
 * else). A generator: it stops after every 256 items, so that the scan of a 20 MB text can be
 * spread over tasks too.
 */
function* splitTopLevel(text: string): Generator<void, Part[]> {
  const scanner = new Scanner(text);
  scanner.expect(OPEN_BRACE);
  const parts: Part[] = [];
  if (scanner.skipSpace() === CLOSE_BRACE) return parts;
  for (;;) {
    if (scanner.skipSpace() !== QUOTE) throw new Unsplittable();
    const keyStart = scanner.position;
    scanner.skipString();
    const key = JSON.parse(text.slice(keyStart, scanner.position)) as string;
    // JSON.parse makes "__proto__" an own member; assigning it would not.
    if (key === '__proto__') throw new Unsplittable();
    scanner.expect(COLON);
    const start = (scanner.skipSpace(), scanner.position);
    if (text.charCodeAt(start) === OPEN_BRACKET) {
      const items: Array<[number, number]> = [];
      scanner.position++;
      if (scanner.skipSpace() !== CLOSE_BRACKET) {
        for (;;) {
          const itemStart = (scanner.skipSpace(), scanner.position);
          scanner.skipValue();
          items.push([itemStart, scanner.position]);
          if (items.length % 256 === 0) yield;
          if (scanner.skipSpace() === COMMA) scanner.position++;
          else break;
        }
      }
      scanner.expect(CLOSE_BRACKET);
      parts.push({ key, start, end: scanner.position, items });
    } else {
      scanner.skipValue();
      parts.push({ key, start, end: scanner.position });
    }
    const next = scanner.skipSpace();
    scanner.position++;
    if (next === CLOSE_BRACE) break;
    if (next !== COMMA) throw new Unsplittable();
  }
  scanner.skipSpace();
  if (scanner.position < text.length) throw new Unsplittable();
  return parts;
}

/**
 * `JSON.parse(text)`, in slices of about `sliceMs` for a big top-level object: `pause` is
 * awaited between them (a `scheduler.yield()`, say).
 */
export async function parseJsonInSlices(text: string, sliceMs: number, pause: () => Promise<void>): Promise<unknown> {
  let parts: Part[];
  let sliceStart = performance.now();
  try {
    const splitter = splitTopLevel(text);
    for (let step = splitter.next(); ; step = splitter.next()) {
      if (step.done) {
        parts = step.value;
        break;
      }
      if (performance.now() - sliceStart > sliceMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
  } catch {
    return JSON.parse(text);
  }
  await pause();
  sliceStart = performance.now();
  const result: Record<string, unknown> = {};
  try {
    for (const { key, start, end, items } of parts) {
      if (!items) {
        result[key] = JSON.parse(text.slice(start, end));
        continue;
      }
      const values: unknown[] = [];
      for (let index = 0; index < items.length; ) {
        // A batch of neighbouring items is one small array text (what lies between them is commas and spaces).
        const last = Math.min(items.length, index + 256) - 1;
        const batch = JSON.parse(`[${text.slice(items[index]![0], items[last]![1])}]`) as unknown[];
        for (const value of batch) values.push(value);
        index = last + 1;
        if (performance.now() - sliceStart > sliceMs) {
          await pause();
          sliceStart = performance.now();
        }
      }
      result[key] = values;
    }
  } catch {
    // Broken somewhere inside: the whole text's error (with its position) is the one to report.
    return JSON.parse(text);
  }
  return result;
}

/**
 * Where a JSON text goes wrong, as a line and a column. Node 20 gives a position in some
 * `JSON.parse` messages (`Expected ',' or '}' after property value in JSON at position 42`)
 * but not in others (`Unexpected token '}', "{"a": }" is not valid JSON` quotes the text
 * instead), so when the message has none, a small scanner finds it.
 */

export interface TextLocation {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units as `JSON.parse` counts. */
  column: number;
}

/** The line and column of an offset into `text` (`\n`, `\r\n` and `\r` end lines). */
export function locationOfOffset(text: string, offset: number): TextLocation {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}

const POSITION_IN_MESSAGE = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/;
const QUOTED_TEXT_IN_MESSAGE = /, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s;

/**
 * Describes a `JSON.parse` failure of `text`:
 * `invalid JSON at line 3, column 5: Unexpected token '}'`, or `invalid JSON: <message>` when
 * no position can be found.
 */
export function describeJsonError(text: string, message: string): string {
  const positionMatch = POSITION_IN_MESSAGE.exec(message);
  const offset = positionMatch ? Number(positionMatch[1]) : findJsonErrorOffset(text);
  const reason = message.replace(POSITION_IN_MESSAGE, '').replace(QUOTED_TEXT_IN_MESSAGE, '');
  if (offset === undefined) return `invalid JSON: ${reason}`;
  const { line, column } = locationOfOffset(text, offset);
  return `invalid JSON at line ${line}, column ${column}: ${reason}`;
}

class JsonErrorAt {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX_DIGIT = /^[0-9a-fA-F]$/;
const SIMPLE_ESCAPES = '"\\/bfnrt';
const WHITESPACE = ' \t\n\r';

/**
 * The offset of the first character at which `text` stops being JSON (`text.length` when it
 * ends too early), or `undefined` when it is valid JSON or too deeply nested to scan.
 */
export function findJsonErrorOffset(text: string): number | undefined {
  let index = 0;
  const fail = (): never => {
    throw new JsonErrorAt(index);
  };
  const skipWhitespace = () => {
    while (index < text.length && WHITESPACE.includes(text[index]!)) index++;
  };
  const expect = (char: string) => {
    if (text[index] !== char) fail();
    index++;
  };
  const scanWord = (word: string) => {
    for (const char of word) expect(char);
  };
  const scanNumber = () => {
    NUMBER.lastIndex = index;
    const match = NUMBER.exec(text);
    if (!match) fail();
    index += match![0].length;
  };
  const scanString = () => {
    expect('"');
    for (;;) {
      const char = text[index];
      if (char === undefined || char < ' ') fail();
      index++;
      if (char === '"') return;
      if (char !== '\\') continue;
      if (text[index] === 'u') {
        index++;
        for (let digit = 0; digit < 4; digit++) {
          if (!HEX_DIGIT.test(text[index] ?? '')) fail();
          index++;
        }
      } else if (SIMPLE_ESCAPES.includes(text[index] ?? '\u0000')) {
        index++;
      } else {
        fail();
      }
    }
  };
  const scanSequence = (close: string, scanItem: () => void) => {
    index++; // The opening bracket.
    skipWhitespace();
    if (text[index] === close) {
      index++;
      return;
    }
    for (;;) {
      scanItem();
      skipWhitespace();
      if (text[index] !== ',') break;
      index++;
    }
    expect(close);
  };
  const scanMember = () => {
    skipWhitespace();
    scanString();
    skipWhitespace();
    expect(':');
    scanValue();
  };
  const scanValue = (): void => {
    skipWhitespace();
    const char = text[index];
    if (char === '{') scanSequence('}', scanMember);
    else if (char === '[') scanSequence(']', scanValue);
    else if (char === '"') scanString();
    else if (char === 't') scanWord('true');
    else if (char === 'f') scanWord('false');
    else if (char === 'n') scanWord('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) scanNumber();
    else fail();
  };

  try {
    scanValue();
    skipWhitespace();
    if (index < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof JsonErrorAt) return error.offset;
    return undefined; // Nested too deeply for the stack.
  }
}

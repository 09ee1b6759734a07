/**
 * The mistake a hand-edited feed has most often: a comma after the last item of a list or the
 * last field of an object (`{ … }, ]`), which JavaScript takes and JSON does not. The studio
 * leaves such commas out, says where they were, and saves the file without them; any other
 * break is named by its line and column.
 */
import { findJsonErrorOffset, locationOfOffset, type TextLocation } from '../../cli/json-error.js';

/** `text` without the commas that stand right before a `]` or `}` (outside strings), and the lines they were on. */
export function withoutTrailingCommas(text: string): { text: string; lines: number[] } {
  let result = '';
  const lines: number[] = [];
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (inString) {
      if (char === '\\') {
        result += char + (text[index + 1] ?? '');
        index++;
        continue;
      }
      if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === ',') {
      let next = index + 1;
      while (next < text.length && ' \t\r\n'.includes(text[next]!)) next++;
      if (text[next] === ']' || text[next] === '}') {
        lines.push(locationOfOffset(text, index).line);
        continue;
      }
    }
    result += char;
  }
  return { text: result, lines };
}

/** Where the JSON of `text` breaks, if it can be told. */
export function jsonBreak(text: string): TextLocation | undefined {
  const offset = findJsonErrorOffset(text);
  return offset === undefined ? undefined : locationOfOffset(text, offset);
}

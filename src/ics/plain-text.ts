/**
 * Feed descriptions as plain text, for calendar files and calendar links (neither may carry
 * HTML: most calendars show it as tags). Works without a DOM, so the CLI can use it too.
 */
import { textPieces } from './text-pieces.js';

/** The named references a feed author is likely to write; a Map, so that `&constructor;` names nothing. */
const NAMED_ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00A0']]);

/** Decodes the character references a feed author is likely to write (`&amp;`, `&#8211;`, `&#x2013;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|[a-z]{1,32});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES.get(name.toLowerCase()) ?? whole;
  });
}

/** Elements dropped with their content. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template']);
/** Elements after which a paragraph break goes. */
const BLOCK_ELEMENTS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'section', 'article', 'tr']);
const TAG_NAME = /^\/?([a-z][a-z0-9-]*)/i;
/** The end tag of each hidden element, found in any case. */
const HIDDEN_END_TAGS = new Map([...HIDDEN_ELEMENTS].map((name) => [name, new RegExp(`</${name}`, 'gi')]));
const WHITE_SPACE = /\s/;

/**
 * HTML as readable plain text: block ends and `<br>` become line breaks, list items get a
 * bullet, scripts and styles are dropped with their content, comments and every other tag are
 * removed. One pass over the text (each `indexOf` starts where the last ended), so a 200 MB
 * description of unclosed `<` or `<!--` costs no more than any other.
 */
export function htmlToPlainText(html: string): string {
  const out: string[] = [];
  // The text between tags with its white space folded, in pieces; a run of white space across two pieces is one space.
  const text = (from: number, to: number) => {
    let first = true;
    for (const piece of textPieces(html, from, to)) {
      const folded = piece.replace(/\s+/g, ' ');
      const kept = !first && folded[0] === ' ' && out.at(-1)!.endsWith(' ') ? folded.slice(1) : folded;
      if (kept) out.push(kept);
      first = false;
    }
  };
  let index = 0;
  let textStart = 0;
  /** No `>` after this offset: every later `<` is text. */
  let noTagEndFrom = Infinity;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1 || open >= noTagEndFrom) break;
    if (html.startsWith('<!--', open)) {
      text(textStart, open);
      const close = html.indexOf('-->', open + 4);
      index = textStart = close === -1 ? html.length : close + 3;
      continue;
    }
    const name = TAG_NAME.exec(html.slice(open + 1, open + 40))?.[1]?.toLowerCase();
    if (!name) {
      index = open + 1;
      continue;
    }
    const close = html.indexOf('>', open);
    if (close === -1) {
      noTagEndFrom = open;
      break;
    }
    text(textStart, open);
    const closing = html[open + 1] === '/';
    index = textStart = close + 1;
    const endTag = closing ? undefined : HIDDEN_END_TAGS.get(name);
    if (endTag) {
      endTag.lastIndex = close;
      const end = endTag.exec(html)?.index ?? -1;
      const endClose = end === -1 ? -1 : html.indexOf('>', end);
      index = textStart = endClose === -1 ? html.length : endClose + 1;
    } else if (name === 'br' && !closing) out.push('\n');
    else if (name === 'li' && !closing) out.push('\n• ');
    else if (closing && BLOCK_ELEMENTS.has(name)) out.push('\n\n');
  }
  text(textStart, html.length);
  return tidy(out.join('')).trim();
}

/**
 * The references decoded, each line trimmed (the white space around every line break goes) and
 * at most one empty line in a row, 64 K characters at a time (a 200 MB description is never
 * copied whole once more): each piece ends where white space follows a character that ends no
 * reference, so that runs of white space and references stay whole (in a piece without white
 * space, at least not inside a reference).
 */
function tidy(text: string): string {
  const endBefore = (end: number, start: number) => {
    let cut = end;
    while (cut > start && !(WHITE_SPACE.test(text[cut]!) && !WHITE_SPACE.test(text[cut - 1]!) && text[cut - 1] !== ';')) cut--;
    if (cut > start) return cut;
    // No white space in the piece: at least never inside a reference (`&…;`, at most 34 characters).
    const ampersand = text.lastIndexOf('&', end - 1);
    return ampersand > end - 40 && text.indexOf(';', ampersand) >= end ? ampersand : end;
  };
  const pieces: string[] = [];
  for (const piece of textPieces(text, 0, text.length, endBefore)) {
    pieces.push(
      decodeEntities(piece)
        .replace(/[^\S\n]*\n[^\S\n]*/g, '\n')
        .replace(/\n{3,}/g, '\n\n'),
    );
  }
  return pieces.join('');
}

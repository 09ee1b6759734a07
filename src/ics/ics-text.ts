/**
 * The text of iCalendar content lines (RFC 5545 §3.1, §3.3): TEXT values escaped, URI values
 * as they are, dates and times in their basic forms, lines folded at 75 octets without
 * splitting a character. Every function here is linear in the length of its input, and long
 * values go through `contentLine` in pieces: a feed's 200 MB description costs about as much to
 * write as to read, and is never copied whole.
 */
import { timeZoneOffset, zonedParts } from '../feed/zoned-time.js';
import { PIECE_LENGTH, textPieces } from './text-pieces.js';

/**
 * A TEXT value: backslash, semicolon, comma and line breaks escaped; the control characters
 * RFC 5545 does not allow in text (all but tab) dropped.
 */
export function escapeText(text: string): string {
  // One pass (a long description is not copied once per rule): a line break of any kind first, then the rest.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/\r\n?|\n|[\\;,]|[\u0000-\u0008\u000B-\u001F\u007F]/g, (found) =>
    found[0] === '\r' || found === '\n' ? '\\n' : found === '\\' || found === ';' || found === ',' ? `\\${found}` : '',
  );
}

// eslint-disable-next-line no-control-regex -- the ASCII range, control characters included
const NOT_ASCII = /[^\u0000-\u007F]/;
/** The first physical line holds 75 octets, each continuation 74 after its leading space. */
const FIRST_LINE_OCTETS = 75;
const CONTINUATION_OCTETS = 74;
const FOLD = '\r\n ';

/**
 * Folds one content line given in pieces: each piece comes back with a fold wherever the
 * physical line fills up, counting on from the pieces before it. Never folds inside a UTF-8
 * sequence or a surrogate pair (a piece must not end inside one).
 */
class LineFolder {
  private octets = 0;
  private limit = FIRST_LINE_OCTETS;

  add(text: string): string {
    // ASCII only (one octet a character), the usual case: cut at fixed places.
    if (!NOT_ASCII.test(text)) {
      const room = this.limit - this.octets;
      if (text.length <= room) {
        this.octets += text.length;
        return text;
      }
      const parts = [text.slice(0, room)];
      let start = room;
      for (; text.length - start > CONTINUATION_OCTETS; start += CONTINUATION_OCTETS) parts.push(text.slice(start, start + CONTINUATION_OCTETS));
      parts.push(text.slice(start));
      this.octets = text.length - start;
      this.limit = CONTINUATION_OCTETS;
      return parts.join(FOLD);
    }
    const parts: string[] = [];
    let start = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      const isPair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
      const size = code < 0x80 ? 1 : code < 0x800 ? 2 : isPair ? 4 : 3;
      if (this.octets + size > this.limit) {
        parts.push(text.slice(start, index));
        start = index;
        this.octets = 0;
        this.limit = CONTINUATION_OCTETS;
      }
      this.octets += size;
      if (isPair) index++;
    }
    parts.push(text.slice(start));
    return parts.join(FOLD);
  }
}

/**
 * One content line folded to at most 75 octets per physical line (continuations start with a
 * space), never inside a UTF-8 sequence or a surrogate pair; lines end with CRLF.
 */
export function foldLine(line: string): string {
  return `${new LineFolder().add(line)}\r\n`;
}

/**
 * The content line `name:value`, folded and ending with CRLF, in pieces of about 64 K
 * characters: `foldLine(`${name}:${escapeText(value)}`)` without a copy of a long value.
 * `name` may carry parameters (`URL;VALUE=URI`); `{ text: false }` writes the value as it is
 * (a URI, or a list whose items are escaped already).
 */
export function* contentLine(name: string, value: string, { text = true } = {}): Generator<string> {
  if (value.length <= PIECE_LENGTH) {
    yield foldLine(`${name}:${text ? escapeText(value) : value}`);
    return;
  }
  const folder = new LineFolder();
  yield folder.add(`${name}:`);
  // A piece ends neither between a CR and its LF (one line break, escaped once) nor inside a surrogate pair.
  const endBefore = (end: number) => {
    const last = value.charCodeAt(end - 1);
    return last === 0x0d || (last >= 0xd800 && last <= 0xdbff) ? end - 1 : end;
  };
  for (const piece of textPieces(value, 0, value.length, endBefore)) yield folder.add(text ? escapeText(piece) : piece);
  yield '\r\n';
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A calendar date `YYYY-MM-DD` as a DATE value, `20270508`. */
export const icalDate = (date: string) => date.replaceAll('-', '');

/** A UTC instant as a DATE-TIME value, `20261107T090000Z`. */
export function icalUtc(instant: number): string {
  return new Date(Math.floor(instant / 1000) * 1000).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** The local DATE-TIME (`20261025T033000`) of an instant in a time zone. */
export function icalLocal(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/**
 * True when the instant's clock reading in the zone happens only once: false for both passes
 * through a repeated autumn hour (03:30 EEST and 03:30 EET are both "03:30"), which a TZID time
 * cannot tell apart (calendar apps differ in which one they read).
 */
export function isUnambiguousLocal(instant: number, timeZone: string): boolean {
  const offset = timeZoneOffset(instant, timeZone);
  const wallAsUtc = instant + offset * 60_000;
  for (const other of new Set([timeZoneOffset(instant - 6 * 3_600_000, timeZone), timeZoneOffset(instant + 6 * 3_600_000, timeZone)])) {
    if (other === offset) continue;
    const candidate = wallAsUtc - other * 60_000;
    if (timeZoneOffset(candidate, timeZone) === other) return false;
  }
  return true;
}

/** A reminder's TRIGGER: `-PT30M`, `-PT1H`, `-P1D`, `-P1DT2H30M`; `PT0S` at the start. */
export function triggerBefore(minutes: number): string {
  if (minutes === 0) return 'PT0S';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const time = `${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
  return `-P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/**
 * A feed file's bytes as text, in whatever encoding a volunteer's editor saved them: UTF-8 (what
 * the widgets need), UTF-16 (Notepad's "Unicode"), or an old one-byte encoding (Notepad's "ANSI"
 * on a Russian Windows is Windows-1251, on a Finnish one Windows-1252). The studio (its server
 * and the browser's file dialog alike) shows such a file as it was meant and saves it as UTF-8;
 * read as UTF-8 it would be refused, or show "������" in every Russian word.
 */
import { startsAsUtf16 } from '../../feed/utf16.js';

/**
 * The encodings a feed file may come in, as `TextDecoder` names them; `utf-8-damaged` is UTF-8
 * with some bytes that are not (a file cut or garbled in transfer): those show as "�".
 */
export type FeedEncoding = 'utf-8' | 'utf-8-damaged' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/** Whether `bytes` hold more well-formed UTF-8 sequences of two bytes or more than bytes that fit none: UTF-8 with damage, not an old encoding. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let sequences = 0;
  let strays = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte < 0x80) continue;
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let next = 1;
    while (length && next < length && (bytes[index + next]! & 0xc0) === 0x80) next++;
    if (length && next === length) {
      sequences++;
      index += length - 1;
    } else strays++;
  }
  return sequences > strays;
}

export interface DecodedText {
  text: string;
  /** The encoding it was in. */
  encoding: FeedEncoding;
}

/**
 * Which one-byte encoding `bytes` (not UTF-8) are in: Russian text is words of letters above
 * 0x7F (Windows-1251's Cyrillic, 0xC0–0xFF), Finnish or Swedish text has such a letter here and
 * there between Latin ones (ä, ö, å in Windows-1252). Runs of three or more such bytes in a row
 * are words of Cyrillic; hardly any means Windows-1252.
 */
function oneByteEncoding(bytes: Uint8Array): FeedEncoding {
  let run = 0;
  let cyrillicRuns = 0;
  let high = 0;
  for (const byte of bytes) {
    if (byte >= 0xc0) {
      high++;
      if (++run === 3) cyrillicRuns++;
    } else run = 0;
  }
  // Russian: a run for about every six such letters; Finnish: hardly one in hundreds ("ääö").
  return high > 0 && cyrillicRuns * 20 >= high ? 'windows-1251' : 'windows-1252';
}

/** The text of `bytes` and the encoding it was in (a byte order mark dropped). */
export function decodeFeedBytes(bytes: Uint8Array): DecodedText {
  if (startsAsUtf16(bytes)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    // Mostly UTF-8: read as such, the damaged bytes as "�" (the studio says so); an old encoding would garble every letter.
    if (mostlyUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8-damaged' };
    const encoding = oneByteEncoding(bytes);
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
}

/** How the studio names an encoding to a volunteer (as Windows' Notepad does). */
export const encodingName = (encoding: FeedEncoding): string =>
  encoding === 'windows-1251' ? 'Windows-1251 (ANSI, Cyrillic)' : encoding === 'windows-1252' ? 'Windows-1252 (ANSI)' : encoding.startsWith('utf-8') ? 'UTF-8' : 'UTF-16 (Unicode)';

/**
 * A feed file's bytes as text, or a clear refusal: feeds are UTF-8 (RFC 8259). Editors still
 * save Windows-1251 or UTF-16 now and then; decoding those as UTF-8 would show garbage
 * (`������`) without a word, so they are named instead, with what to do.
 */
import { startsAsUtf16 } from './utf16.js';

/** Why bytes are not a UTF-8 feed, with the place of the first bad byte. */
export class FeedEncodingError extends Error {
  constructor(
    message: string,
    /** Offset of the first byte that is not UTF-8; undefined for a UTF-16 file. */
    readonly byteOffset?: number,
  ) {
    super(message);
    this.name = 'FeedEncodingError';
  }
}

/** What to do, said the same way wherever the problem is shown. */
export const SAVE_AS_UTF8 = 'save the file as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8; in LibreOffice: Keep current format › Character set: Unicode (UTF-8))';

/** Why UTF-16 text is refused, and text in an old encoding (where the byte is not known, as in a browser reading a stream). */
export const UTF16 = `the file is UTF-16 text, not UTF-8: ${SAVE_AS_UTF8}`;
export const NOT_UTF8 = `the file is not UTF-8 text (saved as Windows-1251 or another old encoding?): ${SAVE_AS_UTF8}`;

/**
 * Decodes a feed's bytes: UTF-8, with or without a byte order mark (dropped, as browsers do).
 * Throws a FeedEncodingError for UTF-16 (a byte order mark FF FE or FE FF) and for bytes that
 * are not UTF-8, naming the line of the first one.
 */
export function decodeFeedBytes(bytes: Uint8Array): string {
  if (startsAsUtf16(bytes)) throw new FeedEncodingError(UTF16);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    throw new FeedEncodingError(
      `the file is not UTF-8 text (byte 0x${byte} on line ${line}; saved as Windows-1251 or another old encoding?): ${SAVE_AS_UTF8}`,
      offset,
    );
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    // Overlong 3- and 4-byte forms, surrogates and code points above U+10FFFF.
    const second = bytes[index + 1]!;
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return index;
    index += length;
  }
  return bytes.length;
}

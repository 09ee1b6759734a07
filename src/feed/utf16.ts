/**
 * The one test for UTF-16 text, shared by the CLI's and the browser's decoding: apart from
 * `encoding.ts` so that the browser's feed loader carries no more than this line.
 */

/** True for bytes that begin with a UTF-16 byte order mark (FF FE or FE FF). */
export const startsAsUtf16 = (bytes: Uint8Array) => bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));

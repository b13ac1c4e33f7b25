/**
 * A household file's bytes as text, or where they stop being UTF-8. One
 * function for the app's import (parseHouseholdsCsv) and the CLI's
 * --households-csv, so that both say the same: a decoder told to fail says
 * that the bytes are not UTF-8 but not where, and one accented name saved
 * as Latin-1 in a file of 100,000 rows is a needle to find by hand.
 */
import type { RowProblem } from './households';

/** The first bytes looked at for UTF-16 without a byte-order mark. */
const UTF16_SNIFF = 32;

/**
 * Where the first byte that does not start a well-formed UTF-8 sequence is,
 * or -1 when every byte is in one: the Unicode standard's well-formed byte
 * sequences (table 3-7), as a decoder reads them. A sequence cut short or
 * broken by a byte that cannot continue it counts from its first byte, so
 * that "é" saved as Latin-1 (0xE9 before a comma) points at the "é".
 *
 * Located, not decoded with U+FFFD for each bad sequence and searched for
 * the first U+FFFD: a file may hold U+FFFD itself, in valid UTF-8 (EF BF BD).
 */
export function notUtf8At(bytes: Uint8Array): number {
  const n = bytes.length;
  let k = 0;
  while (k < n) {
    const b = bytes[k]!;
    if (b < 0x80) {
      k++;
      continue;
    }
    // The continuation bytes a lead byte needs, and the bounds of the first of them (the rest are 0x80–0xBF).
    let more: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) more = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      more = 2;
      // E0: no overlong form; ED: no surrogate (U+D800–U+DFFF).
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      more = 3;
      // F0: no overlong form; F4: nothing above U+10FFFF.
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return k; // A continuation byte with no lead, C0 or C1 (overlong), or F5–FF (never in UTF-8).
    if (k + more >= n) return k;
    const first = bytes[k + 1]!;
    if (first < low || first > high) return k;
    for (let j = 2; j <= more; j++) {
      const c = bytes[k + j]!;
      if (c < 0x80 || c > 0xbf) return k;
    }
    k += more + 1;
  }
  return -1;
}

/**
 * UTF-16, as Excel's "Unicode Text" saves it: its byte-order mark (FF FE or FE FF), or, without one, a zero in
 * every other one of the first bytes (a header's Latin letters in UTF-16). A zero is a UTF-8 character, so such a
 * file can pass as UTF-8 and be refused for its header instead; a CSV saved as UTF-8 has no zero in it.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const pairs = Math.min(bytes.length, UTF16_SNIFF) >> 1;
  if (pairs < 2) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let k = 0; k < pairs; k++) {
    if (bytes[2 * k] === 0) evenZeros++;
    if (bytes[2 * k + 1] === 0) oddZeros++;
  }
  return evenZeros === pairs || oddZeros === pairs;
}

/**
 * The bytes as text (a UTF-8 byte-order mark dropped), or why they are not UTF-8 text: UTF-16, or the line and the
 * character in that line (each from 1) where the first bad sequence starts. Lines are counted as the parser counts
 * them (a line feed, a carriage return, or the two together, as old Excel for Mac ends its lines with a carriage
 * return alone), after the byte-order mark; characters, not bytes, as a text editor counts its columns ("گ" is one).
 */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: RowProblem } {
  if (looksUtf16(bytes)) return { ok: false, problem: { kind: 'utf16' } };
  const at = notUtf8At(bytes);
  if (at >= 0) {
    let line = 1;
    let lineStart = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    for (let k = lineStart; k < at; k++) {
      const b = bytes[k]!;
      if (b !== 0x0a && b !== 0x0d) continue;
      // A carriage return and a line feed together end one line (the bad byte is never a line feed, so k + 1 < at).
      if (b === 0x0d && bytes[k + 1] === 0x0a) k++;
      line++;
      lineStart = k + 1;
    }
    // Every byte before the bad one is in a well-formed sequence: a character is a byte that does not continue one.
    let character = 1;
    for (let k = lineStart; k < at; k++) if ((bytes[k]! & 0xc0) !== 0x80) character++;
    return { ok: false, problem: { kind: 'notUtf8', line, character } };
  }
  // Every byte checked above: decoding cannot meet a bad sequence (and needs no fatal mode to say so).
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

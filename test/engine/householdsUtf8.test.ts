// @vitest-environment node
// A household file that is not UTF-8 is refused with where its first bad byte
// is (line and byte in the line), or as UTF-16: the one decoder the app's import
// (parseHouseholdsCsv) and the CLI's --households-csv share.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseHouseholdsCsv, rowProblemText } from '../../src/engine/index';
import { notUtf8At } from '../../src/engine/population/householdsUtf8';

const EXAMPLE = readFileSync(new URL('../../examples/households.csv', import.meta.url), 'utf8');
const bytes = (...b: number[]) => new Uint8Array(b);
const fatal = new TextDecoder('utf-8', { fatal: true });

function isUtf8(b: Uint8Array): boolean {
  try {
    fatal.decode(b);
    return true;
  } catch {
    return false;
  }
}

/** A seeded generator (mulberry32), so that a failure names bytes that can be tried again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Bytes that are mostly UTF-8 (ASCII, Urdu, U+FFFD itself, emoji) with, now and then, a byte of any value. */
function mostlyUtf8(next: () => number): Uint8Array {
  const pieces = ['a', ',', '\n', 'é', 'ع', '\ufffd', '😀', '€'].map((s) => [...new TextEncoder().encode(s)]);
  const out: number[] = [];
  const length = 1 + Math.floor(next() * 24);
  while (out.length < length) {
    if (next() < 0.15) out.push(Math.floor(next() * 256));
    else out.push(...pieces[Math.floor(next() * pieces.length)]!);
  }
  return new Uint8Array(out);
}

/** The example file as Latin-1, with one household id on `line` changed to "PK-Mül". */
function latin1Example(line: number): Uint8Array {
  const lines = EXAMPLE.split('\n');
  lines[line - 1] = lines[line - 1]!.replace(/^PK-\d+/, 'PK-Mül');
  return new Uint8Array([...lines.join('\n')].map((c) => c.charCodeAt(0)));
}

describe('notUtf8At(bytes)', () => {
  it('is -1 for UTF-8, U+FFFD written in the file included, and for no bytes', () => {
    expect(notUtf8At(new TextEncoder().encode('h1,PK-Mül,\ufffd,گھرانہ,😀\n'))).toBe(-1);
    expect(notUtf8At(bytes())).toBe(-1);
  });

  it('points at the first byte of the first sequence that is not UTF-8', () => {
    expect(notUtf8At(bytes(0x61, 0xfc, 0x6c))).toBe(1); // "ü" as Latin-1
    expect(notUtf8At(bytes(0x61, 0xe9, 0x2c, 0x62))).toBe(1); // "é" as Latin-1 before a comma: a lead byte whose sequence is broken
    expect(notUtf8At(bytes(0x61, 0x80))).toBe(1); // a continuation byte with no lead
    expect(notUtf8At(bytes(0xc0, 0xaf))).toBe(0); // an overlong "/"
    expect(notUtf8At(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong, three bytes
    expect(notUtf8At(bytes(0xed, 0xa0, 0x80))).toBe(0); // a surrogate, U+D800
    expect(notUtf8At(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(notUtf8At(bytes(0xf5, 0x80, 0x80, 0x80))).toBe(0);
    expect(notUtf8At(bytes(0x61, 0x62, 0xe2, 0x82))).toBe(2); // "€" cut short at the end
    // A U+FFFD of the file's own before the bad byte is not it.
    expect(notUtf8At(bytes(0xef, 0xbf, 0xbd, 0x61, 0xff))).toBe(4);
  });

  it('agrees with a decoder that fails on bad bytes, and the bytes before it decode as the text before the first U+FFFD put in', () => {
    const next = random(20261207);
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
    let bad = 0;
    for (let k = 0; k < 20000; k++) {
      const b = mostlyUtf8(next);
      const at = notUtf8At(b);
      expect(at < 0, `bytes ${[...b]}`).toBe(isUtf8(b));
      if (at < 0) continue;
      bad++;
      const before = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b.subarray(0, at));
      const whole = lenient.decode(b);
      expect(whole.startsWith(before), `bytes ${[...b]}`).toBe(true);
      expect(whole[before.length], `bytes ${[...b]}`).toBe('\ufffd');
    }
    // Both kinds of input were tried, in numbers.
    expect(bad).toBeGreaterThan(2000);
    expect(bad).toBeLessThan(18000);
  });
});

describe('decodeUtf8(bytes)', () => {
  it('gives the text of UTF-8, its byte-order mark dropped', () => {
    expect(decodeUtf8(new TextEncoder().encode('\ufeffh1,گھرانہ,\ufffd\n'))).toEqual({ ok: true, text: 'h1,گھرانہ,\ufffd\n' });
  });

  it('says on which line, and at which character of it, the first bad byte is, lines counted as the parser counts them', () => {
    expect(decodeUtf8(bytes(0x61, 0x0a, 0x62, 0x0d, 0x0a, 0x63, 0x63, 0xfc, 0x0a, 0xfc))).toEqual({ ok: false, problem: { kind: 'notUtf8', line: 3, character: 3 } });
    expect(decodeUtf8(bytes(0xfc))).toEqual({ ok: false, problem: { kind: 'notUtf8', line: 1, character: 1 } });
    // A line feed ends the line of the byte before it: the bad byte just after one starts the next line.
    expect(decodeUtf8(bytes(0x61, 0x0a, 0xfc))).toEqual({ ok: false, problem: { kind: 'notUtf8', line: 2, character: 1 } });
    // Characters are counted, not bytes, as an editor counts its columns: "گ" is two bytes and one character.
    expect(decodeUtf8(new Uint8Array([...new TextEncoder().encode('گ,'), 0xe9]))).toEqual({ ok: false, problem: { kind: 'notUtf8', line: 1, character: 3 } });
  });

  it('counts a carriage return alone as a line break (old Excel for Mac), and the two together as one, as the parser does', () => {
    // "id,region⏎1,Sindh⏎2,é" with a carriage return alone: the "é" (Mac Roman or Latin-1) is on line 3, the 3rd character.
    const mac = new Uint8Array([...new TextEncoder().encode('id,region\r1,Sindh\r2,'), 0xe9]);
    expect(decodeUtf8(mac)).toEqual({ ok: false, problem: { kind: 'notUtf8', line: 3, character: 3 } });
    const windows = new Uint8Array([...new TextEncoder().encode('id,region\r\n1,Sindh\r\n2,'), 0xe9]);
    expect(decodeUtf8(windows)).toEqual({ ok: false, problem: { kind: 'notUtf8', line: 3, character: 3 } });
    // The parser's own count for the same rows: line 3 is the row "2,…".
    expect(parseHouseholdsCsv('id,region\r1,Sindh\r2,x').rows).toBe(2);
  });

  it('does not count a UTF-8 byte-order mark as a character of line 1', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61, 0xe9))).toEqual({ ok: false, problem: { kind: 'notUtf8', line: 1, character: 2 } });
  });

  it('finds one Latin-1 name in the example file: "PK-Mül" on line 22, its "ü" the 5th character', () => {
    const decoded = decodeUtf8(latin1Example(22));
    expect(decoded).toEqual({ ok: false, problem: { kind: 'notUtf8', line: 22, character: 5 } });
    expect(decoded.ok || rowProblemText(decoded.problem)).toBe('the file is not UTF-8 text, first on line 22 at character 5 of the line: save it as CSV UTF-8');
    // The app's import says the same, as the file's problem as a whole.
    expect(parseHouseholdsCsv(latin1Example(22)).errors).toEqual([
      { line: 0, column: null, problem: { kind: 'notUtf8', line: 22, character: 5 }, message: 'the file is not UTF-8 text, first on line 22 at character 5 of the line: save it as CSV UTF-8' },
    ]);
  });

  it('names UTF-16 by its byte-order mark, either way round, or by a zero in every other one of its first bytes', () => {
    const utf16le = (s: string) => new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer);
    const text = EXAMPLE.slice(0, 200);
    const le = utf16le(text);
    const be = le.slice();
    for (let k = 0; k < be.length; k += 2) [be[k], be[k + 1]] = [le[k + 1]!, le[k]!];
    const problem = { ok: false, problem: { kind: 'utf16' } };
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, ...le]))).toEqual(problem);
    expect(decodeUtf8(new Uint8Array([0xfe, 0xff, ...be]))).toEqual(problem);
    // Without a mark, ASCII in UTF-16 is valid UTF-8 (a zero is a character), so it had been read, and refused for its header.
    expect(isUtf8(le)).toBe(true);
    expect(decodeUtf8(le)).toEqual(problem);
    expect(decodeUtf8(be)).toEqual(problem);
    expect(rowProblemText({ kind: 'utf16' })).toBe('the file is UTF-16 text (as Excel saves "Unicode Text"), not UTF-8: save it as CSV UTF-8');
    expect(parseHouseholdsCsv(new Uint8Array([0xff, 0xfe, ...le])).errors.map((e) => [e.line, e.problem])).toEqual([[0, { kind: 'utf16' }]]);
  });

  it('does not take UTF-8 with a zero or two for UTF-16', () => {
    expect(decodeUtf8(bytes(0x61, 0x00))).toEqual({ ok: true, text: 'a\u0000' });
    expect(decodeUtf8(bytes(0x61, 0x00, 0x62, 0x63))).toEqual({ ok: true, text: 'a\u0000bc' });
    expect(decodeUtf8(new TextEncoder().encode(EXAMPLE)).ok).toBe(true);
  });
});

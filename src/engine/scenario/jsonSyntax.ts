/**
 * Where a scenario document's JSON breaks, as a line and column a reader can
 * go to. JSON.parse's message gives at most an offset into the text ("in JSON
 * at position 770"), and not always that (Node 20: "Unexpected token '}', …
 * is not valid JSON"; Safari: none at all), so the text is scanned here for
 * the first character that cannot continue it (RFC 8259). The offset in the
 * message, where there is one, is the parser's own and is used as it is.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;

/** Where a scalar starting at i ends (`at`), or where it goes wrong (ok false; `at` = text.length when the text ends in it). */
type Step = { ok: boolean; at: number };

function stringEnd(text: string, i: number): Step {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j]!;
    if (c === '"') return { ok: true, at: j + 1 };
    if (c < ' ') return { ok: false, at: j };
    if (c !== '\\') {
      j++;
      continue;
    }
    const e = text[j + 1];
    if (e === undefined) break;
    if (ESCAPES.has(e)) j += 2;
    else if (e === 'u') {
      for (let k = j + 2; k < j + 6; k++) {
        if (k >= text.length) return { ok: false, at: text.length };
        if (!HEX.test(text[k]!)) return { ok: false, at: k };
      }
      j += 6;
    } else return { ok: false, at: j + 1 };
  }
  return { ok: false, at: text.length };
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?, going wrong where a digit is missing: after a sign, a point or an exponent. */
function numberEnd(text: string, i: number): Step {
  let j = text[i] === '-' ? i + 1 : i;
  if (!isDigit(text[j])) return { ok: false, at: j };
  if (text[j] === '0') j++;
  else while (isDigit(text[j])) j++;
  if (text[j] === '.') {
    j++;
    if (!isDigit(text[j])) return { ok: false, at: j };
    while (isDigit(text[j])) j++;
  }
  if (text[j] === 'e' || text[j] === 'E') {
    j++;
    if (text[j] === '+' || text[j] === '-') j++;
    if (!isDigit(text[j])) return { ok: false, at: j };
    while (isDigit(text[j])) j++;
  }
  return { ok: true, at: j };
}

function scalarEnd(text: string, i: number): Step {
  const c = text[i]!;
  if (c === '"') return stringEnd(text, i);
  if (c === '-' || isDigit(c)) return numberEnd(text, i);
  for (const word of ['true', 'false', 'null']) {
    if (word[0] !== c) continue;
    for (let k = 1; k < word.length; k++) if (text[i + k] !== word[k]) return { ok: false, at: Math.min(i + k, text.length) };
    return { ok: true, at: i + word.length };
  }
  return { ok: false, at: i };
}

/**
 * The offset of the first character at which `text` stops being JSON (text.length when it ends too soon), or
 * null when it is JSON. Nesting is kept on a stack of its own, so a deeply nested text cannot overflow the call stack.
 */
export function jsonSyntaxOffset(text: string): number | null {
  const n = text.length;
  const open: ('{' | '[')[] = [];
  let i = 0;
  let want: 'value' | 'valueOrEnd' | 'afterValue' | 'key' | 'keyOrEnd' | 'colon' = 'value';
  for (;;) {
    while (i < n && WHITESPACE.has(text[i]!)) i++;
    const c = text[i];
    const top = open[open.length - 1];
    if (want === 'afterValue' && top === undefined) return i < n ? i : null;
    if (c === undefined) return n;
    switch (want) {
      case 'value':
      case 'valueOrEnd': {
        if (c === ']' && want === 'valueOrEnd') {
          open.pop();
          i++;
          want = 'afterValue';
        } else if (c === '{' || c === '[') {
          open.push(c);
          i++;
          want = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
        } else {
          const s = scalarEnd(text, i);
          if (!s.ok) return s.at;
          i = s.at;
          want = 'afterValue';
        }
        break;
      }
      case 'afterValue':
        if (c === ',') want = top === '{' ? 'key' : 'value';
        else if (c === (top === '{' ? '}' : ']')) open.pop();
        else return i;
        i++;
        break;
      case 'key':
      case 'keyOrEnd': {
        if (c === '}' && want === 'keyOrEnd') {
          open.pop();
          i++;
          want = 'afterValue';
          break;
        }
        if (c !== '"') return i;
        const s = stringEnd(text, i);
        if (!s.ok) return s.at;
        i = s.at;
        want = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return i;
        i++;
        want = 'value';
        break;
    }
  }
}

/**
 * Where `text`, which JSON.parse refused with `message`, goes wrong: its 1-based line and column (columns in
 * UTF-16 units, as editors mostly count), from the offset the message gives, else from jsonSyntaxOffset; null
 * when neither finds one.
 */
export function jsonErrorPlace(text: string, message: string): { line: number; column: number } | null {
  const given = /\bposition (\d+)\b/.exec(message);
  const at = given ? Math.min(Number(given[1]), text.length) : jsonSyntaxOffset(text);
  if (at === null) return null;
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < at; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

/**
 * The places engines append to JSON.parse's message: V8's "in JSON at position 40" (or "… after JSON at
 * position 9"), in newer versions followed by "(line 3 column 7)"; SpiderMonkey's "at line 3 column 7 of the
 * JSON data".
 */
const APPENDED_PLACE = [
  /\s+(?:in JSON\s+)?at position \d+(?:\s*\(line \d+ column \d+\))?\s*$/,
  /\s*\(line \d+ column \d+\)\s*$/,
  /\s+at line \d+ column \d+ of the JSON data\s*$/,
];

/**
 * JSON.parse's message without the place the engine appends to it: jsonErrorPlace gives that as a line and
 * column, and a message that gave it again as an offset ("… at line 3, column 7: … at position 40") said it
 * twice. Where no place can be given (a link's text, which its reader cannot open), an offset is no help either.
 */
export function jsonErrorReason(message: string): string {
  return APPENDED_PLACE.reduce((reason, place) => reason.replace(place, ''), message);
}

// @vitest-environment node
/**
 * jsonErrorPlace(text, message): where a scenario file's JSON breaks, by line and column, for the CLI's and the
 * app's "not valid JSON" message (it had given only "in JSON at position 770", and on some errors not even that).
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, jsonErrorPlace, jsonErrorReason, jsonSyntaxOffset } from '../../src/engine/index';
import { seededRandom } from './helpers';

const text = `${JSON.stringify(defaultScenario(), null, 2)}\n`;


const parseError = (s: string): string | null => {
  try {
    JSON.parse(s);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};

describe('jsonSyntaxOffset(text)', () => {
  it('is null for JSON and agrees with JSON.parse on where text stops being JSON (seeded corruptions of a scenario file)', () => {
    // Catches a scanner that accepts what JSON.parse refuses or the reverse, or places the error elsewhere than the parser does.
    expect(jsonSyntaxOffset(text)).toBeNull();
    const next = seededRandom(20190327);
    const junk = ['', ',', '}', ']', '"', ':', 'x', '0', '-', '.', 'e', '\\', ' ', '\n', '{', '[', 't', '\u0001'];
    let compared = 0;
    for (let k = 0; k < 3000; k++) {
      const at = Math.floor(next() * text.length);
      const cut = next() < 0.5 ? 1 : 0;
      const s = text.slice(0, at) + junk[Math.floor(next() * junk.length)] + text.slice(at + cut);
      const message = parseError(s);
      const offset = jsonSyntaxOffset(s);
      expect(offset === null, `${JSON.stringify(s.slice(Math.max(0, at - 20), at + 20))}: ${message}`).toBe(message === null);
      const given = message && /position (\d+)/.exec(message);
      if (given) {
        expect(offset, `${JSON.stringify(s.slice(Math.max(0, at - 20), at + 20))}: ${message}`).toBe(Number(given[1]));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('handles the ends and edges: empty text, a value cut short, trailing text, escapes and deep nesting', () => {
    expect(jsonSyntaxOffset('')).toBe(0);
    expect(jsonSyntaxOffset('  ')).toBe(2);
    expect(jsonSyntaxOffset('{"a": 1')).toBe(7);
    expect(jsonSyntaxOffset('{"a": tru}')).toBe(9);
    expect(jsonSyntaxOffset('{"a": 1} x')).toBe(9);
    expect(jsonSyntaxOffset('"\\u00e9\\n"')).toBeNull();
    expect(jsonSyntaxOffset('"\\u00g9"')).toBe(5);
    expect(jsonSyntaxOffset('[-]')).toBe(2);
    expect(jsonSyntaxOffset('[1,]')).toBe(3);
    expect(jsonSyntaxOffset(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeNull();
  });
});

describe('jsonErrorPlace(text, message)', () => {
  it('gives the line and column of the offset JSON.parse names', () => {
    // Catches the place given as the offset alone, or a column counted from 0 or from the start of the text.
    const broken = text.replace('"months": 36,', '"months": 36');
    const message = parseError(broken)!;
    const line = broken.split('\n').findIndex((l) => l.includes('"months"')) + 2;
    const column = broken.split('\n')[line - 1]!.indexOf('"') + 1;
    expect(jsonErrorPlace(broken, message)).toEqual({ line, column });
    // Without an offset in the message (Node 20 words some errors so; Safari never gives one), from the scan.
    expect(jsonErrorPlace(broken, 'JSON Parse error: Expected \'}\'')).toEqual({ line, column });
    expect(jsonErrorPlace('{\n  "a": 1,\n}', 'Unexpected token \'}\', "{ "a": 1, }" is not valid JSON')).toEqual({ line: 3, column: 1 });
    expect(jsonErrorPlace('{}', 'not an error')).toBeNull();
  });

  // Caught: "not valid JSON at line 3, column 7: Expected ',' or '}' after property value in JSON at position 40" gave the place twice.
  it('jsonErrorReason drops every place the message gives (jsonErrorPlace gives it once, as a line and column)', () => {
    const reasons = {
      // V8 (Chromium 156)
      "Expected ',' or '}' after property value in JSON at position 40 (line 3 column 7)": "Expected ',' or '}' after property value",
      'Unexpected non-whitespace character after JSON at position 9 (line 1 column 10)': 'Unexpected non-whitespace character after JSON',
      // V8 (Node 20)
      'Bad escaped character in JSON at position 7': 'Bad escaped character',
      'Unexpected non-whitespace character after JSON at position 9': 'Unexpected non-whitespace character after JSON',
      // SpiderMonkey (Firefox)
      "JSON.parse: expected ',' or '}' after property value in object at line 3 column 7 of the JSON data": "JSON.parse: expected ',' or '}' after property value in object",
      // No place: kept as it is.
      'Unexpected end of JSON input': 'Unexpected end of JSON input',
      'Unexpected token \'}\', "{"a": tru}" is not valid JSON': 'Unexpected token \'}\', "{"a": tru}" is not valid JSON',
      "JSON Parse error: Expected '}'": "JSON Parse error: Expected '}'",
    };
    for (const [message, reason] of Object.entries(reasons)) expect(jsonErrorReason(message), message).toBe(reason);
    // And whatever this Node says.
    expect(jsonErrorReason(parseError('{"a": 1 "b": 2}')!)).not.toMatch(/position|line|column|\d/);
  });
});

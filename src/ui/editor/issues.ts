/**
 * The engine's scenario checks in the current language. The engine writes
 * its messages in English for the CLI; the editor recognises the ones a
 * person can meet while editing and says them in the editor's words
 * (a message it does not know is shown as the engine wrote it).
 */
import type { ValidationIssue } from '../../engine/index';
import { formatPlain, withMinus } from '../format';
import { shownNumber, ungrouped } from './display';
import { message } from './labels';

/** A number the engine wrote (with a hyphen or a minus sign), in the language's digits. */
const read = (s: string) => Number(s.replace(/^\u2212/, '-'));
const isNumber = (s: string) => /^[-\u2212]?\d+(\.\d+)?$/.test(s);
/** As written, without grouping (a count, a month, a value that must be whole). */
const exact = (s: string) => (isNumber(s) ? ungrouped(read(s)) : s);
/** Grouped, as the app writes amounts ("75,000"). */
const amount = (s: string) => (isNumber(s) ? shownNumber(read(s)) : s);
/** A percentage to at most two decimals ("140", "99.5"). */
const percent = (s: string) => (isNumber(s) ? withMinus(formatPlain(read(s), { maximumFractionDigits: 2 })) : s);

type Arg = (s: string) => string;
const PATTERNS: readonly [RegExp, string, readonly (readonly [string, Arg])[]][] = [
  [/^must be a whole number, got (\S+)$/, 'editor:issue.wholeNumber', [['value', exact]]],
  [/^must not exceed the loan cap \((\S+) Rs\), got (\S+)$/, 'editor:issue.loanCap', [['cap', amount], ['value', amount]]],
  [/^must fall inside the horizon \(0 to (\S+)\), got (\S+)$/, 'editor:issue.horizon', [['last', exact], ['value', exact]]],
  [/^must sum to 100%, they sum to (\S+)%$/, 'editor:issue.sharesSum', [['sum', percent]]],
  [/^must have (\d+) to (\d+) values, got (\d+)$/, 'editor:issue.length', [['min', exact], ['max', exact], ['count', exact]]],
];

/** One engine message, translated when the editor knows it. */
export function issueMessage(text: string): string {
  for (const [pattern, key, names] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return message(key, Object.fromEntries(names.map(([name, f], k) => [name, f(m[k + 1]!)])));
  }
  return text;
}

/** A problem with its path in front ("world.shocks.floodMonth must fall inside …"); the path is the scenario file's, kept as written (Urdu's message isolates it). */
export function issueText(issue: ValidationIssue): string {
  return message('editor:issue.item', { path: issue.path, message: issueMessage(issue.message) });
}

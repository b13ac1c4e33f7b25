/**
 * The engine's scenario checks in the current language. The engine writes
 * its messages in English for the CLI; the editor recognises the ones a
 * person can meet while editing and says them in the editor's words
 * (a message it does not know is shown as the engine wrote it).
 */
import type { ValidationIssue } from '../../engine/index';
import { ungrouped } from './display';
import { message } from './labels';

const num = (s: string) => (/^-?\d+(\.\d+)?$/.test(s) ? ungrouped(Number(s)) : s);

const PATTERNS: readonly [RegExp, string, readonly string[]][] = [
  [/^must be a whole number, got (\S+)$/, 'editor:issue.wholeNumber', ['value']],
  [/^must not exceed the loan cap \((\S+) Rs\), got (\S+)$/, 'editor:issue.loanCap', ['cap', 'value']],
  [/^must fall inside the horizon \(0 to (\S+)\), got (\S+)$/, 'editor:issue.horizon', ['last', 'value']],
  [/^shares must sum to 100%, they sum to (\S+)%$/, 'editor:issue.sharesSum', ['sum']],
  [/^must have (\d+) to (\d+) values, got (\d+)$/, 'editor:issue.length', ['min', 'max', 'count']],
];

/** One engine message, translated when the editor knows it. */
export function issueMessage(text: string): string {
  for (const [pattern, key, names] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return message(key, Object.fromEntries(names.map((name, k) => [name, num(m[k + 1]!)])));
  }
  return text;
}

/** A problem with its path in front ("world.shocks.floodMonth must fall inside …"); the path is the scenario file's, kept as written (Urdu's message isolates it). */
export function issueText(issue: ValidationIssue): string {
  return message('editor:issue.item', { path: issue.path, message: issueMessage(issue.message) });
}

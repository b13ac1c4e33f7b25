/**
 * Problem lists on stderr, for every command: a heading that counts the
 * problems, then one indented line each. A long list (a household file's bad
 * cells) is cut short with a line saying how many more there were; the
 * heading counts those too, not the lines printed, so "142 problems" heads
 * 50 listed cells and "… and 92 more". A line that sums a list up (the file's
 * "71 of 80 rows are bad; fix them, …") is printed with it but is no problem
 * of its own: the heading had counted it ("15 problems" over 14 bad cells).
 */

/** The line that stands for `n` problems left out of a list; `what` names them where the list alone would not. */
export const moreProblems = (n: number, what?: string): string => `… and ${n} more${what ? ` ${what}` : ''}`;

/** A line that sums up the problems before it ("bad.csv: 14 of 59 rows are bad; …"): listed, not counted. */
export interface SummaryLine {
  summary: string;
}

/** A problem (its text), or a line that sums problems up. */
export type ProblemLine = string | SummaryLine;

export const summaryLine = (summary: string): SummaryLine => ({ summary });

/** A line as printed. */
export const lineText = (line: ProblemLine): string => (typeof line === 'string' ? line : line.summary);

const MORE = /^… and (\d+) more(?: |$)/;

/** How many problems `lines` stand for: one each, a moreProblems line its count, a summary line none. */
export function problemCount(lines: readonly ProblemLine[]): number {
  return lines.reduce((sum, line) => sum + (typeof line !== 'string' ? 0 : MORE.test(line) ? Number(MORE.exec(line)![1]) : 1), 0);
}

/** "sim: a problem:", "sim merge: 3 problems:". */
export function problemsHeading(heading: string, lines: readonly ProblemLine[]): string {
  const n = problemCount(lines);
  return `${heading}: ${n === 1 ? 'a problem' : `${n} problems`}:`;
}

/**
 * A negative number with an ASCII hyphen-minus: "got -5", not "got \u22125". The engine's messages quote negatives
 * with the typographic minus sign (U+2212), as the app writes them; on the command line a number is to be copied
 * back into a command or a file, or grepped, and a U+2212 there is no number. Only a sign is changed: a minus
 * directly before a digit, after a space or an opening bracket, and outside quotes (a cell quoted from a user's
 * file, `got "\u22121"`, or a scenario's name, "Plan \u22125", stays as the user wrote it; so does a difference
 * "A \u2212 B").
 */
export const asciiMinus = (text: string): string =>
  text
    .split(/("[^"]*"|\u201c[^\u201d]*\u201d)/)
    .map((part, k) => (k % 2 === 1 ? part : part.replace(/(^|[\s([])\u2212(?=\d)/g, '$1-')))
    .join('');

/** The heading and the lines through `err`; returns 2, the exit code of a bad command line, scenario or input. */
export function reportProblemsTo(err: (line: string) => void, heading: string, lines: readonly ProblemLine[]): number {
  err(problemsHeading(heading, lines));
  for (const line of lines) err(`  ${asciiMinus(lineText(line))}`);
  return 2;
}

/**
 * After a bad command line, where its options are: "Options: npm run sim -- compare --help". The whole usage text
 * printed after the problems (40 lines) had buried the one line that said what was wrong.
 */
export const helpHint = (heading: string): string => `Options: npm run ${heading.replace(/^sim\b/, 'sim --')} --help`;

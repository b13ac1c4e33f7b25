/**
 * Problem lists on stderr, for every command: a heading that counts the
 * problems, then one indented line each. A long list (a household file's bad
 * cells) is cut short with a line saying how many more there were; the
 * heading counts those too, not the lines printed, so "143 problems" heads
 * 50 listed, "… and 92 more" and the file's summary line.
 */

/** The line that stands for `n` problems left out of a list. */
export const moreProblems = (n: number): string => `… and ${n} more`;

const MORE = /^… and (\d+) more$/;

/** How many problems `lines` stand for: one each, a moreProblems line its count. */
export function problemCount(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + (MORE.test(line) ? Number(MORE.exec(line)![1]) : 1), 0);
}

/** "sim: a problem:", "sim merge: 3 problems:". */
export function problemsHeading(heading: string, lines: readonly string[]): string {
  const n = problemCount(lines);
  return `${heading}: ${n === 1 ? 'a problem' : `${n} problems`}:`;
}

/** The heading and the lines through `err`; returns 2, the exit code of a bad command line, scenario or input. */
export function reportProblemsTo(err: (line: string) => void, heading: string, lines: readonly string[]): number {
  err(problemsHeading(heading, lines));
  for (const line of lines) err(`  ${line}`);
  return 2;
}

/**
 * After a bad command line, where its options are: "Options: npm run sim -- compare --help". The whole usage text
 * printed after the problems (40 lines) had buried the one line that said what was wrong.
 */
export const helpHint = (heading: string): string => `Options: npm run ${heading.replace(/^sim\b/, 'sim --')} --help`;

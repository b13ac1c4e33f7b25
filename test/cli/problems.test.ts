// @vitest-environment node
// The heading of a problem list on stderr counts problems, not the lines printed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHouseholdsCsv } from '../../src/cli/householdsInput';
import { asciiMinus, helpHint, problemCount, problemsHeading, reportProblemsTo, summaryLine } from '../../src/cli/problems';
import { householdsCsv, withCell } from '../run/householdsCsv';

describe('problemsHeading(heading, lines)', () => {
  // Caught: "sim: 52 problems:" headed 50 listed bad cells, "… and 92 more" and the file's summary line.
  it('counts a household file’s cut-short list by its problems: every bad cell, not the summary line', async () => {
    const bad: Record<number, (r: string) => string> = {};
    for (let k = 0; k < 71; k++) bad[k] = (r) => withCell(withCell(r, 'size', 'many'), 'weight', '0');
    const file = join(mkdtempSync(join(tmpdir(), 'problems-')), 'bad.csv');
    writeFileSync(file, householdsCsv(80, bad));
    const read = await readHouseholdsCsv(file, false);
    const lines = read.ok ? [] : read.problems;
    expect(lines).toHaveLength(52);
    expect(lines[50]).toBe('… and 92 more');
    expect(problemCount(lines)).toBe(2 * 71);
    expect(problemsHeading('sim', lines)).toBe('sim: 142 problems:');
  });

  // Caught: a file with 14 bad cells was headed "sim: 15 problems:", counting the file's summary line as a problem.
  it('does not count the summary line of a short list, and prints it after the problems', async () => {
    const bad: Record<number, (r: string) => string> = {};
    for (let k = 0; k < 14; k++) bad[k] = (r) => withCell(r, 'weight', '-1');
    const file = join(mkdtempSync(join(tmpdir(), 'problems-')), 'short.csv');
    writeFileSync(file, householdsCsv(20, bad));
    const read = await readHouseholdsCsv(file, false);
    const out: string[] = [];
    reportProblemsTo((l) => out.push(l), 'sim', read.ok ? [] : read.problems);
    expect(out[0]).toBe('sim: 14 problems:');
    expect(out).toHaveLength(16);
    expect(out[15]).toBe(`  ${file}: 14 of 20 rows are bad; fix them, or give --skip-bad-rows to run on the 6 good rows`);
  });

  it('counts no problem for a summary line, whatever its text', () => {
    expect(problemsHeading('sim', ['a', summaryLine('… and 3 more')])).toBe('sim: a problem:');
  });

  it('says "a problem" for one, and writes the heading and each line indented; 2 is the exit code', () => {
    expect(problemsHeading('sim merge', ['x'])).toBe('sim merge: a problem:');
    const out: string[] = [];
    expect(reportProblemsTo((l) => out.push(l), 'sim', ['a', 'b'])).toBe(2);
    expect(out).toEqual(['sim: 2 problems:', '  a', '  b']);
  });
});

describe('asciiMinus(text) and the lines reportProblemsTo prints', () => {
  // Caught: "--households: must be between 500 and 1000000 households, got \u22125" on stderr: the engine's typographic
  // minus, which cannot be copied back into a command or grepped as -5.
  it('prints a negative number of an engine message with a hyphen-minus', () => {
    const out: string[] = [];
    reportProblemsTo((l) => out.push(l), 'sim', ['policy.budget.annualBn[0]: must be between 0 and 2000 Rs bn / year, got \u22125']);
    expect(out[1]).toBe('  policy.budget.annualBn[0]: must be between 0 and 2000 Rs bn / year, got -5');
  });

  it('changes only a sign: not a quoted cell of the user’s file, nor a difference between names', () => {
    expect(asciiMinus('got \u22120.5, \u22121e-3 and (\u22122)')).toBe('got -0.5, -1e-3 and (-2)');
    expect(asciiMinus('weight: must be a number, got "\u22121"')).toBe('weight: must be a number, got "\u22121"');
    expect(asciiMinus('povertyHeadcountEnd("A") \u2212 povertyHeadcountEnd("B")')).toBe('povertyHeadcountEnd("A") \u2212 povertyHeadcountEnd("B")');
    // Nor a sign inside a quoted name (the review caught "Plan \u22125" printed as "Plan -5"), in either kind of quotes.
    expect(asciiMinus('scenario "Plan \u22125" and \u201cCut \u22122\u201d differ, got \u22123')).toBe('scenario "Plan \u22125" and \u201cCut \u22122\u201d differ, got -3');
  });
});

describe('helpHint(heading)', () => {
  it('names the help of the command that was mistyped, as it is typed through npm', () => {
    expect(helpHint('sim')).toBe('Options: npm run sim -- --help');
    expect(helpHint('sim compare')).toBe('Options: npm run sim -- compare --help');
    expect(helpHint('sim sensitivity-merge')).toBe('Options: npm run sim -- sensitivity-merge --help');
  });
});

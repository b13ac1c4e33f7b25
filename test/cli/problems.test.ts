// @vitest-environment node
// The heading of a problem list on stderr counts problems, not the lines printed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHouseholdsCsv } from '../../src/cli/householdsInput';
import { helpHint, problemCount, problemsHeading, reportProblemsTo } from '../../src/cli/problems';
import { householdsCsv, withCell } from '../run/householdsCsv';

describe('problemsHeading(heading, lines)', () => {
  // Caught: "sim: 52 problems:" headed 50 listed bad cells, "… and 92 more" and the file's summary line.
  it('counts a household file’s cut-short list by its problems: every bad cell and the summary line', async () => {
    const bad: Record<number, (r: string) => string> = {};
    for (let k = 0; k < 71; k++) bad[k] = (r) => withCell(withCell(r, 'size', 'many'), 'weight', '0');
    const file = join(mkdtempSync(join(tmpdir(), 'problems-')), 'bad.csv');
    writeFileSync(file, householdsCsv(80, bad));
    const read = await readHouseholdsCsv(file, false);
    const lines = read.ok ? [] : read.problems;
    expect(lines).toHaveLength(52);
    expect(lines[50]).toBe('… and 92 more');
    expect(problemCount(lines)).toBe(2 * 71 + 1);
    expect(problemsHeading('sim', lines)).toBe('sim: 143 problems:');
  });

  it('says "a problem" for one, and writes the heading and each line indented; 2 is the exit code', () => {
    expect(problemsHeading('sim merge', ['x'])).toBe('sim merge: a problem:');
    const out: string[] = [];
    expect(reportProblemsTo((l) => out.push(l), 'sim', ['a', 'b'])).toBe(2);
    expect(out).toEqual(['sim: 2 problems:', '  a', '  b']);
  });
});

describe('helpHint(heading)', () => {
  it('names the help of the command that was mistyped, as it is typed through npm', () => {
    expect(helpHint('sim')).toBe('Options: npm run sim -- --help');
    expect(helpHint('sim compare')).toBe('Options: npm run sim -- compare --help');
    expect(helpHint('sim sensitivity-merge')).toBe('Options: npm run sim -- sensitivity-merge --help');
  });
});

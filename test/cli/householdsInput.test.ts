// @vitest-environment node
// --households-csv's reading of a file with bad rows: the first problems
// listed, and how many more there were, counted beyond the parser's list.
// The --households flag a household file makes unused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeHouseholds, overridesOnData, readHouseholdsCsv, unusedHouseholdsNote } from '../../src/cli/householdsInput';
import { lineText } from '../../src/cli/problems';
import { MAX_ERRORS, weightsNoteText } from '../../src/engine/index';
import { householdsCsv, withCell } from '../run/householdsCsv';

describe('readHouseholdsCsv(file, skipBadRows)', () => {
  it('lists the first 50 problems and says how many more there were, beyond the parser’s list of MAX_ERRORS too', async () => {
    const bad: Record<number, (r: string) => string> = {};
    const many = MAX_ERRORS + 100;
    for (let k = 0; k < many; k++) bad[k] = (r) => withCell(withCell(r, 'size', 'many'), 'weight', '0');
    const file = join(mkdtempSync(join(tmpdir(), 'hh-input-')), 'bad.csv');
    writeFileSync(file, householdsCsv(many + 10, bad));
    const read = await readHouseholdsCsv(file, false);
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems).toHaveLength(52);
    expect(problems[50]).toBe(`… and ${2 * many - 50} more`);
    expect(lineText(problems[51]!)).toMatch(new RegExp(`${many} of ${many + 10} rows are bad`));
  });

  it('refuses finite but absurd magnitudes, each by its line and column, rather than running to null totals', async () => {
    const bad: Record<number, (r: string) => string> = {
      0: (r) => withCell(r, 'weight', '1e308'),
      1: (r) => withCell(r, 'weight', '1e20'),
      2: (r) => withCell(r, 'consumption_per_ae', '1e300'),
      3: (r) => withCell(r, 'consumption_per_ae', '1e-300'),
      4: (r) => withCell(r, 'adult_equivalents', '1e-300'),
    };
    const file = join(mkdtempSync(join(tmpdir(), 'hh-input-')), 'huge.csv');
    writeFileSync(file, householdsCsv(10, bad));
    const read = await readHouseholdsCsv(file, false);
    expect((read.ok ? [] : read.problems).map(lineText)).toEqual([
      `${file} line 2, weight: must be at most 50000000, got 1e308`,
      `${file} line 3, weight: must be at most 50000000, got 1e20`,
      `${file} line 4, consumption_per_ae: must be between 0.01 and 1000000000000, got 1e300`,
      `${file} line 5, consumption_per_ae: must be between 0.01 and 1000000000000, got 1e-300`,
      `${file} line 6, adult_equivalents: must be at least 0.5, got 1e-300`,
      `${file}: 5 of 10 rows are bad; fix them, or give --skip-bad-rows to run on the 5 good rows`,
    ]);
  });
});

// Bug: weights ×1000 (1.19 bn households) ran without a word, leaving the whole budget unspent; the app's import
// summary says so (engine weightsNote), the CLI did not.
describe('describeHouseholds(loaded): weights far from Pakistan’s households', () => {
  const read = async (weight: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'hh-weights-')), 'w.csv');
    writeFileSync(file, householdsCsv(20, Object.fromEntries(Array.from({ length: 20 }, (_, k) => [k, (r: string) => withCell(r, 'weight', weight)]))));
    const loaded = await readHouseholdsCsv(file, false);
    if (!loaded.ok) throw new Error('not read');
    return describeHouseholds(loaded.households);
  };

  it('says so for weights adding to far more, or far fewer, and nothing for weights in range', async () => {
    const many = await read('10000000');
    expect(many).toHaveLength(2);
    expect(many[1]).toBe(`household data w.csv: ${weightsNoteText({ kind: 'many', households: 2e8 })}`);
    const few = await read('10');
    expect(few[1]).toBe(`household data w.csv: ${weightsNoteText({ kind: 'few', households: 200 })}`);
    expect(await read('2000000')).toHaveLength(1);
  });
});

describe('readHouseholdsCsv(file, skipBadRows) on a file that is not UTF-8', () => {
  // Had said "is not UTF-8 text" and not where, nor that the file was UTF-16: the app's decoder (engine decodeUtf8) says both.
  it('names the line, and the character in it, of the first bad byte, and names UTF-16', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hh-input-'));
    const lines = householdsCsv(40).split('\n');
    lines[21] = lines[21]!.replace(/^[^,]*/, 'PK-Mül');
    const latin1 = join(dir, 'h_latin1.csv');
    writeFileSync(latin1, Buffer.from(lines.join('\n'), 'latin1'));
    expect(await readHouseholdsCsv(latin1, false)).toEqual({
      ok: false,
      problems: [`--households-csv: ${latin1}: the file is not UTF-8 text, first on line 22 at character 5 of the line: save it as CSV UTF-8`],
    });
    const utf16 = join(dir, 'h_utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(householdsCsv(3), 'utf16le')]));
    expect(await readHouseholdsCsv(utf16, true)).toEqual({
      ok: false,
      problems: [`--households-csv: ${utf16}: the file is UTF-16 text (as Excel saves "Unicode Text"), not UTF-8: save it as CSV UTF-8`],
    });
  });
});

describe('overridesOnData(overrides, flag) and unusedHouseholdsNote(overrides, flag)', () => {
  // Caught: a --households given with a household file went into run.households, so the result's scenario claimed a
  // sample size that was not run (meta.households gave the file's rows).
  it('leaves --households out when a household file is given, keeps the other overrides, and says it is not used', () => {
    const flag = { file: 'survey.csv', skipBadRows: false };
    expect(overridesOnData({ households: 5000, seed: 7, months: 12 }, flag)).toEqual({ seed: 7, months: 12 });
    expect(unusedHouseholdsNote({ households: 5000 }, flag)).toBe("--households 5000 is not used: the sample is the household file's rows");
  });

  it('changes nothing without a file, or without --households', () => {
    expect(overridesOnData({ households: 5000, seed: 7 }, undefined)).toEqual({ households: 5000, seed: 7 });
    expect(overridesOnData({ seed: 7 }, { file: 'survey.csv', skipBadRows: true })).toEqual({ seed: 7 });
    expect(unusedHouseholdsNote({ households: 5000 }, undefined)).toBeUndefined();
    expect(unusedHouseholdsNote({ seed: 7 }, { file: 'survey.csv', skipBadRows: false })).toBeUndefined();
  });
});

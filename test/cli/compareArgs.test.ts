// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { COMPARE_USAGE, parseCompareArgs, parseCompareMergeArgs } from '../../src/cli/compareArgs';

const parse = (line: string) => parseCompareArgs(line.split(' ').filter(Boolean), 4);
const problems = (line: string) => {
  const r = parse(line);
  return r.ok ? [] : r.problems;
};

describe('parseCompareArgs', () => {
  it('keeps every --scenario in order, duplicates included, with overrides for all and the default thread count', () => {
    expect(parse('--scenario a.json --scenario=b.json --seed 5 --scenario a.json --replications 10 --households 2000 --months 24 --out r.json')).toEqual({
      ok: true,
      command: { kind: 'compare', scenarioFiles: ['a.json', 'b.json', 'a.json'], out: 'r.json', threads: 4, overrides: { seed: 5, replications: 10, households: 2000, months: 24 }, byProgramme: false },
    });
    expect(parse('--scenario a --scenario b --by-programme --out o')).toMatchObject({ ok: true, command: { byProgramme: true } });
    expect(parse('--out=r.json --threads=2 --scenario a --scenario b')).toMatchObject({ ok: true, command: { threads: 2, overrides: {}, scenarioFiles: ['a', 'b'] } });
  });

  it('handles --help, whatever else is typed', () => {
    expect(parse('--help')).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parse('--scenario a --help --bogus')).toEqual({ ok: true, command: { kind: 'help' } });
    expect(COMPARE_USAGE).toContain('npm run sim -- compare --scenario BASELINE --scenario FILE');
    expect(COMPARE_USAGE).toContain('override scenario.run.<name> in every scenario');
  });

  it('takes --shard as a run does, and compare-merge its parts and --out', () => {
    expect(parse('--scenario a --scenario b --shard 1/4 --shard-mode block --out p1.json')).toMatchObject({
      ok: true, command: { kind: 'compare', shard: { kind: 'fixed', index: 1, count: 4, mode: 'block' } },
    });
    expect(parse('--scenario a --scenario b --shard auto --shard-count 3 --out p.json')).toMatchObject({ ok: true, command: { shard: { kind: 'auto', count: 3, mode: 'mod' } } });
    expect(problems('--scenario a --scenario b --shard 4/4 --out p')).toEqual(['--shard: the shard index must be in 0 … 3 (shards count from 0), got "4/4"']);
    expect(parseCompareMergeArgs(['p1.json', '--out', 'r.json', 'p0.json'])).toEqual({ ok: true, command: { kind: 'merge', parts: ['p1.json', 'p0.json'], out: 'r.json' } });
    expect(parseCompareMergeArgs([])).toEqual({
      ok: false,
      problems: ['compare-merge: give the partial comparison files to merge (written by compare with --shard)', '--out: required (the file the merged comparison JSON is written to)'],
    });
    expect(COMPARE_USAGE).toContain('npm run sim -- compare-merge PART... --out FILE');
  });

  it('needs at least two scenarios and an --out', () => {
    expect(problems('')).toEqual([
      '--scenario: give at least two, the baseline first (got 0)',
      '--out: required (the file the comparison JSON is written to)',
    ]);
    expect(problems('--scenario a --out o')).toEqual(['--scenario: give at least two, the baseline first (got 1)']);
    expect(problems('--scenario a --scenario a --out o')).toEqual([]);
  });

  it('lists every problem at once', () => {
    expect(problems('--scenario a --scenario --households abc --threads 0 --months 1.5 --bogus --print-defaults --out o stray --out p --scenario=')).toEqual([
      '--bogus: unknown option',
      '--print-defaults: unknown option',
      'unexpected argument "stray" (options start with --)',
      '--out: given more than once',
      '--scenario: needs a value',
      '--scenario: needs a value',
      '--threads: must be between 1 and 256, got 0',
      '--households: must be a whole number, got "abc"',
      '--months: must be a whole number, got "1.5"',
    ]);
  });
});

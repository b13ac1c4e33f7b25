// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSensitivityArgs, parseSensitivityMergeArgs, SENSITIVITY_USAGE } from '../../../src/cli/sensitivity/args';
import { SIM_USAGE } from '../../../src/cli/simArgs';

const parse = (line: string) => parseSensitivityArgs(line.split(' ').filter(Boolean), 4);
const problems = (line: string) => {
  const r = parse(line);
  return r.ok ? [] : r.problems;
};

describe('parseSensitivityArgs', () => {
  it('reads a tornado and a Sobol\u2019 analysis, with the Sobol\u2019 defaults, overrides and the default thread count', () => {
    expect(parse('--scenario s.json --method tornado --outcome povertyHeadcountEnd --out t.json')).toEqual({
      ok: true,
      command: { kind: 'sensitivity', scenarioFile: 's.json', out: 't.json', threads: 4, overrides: {}, settings: { method: 'tornado', outcome: 'povertyHeadcountEnd' } },
    });
    expect(parse('--scenario s --method=sobol --outcome par30Last12 --replications 2 --threads 1 --out o')).toMatchObject({
      ok: true,
      command: { threads: 1, overrides: { replications: 2 }, settings: { method: 'sobol', outcome: 'par30Last12', samples: 64, bootstrap: 500 } },
    });
    expect(parse('--scenario s --method sobol --outcome par30Last12 --samples 8 --bootstrap 0 --out o')).toMatchObject({
      ok: true,
      command: { settings: { samples: 8, bootstrap: 0 } },
    });
  });

  it('takes a comparator scenario for a paired difference', () => {
    expect(parse('--scenario a.json --versus b.json --method tornado --outcome povertyHeadcountEnd --out t.json')).toMatchObject({
      ok: true,
      command: { kind: 'sensitivity', scenarioFile: 'a.json', versusFile: 'b.json' },
    });
    expect(problems('--scenario a.json --versus --method tornado --outcome povertyHeadcountEnd --out t.json')).toEqual(['--versus: needs a value']);
    expect(SENSITIVITY_USAGE).toContain('[--versus FILE]');
  });

  it('takes the run command\u2019s sharding flags', () => {
    expect(parse('--scenario s --method tornado --outcome par30Last12 --shard 1/3 --out o')).toMatchObject({
      ok: true,
      command: { shard: { kind: 'fixed', index: 1, count: 3, mode: 'mod' } },
    });
    expect(parse('--scenario s --method tornado --outcome par30Last12 --shard auto --shard-mode block --out o')).toMatchObject({
      ok: true,
      command: { shard: { kind: 'auto', mode: 'block' } },
    });
    expect(problems('--scenario s --method tornado --outcome par30Last12 --shard 3/3 --out o')).toEqual([
      '--shard: the shard index must be in 0 … 2 (shards count from 0), got "3/3"',
    ]);
  });

  it('needs a scenario, a method, an outcome and an --out', () => {
    expect(problems('')).toEqual([
      '--scenario: required (a scenario JSON with uncertain parameters)',
      '--method: required (tornado or sobol)',
      '--outcome: required (one of additionalSustainedExits, povertyHeadcountEnd, par30Last12, costPerSustainedExitPKR)',
      '--out: required (the file the sensitivity JSON is written to)',
    ]);
  });

  it('names an unknown method or outcome, and lists every problem at once', () => {
    expect(problems('--scenario s --method morris --outcome exits --samples 1 --bootstrap -3 --threads 0 --seed x --out o')).toEqual([
      '--method: must be tornado or sobol, got "morris"',
      '--outcome: must be one of additionalSustainedExits, povertyHeadcountEnd, par30Last12, costPerSustainedExitPKR, got "exits"',
      '--samples: must be between 2 and 1048576, got 1',
      '--bootstrap: must be between 0 and 100000, got -3',
      '--threads: must be between 1 and 256, got 0',
      '--seed: must be a whole number, got "x"',
    ]);
  });

  it('refuses Sobol\u2019 settings on a tornado', () => {
    expect(problems('--scenario s --method tornado --outcome par30Last12 --samples 8 --bootstrap 10 --out o')).toEqual([
      '--samples: only with --method sobol',
      '--bootstrap: only with --method sobol',
    ]);
  });

  it('handles --help, and the run\u2019s usage points to it', () => {
    expect(parse('--method x --help')).toEqual({ ok: true, command: { kind: 'help' } });
    expect(SENSITIVITY_USAGE).toContain('npm run sim -- sensitivity --scenario FILE --method tornado|sobol\n                 --outcome NAME');
    expect(SENSITIVITY_USAGE).toContain('npm run sim -- sensitivity-merge PART... --out FILE');
    expect(SIM_USAGE).toContain('npm run sim -- sensitivity --help');
  });
});

describe('parseSensitivityMergeArgs', () => {
  it('takes parts and --out in any order', () => {
    expect(parseSensitivityMergeArgs(['a.json', '--out', 'm.json', 'b.json'])).toEqual({ ok: true, command: { kind: 'merge', parts: ['a.json', 'b.json'], out: 'm.json' } });
  });

  it('needs parts and an --out', () => {
    expect(parseSensitivityMergeArgs([])).toEqual({
      ok: false,
      problems: [
        'sensitivity-merge: give the partial files to merge (written by sensitivity with --shard)',
        '--out: required (the file the merged sensitivity JSON is written to)',
      ],
    });
  });
});

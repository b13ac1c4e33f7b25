// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/cli/flags';
import { parseSimArgs, SIM_USAGE } from '../../src/cli/simArgs';

const parse = (line: string) => parseSimArgs(line.split(' ').filter(Boolean), 4);
const problems = (line: string) => {
  const r = parse(line);
  return r.ok ? [] : r.problems;
};

describe('parseFlags', () => {
  it('reads --name value and --name=value, and keeps going after mistakes', () => {
    const r = parseFlags(['--a', '1', '--b=2', 'stray', '--nope', '--flag', '--a', '3', '--b'], { a: 'string', b: 'string', flag: 'boolean' });
    expect(r.values.get('a')).toBe('3');
    expect(r.values.get('b')).toBe('2');
    expect(r.values.get('flag')).toBe(true);
    expect(r.problems).toEqual([
      'unexpected argument "stray" (options start with --)',
      '--nope: unknown option',
      '--a: given more than once',
      '--b: given more than once',
      '--b: needs a value',
    ]);
  });
});

describe('parseSimArgs', () => {
  it('parses a full run command with overrides and the default thread count', () => {
    expect(parse('--scenario s.json --seed 5 --replications 10 --households 2000 --months 24 --out r.json')).toEqual({
      ok: true,
      command: { kind: 'run', scenarioFile: 's.json', out: 'r.json', threads: 4, overrides: { seed: 5, replications: 10, households: 2000, months: 24 } },
    });
    expect(parse('--scenario=s.json --out=r.json --threads=2')).toMatchObject({ ok: true, command: { threads: 2, overrides: {} } });
  });

  it('handles --help and --print-defaults', () => {
    expect(parse('--help')).toEqual({ ok: true, command: { kind: 'help' } });
    // The run flags override the scenario's `run` part (version 1 called it `simulation`).
    expect(SIM_USAGE).toContain('override scenario.run.<name>');
    expect(SIM_USAGE).not.toContain('simulation');
    expect(parse('--print-defaults')).toEqual({ ok: true, command: { kind: 'print-defaults' } });
    expect(problems('--print-defaults --out x.json')).toEqual(['--out: cannot be combined with --print-defaults']);
  });

  it('lists every problem at once', () => {
    expect(problems('--households abc --threads 0 --months 1.5 --bogus')).toEqual([
      '--bogus: unknown option',
      '--scenario: required (make one with `npm run sim -- --print-defaults > scenario.json`)',
      '--out: required (the file the result JSON is written to)',
      '--threads: must be between 1 and 256, got 0',
      '--households: must be a whole number, got "abc"',
      '--months: must be a whole number, got "1.5"',
    ]);
  });

  // Caught: `--unknown 3` also listed "unexpected argument \"3\"", a second problem for one mistake.
  it("says an unknown flag is unknown, and not its value as well; a stray argument on its own is still one", () => {
    expect(problems('--scenario s --unknown 3 --out o')).toEqual(['--unknown: unknown option']);
    expect(problems('--scenario s 3 --out o')).toEqual(['unexpected argument "3" (options start with --)']);
    // Caught: "stray" went unreported, taken for --typo's value.
    expect(problems('--scenario s --typo stray --out o')).toEqual(['--typo: unknown option', 'unexpected argument "stray" (options start with --)']);
    expect(problems('--scenario s --sed 7 --replicatons ten --out o')).toEqual(['--sed: unknown option (did you mean --seed?)', '--replicatons: unknown option (did you mean --replications?)']);
  });

  it('holds the run flags to their ranges with the other problems: one malformed flag does not hide them', () => {
    // Out of range had been found only with the scenario, never read while "--replications 2.5" was malformed.
    expect(problems('--scenario s --out o --households -5 --months 200 --replications 2.5')).toEqual([
      '--replications: must be a whole number, got "2.5"',
      '--households: must be between 500 and 1000000 households, got \u22125',
      '--months: must be between 12 and 120 months, got 200',
    ]);
  });

  it('rejects thread counts that are not positive whole numbers', () => {
    expect(problems('--scenario s --out o --threads two')).toEqual(['--threads: must be a whole number, got "two"']);
    expect(problems('--scenario s --out o --threads -1')).toEqual(['--threads: must be between 1 and 256, got -1']);
    expect(problems('--scenario s --out o --threads')).toEqual(['--threads: needs a value']);
  });

  it('reads --shard I/N with --shard-mode, and --shard auto with --shard-count', () => {
    expect(parse('--scenario s.json --shard 1/4 --out p.json')).toEqual({
      ok: true,
      command: { kind: 'run', scenarioFile: 's.json', out: 'p.json', threads: 4, overrides: {}, shard: { kind: 'fixed', index: 1, count: 4, mode: 'mod' } },
    });
    expect(parse('--scenario s.json --shard=0/2 --shard-mode block --out p.json')).toMatchObject({ ok: true, command: { shard: { kind: 'fixed', index: 0, count: 2, mode: 'block' } } });
    expect(parse('--scenario s.json --shard auto --shard-count 8 --out p.json')).toMatchObject({ ok: true, command: { shard: { kind: 'auto', count: 8, mode: 'mod' } } });
    expect(parse('--scenario s.json --out r.json')).toMatchObject({ ok: true, command: { kind: 'run' } });
    expect('shard' in (parse('--scenario s.json --out r.json') as { command: object }).command).toBe(false);
  });

  it('rejects a shard outside 0 … N − 1 and stray shard flags, with the other problems', () => {
    expect(problems('--scenario s --out o --shard 4/4 --threads 0')).toEqual([
      '--threads: must be between 1 and 256, got 0',
      '--shard: the shard index must be in 0 … 3 (shards count from 0), got "4/4"',
    ]);
    expect(problems('--scenario s --out o --shard-mode block')).toEqual(['--shard-mode: only with --shard']);
    expect(problems('--scenario s --out o --shard half')).toEqual(['--shard: must be I/N (shard I of N, counting from 0, e.g. 0/4) or auto, got "half"']);
  });
});

describe('parseSimArgs: merge', () => {
  it('takes part files and --out in any order', () => {
    expect(parse('merge a.json b.json --out r.json')).toEqual({ ok: true, command: { kind: 'merge', parts: ['a.json', 'b.json'], out: 'r.json' } });
    expect(parse('merge --out=r.json c.json')).toEqual({ ok: true, command: { kind: 'merge', parts: ['c.json'], out: 'r.json' } });
    expect(parse('merge --help')).toEqual({ ok: true, command: { kind: 'help' } });
  });

  it('needs parts and --out, and takes no run flags', () => {
    expect(problems('merge')).toEqual([
      'merge: give the partial result files to merge (written by runs with --shard)',
      '--out: required (the file the merged result JSON is written to)',
    ]);
    expect(problems('merge a.json --threads 2 --out r.json')).toEqual(['--threads: unknown option']);
  });

  it('is in the usage text, with the shard flags', () => {
    expect(SIM_USAGE).toContain('npm run sim -- merge PART... --out FILE');
    for (const flag of ['--shard I/N', '--shard auto', '--shard-mode M', '--shard-count N', 'SLURM_ARRAY_TASK_ID', 'JOB_COMPLETION_INDEX', 'SHARD_COUNT'])
      expect(SIM_USAGE).toContain(flag);
  });
});

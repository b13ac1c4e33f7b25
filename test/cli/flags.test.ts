// @vitest-environment node
// parseFlags(argv, spec): the flag parser every command shares.
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/cli/flags';

describe('parseFlags(argv, spec)', () => {
  // Caught: `--threads 1 --threads 1 --threads 2` printed "given more than once" twice.
  it('says a flag given three times was given more than once, once, and keeps the last value', () => {
    const parsed = parseFlags(['--threads', '1', '--threads', '1', '--threads=2', '--out', 'a', '--out', 'b'], { threads: 'string', out: 'string' });
    expect(parsed.problems).toEqual(['--threads: given more than once', '--out: given more than once']);
    expect(parsed.values.get('threads')).toBe('2');
  });

  // Caught: `--unknown 3` listed "unexpected argument \"3\"" as a second problem.
  it("takes an unknown flag's value with it, and still says a stray argument with no unknown flag before it is one", () => {
    const spec = { out: 'string', help: 'boolean' } as const;
    expect(parseFlags(['--unknown', '3', '--out', 'a'], spec).problems).toEqual(['--unknown: unknown option']);
    expect(parseFlags(['--unknown=3', 'stray', '--help', 'stray'], spec).problems).toEqual([
      '--unknown: unknown option',
      'unexpected argument "stray" (options start with --)',
      'unexpected argument "stray" (options start with --)',
    ]);
    expect(parseFlags(['--unknown', '--out', 'a'], spec)).toMatchObject({ problems: ['--unknown: unknown option'], values: new Map([['out', 'a']]) });
  });

  // Caught: `--typo stray` took "stray" for the unknown flag's value, so the stray argument went unreported.
  it('says a bare word after an unknown flag is unexpected, and takes a number, list, shard or file as its value', () => {
    const spec = { out: 'string', threads: 'string', help: 'boolean' } as const;
    const stray = 'unexpected argument "stray" (options start with --)';
    expect(parseFlags(['--typo', 'stray', '--out', 'a'], spec)).toMatchObject({ problems: ['--typo: unknown option', stray], values: new Map([['out', 'a']]) });
    for (const value of ['3', '-2', '0.05', '0,25,50', '0/4', 'run.json', 'runs/a', 'C:\\runs\\a'])
      expect(parseFlags(['--unknown', value, '--out', 'a'], spec).problems, value).toEqual(['--unknown: unknown option']);
  });

  it("takes a flag a typo from a known one for that one, and says which: a string flag's value is its value, a word after a boolean is not", () => {
    const spec = { method: 'string', seed: 'string', regions: 'boolean', help: 'boolean' } as const;
    expect(parseFlags(['--methd', 'sobol'], spec).problems).toEqual(['--methd: unknown option (did you mean --method?)']);
    expect(parseFlags(['--metohd', 'sobol'], spec).problems).toEqual(['--metohd: unknown option (did you mean --method?)']);
    expect(parseFlags(['--sed', 'seven'], spec).problems).toEqual(['--sed: unknown option (did you mean --seed?)']);
    expect(parseFlags(['--regoins', 'stray'], spec).problems).toEqual(['--regoins: unknown option (did you mean --regions?)', 'unexpected argument "stray" (options start with --)']);
    expect(parseFlags(['--hepl', 'a.json'], spec).problems).toEqual(['--hepl: unknown option (did you mean --help?)', 'unexpected argument "a.json" (options start with --)']);
  });

  it("leaves what follows an unknown flag to be a positional where positionals are wanted (it may be a part file)", () => {
    const parsed = parseFlags(['--unknown', 'a.json', 'b.json', '--out', 'm.json'], { out: 'string' }, { positionals: true });
    expect(parsed.problems).toEqual(['--unknown: unknown option']);
    expect(parsed.positionals).toEqual(['a.json', 'b.json']);
  });
});

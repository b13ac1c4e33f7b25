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

  it("leaves what follows an unknown flag to be a positional where positionals are wanted (it may be a part file)", () => {
    const parsed = parseFlags(['--unknown', 'a.json', 'b.json', '--out', 'm.json'], { out: 'string' }, { positionals: true });
    expect(parsed.problems).toEqual(['--unknown: unknown option']);
    expect(parsed.positionals).toEqual(['a.json', 'b.json']);
  });
});

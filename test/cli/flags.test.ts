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
});

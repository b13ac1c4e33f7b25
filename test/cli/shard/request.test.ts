// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseShardRequest, resolveShard, type Environment, type ShardRequest } from '../../../src/cli/shard/request';

function parse(raw: { shard?: string; mode?: string; count?: string }) {
  const problems: string[] = [];
  const request = parseShardRequest(raw, problems);
  return { request, problems };
}

const auto: ShardRequest = { kind: 'auto', mode: 'mod' };
const resolve = (env: Environment, request: ShardRequest = auto) => resolveShard(request, env);
const problem = (env: Environment, request: ShardRequest = auto) => {
  const r = resolveShard(request, env);
  return r.ok ? undefined : r.problem;
};

describe('parseShardRequest(flags)', () => {
  it('reads I/N, auto and the mode (mod by default)', () => {
    expect(parse({ shard: '2/5' })).toEqual({ request: { kind: 'fixed', index: 2, count: 5, mode: 'mod' }, problems: [] });
    expect(parse({ shard: '0/2', mode: 'block' }).request).toEqual({ kind: 'fixed', index: 0, count: 2, mode: 'block' });
    expect(parse({ shard: 'auto' }).request).toEqual({ kind: 'auto', mode: 'mod' });
    expect(parse({ shard: 'auto', count: '8', mode: 'block' }).request).toEqual({ kind: 'auto', count: 8, mode: 'block' });
    expect(parse({})).toEqual({ request: undefined, problems: [] });
  });

  it('rejects an index outside 0 … N − 1, a zero count and other shapes', () => {
    expect(parse({ shard: '4/4' }).problems).toEqual(['--shard: the shard index must be in 0 … 3 (shards count from 0), got "4/4"']);
    expect(parse({ shard: '0/0' }).problems).toEqual(['--shard: the shard count must be at least 1, got "0/0"']);
    for (const bad of ['1', '1/2/3', '-1/4', 'a/b', '1/4x'])
      expect(parse({ shard: bad }).problems, bad).toEqual([`--shard: must be I/N (shard I of N, counting from 0, e.g. 0/4) or auto, got ${JSON.stringify(bad)}`]);
  });

  it('rejects a bad mode or count, and the companion flags without --shard', () => {
    expect(parse({ shard: '0/2', mode: 'stripes' }).problems).toEqual(['--shard-mode: must be mod or block, got "stripes"']);
    expect(parse({ shard: 'auto', count: '0' }).problems).toEqual(['--shard-count: must be at least 1, got 0']);
    expect(parse({ shard: '0/2', count: '2' }).problems).toEqual(['--shard-count: only with --shard auto (I/N already gives the count)']);
    expect(parse({ mode: 'block', count: '3' }).problems).toEqual(['--shard-mode: only with --shard', '--shard-count: only with --shard auto']);
  });
});

describe('resolveShard(request, env)', () => {
  it('takes a fixed shard as given', () => {
    expect(resolve({}, { kind: 'fixed', index: 1, count: 3, mode: 'block' })).toMatchObject({ ok: true, spec: { index: 1, count: 3, mode: 'block' } });
  });

  it('Slurm: index = (ID − MIN) / STEP, count = SLURM_ARRAY_TASK_COUNT', () => {
    const env = { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '3', SLURM_ARRAY_TASK_STEP: '1' };
    expect(resolve(env)).toMatchObject({ ok: true, spec: { index: 2, count: 4, mode: 'mod' } });
    // --array=1-4: ids start at 1.
    expect(resolve({ ...env, SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '4' })).toMatchObject({ spec: { index: 0, count: 4 } });
    // --array=10-40:10 gives ids 10, 20, 30, 40.
    const stepped = { SLURM_ARRAY_TASK_ID: '30', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '10', SLURM_ARRAY_TASK_MAX: '40', SLURM_ARRAY_TASK_STEP: '10' };
    expect(resolve(stepped)).toMatchObject({ spec: { index: 2, count: 4 } });
    // Only ID and COUNT set (by hand): MIN 0, STEP 1.
    expect(resolve({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '5' }, { kind: 'auto', mode: 'block', count: 5 })).toMatchObject({
      spec: { index: 3, count: 5, mode: 'block' },
    });
  });

  it('Slurm: refuses an uneven id list, a missing count and a disagreeing --shard-count', () => {
    // sbatch --array=3,5,10 sets MIN 3, MAX 10, STEP 1, COUNT 3.
    const list = { SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '3', SLURM_ARRAY_TASK_MAX: '10', SLURM_ARRAY_TASK_STEP: '1' };
    expect(problem(list)).toMatch(/^--shard auto: the Slurm array's task ids are not an evenly spaced range \(task 5; min 3, max 10, step 1, 3 tasks\)/);
    expect(problem({ SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_COUNT: '4' })).toMatch(/not an evenly spaced range/);
    expect(problem({ SLURM_ARRAY_TASK_ID: '1' })).toBe('--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not (Slurm 17.11 and later set both)');
    expect(problem({ SLURM_ARRAY_TASK_ID: 'x', SLURM_ARRAY_TASK_COUNT: '4' })).toBe('--shard auto: SLURM_ARRAY_TASK_ID must be a whole number ≥ 0, got "x"');
    expect(problem({ SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '4' }, { kind: 'auto', count: 3, mode: 'mod' })).toBe(
      '--shard auto: --shard-count 3 disagrees with SLURM_ARRAY_TASK_COUNT=4',
    );
  });

  it('Kubernetes: JOB_COMPLETION_INDEX with the count from --shard-count or SHARD_COUNT', () => {
    expect(resolve({ JOB_COMPLETION_INDEX: '2' }, { kind: 'auto', count: 3, mode: 'mod' })).toMatchObject({ ok: true, spec: { index: 2, count: 3 } });
    expect(resolve({ JOB_COMPLETION_INDEX: '0', SHARD_COUNT: '6' })).toMatchObject({ ok: true, spec: { index: 0, count: 6 } });
    expect(problem({ JOB_COMPLETION_INDEX: '2' })).toBe(
      "--shard auto: JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but the shard count is not: pass --shard-count N or set SHARD_COUNT to the Job's completions",
    );
    expect(problem({ JOB_COMPLETION_INDEX: '3', SHARD_COUNT: '3' })).toBe('--shard auto: JOB_COMPLETION_INDEX=3 is outside 0 … 2 for 3 shards');
    expect(problem({ JOB_COMPLETION_INDEX: '1', SHARD_COUNT: '3' }, { kind: 'auto', count: 4, mode: 'mod' })).toBe('--shard auto: --shard-count 4 disagrees with SHARD_COUNT=3');
    expect(problem({ JOB_COMPLETION_INDEX: '1', SHARD_COUNT: 'three' })).toBe('--shard auto: SHARD_COUNT must be a whole number ≥ 0, got "three"');
  });

  it('says what is missing when no scheduler set anything, and refuses two schedulers at once', () => {
    expect(problem({ SLURM_JOB_ID: '5' })).toMatch(/^--shard auto: no shard in the environment: expected SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT .* or JOB_COMPLETION_INDEX/);
    expect(problem({ SLURM_ARRAY_TASK_ID: '', JOB_COMPLETION_INDEX: '' })).toMatch(/no shard in the environment/);
    expect(problem({ SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '2', JOB_COMPLETION_INDEX: '0', SHARD_COUNT: '2' })).toMatch(/both SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX are set/);
  });
});

/**
 * `--shard` on the command line: a fixed `I/N`, or `auto`, which takes the
 * shard from the scheduler running this process:
 *   - Slurm job arrays (`sbatch --array=…`): SLURM_ARRAY_TASK_ID and
 *     SLURM_ARRAY_TASK_COUNT. Task ids need not start at 0 or step by 1
 *     (`--array=1-8`, `--array=0-30:10`): the shard is
 *     (ID − SLURM_ARRAY_TASK_MIN) / SLURM_ARRAY_TASK_STEP. An uneven list
 *     (`--array=1,4,5`) has no such numbering and is refused.
 *   - Kubernetes Indexed Jobs: JOB_COMPLETION_INDEX, with the count (the
 *     Job's `completions`) from --shard-count or SHARD_COUNT, since
 *     Kubernetes does not put it in the pod's environment.
 * Parsing is pure; the environment is passed in so tests can fake it.
 */
import { wholeNumber } from '../flags';
import { SHARD_MODES, type ShardMode, type ShardSpec } from './spec';

export type ShardRequest =
  | { kind: 'fixed'; index: number; count: number; mode: ShardMode }
  | { kind: 'auto'; count?: number; mode: ShardMode };

export type Environment = Readonly<Record<string, string | undefined>>;

/** The flags parseShardRequest reads, for a command's flag spec. */
export const SHARD_FLAGS = { shard: 'string', 'shard-mode': 'string', 'shard-count': 'string' } as const;

/** Reads --shard, --shard-mode and --shard-count (raw flag values); problems go to `problems`. */
export function parseShardRequest(
  raw: { shard?: string; mode?: string; count?: string },
  problems: string[],
): ShardRequest | undefined {
  let mode: ShardMode = 'mod';
  if (raw.mode !== undefined) {
    if ((SHARD_MODES as readonly string[]).includes(raw.mode)) mode = raw.mode as ShardMode;
    else problems.push(`--shard-mode: must be ${SHARD_MODES.join(' or ')}, got ${JSON.stringify(raw.mode)}`);
  }
  let count: number | undefined;
  if (raw.count !== undefined) {
    count = wholeNumber('shard-count', raw.count, problems);
    if (count !== undefined && count < 1) {
      problems.push(`--shard-count: must be at least 1, got ${count}`);
      count = undefined;
    }
  }
  if (raw.shard === undefined) {
    if (raw.mode !== undefined) problems.push('--shard-mode: only with --shard');
    if (raw.count !== undefined) problems.push('--shard-count: only with --shard auto');
    return undefined;
  }
  if (raw.shard === 'auto') return count === undefined ? { kind: 'auto', mode } : { kind: 'auto', count, mode };
  if (raw.count !== undefined) problems.push('--shard-count: only with --shard auto (I/N already gives the count)');
  const m = /^(\d+)\/(\d+)$/.exec(raw.shard.trim());
  if (!m) {
    problems.push(`--shard: must be I/N (shard I of N, counting from 0, e.g. 0/4) or auto, got ${JSON.stringify(raw.shard)}`);
    return undefined;
  }
  const [index, total] = [Number(m[1]), Number(m[2])];
  if (!Number.isSafeInteger(total) || total < 1) {
    problems.push(`--shard: the shard count must be at least 1, got ${JSON.stringify(raw.shard)}`);
    return undefined;
  }
  if (index >= total) {
    problems.push(`--shard: the shard index must be in 0 … ${total - 1} (shards count from 0), got ${JSON.stringify(raw.shard)}`);
    return undefined;
  }
  return { kind: 'fixed', index, count: total, mode };
}

export type ResolvedShard = { ok: true; spec: ShardSpec; from: string } | { ok: false; problem: string };

const fail = (problem: string): ResolvedShard => ({ ok: false, problem: `--shard auto: ${problem}` });

/** Non-negative whole numbers from the environment (absent or empty: left out), or a message naming the bad one. */
function readNumbers<K extends string>(env: Environment, names: readonly K[]): { ok: true; values: Partial<Record<K, number>> } | { ok: false; problem: string } {
  const values: Partial<Record<K, number>> = {};
  for (const name of names) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) return { ok: false, problem: `${name} must be a whole number ≥ 0, got ${JSON.stringify(env[name])}` };
    values[name] = Number(raw);
  }
  return { ok: true, values };
}

const isSet = (env: Environment, name: string) => (env[name]?.trim() ?? '') !== '';

/** The shard this process runs; for `auto`, read from the scheduler's environment. */
export function resolveShard(request: ShardRequest, env: Environment): ResolvedShard {
  if (request.kind === 'fixed') return { ok: true, spec: { index: request.index, count: request.count, mode: request.mode }, from: '--shard' };
  const slurm = isSet(env, 'SLURM_ARRAY_TASK_ID');
  const kube = isSet(env, 'JOB_COMPLETION_INDEX');
  if (slurm && kube) return fail('both SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX are set, so the scheduler is ambiguous; give --shard I/N');
  if (slurm) return fromSlurm(request, env);
  if (kube) return fromKubernetes(request, env);
  return fail(
    'no shard in the environment: expected SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (a Slurm job array, sbatch --array) ' +
      'or JOB_COMPLETION_INDEX with --shard-count N or SHARD_COUNT (a Kubernetes Indexed Job); or give --shard I/N',
  );
}

const SLURM_VARIABLES = ['SLURM_ARRAY_TASK_ID', 'SLURM_ARRAY_TASK_COUNT', 'SLURM_ARRAY_TASK_MIN', 'SLURM_ARRAY_TASK_STEP', 'SLURM_ARRAY_TASK_MAX'] as const;

function fromSlurm(request: Extract<ShardRequest, { kind: 'auto' }>, env: Environment): ResolvedShard {
  const read = readNumbers(env, SLURM_VARIABLES);
  if (!read.ok) return fail(read.problem);
  const { SLURM_ARRAY_TASK_ID: id = 0, SLURM_ARRAY_TASK_COUNT: count, SLURM_ARRAY_TASK_MIN: min = 0, SLURM_ARRAY_TASK_STEP: step = 1, SLURM_ARRAY_TASK_MAX: max } = read.values;
  if (count === undefined) return fail('SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not (Slurm 17.11 and later set both)');
  if (count < 1) return fail(`SLURM_ARRAY_TASK_COUNT must be at least 1, got ${count}`);
  if (step < 1) return fail(`SLURM_ARRAY_TASK_STEP must be at least 1, got ${step}`);
  const offset = id - min;
  const evenRange = max === undefined || max - min === (count - 1) * step;
  if (offset < 0 || offset % step !== 0 || offset / step >= count || !evenRange) {
    return fail(
      `the Slurm array's task ids are not an evenly spaced range (task ${id}; min ${min}, max ${max ?? 'unset'}, step ${step}, ${count} tasks); ` +
        'submit with --array=FIRST-LAST or FIRST-LAST:STEP (e.g. --array=0-3), or give --shard I/N',
    );
  }
  if (request.count !== undefined && request.count !== count) return fail(`--shard-count ${request.count} disagrees with SLURM_ARRAY_TASK_COUNT=${count}`);
  return { ok: true, spec: { index: offset / step, count, mode: request.mode }, from: `Slurm array task ${id} (ids from ${min} by ${step}, ${count} tasks)` };
}

function fromKubernetes(request: Extract<ShardRequest, { kind: 'auto' }>, env: Environment): ResolvedShard {
  const read = readNumbers(env, ['JOB_COMPLETION_INDEX', 'SHARD_COUNT'] as const);
  if (!read.ok) return fail(read.problem);
  const { JOB_COMPLETION_INDEX: index = 0, SHARD_COUNT: fromEnv } = read.values;
  if (request.count !== undefined && fromEnv !== undefined && request.count !== fromEnv)
    return fail(`--shard-count ${request.count} disagrees with SHARD_COUNT=${fromEnv}`);
  const count = request.count ?? fromEnv;
  if (count === undefined)
    return fail("JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but the shard count is not: pass --shard-count N or set SHARD_COUNT to the Job's completions");
  if (count < 1) return fail(`SHARD_COUNT must be at least 1, got ${count}`);
  if (index >= count) return fail(`JOB_COMPLETION_INDEX=${index} is outside 0 … ${count - 1} for ${count} shards`);
  return { ok: true, spec: { index, count, mode: request.mode }, from: `Kubernetes completion index ${index} of ${count}` };
}

/**
 * Which replications a shard runs. A run of R replications split into N
 * shards gives shard I (0 ≤ I < N) either
 *   - mod:   the replications r with r ≡ I (mod N) — every shard sees early and
 *            late indices alike, so shards take about the same time; or
 *   - block: one contiguous range, the first R mod N shards one longer than
 *            the rest — handy when parts are read or re-run by range.
 * With N > R some shards are empty; they still write a (valid, empty) part so
 * a scheduler's array never has a missing file to explain.
 */

export const SHARD_MODES = ['mod', 'block'] as const;
export type ShardMode = (typeof SHARD_MODES)[number];

export interface ShardSpec {
  /** This shard, 0 … count − 1. */
  index: number;
  /** How many shards the run is split into (≥ 1). */
  count: number;
  mode: ShardMode;
}

/** Replication indices shard `spec` runs out of `replications`, ascending. */
export function shardIndices(spec: ShardSpec, replications: number): number[] {
  const { index, count, mode } = spec;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`shard count must be a whole number ≥ 1, got ${count}`);
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`shard index must be in 0 … ${count - 1}, got ${index}`);
  if (mode === 'mod') {
    const out: number[] = [];
    for (let r = index; r < replications; r += count) out.push(r);
    return out;
  }
  const size = Math.floor(replications / count);
  const longer = replications % count;
  const start = index * size + Math.min(index, longer);
  return Array.from({ length: size + (index < longer ? 1 : 0) }, (_, k) => start + k);
}

export const formatShard = (spec: ShardSpec): string => `${spec.index}/${spec.count} (${spec.mode})`;

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shardIndices, type ShardMode } from '../../../src/cli/shard/spec';

const all = (replications: number, count: number, mode: ShardMode) =>
  Array.from({ length: count }, (_, index) => shardIndices({ index, count, mode }, replications));

describe('shardIndices(spec, replications)', () => {
  it('mod: shard I takes the replications r ≡ I (mod N)', () => {
    expect(all(10, 3, 'mod')).toEqual([[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]]);
    expect(all(4, 1, 'mod')).toEqual([[0, 1, 2, 3]]);
  });

  it('block: contiguous ranges, the first R mod N shards one longer', () => {
    expect(all(10, 3, 'block')).toEqual([[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    expect(all(6, 2, 'block')).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  it('with more shards than replications, the extra shards are empty', () => {
    expect(all(3, 5, 'mod')).toEqual([[0], [1], [2], [], []]);
    expect(all(3, 5, 'block')).toEqual([[0], [1], [2], [], []]);
  });

  it('every replication falls in exactly one shard, for every R and N up to 40', () => {
    for (const mode of ['mod', 'block'] as const) {
      for (let replications = 1; replications <= 40; replications++) {
        for (let count = 1; count <= 40; count++) {
          const flat = all(replications, count, mode).flat().sort((a, b) => a - b);
          expect(flat, `${mode} R=${replications} N=${count}`).toEqual(Array.from({ length: replications }, (_, r) => r));
        }
      }
    }
  });

  it('rejects a shard index outside 0 … N − 1 and a count below 1', () => {
    expect(() => shardIndices({ index: 3, count: 3, mode: 'mod' }, 10)).toThrow('shard index must be in 0 … 2, got 3');
    expect(() => shardIndices({ index: -1, count: 3, mode: 'block' }, 10)).toThrow('shard index must be in 0 … 2, got -1');
    expect(() => shardIndices({ index: 0, count: 0, mode: 'mod' }, 10)).toThrow('shard count must be a whole number ≥ 1, got 0');
    expect(() => shardIndices({ index: 0.5, count: 2, mode: 'mod' }, 10)).toThrow('shard index');
  });
});

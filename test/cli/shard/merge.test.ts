// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_VERSION, type Accumulator } from '../../../src/engine/index';
import { InThreadRunner } from '../../../src/run/inThread';
import { mergeParts } from '../../../src/cli/shard/merge';
import { decodePartial, encodeData, encodePartial, runPartialText, type Part } from '../../../src/cli/shard/partialFile';
import { shardIndices, type ShardMode } from '../../../src/cli/shard/spec';
import { resultText } from '../../../src/cli/resultFile';
import { problemsHeading } from '../../../src/cli/problems';
import { allParts, part, scenario } from './parts';

const refusal = (parts: Part[], engineVersion?: string) => {
  const merged = mergeParts(parts, engineVersion);
  return merged.ok ? ['merged'] : merged.problems;
};

describe('mergeParts(parts) of a real run', () => {
  // 2,000 households × 12 months × 6 replications, run in this thread.
  const sc = scenario();
  let whole: string;
  beforeAll(async () => {
    whole = resultText(await new InThreadRunner().run(sc));
  });

  /** Each shard run on its own, written and read back as text, handed to merge in reverse order. */
  async function shardedResult(count: number, mode: ShardMode): Promise<{ text: string; acc: Accumulator }> {
    const parts: Part[] = [];
    for (let index = 0; index < count; index++) {
      const spec = { index, count, mode };
      const acc = await new InThreadRunner().run(sc, { indices: shardIndices(spec, sc.run.replications) });
      const read = decodePartial(runPartialText(encodePartial(acc, spec)), `part-${index}.json`);
      if (!read.ok) throw new Error(read.problem);
      parts.unshift(read.part);
    }
    const merged = mergeParts(parts);
    if (!merged.ok) throw new Error(merged.problems.join('\n'));
    return { text: resultText(merged.acc), acc: merged.acc };
  }

  it('3 shards (mod) merge to the unsharded result file, byte for byte', async () => {
    const { text, acc } = await shardedResult(3, 'mod');
    expect(acc.count).toBe(6);
    expect(text).toBe(whole);
  });

  it('2 shards (block) and 8 shards (block, two of them empty) give the same bytes', async () => {
    expect((await shardedResult(2, 'block')).text).toBe(whole);
    expect((await shardedResult(8, 'block')).text).toBe(whole);
  });
});

describe('mergeParts(parts) refuses parts that do not belong together', () => {
  const sc = scenario();

  it('accepts a complete set in any order, with shards split different ways', () => {
    // 0–2, then 3, then 4–5: e.g. a failed second half re-run as three shards.
    const parts = [part('a.json', sc, { index: 2, count: 3, mode: 'block' }), part('b.json', sc, { index: 3, count: 4, mode: 'mod' }), part('c.json', sc, { index: 0, count: 2, mode: 'block' })];
    const merged = mergeParts(parts);
    expect(merged.ok && merged.acc.indices()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('different engine versions between parts', () => {
    const [a, b] = allParts(sc, 2);
    const older = part('old.json', sc, { index: 1, count: 2, mode: 'mod' }, (doc) => (doc.header.engineVersion = '1.9.0'));
    expect(refusal([a!, older])).toEqual([`parts come from different engine versions: ${ENGINE_VERSION} in part-0.json; 1.9.0 in old.json`]);
    expect(refusal([a!, b!])).toEqual(['merged']);
  });

  it('parts from another engine version than this sim', () => {
    expect(refusal(allParts(sc, 2), '9.9.9')).toEqual([
      `part-0.json and part-1.json were computed by engine ${ENGINE_VERSION}, but this sim is engine 9.9.9; merge with the sim that ran them`,
    ]);
  });

  it('different seeds', () => {
    const parts = [part('a.json', sc, { index: 0, count: 2, mode: 'mod' }), part('b.json', scenario({ seed: 8 }), { index: 1, count: 2, mode: 'mod' })];
    expect(refusal(parts)).toEqual(['parts have different seeds: 7 in a.json; 8 in b.json']);
  });

  it('different replication totals', () => {
    const parts = [part('a.json', scenario({ replications: 4 }), { index: 0, count: 2, mode: 'mod' }), part('b.json', sc, { index: 1, count: 2, mode: 'mod' })];
    expect(refusal(parts)).toEqual(['parts are from runs with different replication totals: 4 in a.json; 6 in b.json']);
  });

  it('different scenarios, naming the settings that differ', () => {
    const other = scenario({ households: 3000 });
    const parts = [part('a.json', sc, { index: 0, count: 2, mode: 'mod' }), part('b.json', other, { index: 1, count: 2, mode: 'mod' })];
    const [message] = refusal(parts);
    expect(message).toMatch(/^parts are for different scenarios: sha256:[0-9a-f]{12}… in a\.json; sha256:[0-9a-f]{12}… in b\.json \(they differ at run\.households\)$/);
  });

  it('a renamed scenario still merges, taking the name from the part holding replication 0', () => {
    const parts = [part('b.json', scenario({}, 'renamed'), { index: 1, count: 2, mode: 'mod' }), part('a.json', sc, { index: 0, count: 2, mode: 'mod' })];
    const merged = mergeParts(parts);
    if (!merged.ok) throw new Error(merged.problems.join('\n'));
    expect(merged.acc.scenario.name).toBe('merge test');
    expect(merged.notes).toEqual(['the parts name or order the scenario differently; the result uses the scenario in a.json (the part holding replication 0)']);
  });

  it('missing replications, naming the shards with no part', () => {
    const [a, , c] = allParts(sc, 3);
    expect(refusal([a!, c!])).toEqual(['missing 2 of 6 replications: 1, 4 (no part for shard 1 of 3, mod)']);
    // Abbreviated when many are missing.
    const big = scenario({ replications: 100 });
    const only = part('only.json', big, { index: 0, count: 4, mode: 'mod' });
    expect(refusal([only])).toEqual(['missing 75 of 100 replications: 1–3, 5–7, 9–11, 13–15, 17–19, 21–23, 25–27, 29–31, 33–35, 37–39, …, 93–95, 97–99 (no part for shards 1–3 of 4, mod)']);
  });

  it('duplicate replications, saying which and in which files', () => {
    const parts = [...allParts(sc, 2, 'block'), part('again.json', sc, { index: 0, count: 3, mode: 'mod' })];
    expect(refusal(parts)).toEqual(['1 replication in both part-0.json and again.json: 0', '1 replication in both part-1.json and again.json: 3']);
    const many = [...allParts(sc, 1), part('again.json', sc, { index: 0, count: 2, mode: 'block' })];
    expect(refusal(many)).toEqual(['3 replications in both part-0.json and again.json: 0–2']);
    const [a] = allParts(sc, 2);
    expect(refusal([a!, a!])).toEqual(['part-0.json is given more than once']);
  });

  // Caught: "and replications in both of 3 more pairs of files" was counted as one problem: "sim merge: refused: 6
  // problems:" over 8 pairs of files.
  it('more than five pairs of files with replications in both: five listed, the rest counted by the heading', () => {
    const eight = scenario({ replications: 8 });
    const parts = [...allParts(eight, 8), part('all.json', eight, { index: 0, count: 1, mode: 'mod' })];
    const problems = refusal(parts);
    expect(problems).toHaveLength(6);
    expect(problems[5]).toBe('… and 3 more pairs of files with replications in both');
    expect(problemsHeading('sim merge: refused', problems)).toBe('sim merge: refused: 8 problems:');
  });

  it('a data length that does not fit this engine', () => {
    // Consistent within each file (so it reads fine), but two values short for a 12-month run.
    const short = (file: string, index: number) =>
      part(file, sc, { index, count: 2, mode: 'mod' }, (doc) => {
        const n = doc.header.valuesPerReplication - 2;
        const { data, dataSha256 } = encodeData(doc.header.indices.map((r) => [r, new Float64Array(n).fill(r)] as const));
        doc.data = data;
        doc.header.valuesPerReplication = n;
        doc.header.dataSha256 = dataSha256;
      });
    const [message] = refusal([short('a.json', 0), short('b.json', 1)]);
    expect(message).toMatch(/^wrong data length: a\.json holds \d+ values per replication, but a 12-month run of engine .* has \d+$/);
  });
});

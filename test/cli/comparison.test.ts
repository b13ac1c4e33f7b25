// @vitest-environment node
/**
 * Sharded comparisons: the parts `sim compare --shard` writes, read back and
 * merged by `sim compare-merge`, give the unsharded comparison byte for byte;
 * parts that do not belong together, or damaged ones, are refused by name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Accumulator, ENGINE_VERSION, replicationSize, type Scenario } from '../../src/engine/index';
import { InThreadRunner } from '../../src/run/inThread';
import { runComparison } from '../../src/run/prepare';
import { comparisonDocument, comparisonPartialText, decodeComparisonPartial, type ComparisonPart, type ProgrammeOnly } from '../../src/cli/comparison/partial';
import { mergeComparisonParts } from '../../src/cli/comparison/merge';
import { decodePartial } from '../../src/cli/shard/partialFile';
import { shardIndices, type ShardMode, type ShardSpec } from '../../src/cli/shard/spec';
import { madeUp, partText, scenario } from './shard/parts';

const withBudget = (s: Scenario, bn: number, name: string, run: Partial<Scenario['run']> = {}): Scenario =>
  ({ ...s, name, policy: { ...s.policy, budget: { ...s.policy.budget, annualBn: [bn] } }, run: { ...s.run, ...run } });

const json = (doc: object) => `${JSON.stringify(doc, null, 2)}\n`;

/** A part's text read back as `compare-merge` reads it. */
function read(text: string, file: string): ComparisonPart {
  const r = decodeComparisonPartial(text, file);
  if (!r.ok) throw new Error(r.problem);
  return r.part;
}

describe('compare --shard and compare-merge on a real comparison', () => {
  // Rs 80 bn on 3 replications, the status quo on 5 (the same world), and Rs 80 bn on another seed (another world, 2).
  const base = scenario({ replications: 3 }, 'Rs 80 bn');
  const scenarios = [base, withBudget(base, 0, 'status quo', { replications: 5 }), withBudget(base, 80, 'seed 8', { seed: 8, replications: 2 })];
  const submit = (runner: InThreadRunner) => (job: Parameters<InThreadRunner['submit']>[0]) => runner.submit(job);
  let whole: string;
  beforeAll(async () => {
    whole = json(comparisonDocument(await runComparison(submit(new InThreadRunner()), scenarios), null));
  });

  async function merged(count: number, mode: ShardMode): Promise<string> {
    const parts: ComparisonPart[] = [];
    for (let index = 0; index < count; index++) {
      const spec: ShardSpec = { index, count, mode };
      const accs = await runComparison(submit(new InThreadRunner()), scenarios, { indices: shardIndices(spec, 5) });
      parts.unshift(read(comparisonPartialText(accs, null, spec), `part-${index}.json`));
    }
    const m = mergeComparisonParts(parts);
    if (!m.ok) throw new Error(m.problems.join('\n'));
    expect(m.notes).toEqual([]);
    return json(m.document);
  }

  it('3 shards (mod) merge to the unsharded comparison, byte for byte', async () => {
    expect(await merged(3, 'mod')).toBe(whole);
  });

  it('2 shards (block) and 7 (block, two of them empty) give the same bytes', async () => {
    expect(await merged(2, 'block')).toBe(whole);
    expect(await merged(7, 'block')).toBe(whole);
  });

  it('takes the names from the part holding replication 0, and says the parts named them differently', async () => {
    const parts = await Promise.all([0, 1].map(async (index) => {
      const spec: ShardSpec = { index, count: 2, mode: 'mod' };
      return read(comparisonPartialText(await runComparison(submit(new InThreadRunner()), scenarios, { indices: shardIndices(spec, 5) }), null, spec), `p${index}.json`);
    }));
    parts[1]!.scenarios[1]!.name = 'renamed';
    const m = mergeComparisonParts([parts[1]!, parts[0]!]);
    if (!m.ok) throw new Error(m.problems.join('\n'));
    expect(json(m.document)).toBe(whole);
    expect(m.notes).toEqual(['the parts name or order the scenarios differently; the comparison uses the scenarios in p0.json (the part holding replication 0)']);
  });
});

describe('compare-merge refuses parts that do not belong together', () => {
  // Made-up values: merge reads their bytes and never builds a comparison before refusing.
  const a = scenario({ replications: 3 }, 'A');
  const b = withBudget(a, 0, 'B', { replications: 5 });
  function madeUpPart(scs: Scenario[], spec: ShardSpec, programmeOnly: ProgrammeOnly[] | null = null, edit?: (doc: Record<string, unknown>) => void): string {
    const span = Math.max(...scs.map((s) => s.run.replications));
    const accs = scs.map((s) => {
      const acc = new Accumulator(s);
      for (const r of shardIndices(spec, span)) if (r < s.run.replications) acc.add(r, madeUp(r, replicationSize(s.run.months)));
      return acc;
    });
    const text = comparisonPartialText(accs, programmeOnly, spec);
    if (!edit) return text;
    const doc = JSON.parse(text) as Record<string, unknown>;
    edit(doc);
    return JSON.stringify(doc);
  }
  const part = (file: string, scs: Scenario[], spec: ShardSpec, programmeOnly: ProgrammeOnly[] | null = null) => read(madeUpPart(scs, spec, programmeOnly), file);
  const refusal = (parts: ComparisonPart[], engineVersion?: string) => {
    const m = mergeComparisonParts(parts, engineVersion);
    return m.ok ? ['merged'] : m.problems;
  };
  const mod = (index: number, count = 2): ShardSpec => ({ index, count, mode: 'mod' });

  it('a missing shard, a shard given twice, and the same file twice', () => {
    // Caught: it did not say which shards' parts were missing, as a run's merge does.
    expect(refusal([part('p0.json', [a, b], mod(0, 3))])).toEqual(["missing 3 of the comparison's 5 replications: 1, 2, 4 (no part for shards 1, 2 of 3, mod)"]);
    // Parts of two splits: no shard to name.
    expect(refusal([part('p0.json', [a, b], mod(0, 3)), part('b2.json', [a, b], { index: 2, count: 3, mode: 'block' })])).toEqual([
      "missing 2 of the comparison's 5 replications: 1, 2",
    ]);
    expect(refusal([part('p0.json', [a, b], mod(0)), part('p1.json', [a, b], mod(1)), part('again.json', [a, b], mod(1))])).toEqual([
      'replication 1 is in both p1.json and again.json',
      'replication 3 is in both p1.json and again.json',
    ]);
    const p = part('p0.json', [a, b], mod(0));
    expect(refusal([p, part('p1.json', [a, b], mod(1)), p])).toEqual(['p0.json is given more than once']);
  });

  it('other scenarios, another order, other programmes alone, another engine: each said with the files', () => {
    const other = withBudget(b, 120, 'B');
    expect(refusal([part('p0.json', [a, b], mod(0)), part('p1.json', [a, other], mod(1))])).toEqual([
      'parts are for different scenarios (scenario 1 at policy.budget.annualBn[0]): p0.json; p1.json',
    ]);
    // Caught: said "different scenarios" and listed every setting of both as a difference.
    expect(refusal([part('p0.json', [a, b], mod(0)), part('p1.json', [b, a], mod(1))])).toEqual([
      'parts hold the same scenarios in a different order (compare was given its --scenario files in another order): p0.json; p1.json',
    ]);
    expect(refusal([part('p0.json', [a, b], mod(0)), part('p1.json', [b, other], mod(1))])[0]).toMatch(/^parts are for different scenarios \(scenario 0 at .*; scenario 1 at .*\): p0\.json; p1\.json$/);
    const alone: ProgrammeOnly[] = [{ of: 0, programme: 'cash', index: 1 }];
    expect(refusal([part('p0.json', [a, b], mod(0), alone), part('p1.json', [a, b], mod(1))])).toEqual([
      'parts differ in the programmes run alone (--by-programme): p0.json; p1.json',
    ]);
    expect(refusal([part('p0.json', [a, b], mod(0)), part('p1.json', [a, b], mod(1))], '9.9.9')[0]).toMatch(/^p0\.json and p1\.json were computed by engine .*, but this sim is engine 9\.9\.9; merge with the sim that ran them$/);
  });

  // Caught: only the part holding replication 0 was checked, and another part's shorter replications made the
  // accumulator throw ("replication 1: expected … values"), a crash instead of a refusal naming the file.
  it('a part whose replications are of another length than this engine writes, whichever part it is', () => {
    const shorter = (p: ComparisonPart) => {
      p.header.valuesPerReplication = p.header.valuesPerReplication.map((n) => n - 1);
      p.replications = p.replications.map(([k, r, values]) => [k, r, values.subarray(1)]);
      return p;
    };
    const size = replicationSize(a.run.months);
    const said = (file: string) => `wrong data length: ${file} holds ${size - 1} values per replication of scenario 0, but a ${a.run.months}-month run of engine ${ENGINE_VERSION} has ${size}`;
    expect(refusal([part('p0.json', [a, b], mod(0)), shorter(part('p1.json', [a, b], mod(1)))])).toEqual([said('p1.json')]);
    expect(refusal([shorter(part('p1.json', [a, b], mod(1))), shorter(part('p0.json', [a, b], mod(0)))])).toEqual([said('p1.json'), said('p0.json')]);
  });

  it('a damaged part: cut short, edited data, an edited scenario, a header that does not fit its data', () => {
    const text = madeUpPart([a, b], mod(0));
    const problem = (t: string) => {
      const r = decodeComparisonPartial(t, 'p.json');
      return r.ok ? 'read' : r.problem;
    };
    expect(problem(text.slice(0, -40))).toMatch(/^p\.json: not valid JSON, so truncated or corrupt/);
    expect(problem(madeUpPart([a, b], mod(0), null, (d) => {
      const data = d.data as string[];
      data[1] = data[2]!;
    }))).toBe('p.json: corrupt: the data does not match header.dataSha256');
    expect(problem(madeUpPart([a, b], mod(0), null, (d) => {
      ((d.scenarios as Scenario[])[1]!.policy.budget.annualBn as number[])[0] = 99;
    }))).toBe('p.json: corrupt: scenario 1 does not match header.scenarioHashes[1]');
    expect(problem(madeUpPart([a, b], mod(0), null, (d) => {
      (d.header as { indices: number[] }).indices = [0, 2];
    }))).toBe('p.json: corrupt: header.indices are not the replications of shard 0/2 (mod)');
    expect(problem(madeUpPart([a, b], mod(0), null, (d) => {
      delete d.programmeOnly;
    }))).toBe('p.json: corrupt: programmeOnly must be null or a list of { of, programme, index } naming its scenarios');
    expect(problem(madeUpPart([a, b], mod(0), null, (d) => {
      (d.data as string[]).pop();
    }))).toBe("p.json: corrupt: the header's replications make 5 data entries, but there are 4");
  });

  it('another kind of file: a whole comparison, a run\'s part; and a run\'s merge says what a comparison part is', () => {
    const problem = (t: string) => {
      const r = decodeComparisonPartial(t, 'x.json');
      return r.ok ? 'read' : r.problem;
    };
    expect(problem(JSON.stringify({ format: 'poverty-sim-comparison', scenarios: [] }))).toBe(
      'x.json: not a partial comparison file: no header with format "poverty-sim-comparison-partial" (it is a whole comparison; compare-merge reads the parts written with --shard)',
    );
    expect(problem(partText(a, mod(0)))).toMatch(/\(it is a part of a run; merge it with `npm run sim -- merge`\)$/);
    const asRun = decodePartial(madeUpPart([a, b], mod(0)), 'c.json');
    expect(asRun.ok ? 'read' : asRun.problem).toMatch(/\(it is a part of a comparison; merge it with `npm run sim -- compare-merge`\)$/);
  });
});

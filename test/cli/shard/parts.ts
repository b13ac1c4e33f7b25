/**
 * Parts for merge tests without running the engine: an accumulator filled
 * with made-up values (merge never looks at them, only at their bytes), and
 * a part read back through the file's text as `sim merge` would read it.
 */
import { Accumulator, defaultScenario, replicationSize, validateScenario, type Scenario } from '../../../src/engine/index';
import { decodePartial, encodePartial, runPartialText, type Part, type PartialDocument } from '../../../src/cli/shard/partialFile';
import { shardIndices, type ShardSpec } from '../../../src/cli/shard/spec';

export function scenario(run: Partial<Scenario['run']> = {}, name = 'merge test'): Scenario {
  const s = defaultScenario(name);
  Object.assign(s.run, { households: 2000, months: 12, replications: 6, seed: 7 }, run);
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return v.scenario;
}

/** Replication r's made-up values: r, then a few that JSON cannot carry. */
export function madeUp(r: number, length: number): Float64Array {
  const values = Float64Array.from({ length }, (_, k) => r * 1000 + k / 7);
  values.set([NaN, -0, Infinity, -Infinity, Number.MIN_VALUE], 1);
  return values;
}

export function shardAccumulator(sc: Scenario, spec: ShardSpec): Accumulator {
  const acc = new Accumulator(sc);
  for (const r of shardIndices(spec, sc.run.replications)) acc.add(r, madeUp(r, replicationSize(sc.run.months)));
  return acc;
}

/** The text a shard writes; `edit` may change the document first (to damage it). */
export function partText(sc: Scenario, spec: ShardSpec, edit?: (doc: PartialDocument) => void): string {
  const doc = encodePartial(shardAccumulator(sc, spec), spec);
  edit?.(doc);
  return runPartialText(doc);
}

export function part(file: string, sc: Scenario, spec: ShardSpec, edit?: (doc: PartialDocument) => void): Part {
  const read = decodePartial(partText(sc, spec, edit), file);
  if (!read.ok) throw new Error(read.problem);
  return read.part;
}

/** Shards 0 … count − 1 of `sc`, as files part-I.json. */
export const allParts = (sc: Scenario, count: number, mode: ShardSpec['mode'] = 'mod'): Part[] =>
  Array.from({ length: count }, (_, index) => part(`part-${index}.json`, sc, { index, count, mode }));

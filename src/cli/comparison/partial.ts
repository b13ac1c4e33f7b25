/**
 * Partial comparison files: what one shard of `sim compare --shard` writes
 * and `sim compare-merge` reads. A comparison's scenarios may want different
 * replication counts; a shard splits the comparison's replication indices
 * 0 … R − 1 (R the largest count) as a run's shard splits a run's, and each
 * scenario runs those of its indices below its own count, so replication r
 * of every scenario on a world is computed in the same shard, on the same
 * population. One JSON document:
 *
 *   {
 *     "header": {
 *       "format": "poverty-sim-comparison-partial", "formatVersion": 1,
 *       "engineVersion": "…",
 *       "scenarioHashes": ["sha256:…", …],  // each scenario's (../shard/scenarioHash.ts), in order
 *       "replications": [100, 100, …],      // each scenario's count
 *       "shard": { "index": 1, "count": 4, "mode": "mod" },
 *       "indices": [1, 5, 9, …],            // the comparison's replications held, ascending
 *       "valuesPerReplication": [2786, …],  // each scenario's
 *       "encoding": "float64le-base64",
 *       "dataSha256": "…"
 *     },
 *     "scenarios": [{ … }, …],              // as validated (with --by-programme, the programmes alone too)
 *     "programmeOnly": [{ "of": 0, "programme": "cash", "index": 2 }, …] or null,
 *     "data": ["<base64>", …]               // for each index r, each scenario that runs r, in order
 *   }
 *
 * Raw bytes as in a run's partial files (../shard/partialFile.ts), so that
 * the merged comparison is the unsharded one byte for byte. Reading checks a
 * file against itself only; merge.ts decides whether parts belong together.
 */
import { createHash } from 'node:crypto';
import { ENGINE_VERSION, buildComparison, replicationSize, type Accumulator, type Scenario } from '../../engine/index';
import { readTextFile } from '../textFile';
import { BASE64, DATA_ENCODING, HEX64, encodeData, isCount, isObject, openPartial, partialText, writeAtomically, type PartialKind } from '../shard/partialFile';
import { scenarioHash } from '../shard/scenarioHash';
import { SHARD_MODES, formatShard, shardIndices, type ShardSpec } from '../shard/spec';

export const COMPARISON_PARTIAL_FORMAT = 'poverty-sim-comparison-partial';
export const COMPARISON_PARTIAL_VERSION = 1;

/** With --by-programme: scenario `index` is programme `programme` of given scenario `of` alone. */
export interface ProgrammeOnly {
  of: number;
  programme: string;
  index: number;
}

export interface ComparisonPartialHeader {
  format: typeof COMPARISON_PARTIAL_FORMAT;
  formatVersion: number;
  engineVersion: string;
  scenarioHashes: string[];
  replications: number[];
  shard: ShardSpec;
  indices: number[];
  valuesPerReplication: number[];
  encoding: typeof DATA_ENCODING;
  dataSha256: string;
}

export interface ComparisonPart {
  file: string;
  header: ComparisonPartialHeader;
  /** As stored (merge validates them). */
  scenarios: Record<string, unknown>[];
  programmeOnly: ProgrammeOnly[] | null;
  /** [scenario, replication, values] for every replication held, in the data's order. */
  replications: [number, number, Float64Array][];
}

/** The comparison's replication indices 0 … R − 1, R the largest of its scenarios' counts. */
export const comparisonSpan = (replications: readonly number[]): number => Math.max(0, ...replications);

/** What `sim compare` writes, sharded or merged: the comparison of `accs`, and which scenarios are programmes alone. */
export function comparisonDocument(accs: readonly Accumulator[], programmeOnly: readonly ProgrammeOnly[] | null): object {
  return programmeOnly ? { ...buildComparison(accs), programmeOnly } : buildComparison(accs);
}

/** The order of a part's data: for each index held, each scenario that runs it. */
function dataOrder(indices: readonly number[], replications: readonly number[]): [number, number][] {
  const order: [number, number][] = [];
  for (const r of indices) replications.forEach((count, k) => r < count && order.push([k, r]));
  return order;
}

/** The part for `shard` of the comparison whose accumulators (one per scenario, each holding the shard's replications) are `accs`. */
export function comparisonPartialText(accs: readonly Accumulator[], programmeOnly: readonly ProgrammeOnly[] | null, shard: ShardSpec): string {
  const scenarios = accs.map((a) => a.scenario);
  const replications = scenarios.map((s) => s.run.replications);
  const indices = shardIndices(shard, comparisonSpan(replications));
  const held = accs.map((a) => new Map(a.entries()));
  const entries = dataOrder(indices, replications).map(([k, r]) => {
    const values = held[k]!.get(r);
    if (!values) throw new Error(`scenario ${k} does not hold replication ${r} of shard ${formatShard(shard)}`);
    return [r, values] as const;
  });
  const { data, dataSha256 } = encodeData(entries);
  const header: ComparisonPartialHeader = {
    format: COMPARISON_PARTIAL_FORMAT,
    formatVersion: COMPARISON_PARTIAL_VERSION,
    engineVersion: ENGINE_VERSION,
    scenarioHashes: scenarios.map(scenarioHash),
    replications,
    shard: { index: shard.index, count: shard.count, mode: shard.mode },
    indices,
    valuesPerReplication: scenarios.map((s) => replicationSize(s.run.months)),
    encoding: DATA_ENCODING,
    dataSha256,
  };
  return partialText(header, [['scenarios', scenarios satisfies Scenario[]], ['programmeOnly', programmeOnly]], data);
}

export const writeComparisonPartial = (file: string, text: string): void => writeAtomically(file, text);

export type ComparisonPartRead = { ok: true; part: ComparisonPart } | { ok: false; problem: string };

export function readComparisonPart(file: string): ComparisonPartRead {
  const read = readTextFile(file);
  return read.ok ? decodeComparisonPartial(read.text, file) : { ok: false, problem: `${file}: cannot read: ${read.why}` };
}

const isHash = (v: unknown): boolean => typeof v === 'string' && /^sha256:[0-9a-f]{64}$/.test(v);

function headerProblem(h: Record<string, unknown>): string | undefined {
  if (typeof h.engineVersion !== 'string' || h.engineVersion === '') return 'engineVersion must be a string';
  if (!Array.isArray(h.scenarioHashes) || h.scenarioHashes.length < 2 || !h.scenarioHashes.every(isHash))
    return 'scenarioHashes must list at least two "sha256:" and 64 hex digits';
  const n = h.scenarioHashes.length;
  if (!Array.isArray(h.replications) || h.replications.length !== n || !h.replications.every((r) => isCount(r) && r >= 1))
    return 'replications must give each scenario\'s count (whole numbers ≥ 1)';
  if (!Array.isArray(h.valuesPerReplication) || h.valuesPerReplication.length !== n || !h.valuesPerReplication.every(isCount))
    return 'valuesPerReplication must give each scenario\'s (whole numbers)';
  const s = h.shard;
  if (!isObject(s) || !isCount(s.count) || s.count < 1 || !isCount(s.index) || s.index >= s.count || !(SHARD_MODES as readonly unknown[]).includes(s.mode))
    return `shard must be { index, count, mode } with 0 ≤ index < count and mode ${SHARD_MODES.join(' or ')}`;
  if (!Array.isArray(h.indices) || !h.indices.every(isCount)) return 'indices must be a list of replication indices';
  if (h.encoding !== DATA_ENCODING) return `encoding must be "${DATA_ENCODING}"`;
  if (typeof h.dataSha256 !== 'string' || !HEX64.test(h.dataSha256)) return 'dataSha256 must be 64 hex digits';
  return undefined;
}

function programmeOnlyProblem(list: unknown, scenarios: number): string | undefined {
  if (list === null) return undefined;
  // Absent (undefined) is corrupt too: every part says, with null, that it has no programmes alone.
  const entry = (e: unknown) => isObject(e) && isCount(e.of) && e.of < scenarios && typeof e.programme === 'string' && isCount(e.index) && e.index < scenarios;
  return Array.isArray(list) && list.every(entry) ? undefined : 'programmeOnly must be null or a list of { of, programme, index } naming its scenarios';
}

const COMPARISON_PART: PartialKind = {
  format: COMPARISON_PARTIAL_FORMAT,
  version: COMPARISON_PARTIAL_VERSION,
  name: 'partial comparison file',
  wholeHint: (doc) => (doc.format === 'poverty-sim-comparison' ? ' (it is a whole comparison; compare-merge reads the parts written with --shard)' : ''),
  headerProblem,
};

/** Parse and check one part against itself; `file` names it in problems. */
export function decodeComparisonPartial(text: string, file: string): ComparisonPartRead {
  const bad = (why: string): ComparisonPartRead => ({ ok: false, problem: `${file}: ${why}` });
  const opened = openPartial(text, file, COMPARISON_PART);
  if (!opened.ok) return opened;
  const header = opened.header as unknown as ComparisonPartialHeader;
  const { scenarios, programmeOnly, data } = opened.doc;
  if (!Array.isArray(scenarios) || scenarios.length !== header.scenarioHashes.length || !scenarios.every((s) => isObject(s) && isObject(s.run)))
    return bad(`corrupt: not ${header.scenarioHashes.length} scenarios, each with a "run" part`);
  const stored = scenarios as Record<string, unknown>[];
  const changed = stored.findIndex((s, k) => scenarioHash(s) !== header.scenarioHashes[k]);
  if (changed >= 0) return bad(`corrupt: scenario ${changed} does not match header.scenarioHashes[${changed}]`);
  const counted = stored.findIndex((s, k) => (s.run as Record<string, unknown>).replications !== header.replications[k]);
  if (counted >= 0) return bad(`corrupt: header.replications[${counted}] disagrees with scenario ${counted}`);
  const listed = programmeOnlyProblem(programmeOnly, stored.length);
  if (listed) return bad(`corrupt: ${listed}`);
  const expected = shardIndices(header.shard, comparisonSpan(header.replications));
  if (expected.length !== header.indices.length || expected.some((r, k) => header.indices[k] !== r))
    return bad(`corrupt: header.indices are not the replications of shard ${formatShard(header.shard)}`);
  const order = dataOrder(header.indices, header.replications);
  if (!Array.isArray(data) || data.length !== order.length)
    return bad(`corrupt: the header's replications make ${order.length} data entries, but there are ${Array.isArray(data) ? data.length : 'none'}`);
  const digest = createHash('sha256');
  const replications: [number, number, Float64Array][] = [];
  for (let e = 0; e < data.length; e++) {
    const [k, r] = order[e]!;
    const entry = data[e];
    if (typeof entry !== 'string' || !BASE64.test(entry)) return bad(`corrupt: the data of scenario ${k}, replication ${r} is not base64`);
    const bytes = Buffer.from(entry, 'base64');
    if (bytes.length !== header.valuesPerReplication[k]! * 8)
      return bad(`wrong data length: scenario ${k}, replication ${r} holds ${bytes.length / 8} values, the header says ${header.valuesPerReplication[k]}`);
    digest.update(bytes);
    replications.push([k, r, Float64Array.from({ length: bytes.length / 8 }, (_, i) => bytes.readDoubleLE(8 * i))]);
  }
  if (digest.digest('hex') !== header.dataSha256) return bad('corrupt: the data does not match header.dataSha256');
  return { ok: true, part: { file, header, scenarios: stored, programmeOnly: programmeOnly as ProgrammeOnly[] | null, replications } };
}

/**
 * Partial sensitivity files: what one shard of `sim sensitivity --shard`
 * writes and `sim sensitivity-merge` reads. One JSON document:
 *
 *   {
 *     "header": {
 *       "format": "poverty-sim-sensitivity-partial", "formatVersion": 1,
 *       "engineVersion": "2.3.0",
 *       "scenarioHash": "sha256:…",        // ../shard/scenarioHash.ts
 *       "versusHash": "sha256:…",          // only for a paired difference (--versus): B's hash
 *       "method": "sobol", "outcome": "povertyHeadcountEnd",
 *       "samples": 64, "bootstrap": 500,   // null for a tornado
 *       "seed": 42,
 *       "points": 256,                     // design points of the whole analysis
 *       "shard": { "index": 1, "count": 4, "mode": "mod" },
 *       "indices": [1, 5, 9, …],           // design points held, ascending
 *       "encoding": "float64le-base64",
 *       "dataSha256": "…"
 *     },
 *     "scenario": { … },                   // as validated: merge rebuilds the design from it
 *     "versus": { … },                     // only for a paired difference: B, as validated
 *     "data": ["<base64>", …]              // one per index: its outcome's 8 bytes
 *   }
 *
 * Raw bytes as in a run's partial files (../shard/partialFile.ts): the
 * merged file must be byte-identical to the unsharded one, and an outcome
 * may be NaN. Reading checks a file against itself only; merge.ts decides
 * whether parts belong together.
 */
import { createHash } from 'node:crypto';
import { ENGINE_VERSION, OUTCOMES, type Outcome, type Scenario } from '../../engine/index';
import { readTextFile } from '../textFile';
import { DATA_ENCODING, encodeData, isCount, isObject, openPartial, partialText, writeAtomically, type PartialKind } from '../shard/partialFile';
import { scenarioHash } from '../shard/scenarioHash';
import { SHARD_MODES, formatShard, shardIndices, type ShardSpec } from '../shard/spec';
import { SENSITIVITY_METHODS, type SensitivityMethod, type SensitivitySettings } from './document';

export const SENSITIVITY_PARTIAL_FORMAT = 'poverty-sim-sensitivity-partial';
export const SENSITIVITY_PARTIAL_VERSION = 1;

export interface SensitivityPartialHeader {
  format: typeof SENSITIVITY_PARTIAL_FORMAT;
  formatVersion: number;
  engineVersion: string;
  scenarioHash: string;
  /** A paired difference's comparator B (absent otherwise): parts with other B's do not merge. */
  versusHash?: string;
  method: SensitivityMethod;
  outcome: Outcome;
  samples: number | null;
  bootstrap: number | null;
  seed: number;
  points: number;
  shard: ShardSpec;
  indices: number[];
  encoding: typeof DATA_ENCODING;
  dataSha256: string;
}

export interface SensitivityPartialDocument {
  header: SensitivityPartialHeader;
  scenario: Scenario | Record<string, unknown>;
  versus?: Scenario | Record<string, unknown>;
  data: string[];
}

export interface SensitivityPart {
  file: string;
  header: SensitivityPartialHeader;
  scenario: Record<string, unknown>;
  /** A paired difference's comparator B, as stored (merge validates it). */
  versus?: Record<string, unknown>;
  /** [design point, outcome] for each index. */
  outcomes: [number, number][];
}

/** The settings a header records, as the command line would give them. */
export function headerSettings(h: SensitivityPartialHeader): SensitivitySettings {
  return h.method === 'tornado'
    ? { method: 'tornado', outcome: h.outcome }
    : { method: 'sobol', outcome: h.outcome, samples: h.samples ?? 0, bootstrap: h.bootstrap ?? 0 };
}

/** The part for `shard` of a design of `points` points, holding the outcomes of its indices (in their order); with `versus`, of the difference sc − versus. */
export function encodeSensitivityPartial(
  sc: Scenario, settings: SensitivitySettings, points: number, shard: ShardSpec, outcomes: readonly number[], versus?: Scenario,
): SensitivityPartialDocument {
  const indices = shardIndices(shard, points);
  if (outcomes.length !== indices.length) throw new RangeError(`shard ${formatShard(shard)} holds ${indices.length} points, got ${outcomes.length} outcomes`);
  const { data, dataSha256 } = encodeData(indices.map((p, k) => [p, Float64Array.of(outcomes[k]!)] as const));
  const header: SensitivityPartialHeader = {
    format: SENSITIVITY_PARTIAL_FORMAT,
    formatVersion: SENSITIVITY_PARTIAL_VERSION,
    engineVersion: ENGINE_VERSION,
    scenarioHash: scenarioHash(sc),
    ...(versus ? { versusHash: scenarioHash(versus) } : {}),
    method: settings.method,
    outcome: settings.outcome,
    samples: settings.method === 'sobol' ? settings.samples : null,
    bootstrap: settings.method === 'sobol' ? settings.bootstrap : null,
    seed: sc.run.seed,
    points,
    shard: { index: shard.index, count: shard.count, mode: shard.mode },
    indices,
    encoding: DATA_ENCODING,
    dataSha256,
  };
  return { header, scenario: sc, ...(versus ? { versus } : {}), data };
}

/** Laid out as a run's part file is (the header one field per line, the scenario on one line, one line per point). */
export function sensitivityPartialText(doc: SensitivityPartialDocument): string {
  // A paired analysis's part also carries its comparator scenario, after the scenario.
  return partialText(doc.header, [['scenario', doc.scenario], ...(doc.versus !== undefined ? [['versus', doc.versus] as const] : [])], doc.data);
}

/** Through a temporary file and a rename, so a killed task leaves no half part. */
export function writeSensitivityPartial(file: string, doc: SensitivityPartialDocument): void {
  writeAtomically(file, sensitivityPartialText(doc));
}

export type SensitivityPartRead = { ok: true; part: SensitivityPart } | { ok: false; problem: string };

export function readSensitivityPart(file: string): SensitivityPartRead {
  const read = readTextFile(file);
  return read.ok ? decodeSensitivityPartial(read.text, file) : { ok: false, problem: `${file}: cannot read: ${read.why}` };
}

const BASE64_8_BYTES = /^[A-Za-z0-9+/]{10}[AEIMQUYcgkosw048]=$/;

function headerProblem(h: Record<string, unknown>): string | undefined {
  if (typeof h.engineVersion !== 'string' || h.engineVersion === '') return 'engineVersion must be a string';
  if (typeof h.scenarioHash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(h.scenarioHash)) return 'scenarioHash must be "sha256:" and 64 hex digits';
  if (h.versusHash !== undefined && (typeof h.versusHash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(h.versusHash))) return 'versusHash must be "sha256:" and 64 hex digits';
  if (!(SENSITIVITY_METHODS as readonly unknown[]).includes(h.method)) return `method must be ${SENSITIVITY_METHODS.join(' or ')}`;
  if (!(OUTCOMES as readonly unknown[]).includes(h.outcome)) return `outcome must be one of ${OUTCOMES.join(', ')}`;
  const sobol = h.method === 'sobol';
  if (sobol ? !isCount(h.samples) || h.samples < 2 : h.samples !== null) return sobol ? 'samples must be a whole number ≥ 2' : 'samples must be null for a tornado';
  if (sobol ? !isCount(h.bootstrap) : h.bootstrap !== null) return sobol ? 'bootstrap must be a whole number' : 'bootstrap must be null for a tornado';
  if (typeof h.seed !== 'number' || !Number.isFinite(h.seed)) return 'seed must be a number';
  if (!isCount(h.points) || h.points < 1) return 'points must be a whole number ≥ 1';
  const s = h.shard;
  if (!isObject(s) || !isCount(s.count) || s.count < 1 || !isCount(s.index) || s.index >= s.count || !(SHARD_MODES as readonly unknown[]).includes(s.mode))
    return `shard must be { index, count, mode } with 0 ≤ index < count and mode ${SHARD_MODES.join(' or ')}`;
  if (!Array.isArray(h.indices) || !h.indices.every(isCount)) return 'indices must be a list of design point indices';
  if (h.encoding !== DATA_ENCODING) return `encoding must be "${DATA_ENCODING}"`;
  if (typeof h.dataSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(h.dataSha256)) return 'dataSha256 must be 64 hex digits';
  return undefined;
}

const SENSITIVITY_PART: PartialKind = {
  format: SENSITIVITY_PARTIAL_FORMAT,
  version: SENSITIVITY_PARTIAL_VERSION,
  name: 'partial sensitivity file',
  wholeHint: (doc) => (doc.format === 'sensitivity' ? ' (it is a whole sensitivity file; sensitivity-merge reads the parts written with --shard)' : ''),
  headerProblem,
};

/** Parse and check one part against itself; `file` names it in problems. */
export function decodeSensitivityPartial(text: string, file: string): SensitivityPartRead {
  const bad = (why: string): SensitivityPartRead => ({ ok: false, problem: `${file}: ${why}` });
  const opened = openPartial(text, file, SENSITIVITY_PART);
  if (!opened.ok) return opened;
  const header = opened.header as unknown as SensitivityPartialHeader;
  const { scenario, versus, data } = opened.doc;
  if (!isObject(scenario) || !isObject(scenario.run)) return bad('corrupt: no scenario with a "run" part');
  if (scenarioHash(scenario) !== header.scenarioHash) return bad('corrupt: the scenario does not match header.scenarioHash');
  if ((header.versusHash === undefined) !== (versus === undefined)) return bad('corrupt: header.versusHash and the "versus" scenario come together');
  if (versus !== undefined && (!isObject(versus) || !isObject(versus.run) || scenarioHash(versus) !== header.versusHash))
    return bad('corrupt: the versus scenario does not match header.versusHash');
  if (scenario.run.seed !== header.seed) return bad('corrupt: header.seed disagrees with the scenario');
  const expected = shardIndices(header.shard, header.points);
  if (expected.length !== header.indices.length || expected.some((p, k) => header.indices[k] !== p))
    return bad(`corrupt: header.indices are not the design points of shard ${formatShard(header.shard)}`);
  if (!Array.isArray(data) || data.length !== header.indices.length)
    return bad(`corrupt: ${header.indices.length} design points in the header but ${Array.isArray(data) ? data.length : 'no'} data entries`);
  const digest = createHash('sha256');
  const outcomes: [number, number][] = [];
  for (let k = 0; k < data.length; k++) {
    const p = header.indices[k]!;
    const entry = data[k];
    if (typeof entry !== 'string' || !BASE64_8_BYTES.test(entry)) return bad(`corrupt: the data of design point ${p} is not one number in base64`);
    const bytes = Buffer.from(entry, 'base64');
    digest.update(bytes);
    outcomes.push([p, bytes.readDoubleLE(0)]);
  }
  if (digest.digest('hex') !== header.dataSha256) return bad('corrupt: the data does not match header.dataSha256');
  return { ok: true, part: { file, header, scenario, ...(isObject(versus) ? { versus } : {}), outcomes } };
}

/**
 * Partial optimisation files: what one shard of `sim optimise --shard`
 * writes and `sim optimise-merge` reads. Every shard runs the whole search
 * (it is adaptive: each stage needs the last one's ranking), so every part
 * holds the same search; the final evaluations (the proposal and the user's
 * split on replications 0 … R − 1, and the frontier) are split by
 * replication like a run's. One JSON document:
 *
 *   {
 *     "header": {
 *       "format": "poverty-sim-optimisation-partial", "formatVersion": 1,
 *       "engineVersion": "…", "scenarioHash": "sha256:…",
 *       "settingsSha256": "…",             // canonical JSON of the settings
 *       "searchSha256": "…",               // canonical JSON of the search: equal in every part
 *       "seed": 42, "replications": 100,   // of the whole optimisation
 *       "points": 18,                      // final scenarios evaluated per replication
 *       "shard": { "index": 1, "count": 4, "mode": "mod" },
 *       "indices": [1, 5, 9, …],           // replications held, ascending
 *       "encoding": "float64le-base64", "dataSha256": "…"
 *     },
 *     "scenario": { … }, "settings": { … }, "search": { "outcome": …, "cost": … },
 *     "data": ["<base64>", …]              // one per index: every point's scalar row, in order
 *   }
 */
import { createHash } from 'node:crypto';
import { ENGINE_VERSION, canonicalJson, type Cost, type Scenario, type SearchOutcome } from '../../engine/index';
import { readTextFile } from '../textFile';
import { BASE64, DATA_ENCODING, HEX64, encodeData, isCount, isObject, openPartial, partialText, writeAtomically, type PartialKind } from '../shard/partialFile';
import { scenarioHash } from '../shard/scenarioHash';
import { SHARD_MODES, formatShard, shardIndices, type ShardSpec } from '../shard/spec';
import type { OptimiseSettings } from './document';

export const OPTIMISE_PARTIAL_FORMAT = 'poverty-sim-optimisation-partial';
export const OPTIMISE_PARTIAL_VERSION = 1;

export interface SearchRecord {
  outcome: SearchOutcome;
  cost: Cost;
}

export interface OptimisePartialHeader {
  format: typeof OPTIMISE_PARTIAL_FORMAT;
  formatVersion: number;
  engineVersion: string;
  scenarioHash: string;
  settingsSha256: string;
  searchSha256: string;
  seed: number;
  replications: number;
  points: number;
  shard: ShardSpec;
  indices: number[];
  encoding: typeof DATA_ENCODING;
  dataSha256: string;
}

export interface OptimisePart {
  file: string;
  header: OptimisePartialHeader;
  scenario: Record<string, unknown>;
  settings: OptimiseSettings;
  search: SearchRecord;
  /** [replication, every point's row] for each index; rows are points × width values. */
  replications: [number, Float64Array][];
}

export const sha256 = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');

/**
 * The search as JSON gives it back (±∞ and NaN become null): the unsharded
 * run and the merge both build their file from this form, so they agree
 * byte for byte.
 */
export const normalisedSearch = (search: SearchRecord): SearchRecord => JSON.parse(JSON.stringify(search)) as SearchRecord;

/** The part for `shard`: rows[point][k] for the shard's replication indices[k]. */
export function optimisePartialText(
  sc: Scenario, settings: OptimiseSettings, search: SearchRecord, shard: ShardSpec, rows: readonly (readonly Float64Array[])[],
): string {
  const indices = shardIndices(shard, sc.run.replications);
  const entries = indices.map((r, k) => {
    const width = rows[0]?.[k]?.length ?? 0;
    const values = new Float64Array(rows.length * width);
    rows.forEach((perRep, p) => values.set(perRep[k]!, p * width));
    return [r, values] as const;
  });
  const { data, dataSha256 } = encodeData(entries);
  const record = normalisedSearch(search);
  const header: OptimisePartialHeader = {
    format: OPTIMISE_PARTIAL_FORMAT,
    formatVersion: OPTIMISE_PARTIAL_VERSION,
    engineVersion: ENGINE_VERSION,
    scenarioHash: scenarioHash(sc),
    settingsSha256: sha256(settings),
    searchSha256: sha256(record),
    seed: sc.run.seed,
    replications: sc.run.replications,
    points: rows.length,
    shard: { index: shard.index, count: shard.count, mode: shard.mode },
    indices,
    encoding: DATA_ENCODING,
    dataSha256,
  };
  return partialText(header, [['scenario', sc], ['settings', settings], ['search', record]], data);
}

export const writeOptimisePartial = (file: string, text: string): void => writeAtomically(file, text);

export type OptimisePartRead = { ok: true; part: OptimisePart } | { ok: false; problem: string };

export function readOptimisePart(file: string): OptimisePartRead {
  const read = readTextFile(file);
  return read.ok ? decodeOptimisePartial(read.text, file) : { ok: false, problem: `${file}: cannot read: ${read.why}` };
}


function headerProblem(h: Record<string, unknown>): string | undefined {
  if (typeof h.engineVersion !== 'string' || h.engineVersion === '') return 'engineVersion must be a string';
  if (typeof h.scenarioHash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(h.scenarioHash)) return 'scenarioHash must be "sha256:" and 64 hex digits';
  for (const k of ['settingsSha256', 'searchSha256', 'dataSha256']) if (typeof h[k] !== 'string' || !HEX64.test(h[k] as string)) return `${k} must be 64 hex digits`;
  if (typeof h.seed !== 'number' || !Number.isFinite(h.seed)) return 'seed must be a number';
  if (!isCount(h.replications) || h.replications < 1) return 'replications must be a whole number ≥ 1';
  if (!isCount(h.points) || h.points < 1) return 'points must be a whole number ≥ 1';
  const s = h.shard;
  if (!isObject(s) || !isCount(s.count) || s.count < 1 || !isCount(s.index) || s.index >= s.count || !(SHARD_MODES as readonly unknown[]).includes(s.mode))
    return `shard must be { index, count, mode } with 0 ≤ index < count and mode ${SHARD_MODES.join(' or ')}`;
  if (!Array.isArray(h.indices) || !h.indices.every(isCount)) return 'indices must be a list of replication indices';
  if (h.encoding !== DATA_ENCODING) return `encoding must be "${DATA_ENCODING}"`;
  return undefined;
}

const OPTIMISE_PART: PartialKind = {
  format: OPTIMISE_PARTIAL_FORMAT,
  version: OPTIMISE_PARTIAL_VERSION,
  name: 'partial optimisation file',
  wholeHint: (doc) => (doc.format === 'poverty-sim-optimisation' ? ' (it is a whole optimisation file; optimise-merge reads the parts written with --shard)' : ''),
  headerProblem,
};

/** Parse and check one part against itself; `file` names it in problems. */
export function decodeOptimisePartial(text: string, file: string): OptimisePartRead {
  const bad = (why: string): OptimisePartRead => ({ ok: false, problem: `${file}: ${why}` });
  const opened = openPartial(text, file, OPTIMISE_PART);
  if (!opened.ok) return opened;
  const header = opened.header as unknown as OptimisePartialHeader;
  const { scenario, settings, search, data } = opened.doc;
  if (!isObject(scenario) || !isObject(scenario.run)) return bad('corrupt: no scenario with a "run" part');
  if (scenarioHash(scenario) !== header.scenarioHash) return bad('corrupt: the scenario does not match header.scenarioHash');
  if (!isObject(settings) || sha256(settings) !== header.settingsSha256) return bad('corrupt: the settings do not match header.settingsSha256');
  if (!isObject(search) || sha256(search) !== header.searchSha256) return bad('corrupt: the search does not match header.searchSha256');
  const expected = shardIndices(header.shard, header.replications);
  if (expected.length !== header.indices.length || expected.some((r, k) => header.indices[k] !== r))
    return bad(`corrupt: header.indices are not the replications of shard ${formatShard(header.shard)}`);
  if (!Array.isArray(data) || data.length !== header.indices.length)
    return bad(`corrupt: ${header.indices.length} replications in the header but ${Array.isArray(data) ? data.length : 'no'} data entries`);
  const digest = createHash('sha256');
  const replications: [number, Float64Array][] = [];
  for (let k = 0; k < data.length; k++) {
    const entry = data[k];
    const r = header.indices[k]!;
    if (typeof entry !== 'string' || !BASE64.test(entry)) return bad(`corrupt: the data of replication ${r} is not base64`);
    const bytes = Buffer.from(entry, 'base64');
    if (bytes.length === 0 || bytes.length % (8 * header.points) !== 0) return bad(`corrupt: replication ${r} does not hold ${header.points} points' rows`);
    digest.update(bytes);
    replications.push([r, Float64Array.from({ length: bytes.length / 8 }, (_, i) => bytes.readDoubleLE(8 * i))]);
  }
  if (digest.digest('hex') !== header.dataSha256) return bad('corrupt: the data does not match header.dataSha256');
  return { ok: true, part: { file, header, scenario, settings: settings as unknown as OptimiseSettings, search: search as unknown as SearchRecord, replications } };
}

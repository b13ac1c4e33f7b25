/**
 * Partial result files: what one shard of a run writes (`sim --shard`) and
 * `sim merge` reads. One JSON document:
 *
 *   {
 *     "header": {
 *       "format": "poverty-sim-partial", "formatVersion": 1,
 *       "engineVersion": "2.0.0",
 *       "scenarioHash": "sha256:…",      // scenarioHash.ts: canonical JSON, name left out
 *       "seed": 42, "replications": 100, // of the whole run, not of this part
 *       "shard": { "index": 1, "count": 4, "mode": "mod" },
 *       "indices": [1, 5, 9, …],         // replications held, ascending
 *       "valuesPerReplication": 2786,
 *       "encoding": "float64le-base64",
 *       "dataSha256": "…"                // over the decoded bytes of data, in order
 *     },
 *     "scenario": { … },                 // as validated, so merge can build the result
 *     "data": ["<base64>", …]            // one per index: the replication's packed
 *   }                                    // Float64Array as little-endian bytes
 *
 * Raw bytes, not JSON numbers: JSON has no NaN, -0 or infinities, and the
 * merged result must be byte-identical to an unsharded run's. The checksum
 * catches a file damaged after it was written (base64 decoding alone would
 * accept many edits); a truncated file is caught as invalid JSON.
 *
 * Reading checks a file against itself only; whether parts belong together
 * and fit this engine is merge.ts's business.
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { ENGINE_VERSION, replicationSize, type Accumulator } from '../../engine/index';
import { readTextFile } from '../textFile';
import { scenarioHash } from './scenarioHash';
import { SHARD_MODES, formatShard, shardIndices, type ShardSpec } from './spec';
import { otherPartHint } from './otherPart';

export const PARTIAL_FORMAT = 'poverty-sim-partial';
export const PARTIAL_FORMAT_VERSION = 1;
export const DATA_ENCODING = 'float64le-base64';

export interface PartialHeader {
  format: typeof PARTIAL_FORMAT;
  formatVersion: number;
  engineVersion: string;
  scenarioHash: string;
  seed: number;
  replications: number;
  shard: ShardSpec;
  indices: number[];
  valuesPerReplication: number;
  encoding: typeof DATA_ENCODING;
  dataSha256: string;
}

export interface PartialDocument {
  header: PartialHeader;
  scenario: unknown;
  data: string[];
}

/** A part as read back: the header, the scenario as stored (merge validates it), and each replication's values. */
export interface Part {
  file: string;
  header: PartialHeader;
  scenario: Record<string, unknown>;
  replications: [number, Float64Array][];
}

const LITTLE_ENDIAN = endianness() === 'LE';

/** The replication's bytes in little-endian order (a copy only on big-endian machines). */
function littleEndianBytes(values: Float64Array): Buffer {
  const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  return LITTLE_ENDIAN ? bytes : Buffer.from(bytes).swap64();
}

/** Bytes copied into a fresh, aligned buffer, so NaN payloads and -0 survive exactly. */
function valuesFrom(bytes: Buffer): Float64Array {
  const values = new Float64Array(bytes.length / 8);
  const view = Buffer.from(values.buffer);
  bytes.copy(view);
  if (!LITTLE_ENDIAN) view.swap64();
  return values;
}

/** Each replication's values as base64 of its little-endian bytes, and the sha256 of all those bytes in order. */
export function encodeData(replications: readonly (readonly [number, Float64Array])[]): { data: string[]; dataSha256: string } {
  const digest = createHash('sha256');
  const data = replications.map(([, values]) => {
    const bytes = littleEndianBytes(values);
    digest.update(bytes);
    return bytes.toString('base64');
  });
  return { data, dataSha256: digest.digest('hex') };
}

/** The part for shard `shard`, holding every replication in `acc`. */
export function encodePartial(acc: Accumulator, shard: ShardSpec): PartialDocument {
  const { scenario } = acc;
  const entries = acc.entries();
  const expected = shardIndices(shard, scenario.run.replications);
  if (expected.length !== entries.length || entries.some(([r], k) => r !== expected[k]))
    throw new Error(`the accumulator holds replications ${acc.indices().join(', ')}, not those of shard ${formatShard(shard)}`);
  const { data, dataSha256 } = encodeData(entries);
  const header: PartialHeader = {
    format: PARTIAL_FORMAT,
    formatVersion: PARTIAL_FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    scenarioHash: scenarioHash(scenario),
    seed: scenario.run.seed,
    replications: scenario.run.replications,
    shard: { index: shard.index, count: shard.count, mode: shard.mode },
    indices: entries.map(([r]) => r),
    valuesPerReplication: replicationSize(scenario.run.months),
    encoding: DATA_ENCODING,
    dataSha256,
  };
  return { header, scenario, data };
}

/**
 * JSON laid out for people: the header one field per line (so `head -14`
 * shows it), then each section (the scenario, and whatever else a kind of
 * part carries) on one line, then the data one line per replication or point.
 */
export function partialText(header: object, sections: readonly (readonly [string, unknown])[], data: readonly unknown[]): string {
  const head = Object.entries(header).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const middle = sections.map(([k, v]) => `\n  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('');
  const body = data.length === 0 ? '[]' : `[\n${data.map((d) => `    ${JSON.stringify(d)}`).join(',\n')}\n  ]`;
  return `{\n  "header": {\n${head.join(',\n')}\n  },${middle}\n  "data": ${body}\n}\n`;
}

/** A run's part file: the header, its scenario, one line per replication. */
export const runPartialText = (doc: PartialDocument): string => partialText(doc.header, [['scenario', doc.scenario]], doc.data);

/**
 * Write through a temporary file and a rename, so a task killed mid-write
 * leaves no half part for merge to trip over.
 */
export function writePartial(file: string, doc: PartialDocument): void {
  writeAtomically(file, runPartialText(doc));
}

/** Text written through a temporary file and a rename (any kind of part file). */
export function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export type PartRead = { ok: true; part: Part } | { ok: false; problem: string };

export function readPart(file: string): PartRead {
  const read = readTextFile(file);
  return read.ok ? decodePartial(read.text, file) : { ok: false, problem: `${file}: cannot read: ${read.why}` };
}

/** Checks the part files' readers share. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
export const HEX64 = /^[0-9a-f]{64}$/;

/** A kind of partial file, for openPartial: its format, what it is called, and what its header must hold. */
export interface PartialKind {
  format: string;
  version: number;
  /** How messages call it: "partial result file". */
  name: string;
  /** " (it is a whole …)" when `doc` is the whole file such parts merge into (given by mistake), else "". */
  wholeHint(doc: Record<string, unknown>): string;
  /** What is wrong with the header's fields, or undefined. */
  headerProblem(header: Record<string, unknown>): string | undefined;
}

export type OpenedPartial = { ok: true; doc: Record<string, unknown>; header: Record<string, unknown> } | { ok: false; problem: string };

/**
 * The first checks every kind of part shares: JSON, the format (naming what the file is instead, if it is a whole
 * file or another command's part), the format version and the header's fields. `file` names it in problems.
 */
export function openPartial(text: string, file: string, kind: PartialKind): OpenedPartial {
  const bad = (why: string): OpenedPartial => ({ ok: false, problem: `${file}: ${why}` });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return bad(`not valid JSON, so truncated or corrupt (${(e as Error).message})`);
  }
  if (!isObject(doc) || !isObject(doc.header) || doc.header.format !== kind.format) {
    const hint = (isObject(doc) && kind.wholeHint(doc)) || otherPartHint(doc);
    return bad(`not a ${kind.name}: no header with format "${kind.format}"${hint}`);
  }
  const header = doc.header;
  if (header.formatVersion !== kind.version)
    return bad(`partial format version ${JSON.stringify(header.formatVersion)}; this sim reads version ${kind.version} (merge with the sim that wrote it)`);
  const shape = kind.headerProblem(header);
  if (shape) return bad(`corrupt header: ${shape}`);
  return { ok: true, doc, header };
}

const RUN_PART: PartialKind = {
  format: PARTIAL_FORMAT,
  version: PARTIAL_FORMAT_VERSION,
  name: 'partial result file',
  wholeHint: (doc) => (isObject(doc.meta) && isObject(doc.summary) ? ' (it is a whole result; merge reads the parts written with --shard)' : ''),
  headerProblem: (h) => headerProblem(h),
};

/** Parse and check one part against itself; `file` names it in problems. */
export function decodePartial(text: string, file: string): PartRead {
  const bad = (why: string): PartRead => ({ ok: false, problem: `${file}: ${why}` });
  const opened = openPartial(text, file, RUN_PART);
  if (!opened.ok) return opened;
  const header = opened.header as unknown as PartialHeader;
  const { scenario, data } = opened.doc;
  if (!isObject(scenario) || !isObject(scenario.run)) return bad('corrupt: no scenario with a "run" part');
  if (scenarioHash(scenario) !== header.scenarioHash) return bad('corrupt: the scenario does not match header.scenarioHash');
  if (scenario.run.seed !== header.seed || scenario.run.replications !== header.replications)
    return bad('corrupt: header.seed or header.replications disagrees with the scenario');
  const expected = shardIndices(header.shard, header.replications);
  if (expected.length !== header.indices.length || expected.some((r, k) => header.indices[k] !== r))
    return bad(`corrupt: header.indices are not the replications of shard ${formatShard(header.shard)}`);
  if (!Array.isArray(data) || data.length !== header.indices.length)
    return bad(`corrupt: ${header.indices.length} replications in the header but ${Array.isArray(data) ? data.length : 'no'} data entries`);

  const digest = createHash('sha256');
  const replications: [number, Float64Array][] = [];
  for (let k = 0; k < data.length; k++) {
    const r = header.indices[k]!;
    const text = data[k];
    if (typeof text !== 'string' || !BASE64.test(text)) return bad(`corrupt: the data of replication ${r} is not base64`);
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length !== header.valuesPerReplication * 8)
      return bad(`wrong data length: replication ${r} holds ${bytes.length / 8} values, the header says ${header.valuesPerReplication}`);
    digest.update(bytes);
    replications.push([r, valuesFrom(bytes)]);
  }
  if (digest.digest('hex') !== header.dataSha256) return bad('corrupt: the data does not match header.dataSha256');
  return { ok: true, part: { file, header, scenario, replications } };
}

/** What is wrong with a header's fields, or undefined. */
function headerProblem(h: Record<string, unknown>): string | undefined {
  if (typeof h.engineVersion !== 'string' || h.engineVersion === '') return 'engineVersion must be a string';
  if (typeof h.scenarioHash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(h.scenarioHash)) return 'scenarioHash must be "sha256:" and 64 hex digits';
  if (typeof h.seed !== 'number' || !Number.isFinite(h.seed)) return 'seed must be a number';
  if (!isCount(h.replications) || h.replications < 1) return 'replications must be a whole number ≥ 1';
  const s = h.shard;
  if (!isObject(s) || !isCount(s.count) || s.count < 1 || !isCount(s.index) || s.index >= s.count || !(SHARD_MODES as readonly unknown[]).includes(s.mode))
    return `shard must be { index, count, mode } with 0 ≤ index < count and mode ${SHARD_MODES.join(' or ')}`;
  if (!Array.isArray(h.indices) || !h.indices.every(isCount)) return 'indices must be a list of replication indices';
  if (!isCount(h.valuesPerReplication)) return 'valuesPerReplication must be a whole number';
  if (h.encoding !== DATA_ENCODING) return `encoding must be "${DATA_ENCODING}"`;
  if (typeof h.dataSha256 !== 'string' || !HEX64.test(h.dataSha256)) return 'dataSha256 must be 64 hex digits';
  return undefined;
}

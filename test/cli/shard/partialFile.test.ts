// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, replicationSize } from '../../../src/engine/index';
import { decodePartial, encodeData, encodePartial, PARTIAL_FORMAT, runPartialText, readPart } from '../../../src/cli/shard/partialFile';
import { scenarioHash } from '../../../src/cli/shard/scenarioHash';
import { COMPARISON_PARTIAL_FORMAT } from '../../../src/cli/comparison/partial';
import { otherPartHint } from '../../../src/cli/shard/otherPart';
import { SENSITIVITY_PARTIAL_FORMAT } from '../../../src/cli/sensitivity/partial';
import { decodeOptimisePartial, OPTIMISE_PARTIAL_FORMAT } from '../../../src/cli/optimise/partial';
import { part, partText, scenario, shardAccumulator } from './parts';

const bytes = (d: Float64Array) => Buffer.from(d.buffer, d.byteOffset, d.byteLength);
const problem = (text: string) => {
  const r = decodePartial(text, 'p.json');
  return r.ok ? 'read fine' : r.problem;
};

const readOptimisePartText = (text: string) => {
  const r = decodeOptimisePartial(text, 'p.json');
  return r.ok ? 'read fine' : r.problem;
};

describe('partial result files', () => {
  it('round-trip every replication bit for bit, NaN payloads and -0 included', () => {
    const sc = scenario();
    const acc = shardAccumulator(sc, { index: 1, count: 2, mode: 'mod' });
    // A NaN with a payload other than the canonical one, written byte by byte.
    const odd = acc.entries()[0]![1];
    new DataView(odd.buffer).setUint32(0, 0x7ff80000 | 0x1234, true);
    new DataView(odd.buffer).setUint32(4, 0xfff80000 | 0x0abc, true);
    const read = decodePartial(runPartialText(encodePartial(acc, { index: 1, count: 2, mode: 'mod' })), 'p.json');
    if (!read.ok) throw new Error(read.problem);
    const back = read.part;
    expect(back.replications.map(([r]) => r)).toEqual([1, 3, 5]);
    for (const [k, [r, values]] of back.replications.entries()) {
      expect(bytes(values), `replication ${r}`).toEqual(bytes(acc.entries()[k]![1]));
    }
    const [, first] = back.replications[0]!;
    expect(Object.is(first[2], -0)).toBe(true);
    expect(first[3]).toBe(Infinity);
    expect(Number.isNaN(first[1])).toBe(true);
    expect(back.scenario).toEqual(sc);
  });

  it('carries the header fields merge checks', () => {
    const sc = scenario({ seed: 99 });
    const doc = encodePartial(shardAccumulator(sc, { index: 0, count: 4, mode: 'block' }), { index: 0, count: 4, mode: 'block' });
    expect(doc.header).toEqual({
      format: PARTIAL_FORMAT,
      formatVersion: 1,
      engineVersion: ENGINE_VERSION,
      scenarioHash: scenarioHash(sc),
      seed: 99,
      replications: 6,
      shard: { index: 0, count: 4, mode: 'block' },
      indices: [0, 1],
      valuesPerReplication: replicationSize(12),
      encoding: 'float64le-base64',
      dataSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The header comes first, a field per line, so `head` shows it.
    expect(runPartialText(doc).split('\n').slice(0, 4)).toEqual(['{', '  "header": {', `    "format": "${PARTIAL_FORMAT}",`, '    "formatVersion": 1,']);
  });

  it('an empty shard is a valid part with no replications', () => {
    const sc = scenario({ replications: 2 });
    const back = part('p.json', sc, { index: 3, count: 4, mode: 'mod' });
    expect(back.replications).toEqual([]);
    expect(back.header.indices).toEqual([]);
  });

  it('refuses a truncated file, a file that is not a part, and other format versions', () => {
    const text = partText(scenario(), { index: 0, count: 2, mode: 'mod' });
    expect(problem(text.slice(0, Math.floor(text.length / 2)))).toMatch(/^p\.json: not valid JSON, so truncated or corrupt/);
    expect(problem('{"meta":{},"summary":{}}')).toBe('p.json: not a partial result file: no header with format "poverty-sim-partial" (it is a whole result; merge reads the parts written with --shard)');
    expect(problem('[1, 2]')).toMatch(/^p\.json: not a partial result file/);
    const otherFormat = partText(scenario(), { index: 0, count: 2, mode: 'mod' }, (doc) => ((doc.header as { format: string }).format = 'another-tool'));
    expect(problem(otherFormat)).toBe('p.json: not a partial result file: no header with format "poverty-sim-partial"');
    const v2 = partText(scenario(), { index: 0, count: 2, mode: 'mod' }, (doc) => (doc.header.formatVersion = 2));
    expect(problem(v2)).toBe('p.json: partial format version 2; this sim reads version 1 (merge with the sim that wrote it)');
  });

  // Caught: merge said only "no header with format …" of a sensitivity or optimisation part, as of a damaged file;
  // only sensitivity-merge named the command a part of another kind belongs to.
  it('names the merge command that reads a part of another kind, in every merge', () => {
    const header = (format: string) => JSON.stringify({ header: { format } });
    expect(problem(header(SENSITIVITY_PARTIAL_FORMAT))).toBe(
      'p.json: not a partial result file: no header with format "poverty-sim-partial" (it is a part of a sensitivity analysis; merge it with `npm run sim -- sensitivity-merge`)',
    );
    expect(problem(header(OPTIMISE_PARTIAL_FORMAT))).toMatch(/\(it is a part of an optimisation; merge it with `npm run sim -- optimise-merge`\)$/);
    const optimiseRead = readOptimisePartText(header(PARTIAL_FORMAT));
    expect(optimiseRead).toMatch(/not a partial optimisation file: .*\(it is a part of a run; merge it with `npm run sim -- merge`\)$/);
    expect(readOptimisePartText(header(SENSITIVITY_PARTIAL_FORMAT))).toMatch(/\(it is a part of a sensitivity analysis; merge it with `npm run sim -- sensitivity-merge`\)$/);
    expect(problem(header(COMPARISON_PARTIAL_FORMAT))).toMatch(/\(it is a part of a comparison; merge it with `npm run sim -- compare-merge`\)$/);
    expect(otherPartHint({ header: { format: 'another-tool' } })).toBe('');
  });

  it('says why a file cannot be read', () => {
    expect(readPart('/nonexistent/part-0.json')).toEqual({ ok: false, problem: '/nonexistent/part-0.json: cannot read: no such file' });
  });

  it('refuses data that does not match its checksum', () => {
    const sc = scenario();
    const text = partText(sc, { index: 0, count: 2, mode: 'mod' }, (doc) => {
      // Same length, still base64, one value changed: only the checksum can tell.
      const d = doc.data[1]!;
      doc.data[1] = `${d.slice(0, 40)}${d[40] === 'A' ? 'B' : 'A'}${d.slice(41)}`;
    });
    expect(problem(text)).toBe('p.json: corrupt: the data does not match header.dataSha256');
  });

  it('refuses data that is not base64', () => {
    const text = partText(scenario(), { index: 0, count: 2, mode: 'mod' }, (doc) => (doc.data[0] = `*${doc.data[0]!.slice(1)}`));
    expect(problem(text)).toBe('p.json: corrupt: the data of replication 0 is not base64');
  });

  it('refuses a replication of the wrong length, even with a matching checksum', () => {
    const sc = scenario();
    const text = partText(sc, { index: 0, count: 2, mode: 'mod' }, (doc) => {
      const acc = shardAccumulator(sc, doc.header.shard);
      const entries = acc.entries().map(([r, v]) => [r, r === 2 ? v.subarray(0, v.length - 1) : v] as const);
      const { data, dataSha256 } = encodeData(entries);
      doc.data = data;
      doc.header.dataSha256 = dataSha256;
    });
    expect(problem(text)).toBe(`p.json: wrong data length: replication 2 holds ${replicationSize(12) - 1} values, the header says ${replicationSize(12)}`);
  });

  it('refuses a scenario edited after the run, and a header that disagrees with itself', () => {
    const spec = { index: 0, count: 2, mode: 'mod' } as const;
    const edited = partText(scenario(), spec, (doc) => ((doc.scenario as { run: { households: number } }).run.households = 3000));
    expect(problem(edited)).toBe('p.json: corrupt: the scenario does not match header.scenarioHash');
    expect(problem(partText(scenario(), spec, (doc) => (doc.header.indices = [0, 2])))).toBe('p.json: corrupt: header.indices are not the replications of shard 0/2 (mod)');
    expect(problem(partText(scenario(), spec, (doc) => (doc.header.seed = 8)))).toBe('p.json: corrupt: header.seed or header.replications disagrees with the scenario');
    expect(problem(partText(scenario(), spec, (doc) => doc.data.pop()))).toBe('p.json: corrupt: 3 replications in the header but 2 data entries');
    expect(problem(partText(scenario(), spec, (doc) => (doc.header.dataSha256 = 'x')))).toBe('p.json: corrupt header: dataSha256 must be 64 hex digits');
    expect(problem(partText(scenario(), spec, (doc) => (doc.header.shard = { index: 2, count: 2, mode: 'mod' })))).toMatch(/^p\.json: corrupt header: shard must be/);
  });
});

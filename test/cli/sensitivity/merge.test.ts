// @vitest-environment node
/**
 * Partial sensitivity files and their merge, without running the engine:
 * made-up outcomes (NaN and -0 among them) go through the parts' text and
 * come back as the unsharded file's bytes; parts that do not belong
 * together are refused with the files named.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, defaultScenario, validateScenario, type Scenario } from '../../../src/engine/index';
import { buildDesign, sensitivityText, type SensitivityDesign, type SensitivitySettings } from '../../../src/cli/sensitivity/document';
import {
  decodeSensitivityPartial, encodeSensitivityPartial, sensitivityPartialText, type SensitivityPart, type SensitivityPartialDocument,
} from '../../../src/cli/sensitivity/partial';
import { mergeSensitivityParts } from '../../../src/cli/sensitivity/merge';
import type { ShardSpec } from '../../../src/cli/shard/spec';
import { shardIndices } from '../../../src/cli/shard/spec';

function scenario(seed = 7): Scenario {
  const s = defaultScenario('sensitivity merge test');
  Object.assign(s.run, { households: 600, months: 12, replications: 2, seed });
  s.uncertainty = {
    'policy.cash.takeUp': { dist: 'uniform', low: 0.6, high: 0.95 },
    'world.consumption.mpc': { dist: 'triangular', low: 0.1, mode: 0.25, high: 0.4 },
  };
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return v.scenario;
}

const TORNADO: SensitivitySettings = { method: 'tornado', outcome: 'povertyHeadcountEnd' };
const SOBOL: SensitivitySettings = { method: 'sobol', outcome: 'povertyHeadcountEnd', samples: 4, bootstrap: 20 };

function design(sc: Scenario, settings: SensitivitySettings): SensitivityDesign {
  const built = buildDesign(sc, settings);
  if (!built.ok) throw new Error(built.problem);
  return built.design;
}

/** Point p's made-up outcome. */
const madeUp = (p: number) => 0.2 + p / 1000 + (p % 3) / 7;

function part(file: string, sc: Scenario, settings: SensitivitySettings, spec: ShardSpec, edit?: (doc: SensitivityPartialDocument) => void): SensitivityPart {
  const points = design(sc, settings).design.points.length;
  const doc = encodeSensitivityPartial(sc, settings, points, spec, shardIndices(spec, points).map(madeUp));
  edit?.(doc);
  const read = decodeSensitivityPartial(sensitivityPartialText(doc), file);
  if (!read.ok) throw new Error(read.problem);
  return read.part;
}

const problems = (parts: SensitivityPart[]) => {
  const m = mergeSensitivityParts(parts);
  return m.ok ? [] : m.problems;
};

describe('sensitivity parts and sensitivityMerge', () => {
  it.each([['tornado', TORNADO], ['Sobol\u2019', SOBOL]] as const)('%s: parts of any split, in any order, merge to the unsharded file', (_, settings) => {
    const sc = scenario();
    const d = design(sc, settings);
    const whole = sensitivityText(sc, settings, d, d.design.points.map((_, p) => madeUp(p)));
    const parts = [part('b.json', sc, settings, { index: 1, count: 3, mode: 'mod' }), part('a.json', sc, settings, { index: 0, count: 3, mode: 'mod' }), part('c.json', sc, settings, { index: 2, count: 3, mode: 'mod' })];
    const merged = mergeSensitivityParts(parts);
    if (!merged.ok) throw new Error(merged.problems.join('\n'));
    expect(sensitivityText(merged.scenario, merged.settings, merged.design, merged.outcomes)).toEqual(whole);
  });

  it('carries NaN and -0 exactly through a part', () => {
    const sc = scenario();
    const doc = encodeSensitivityPartial(sc, TORNADO, 5, { index: 0, count: 1, mode: 'mod' }, [NaN, -0, 0.1, Infinity, 1e-300]);
    const read = decodeSensitivityPartial(sensitivityPartialText(doc), 'p.json');
    if (!read.ok) throw new Error(read.problem);
    expect(read.part.outcomes).toEqual([[0, NaN], [1, -0], [2, 0.1], [3, Infinity], [4, 1e-300]]);
    expect(Object.is(read.part.outcomes[1]![1], -0)).toBe(true);
  });

  it('refuses parts of another outcome, method, sample size or seed, naming the files', () => {
    const sc = scenario();
    const a = part('a.json', sc, SOBOL, { index: 0, count: 2, mode: 'mod' });
    expect(problems([a, part('b.json', sc, { ...SOBOL, outcome: 'par30Last12' }, { index: 1, count: 2, mode: 'mod' })])).toEqual([
      'parts have different outcomes: "povertyHeadcountEnd" in a.json; "par30Last12" in b.json',
    ]);
    expect(problems([a, part('b.json', sc, { ...SOBOL, samples: 8 }, { index: 1, count: 2, mode: 'mod' })])).toEqual([
      'parts have different sample sizes: 4 in a.json; 8 in b.json',
      'parts have different design sizes: 16 in a.json; 32 in b.json',
    ]);
    expect(problems([a, part('b.json', sc, { ...SOBOL, bootstrap: 0 }, { index: 1, count: 2, mode: 'mod' })])).toEqual([
      'parts have different bootstrap counts: 20 in a.json; 0 in b.json',
    ]);
    expect(problems([part('t.json', sc, TORNADO, { index: 0, count: 2, mode: 'mod' }), part('b.json', sc, SOBOL, { index: 1, count: 2, mode: 'mod' })])[0]).toBe(
      'parts have different methods: "tornado" in t.json; "sobol" in b.json',
    );
    expect(problems([a, part('b.json', scenario(8), SOBOL, { index: 1, count: 2, mode: 'mod' })])).toEqual(['parts have different seeds: 7 in a.json; 8 in b.json']);
    const other = scenario();
    other.policy.cash.benefitPKR = 3000;
    expect(problems([a, part('b.json', other, SOBOL, { index: 1, count: 2, mode: 'mod' })])).toEqual([
      'parts are for different scenarios (they differ at policy.cash.benefitPKR): a.json; b.json',
    ]);
  });

  it('refuses another engine version, and a missing, duplicated or repeated part', () => {
    const sc = scenario();
    const a = part('a.json', sc, TORNADO, { index: 0, count: 2, mode: 'mod' });
    expect(problems([a])).toEqual(['missing 2 of 5 design points: 1, 3']);
    expect(problems([a, part('all.json', sc, TORNADO, { index: 0, count: 1, mode: 'mod' })])).toEqual(['3 design points in both a.json and all.json: 0, 2, 4']);
    expect(problems([a, a])).toEqual(['a.json is given more than once']);
    const old = part('old.json', sc, TORNADO, { index: 1, count: 2, mode: 'mod' }, (doc) => (doc.header.engineVersion = '0.9.0'));
    expect(problems([a, old])).toEqual([`parts come from different engine versions: "${ENGINE_VERSION}" in a.json; "0.9.0" in old.json`]);
    expect(problems([old])).toEqual([`old.json was computed by engine 0.9.0, but this sim is engine ${ENGINE_VERSION}; merge with the sim that ran them`]);
  });

  it('reads a part against itself: damaged data, a whole file or a run\u2019s part are refused with the reason', () => {
    const sc = scenario();
    const text = sensitivityPartialText(encodeSensitivityPartial(sc, TORNADO, 5, { index: 0, count: 2, mode: 'mod' }, [1, 2, 3]));
    const doc = JSON.parse(text) as SensitivityPartialDocument;
    doc.data[1] = 'AAAAAAAAAAA=';
    expect(decodeSensitivityPartial(JSON.stringify(doc), 'd.json')).toEqual({ ok: false, problem: 'd.json: corrupt: the data does not match header.dataSha256' });
    expect(decodeSensitivityPartial(text.slice(0, 200), 't.json')).toMatchObject({ ok: false, problem: expect.stringMatching(/^t\.json: not valid JSON, so truncated or corrupt/) });
    expect(decodeSensitivityPartial('{"format":"sensitivity","version":1}', 'w.json')).toMatchObject({ ok: false, problem: expect.stringContaining('it is a whole sensitivity file') });
    expect(decodeSensitivityPartial('{"header":{"format":"poverty-sim-partial"}}', 'r.json')).toMatchObject({ ok: false, problem: expect.stringContaining('npm run sim -- merge') });
    const wrong = JSON.parse(text) as SensitivityPartialDocument;
    wrong.header.indices = [0, 1, 2];
    expect(decodeSensitivityPartial(JSON.stringify(wrong), 'i.json')).toEqual({ ok: false, problem: 'i.json: corrupt: header.indices are not the design points of shard 0/2 (mod)' });
  });

  it('a scenario without uncertain parameters has no design', () => {
    const sc = scenario();
    expect(buildDesign({ ...sc, uncertainty: {} }, TORNADO)).toMatchObject({ ok: false, problem: expect.stringMatching(/^the scenario has no uncertain parameters/) });
  });
});

describe('a paired difference (--versus) in the file and its parts', () => {
  /** B: the same world, a smaller benefit, and an uncertain parameter of its own. */
  function versusScenario(benefit = 1500): Scenario {
    const s = scenario();
    s.name = 'smaller benefit';
    s.policy.cash.benefitPKR = benefit;
    s.uncertainty = { ...s.uncertainty, 'policy.training.completion': { dist: 'uniform', low: 0.5, high: 0.9 } };
    return s;
  }

  function pairedPart(file: string, sc: Scenario, b: Scenario | undefined, spec: ShardSpec): SensitivityPart {
    const d = buildDesign(sc, TORNADO, b);
    if (!d.ok) throw new Error(d.problem);
    const points = d.design.design.points.length;
    const read = decodeSensitivityPartial(sensitivityPartialText(encodeSensitivityPartial(sc, TORNADO, points, spec, shardIndices(spec, points).map(madeUp), b)), file);
    if (!read.ok) throw new Error(read.problem);
    return read.part;
  }

  it('the file names both scenarios, says the outcome is A \u2212 B, and counts two engine runs a point', () => {
    const sc = scenario();
    const b = versusScenario();
    const built = buildDesign(sc, TORNADO, b);
    if (!built.ok) throw new Error(built.problem);
    const doc = sensitivityText(sc, TORNADO, built.design, built.design.design.points.map((_, p) => madeUp(p)), b);
    if (!doc.ok) throw new Error(doc.problem);
    const file = JSON.parse(doc.text);
    expect(file).toMatchObject({
      outcome: 'povertyHeadcountEnd',
      difference: { of: 'sensitivity merge test', minus: 'smaller benefit', outcome: 'povertyHeadcountEnd("sensitivity merge test") \u2212 povertyHeadcountEnd("smaller benefit")' },
      designPoints: 7,
      runs: 14,
      replicationRuns: 28,
    });
    expect(file.parameters.map((p: { path: string; uncertainIn: string }) => [p.path, p.uncertainIn])).toEqual([
      ['policy.cash.takeUp', 'both'],
      ['policy.training.completion', 'versus'],
      ['world.consumption.mpc', 'both'],
    ]);
    // Without --versus the file has none of this.
    const alone = buildDesign(sc, TORNADO);
    if (!alone.ok) throw new Error(alone.problem);
    const plain = sensitivityText(sc, TORNADO, alone.design, alone.design.design.points.map((_, p) => madeUp(p)));
    expect(plain.ok && JSON.parse(plain.text)).not.toHaveProperty('difference');
  });

  it('parts carry B and merge to the unsharded file; parts against another B, or none, are refused', () => {
    const sc = scenario();
    const b = versusScenario();
    const built = buildDesign(sc, TORNADO, b);
    if (!built.ok) throw new Error(built.problem);
    const whole = sensitivityText(sc, TORNADO, built.design, built.design.design.points.map((_, p) => madeUp(p)), b);
    const parts = [pairedPart('b.json', sc, b, { index: 1, count: 2, mode: 'mod' }), pairedPart('a.json', sc, b, { index: 0, count: 2, mode: 'mod' })];
    expect(parts[0]!.header.versusHash).toMatch(/^sha256:/);
    const merged = mergeSensitivityParts(parts);
    if (!merged.ok) throw new Error(merged.problems.join('\n'));
    expect(merged.versus?.name).toBe('smaller benefit');
    expect(sensitivityText(merged.scenario, merged.settings, merged.design, merged.outcomes, merged.versus)).toEqual(whole);

    const otherB = pairedPart('c.json', sc, versusScenario(1200), { index: 1, count: 2, mode: 'mod' });
    expect(problems([parts[1]!, otherB])).toEqual([
      `parts are differences from different scenarios (--versus; null for none): "${parts[1]!.header.versusHash}" in a.json; "${otherB.header.versusHash}" in c.json`,
    ]);
    // An unpaired part of the same scenario has another design size as well (5 points, not 7).
    expect(problems([parts[1]!, part('d.json', sc, TORNADO, { index: 1, count: 2, mode: 'mod' })])).toContain(
      `parts are differences from different scenarios (--versus; null for none): "${parts[1]!.header.versusHash}" in a.json; null in d.json`,
    );
  });

  it('a part whose B does not match its versusHash is corrupt', () => {
    const doc = encodeSensitivityPartial(scenario(), TORNADO, 7, { index: 0, count: 1, mode: 'mod' }, [1, 2, 3, 4, 5, 6, 7], versusScenario());
    (doc.versus as Scenario).policy.cash.benefitPKR = 999;
    expect(decodeSensitivityPartial(sensitivityPartialText(doc), 'v.json')).toEqual({ ok: false, problem: 'v.json: corrupt: the versus scenario does not match header.versusHash' });
  });

  it('a B from another world, or with a parameter under another distribution, has no design, and says why', () => {
    const sc = scenario();
    const elsewhere = { ...versusScenario(), run: { ...sc.run, households: 700 } };
    expect(buildDesign(sc, TORNADO, elsewhere)).toMatchObject({ ok: false, problem: expect.stringMatching(/^"smaller benefit" does not share the world of "sensitivity merge test" \(they differ in run\.households \(600 and 700\)\)/) });
    const twoDistributions = { ...versusScenario(), uncertainty: { ...sc.uncertainty, 'policy.cash.takeUp': { dist: 'uniform' as const, low: 0.5, high: 0.95 } } };
    expect(buildDesign(sc, SOBOL, twoDistributions)).toMatchObject({ ok: false, problem: expect.stringMatching(/^no Sobol’ design: policy\.cash\.takeUp is uncertain in both/) });
    expect(buildDesign({ ...sc, uncertainty: {} }, TORNADO, { ...versusScenario(), uncertainty: {} })).toMatchObject({ ok: false, problem: expect.stringMatching(/^neither scenario has uncertain parameters/) });
  });
});

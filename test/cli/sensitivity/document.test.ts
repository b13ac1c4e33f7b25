// @vitest-environment node
/**
 * The sensitivity file's design and text, without running the engine:
 * uncertain parameters the scenario's settings do not read are named (the
 * file's `leftOut`), and an outcome undefined at design points is refused
 * by a tornado as by Sobol' when nothing can be shown.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, validateScenario, type Scenario } from '../../../src/engine/index';
import { buildDesign, leftOutLines, leftOutParameters, sensitivityText, type SensitivityDesign, type SensitivitySettings } from '../../../src/cli/sensitivity/document';

function scenario(uncertainty: Scenario['uncertainty']): Scenario {
  const s = defaultScenario('sensitivity document test');
  Object.assign(s.run, { households: 1000, months: 12, replications: 2, seed: 7 });
  s.policy.cash.targeting = 'budget';
  s.world.shocks.flood2022 = false;
  s.uncertainty = uncertainty;
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return v.scenario;
}

const TAKE_UP = { 'policy.cash.takeUp': { dist: 'uniform', low: 0.6, high: 0.95 } } as const;
const UNREAD = {
  'policy.cash.pmtCutoff': { dist: 'uniform', low: 20, high: 30 },
  'world.shocks.floodLoss': { dist: 'uniform', low: 0.5, high: 0.7 },
} as const;
const TORNADO: SensitivitySettings = { method: 'tornado', outcome: 'costPerSustainedExitPKR' };

function design(sc: Scenario, settings: SensitivitySettings = TORNADO): SensitivityDesign {
  const built = buildDesign(sc, settings);
  if (!built.ok) throw new Error(built.problem);
  return built.design;
}

describe('uncertain parameters the scenario does not read', () => {
  // Caught: stderr said "over 1 uncertain parameter" and neither it nor the file named the two left out.
  it('are named with the setting that would bring each in, on stderr and in the file’s leftOut', () => {
    const sc = scenario({ ...TAKE_UP, ...UNREAD });
    const d = design(sc);
    expect(d.design.parameters.map((p) => p.path)).toEqual(['policy.cash.takeUp']);
    const leftOut = leftOutParameters(sc, d);
    expect(leftOut).toEqual([
      { path: 'policy.cash.pmtCutoff', reason: 'read only when policy.cash.targeting is "cutoff" (it is "budget")' },
      { path: 'world.shocks.floodLoss', reason: 'read only when world.shocks.flood2022 is true (it is false)' },
    ]);
    expect(leftOutLines(leftOut)).toEqual([
      'left out 2 uncertain parameters the model does not read under the scenario\u2019s settings (varying them could change nothing):',
      '  policy.cash.pmtCutoff: read only when policy.cash.targeting is "cutoff" (it is "budget")',
      '  world.shocks.floodLoss: read only when world.shocks.flood2022 is true (it is false)',
    ]);
    const doc = sensitivityText(sc, TORNADO, d, [1, 2, 3]);
    expect(doc.ok && JSON.parse(doc.text).leftOut).toEqual(leftOut);
  });

  it('a programme with no money: its parameters are left out, saying whose share is 0 (or that the budget is)', () => {
    const sc = scenario({ ...TAKE_UP, 'policy.training.completion': { dist: 'uniform', low: 0.5, high: 0.9 } });
    const noShare = validateScenario({ ...sc, policy: { ...sc.policy, budget: { ...sc.policy.budget, programmeShares: { ...sc.policy.budget.programmeShares, training: 0, cash: sc.policy.budget.programmeShares.cash + sc.policy.budget.programmeShares.training } } } });
    if (!noShare.ok) throw new Error('invalid');
    expect(leftOutParameters(noShare.scenario, design(noShare.scenario))).toEqual([
      { path: 'policy.training.completion', reason: 'its programme has no money: policy.budget.programmeShares.training is 0' },
    ]);
  });

  it('leave a file without any as it was: no leftOut field', () => {
    const sc = scenario({ ...TAKE_UP });
    const doc = sensitivityText(sc, TORNADO, design(sc), [1, 2, 3]);
    expect(doc.ok && Object.keys(JSON.parse(doc.text))).not.toContain('leftOut');
    expect(leftOutLines(leftOutParameters(sc, design(sc)))).toEqual([]);
  });

  it('when they are all there is, refuse the analysis by name, tornado and Sobol\u2019 alike', () => {
    const sc = scenario({ ...UNREAD });
    for (const settings of [TORNADO, { method: 'sobol', outcome: 'povertyHeadcountEnd', samples: 4, bootstrap: 0 }] as const)
      expect(buildDesign(sc, settings)).toEqual({
        ok: false,
        problem:
          'the model reads none of the uncertain parameters under the scenario\u2019s settings, so there is nothing to analyse: ' +
          'policy.cash.pmtCutoff, read only when policy.cash.targeting is "cutoff" (it is "budget"); ' +
          'world.shocks.floodLoss, read only when world.shocks.flood2022 is true (it is false)',
      });
  });
});

describe('a tornado of an outcome undefined at design points', () => {
  const sc = scenario({ ...TAKE_UP, 'policy.cash.leakage': { dist: 'uniform', low: 0, high: 0.15 } });
  const d = design(sc);

  // Caught: every bar null (cost per exit on 1,000 households × 12 months) was written with exit 0, where Sobol' refused.
  it('is refused, as Sobol’ is, when no bar has a swing', () => {
    expect(sensitivityText(sc, TORNADO, d, [5e5, NaN, NaN, NaN, 7e5])).toEqual({
      ok: false,
      problem:
        'the outcome costPerSustainedExitPKR is undefined at 3 of 5 design points (e.g. cost per exit where no exit is added), ' +
        'so no tornado bar has a swing; choose another outcome or more households or replications',
    });
  });

  it('is written, with a note naming the bars without a swing, when some have one', () => {
    const doc = sensitivityText(sc, TORNADO, d, [5e5, 4e5, 6e5, NaN, 7e5]);
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect(doc.notes).toEqual([
      'the outcome costPerSustainedExitPKR is undefined at 1 of 5 design points (e.g. cost per exit where no exit is added), ' +
        'so 1 of 2 bars has no swing (null in the file): policy.cash.takeUp; choose another outcome or more households or replications to see them',
    ]);
    expect(JSON.parse(doc.text).bars.map((b: { swing: number | null }) => b.swing)).toContain(null);
  });
});

describe('an outcome with no spread', () => {
  // Caught: 14 of 15 bars of additional exits at 2,000 households × 4 replications sat at exactly 0 with nothing said,
  // read as "leakage does not affect exits", while the headcount moved with it.
  it('a tornado whose bars sit at exactly the base is written with a note that 0 is not evidence of no effect', () => {
    const sc = scenario({ ...TAKE_UP, 'policy.cash.leakage': { dist: 'uniform', low: 0.02, high: 0.1 } });
    const settings: SensitivitySettings = { method: 'tornado', outcome: 'additionalSustainedExits' };
    const d = design(sc, settings);
    const doc = sensitivityText(sc, settings, d, [10256, 10256, 10256, 9000, 11000]);
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect(doc.notes).toEqual([
      '1 of 2 parameters left the outcome exactly at its base value, 10256 (span 0): policy.cash.leakage; an outcome summed over sample households ' +
        'moves only when one of them changes state, so at this sample a small effect can leave it unmoved: a span of 0 is not evidence of no effect; ' +
        'more households or replications show smaller effects',
    ]);
    // Every bar moved: nothing to say.
    const moved = sensitivityText(sc, settings, d, [10256, 10250, 10260, 9000, 11000]);
    expect(moved.ok && moved.notes).toEqual([]);
  });

  it('a Sobol\u2019 analysis whose outcome took one value at every base point is refused, its indices being 0/0, not 0', () => {
    const sc = scenario({ ...TAKE_UP, 'policy.cash.leakage': { dist: 'uniform', low: 0.02, high: 0.1 } });
    const settings: SensitivitySettings = { method: 'sobol', outcome: 'additionalSustainedExits', samples: 4, bootstrap: 10 };
    const d = design(sc, settings);
    const n = d.design.points.length;
    const flat = sensitivityText(sc, settings, d, Array.from({ length: n }, () => 142444.75));
    expect(flat).toEqual({ ok: false, problem: expect.stringMatching(/^the outcome took one value, 142444\.75, at all 8 base points of the design, so its variance is 0 and Sobol’ indices \(shares of it\) are undefined; choose another outcome/) });
    // One base point apart: indices are computed.
    const moved = sensitivityText(sc, settings, d, Array.from({ length: n }, (_, k) => (k === 1 ? 150000 : 142444.75)));
    expect(moved.ok).toBe(true);
  });
});

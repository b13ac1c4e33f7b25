import { describe, expect, it, vi } from 'vitest';
import { defaultScenario, type Scenario } from '../../../src/engine/index';
import { changeText, scenarioChanges } from '../../../src/ui/views/changes';
import { presetById } from '../../../src/state/presets';

// These tests mark and compare uncertainty from scenarios that have none: the default scenario's own
// uncertain parameters (engine/scenario/defaultUncertainty.ts) are left out here.
vi.mock('../../../src/engine/scenario/defaultUncertainty', () => ({ DEFAULT_UNCERTAINTY: {} }));

const withUncertainty = (u: Scenario['uncertainty'], s = defaultScenario()): Scenario => ({ ...s, uncertainty: u });
const uncertain = (s: Scenario, base: Scenario, against?: 'baseline' | 'defaults') =>
  scenarioChanges(s, base, against).groups.filter((g) => g.group === 'uncertainty').flatMap((g) => g.changes);

describe('scenarioChanges: the uncertainty of parameters', () => {
  it('lists a parameter newly uncertain, its distribution in display units, after the settings, and counts it', () => {
    const s = withUncertainty({ 'policy.cash.takeUp': { dist: 'uniform', low: 0.72, high: 1 } });
    s.policy.cash.benefitPKR = 2500;
    const diff = scenarioChanges(s, defaultScenario());
    expect(diff.count).toBe(2);
    expect(diff.groups.map((g) => g.title)).toEqual(['New cash transfer and targeting', 'Uncertain parameters']);
    expect(uncertain(s, defaultScenario()).map(changeText)).toEqual(['Take-up: one value (not uncertain) → uniform, 72% to 100%']);
  });

  it('writes every kind of distribution, and a change of distribution or its removal', () => {
    const base = withUncertainty({
      'policy.cash.takeUp': { dist: 'uniform', low: 0.72, high: 1 },
      'policy.cash.benefitPKR': { dist: 'normal', mean: 2000, sd: 200, low: 1500, high: 2500 },
      'world.existingCash.benefitPKR': { dist: 'uniform', low: 1500, high: 2500 },
    });
    const s = withUncertainty({
      'policy.cash.takeUp': { dist: 'triangular', low: 0.72, mode: 0.9, high: 1 },
      'policy.cash.benefitPKR': { dist: 'lognormal', median: 2000, sigma: 0.15, low: 1500, high: 2500 },
    });
    expect(uncertain(s, base).map(changeText)).toEqual([
      'New cash transfer: normal (mean Rs 2,000 / household / month, standard deviation Rs 200 / household / month) truncated to Rs 1,500 to 2,500 / household / month → log-normal (median Rs 2,000 / household / month, sigma 0.15) truncated to Rs 1,500 to 2,500 / household / month',
      'Take-up: uniform, 72% to 100% → triangular, 72% to 100%, most likely 90%',
      'Existing benefit: uniform, Rs 1,500 to 2,500 / household / month → one value (not uncertain)',
    ]);
    // The same distribution (up to float noise) is no change.
    const again = withUncertainty({ ...s.uncertainty, 'policy.cash.takeUp': { dist: 'triangular', low: 0.72 + 1e-15, mode: 0.9, high: 1 } });
    expect(uncertain(again, s)).toEqual([]);
  });

  it('flags a world parameter’s uncertainty against the baseline, but nothing against the defaults', () => {
    const s = withUncertainty({ 'world.existingCash.benefitPKR': { dist: 'uniform', low: 1500, high: 2500 } });
    expect(uncertain(s, defaultScenario()).map((c) => c.flag)).toEqual(['world']);
    expect(uncertain(s, defaultScenario(), 'defaults').map((c) => c.flag)).toEqual([undefined]);
  });

  it('compared with the defaults: no flags and no pairing, whatever the run settings', () => {
    const s = presetById('bn80')!.make();
    s.run.seed = 7;
    s.world.shocks.flood2022 = true;
    const diff = scenarioChanges(s, defaultScenario(), 'defaults');
    expect(diff.pairing).toBeUndefined();
    expect(diff.groups.flatMap((g) => g.changes.map((c) => c.flag))).toEqual(diff.groups.flatMap((g) => g.changes.map(() => undefined)));
    expect(diff.groups.flatMap((g) => g.changes.map((c) => c.path))).toEqual(['policy.budget.annualBn', 'world.shocks.flood2022', 'run.seed']);
  });
});

describe('distributionText: a log-normal\u2019s sigma', () => {
  it('is written to three significant digits, as the Sensitivity list writes it: "0.219", not the computed "0.218867"', async () => {
    const { distributionText } = await import('../../../src/ui/views/uncertaintyChanges');
    const { uncertainSpec } = await import('../../../src/engine/index');
    const spec = uncertainSpec('policy.cash.benefitPKR')!;
    const text = distributionText({ dist: 'lognormal', median: 2000, sigma: 0.218867, low: 1500, high: 2500 }, spec);
    expect(text).toContain('sigma 0.219');
    expect(text).not.toContain('0.218867');
  });
});

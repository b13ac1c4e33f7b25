// @vitest-environment node
/**
 * `sim sensitivity` over one entry of a record ("world.shocks.floodAffected.balochistan"):
 * the design and file the command builds (buildDesign → evaluateDesign →
 * sensitivityText, as the CLI runs them), the bar named by the entry's path
 * and, in the parameters, by its English label; a share of the programme
 * split is refused before anything runs, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, validateScenario, type Scenario } from '../../../src/engine/index';
import { buildDesign, sensitivityText, type SensitivitySettings } from '../../../src/cli/sensitivity/document';
import { evaluateDesign } from '../../../src/run/evaluateDesign';
import { InThreadRunner } from '../../../src/run/inThread';

const PATH = 'world.shocks.floodAffected.balochistan';
const TORNADO: SensitivitySettings = { method: 'tornado', outcome: 'povertyHeadcountEnd' };

function scenario(): Scenario {
  const s = defaultScenario('flood footprint');
  Object.assign(s.run, { households: 800, months: 12, replications: 2, seed: 5 });
  Object.assign(s.world.shocks, { flood2022: true, floodMonth: 2 });
  s.uncertainty = { [PATH]: { dist: 'uniform', low: 0.1, high: 0.5 } };
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return v.scenario;
}

describe('sim sensitivity over a record entry', () => {
  it('tornado: the bar is the entry\u2019s, named by its path and labelled by record and region', async () => {
    const sc = scenario();
    const built = buildDesign(sc, TORNADO);
    if (!built.ok) throw new Error(built.problem);
    const outcomes = await evaluateDesign(new InThreadRunner(), built.design.design.points, TORNADO.outcome);
    const doc = sensitivityText(sc, TORNADO, built.design, outcomes);
    if (!doc.ok) throw new Error(doc.problem);
    const file = JSON.parse(doc.text);
    expect(file.parameters).toEqual([{ path: PATH, label: 'Flood footprint: Balochistan', distribution: sc.uncertainty[PATH], nominal: 0.242 }]);
    expect(file.bars).toHaveLength(1);
    expect(file.bars[0]).toMatchObject({ path: PATH, low: expect.closeTo(0.12, 12), high: expect.closeTo(0.48, 12) });
    // A wider footprint in Balochistan, more people poor nationally.
    expect(file.bars[0].outcomeHigh).toBeGreaterThan(file.bars[0].outcomeLow);
  });

  it('a share of the programme split is refused by the scenario\u2019s checks, with why', () => {
    const s = { ...scenario(), uncertainty: { 'policy.budget.programmeShares.cash': { dist: 'uniform', low: 0.4, high: 0.6 } } };
    const v = validateScenario(s);
    expect(v.ok ? [] : v.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'uncertainty.policy.budget.programmeShares.cash: its entries must sum to 100%: one cannot be drawn alone',
    ]);
  });
});

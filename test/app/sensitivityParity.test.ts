// @vitest-environment node
/**
 * The browser and the CLI give the same sensitivity numbers: the app's
 * analysis (connectSensitivity, what the Sensitivity view runs) and the
 * CLI's file (buildDesign → evaluateDesign → sensitivityText) agree on every
 * tornado bar and every Sobol' index and interval, for the same scenario and
 * seed. Different runners compute the outcomes; the bootstrap is seeded alike.
 * Likewise for a paired difference between two scenarios (--versus).
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/engine/index';
import { connectSensitivity } from '../../src/app/sensitivity';
import { buildDesign, DEFAULT_BOOTSTRAP, sensitivityText } from '../../src/cli/sensitivity/document';
import { evaluateDesign } from '../../src/run/evaluateDesign';
import { InThreadRunner } from '../../src/run/inThread';
import { createAppStore } from '../../src/state/store';

function scenario(): Scenario {
  const s = defaultScenario();
  Object.assign(s.run, { households: 600, months: 12, replications: 2, seed: 11 });
  s.uncertainty = {
    'policy.cash.takeUp': { dist: 'uniform', low: 0.5, high: 1 },
    'policy.training.completion': { dist: 'triangular', low: 0.6, mode: 0.8, high: 0.95 },
  };
  return s;
}

/** The same world, a smaller benefit, and one uncertain parameter of its own. */
function versus(): Scenario {
  const s = scenario();
  s.name = 'smaller benefit';
  s.policy.cash.benefitPKR = 1200;
  s.uncertainty = { ...s.uncertainty, 'policy.cash.benefitPKR': { dist: 'uniform', low: 800, high: 1600 } };
  return s;
}

async function inApp(sc: Scenario, settings: Parameters<ReturnType<typeof connectSensitivity>['run']>[1], b?: Scenario) {
  const store = createAppStore();
  const service = connectSensitivity(store, new InThreadRunner());
  const key = service.run(sc, settings, b);
  for (let i = 0; i < 600 && store.getState().sensitivity[key]?.status !== 'done'; i++) await new Promise((r) => setTimeout(r, 50));
  return JSON.parse(JSON.stringify(store.getState().sensitivity[key]!.result));
}

async function inCli(sc: Scenario, settings: Parameters<typeof buildDesign>[1], b?: Scenario) {
  const built = buildDesign(sc, settings, b);
  if (!built.ok) throw new Error(built.problem);
  const comparators = built.design.design.versus;
  const outcomes = await evaluateDesign(new InThreadRunner(), built.design.design.points, settings.outcome, comparators ? { versus: comparators } : {});
  const doc = sensitivityText(sc, settings, built.design, outcomes, b);
  if (!doc.ok) throw new Error(doc.problem);
  return JSON.parse(doc.text);
}

describe('the app and the CLI give the same sensitivity numbers', () => {
  it('tornado', async () => {
    const sc = scenario();
    const app = await inApp(sc, { method: 'tornado', outcome: 'additionalSustainedExits', samples: 16 });
    const cli = await inCli(sc, { method: 'tornado', outcome: 'additionalSustainedExits' });
    expect(app.bars).toEqual(cli.bars);
  }, 120_000);

  it("Sobol' indices and their bootstrap intervals", async () => {
    const sc = scenario();
    const app = await inApp(sc, { method: 'sobol', outcome: 'povertyHeadcountEnd', samples: 8 });
    const cli = await inCli(sc, { method: 'sobol', outcome: 'povertyHeadcountEnd', samples: 8, bootstrap: DEFAULT_BOOTSTRAP });
    expect(app.rows).toEqual(cli.rows);
    expect(app.variance).toBe(cli.variance);
  }, 120_000);

  it('a paired difference: tornado and Sobol\u2019 indices of A \u2212 B', async () => {
    const [sc, b] = [scenario(), versus()];
    const tornadoApp = await inApp(sc, { method: 'tornado', outcome: 'povertyHeadcountEnd', samples: 16, versus: 'b' }, b);
    const tornadoCli = await inCli(sc, { method: 'tornado', outcome: 'povertyHeadcountEnd' }, b);
    expect(tornadoApp.bars).toEqual(tornadoCli.bars);
    expect(tornadoCli.difference.minus).toBe('smaller benefit');
    // The benefit is B's own assumption; the shared take-up moves both, but not alike.
    expect(tornadoCli.bars.map((bar: { path: string }) => bar.path).sort()).toEqual(['policy.cash.benefitPKR', 'policy.cash.takeUp', 'policy.training.completion']);
    expect(tornadoCli.bars[0].swing).toBeGreaterThan(0);
    const sobolApp = await inApp(sc, { method: 'sobol', outcome: 'povertyHeadcountEnd', samples: 4 }, b);
    const sobolCli = await inCli(sc, { method: 'sobol', outcome: 'povertyHeadcountEnd', samples: 4, bootstrap: DEFAULT_BOOTSTRAP }, b);
    expect(sobolApp.rows).toEqual(sobolCli.rows);
    expect(sobolApp.variance).toBe(sobolCli.variance);
  }, 120_000);
});

// @vitest-environment node
/**
 * The browser and the CLI give the same sensitivity numbers: the app's
 * analysis (connectSensitivity, what the Sensitivity view runs) and the
 * CLI's file (buildDesign → evaluateDesign → sensitivityText) agree on every
 * tornado bar and every Sobol' index and interval, for the same scenario and
 * seed. Different runners compute the outcomes; the bootstrap is seeded alike.
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

async function inApp(sc: Scenario, settings: Parameters<ReturnType<typeof connectSensitivity>['run']>[1]) {
  const store = createAppStore();
  const service = connectSensitivity(store, new InThreadRunner());
  const key = service.run(sc, settings);
  for (let i = 0; i < 600 && store.getState().sensitivity[key]?.status !== 'done'; i++) await new Promise((r) => setTimeout(r, 50));
  return JSON.parse(JSON.stringify(store.getState().sensitivity[key]!.result));
}

async function inCli(sc: Scenario, settings: Parameters<typeof buildDesign>[1]) {
  const built = buildDesign(sc, settings);
  if (!built.ok) throw new Error(built.problem);
  const outcomes = await evaluateDesign(new InThreadRunner(), built.design.design.points, settings.outcome);
  const doc = sensitivityText(sc, settings, built.design, outcomes);
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
});

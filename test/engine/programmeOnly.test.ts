// @vitest-environment node
/** Programme-only scenarios: the same money for one programme, nothing for the others, on the same world. */
import { describe, expect, it } from 'vitest';
import { programmeOnlyScenario, programmeOnlyScenarios, validateScenario, worldKey } from '../../src/engine/index';
import { runAll, smallScenario } from './helpers';

const base = () => smallScenario((s) => {
  s.policy.budget.annualBn = [80, 100, 120];
  s.policy.budget.programmeShares = { cash: 0.5, stipend: 0.1, microfinance: 0.15, training: 0.1, farm: 0, admin: 0.15 };
  s.policy.cash.existingTopUpPKR = 500;
  s.policy.microfinance.initialFundPKR = 1e9;
}, 1500, 24);

describe('programmeOnlyScenario', () => {
  it('gives the programme the same money every year, administration the same rate, and the others nothing', () => {
    const sc = base();
    const only = programmeOnlyScenario(sc, 'stipend');
    const shares = only.policy.budget.programmeShares;
    sc.policy.budget.annualBn.forEach((bn, y) => {
      expect(only.policy.budget.annualBn[y]! * shares.stipend).toBeCloseTo(bn * 0.1, 9);
      expect(only.policy.budget.annualBn[y]! * shares.admin / (only.policy.budget.annualBn[y]! * shares.stipend)).toBeCloseTo(0.15 / 0.85, 12);
    });
    expect(shares.cash + shares.microfinance + shares.training + shares.farm).toBe(0);
    expect(validateScenario(only).ok).toBe(true);
    expect(worldKey(only)).toBe(worldKey(sc));
  });

  it('keeps the top-up of the existing transfer only with cash, and the fund’s opening balance only with microfinance', () => {
    const sc = base();
    expect(programmeOnlyScenario(sc, 'cash').policy.cash.existingTopUpPKR).toBe(500);
    expect(programmeOnlyScenario(sc, 'training').policy.cash.existingTopUpPKR).toBe(0);
    expect(programmeOnlyScenario(sc, 'microfinance').policy.microfinance.initialFundPKR).toBe(1e9);
    expect(programmeOnlyScenario(sc, 'cash').policy.microfinance.initialFundPKR).toBe(0);
  });

  it('leaves the scenario it was given alone', () => {
    const sc = base();
    const before = JSON.stringify(sc);
    programmeOnlyScenario(sc, 'cash');
    expect(JSON.stringify(sc)).toBe(before);
  });
});

describe('programmeOnlyScenarios', () => {
  it('lists every funded programme, and nothing for a scenario without a budget', () => {
    expect(programmeOnlyScenarios(base()).map((p) => p.programme)).toEqual(['cash', 'stipend', 'microfinance', 'training']);
    expect(programmeOnlyScenarios(smallScenario((s) => { s.policy.budget.annualBn = [0]; }))).toEqual([]);
  });

  it('runs: only that programme spends and has participants', () => {
    const only = programmeOnlyScenario(base(), 'stipend');
    only.run.replications = 2;
    const { result } = runAll(only, 2);
    expect(result.summary.spentByProgrammePKR.stipend.mean!).toBeGreaterThan(0);
    for (const p of ['cash', 'microfinance', 'training', 'farm'] as const) {
      expect(result.summary.spentByProgrammePKR[p].mean).toBe(0);
      expect(result.byProgramme[p].participants.mean ?? 0).toBe(0);
    }
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { passLayout, scalarIndex, MAX_YEARS, YEAR_FIELDS } from '../../src/engine/model/layout';
import { simulateReplication } from '../../src/engine/index';
import { runAll, smallScenario } from './helpers';

describe('microfinance edge cases', () => {
  it('a loan still in arrears after its last instalment keeps ageing and is written off', () => {
    const { result } = runAll(smallScenario((s) => {
      s.run.months = 60;
      s.policy.microfinance.termMonths = 6;
      s.policy.microfinance.writeOffMonths = 24;
      s.policy.microfinance.wilfulShare = 0.3;
    }, 3000, 60), 2);
    expect(result.summary.writtenOffPKR.mean!).toBeGreaterThan(0);
  });

  it('an opening risk-fund balance is placed even when the first year has no budget', () => {
    const { result } = runAll(smallScenario((s) => {
      s.policy.budget.annualBn = [0, 100];
      s.policy.microfinance.initialFundPKR = 5e9;
    }, 2000, 24), 1);
    expect(result.series.riskFundBalancePKR.mean[0]!).toBeGreaterThan(4.9e9);
    expect(result.summary.loansDisbursedPKR.mean!).toBeGreaterThan(0);
  });
});

describe('money conservation with shares summing to 1 within the validator tolerance', () => {
  it('every rupee is paid out, spent on administration, or reported unspent', () => {
    const s = smallScenario((x) => {
      x.policy.budget.programmeShares = { cash: 0.4999995, stipend: 0.1, microfinance: 0.15, training: 0.1, farm: 0.1, admin: 0.05 };
    }, 1500, 30);
    const L = passLayout(30);
    const d = simulateReplication(s, 0);
    for (let y = 0; y < MAX_YEARS; y++) {
      const row = d.subarray(L.years + y * YEAR_FIELDS, L.years + (y + 1) * YEAR_FIELDS);
      expect(Math.abs(row.subarray(1).reduce((a, b) => a + b, 0) - row[0]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, row[0]!));
    }
    expect(d[L.scalars + scalarIndex.outstandingPKR]!).toBeGreaterThanOrEqual(0);
  });
});

describe('sustained exits', () => {
  it('never exceed the households poor at the start, nor (with re-entries) the whole population', () => {
    const L = passLayout(24);
    const s = smallScenario(() => {}, 1500, 24);
    for (let r = 0; r < 4; r++) {
      const d = simulateReplication(s, r);
      const v = (k: keyof typeof scalarIndex) => d[L.scalars + scalarIndex[k]]!;
      expect(v('sustainedExits')).toBeGreaterThan(0);
      expect(v('sustainedExits')).toBeLessThanOrEqual(v('poorHouseholdsStart'));
      expect(v('sustainedExits') + v('poorHouseholdsEnd')).toBeLessThanOrEqual(v('totalHouseholds'));
    }
  });
});

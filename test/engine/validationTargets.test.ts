// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import {
  SCALARS, SPECIAL_RUNS, TARGETS, averageLoan, chronicShare, combineDists, floodPeakRise, formatModel, formatTargetValue, measureTargets, microcreditTakeUp,
  overlapsData, par30AfterFlood, pointDist, runsFor, validationScenario, validateScenario, type Dist, type Target,
} from '../../src/engine/index';
import { fixtureResults, fixtureRun, fixtureScenario } from '../fixtures/results';

const target = (id: string): Target => TARGETS.find((t) => t.id === id)!;
const fromResult = (id: string) => {
  const m = target(id).measure;
  if (m.kind !== 'result') throw new Error(`${id} is a special-run target`);
  return m.fromResult;
};
const special = (id: string) => {
  const m = target(id).measure;
  if (m.kind !== 'special') throw new Error(`${id} is measured on the default result`);
  return m.measure;
};

// Small status-quo runs with and without the flood, struck early enough for a 24-month horizon.
const statusQuo = (flood: boolean) =>
  fixtureRun(fixtureScenario(flood ? 'SQ flood' : 'SQ', [0], (s) => {
    s.run.counterfactual = false;
    s.world.shocks.flood2022 = flood;
    s.world.shocks.floodMonth = 6;
  }));
const withLoans = (flood: boolean) =>
  fixtureRun(fixtureScenario(flood ? 'Rs 80 bn flood' : 'Rs 80 bn', [80], (s) => {
    s.world.shocks.flood2022 = flood;
    s.world.shocks.floodMonth = 6;
  }));

describe('validation targets', () => {
  // The fixture runs take a few seconds on a busy machine; compute them once, outside any test's timeout.
  beforeAll(() => {
    fixtureResults();
    for (const flood of [false, true]) {
      statusQuo(flood);
      withLoans(flood);
    }
  }, 120_000);

  it('list every target once, calibrated ones naming the parameter solved', () => {
    const ids = TARGETS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['headcount', 'gini', 'meanConsumption', 'chronicShare', 'floodNational', 'floodSindh', 'floodBalochistan', 'bispConsumption',
      'bispConsumptionPKR', 'bispPoverty', 'microcreditIncome', 'microcreditTakeUp', 'averageLoan', 'par30Normal', 'par30Flood']) expect(ids).toContain(id);
    for (const t of TARGETS) {
      expect(t.data.low).toBeLessThanOrEqual(t.data.high);
      if (t.status === 'calibrated') expect(t.parameter.length).toBeGreaterThan(0);
    }
    expect(TARGETS.filter((t) => t.status === 'calibrated').map((t) => t.id).sort()).toEqual(
      ['averageLoan', 'floodBalochistan', 'floodNational', 'gini', 'headcount', 'microcreditIncome', 'par30Normal'],
    );
  });

  it('special runs are valid scenarios: the default with a few edits', () => {
    for (const id of runsFor(TARGETS)) expect(validateScenario(validationScenario(id, { households: 2000, replications: 2 })).ok).toBe(true);
    const cash = validationScenario('cashOnly', { households: 2000, replications: 2 });
    expect(cash.world.existingCash.recipients).toBe(0);
    expect(cash.policy.budget.annualBn).toEqual([80]);
    expect(cash.policy.budget.programmeShares.cash).toBe(1);
    expect(Object.values(cash.policy.budget.programmeShares).reduce((a, b) => a + b, 0)).toBe(1);
    expect(validationScenario('statusQuoFlood', { households: 2000, replications: 2 }).world.shocks.flood2022).toBe(true);
  });

  it('a status-quo run without its counterfactual is the status quo of a policy run, draw for draw', () => {
    const sq = statusQuo(false).result;
    const policy = withLoans(false).result;
    expect(sq.series.povertyHeadcount.mean).toEqual(policy.counterfactual!.series.povertyHeadcount.mean);
  });

  it('read the default result directly where the result has the number', () => {
    const { baseline, bn80 } = fixtureResults();
    expect(fromResult('headcount')(bn80)).toBe(bn80.summary.povertyHeadcountStart);
    expect(fromResult('gini')(baseline)).toBe(baseline.summary.giniStart);
    expect(fromResult('par30Normal')(bn80)).toBe(bn80.summary.par30Last12);
    // Nothing is lent in the status quo: the loan targets cannot be measured there.
    for (const id of ['par30Normal', 'microcreditTakeUp', 'averageLoan']) expect(fromResult(id)(baseline)).toBeNull();
  });

  it('measure credit\u2019s own effect in a microfinance-only run, so no other programme\u2019s gain is counted as credit\u2019s', () => {
    const t = TARGETS.find((x) => x.id === 'microcreditIncome')!;
    expect(t.measure.kind).toBe('special');
    if (t.measure.kind === 'special') expect(SPECIAL_RUNS[t.measure.special].runs).toEqual(['creditOnly']);
    const s = validationScenario('creditOnly', { households: 1000, replications: 1 });
    expect(s.policy.budget.programmeShares.microfinance).toBe(1);
  });

  it('on pooled results give f of the means and no interval (percentiles of a ratio are not the ratio of percentiles)', () => {
    const { baseline, bn80 } = fixtureResults();
    const loan = averageLoan(bn80)!;
    expect(loan.mean).toBeCloseTo(bn80.summary.loansDisbursedPKR.mean! / bn80.summary.loansDisbursedCount.mean!, 6);
    expect(loan.p50).toBe(loan.mean);
    expect(loan.p5).toBeNull();
    expect(loan.p95).toBeNull();
    const chronic = chronicShare(baseline)!;
    const sq = baseline.counterfactual!.summary;
    expect(chronic.mean).toBeCloseTo(sq.poorBothWaves.mean! / (sq.poorBothWaves.mean! + sq.poorOneWave.mean!), 12);
    // A policy run is measured on its status quo, not on its own outcomes.
    const sq80 = bn80.counterfactual!.summary;
    expect(chronicShare(bn80)!.mean).toBeCloseTo(sq80.poorBothWaves.mean! / (sq80.poorBothWaves.mean! + sq80.poorOneWave.mean!), 12);
    const takeUp = microcreditTakeUp(bn80)!;
    expect(takeUp.p50).toBeGreaterThan(0);
    expect(takeUp.p50).toBeLessThan(1);
  });

  it('on one replication (every quantile equal) combine quantile by quantile, exactly', () => {
    expect(combineDists((a, b) => a - b, pointDist(3)!, pointDist(1)!)).toMatchObject({ mean: 2, p5: 2, p50: 2, p95: 2 });
  });

  it('measure the flood as the peak of the mean rise, nationally and by region', () => {
    const pooled = { statusQuo: statusQuo(false).result, statusQuoFlood: statusQuo(true).result };
    const national = floodPeakRise(pooled, pooled, null)!;
    const w = pooled.statusQuoFlood.series.povertyHeadcount.mean;
    const o = pooled.statusQuo.series.povertyHeadcount.mean;
    expect(national.p50).toBeCloseTo(Math.max(...w.map((x, t) => x! - o[t]!)), 12);
    expect(national.p50).toBeGreaterThan(0.005);
    // Nothing moves before the flood month (same draws).
    for (let t = 0; t < 6; t++) expect(w[t]).toBe(o[t]);
    expect(floodPeakRise(pooled, pooled, 'sindh')!.p50).toBeGreaterThan(national.p50!);
    // No flood, no rise; and a region's series is read only from a status-quo run.
    const same = { statusQuo: pooled.statusQuo, statusQuoFlood: pooled.statusQuo };
    expect(floodPeakRise(same, same, null)!.p50).toBe(0);
    const policy = { statusQuo: withLoans(false).result, statusQuoFlood: withLoans(true).result };
    expect(floodPeakRise(policy, policy, 'sindh')).toBeNull();
  });

  it('measure PAR30 over the 12 months from the flood month', () => {
    const flood = withLoans(true).result;
    const par = par30AfterFlood(flood)!;
    const months = flood.series.par30.mean.slice(6, 18) as number[];
    expect(par.mean).toBeCloseTo(months.reduce((a, b) => a + b, 0) / 12, 12);
    expect(par30AfterFlood(flood, 20)).toBeNull(); // the horizon ends before 12 months are up
    expect(par30AfterFlood(fixtureResults().baseline)).toBeNull(); // nothing lent
    const rise = special('par30FloodRise')({ default: withLoans(false).result, defaultFlood: flood }, {})!;
    expect(rise.mean).toBeCloseTo(par.mean! - par30AfterFlood(withLoans(false).result, 6)!.mean!, 12);
  });

  it('measure replication by replication: direct numbers equal the pooled ones, the flood mean is the peak of the mean rise', () => {
    const accs = { default: withLoans(false).acc, statusQuo: statusQuo(false).acc, statusQuoFlood: statusQuo(true).acc };
    const picked = TARGETS.filter((t) => ['headcount', 'averageLoan', 'floodNational', 'bispConsumption'].includes(t.id));
    const rows = measureTargets(accs, picked);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.headcount!.model).toEqual(withLoans(false).result.summary.povertyHeadcountStart);
    // The per-replication ratio's mean is the mean of per-replication ratios.
    const L = accs.default.layout;
    const col = (k: (typeof SCALARS)[number]) => accs.default.column(L.scalars + SCALARS.indexOf(k));
    const pkr = col('loansDisbursedPKR');
    const count = col('loansDisbursedCount');
    const perRep = Array.from(pkr, (x, k) => x / count[k]!);
    expect(byId.averageLoan!.model!.mean).toBeCloseTo(perRep.reduce((a, b) => a + b, 0) / perRep.length, 6);
    expect(byId.averageLoan!.model!.p5).toBeCloseTo(Math.min(...perRep) + 0.2 * ([...perRep].sort((a, b) => a - b)[1]! - Math.min(...perRep)), 6);
    const pooled = { statusQuo: statusQuo(false).result, statusQuoFlood: statusQuo(true).result };
    expect(byId.floodNational!.model!.mean).toBeCloseTo(floodPeakRise(pooled, pooled, null)!.p50!, 12);
    expect(byId.floodNational!.model!.p5!).toBeLessThanOrEqual(byId.floodNational!.model!.p95!);
    // A target whose run is missing is not measured, and so neither passes nor misses.
    expect(byId.bispConsumption).toEqual({ id: 'bispConsumption', model: null, pass: null });
  });

  it('pass when the model interval overlaps the data, miss otherwise, null when not comparable', () => {
    const range = target('floodNational'); // 3.7–4.0 points
    const d = (p5: number, p50: number, p95: number): Dist => ({ mean: p50, p5, p25: null, p50, p75: null, p95 });
    expect(overlapsData(range, d(0.035, 0.038, 0.041))).toBe(true);
    expect(overlapsData(range, d(0.039, 0.042, 0.045))).toBe(true);
    expect(overlapsData(range, d(0.041, 0.043, 0.045))).toBe(false);
    expect(overlapsData(range, d(0.02, 0.03, 0.036))).toBe(false);
    expect(overlapsData(range, { ...d(0, 0.038, 0), p5: null, p95: null })).toBe(true);
    expect(overlapsData(range, null)).toBeNull();
    expect(overlapsData(target('bispPoverty'), d(-0.3, -0.22, -0.1))).toBeNull();
    expect(overlapsData(target('headcount'), pointDist(0.219))).toBe(true);
  });

  it('format values with their units', () => {
    expect(formatTargetValue('share', 0.2224)).toBe('22.2%');
    expect(formatTargetValue('share', 0.0107)).toBe('1.07%');
    expect(formatTargetValue('points', 0.0428)).toBe('+4.3 points');
    expect(formatTargetValue('change', -0.125)).toBe('\u221212.5%');
    expect(formatTargetValue('pkrPerAeChange', 331.4)).toBe('+Rs 331');
    expect(formatTargetValue('pkr', 42122)).toBe('Rs 42,100');
    expect(formatTargetValue('gini', 0.30263)).toBe('0.303');
    expect(formatModel('points', { p50: 0.043, p5: 0.04, p95: 0.045, mean: 0.043 })).toBe('+4.3 points (+4.0 to +4.5 points)');
    expect(formatModel('pkrPerAe', { p50: 6700, p5: 6636, p95: 6740, mean: 6700 })).toBe('Rs 6,700 (Rs 6,636 to 6,740)');
    expect(formatModel('share', null)).toBe('not measured');
  });
});

// @vitest-environment node
/**
 * The rows each chart is fed, from fixture results: snapshots (4 significant
 * digits) and properties. One file so the fixtures are computed once.
 */
import { describe, expect, test } from 'vitest';
import { bandAt, seriesRows, seriesValues } from '../../../src/ui/charts/data/series';
import { chartRuns, round4, DIFF_KEYS, diffRuns } from './helpers';
import { distributionBins, distributionSteps, RATIO_TICKS, ratioLabel } from '../../../src/ui/charts/data/distribution';
import { EXIT_METRICS, exitsIntervals, exitsRows } from '../../../src/ui/charts/data/exits';
import { valueAt, whiskerEnds } from '../../../src/ui/charts/data/interval';
import { ledgerRows, lendingRuns } from '../../../src/ui/charts/data/ledger';
import { shownResult } from '../../../src/ui/charts/data/estimating';
import { PROGRAMMES, REGIONS, compareRuns } from '../../../src/engine/index';
import { BUDGET_PARTS, budgetRows } from '../../../src/ui/charts/data/budget';
import { costPerExitRows } from '../../../src/ui/charts/data/costPerExit';
import { regionIntervals, regionRows } from '../../../src/ui/charts/data/region';
import { differenceRows } from '../../../src/ui/charts/data/difference';
import { fixtureRun, fixtureScenario } from '../../fixtures/results';
import { headlineCards } from '../../../src/ui/charts/data/headline';
import { changedRuns, consumptionChangeRows, consumptionWithout, decilesUnavailable, sameStatusQuo } from '../../../src/ui/charts/data/decile';
import { mirrored, winnersRows, winnersTotals } from '../../../src/ui/charts/data/winners';
import { giniIntervals, giniRows } from '../../../src/ui/charts/data/gini';
import { decileCategories, incidencePanels } from '../../../src/ui/charts/data/incidence';
import type { ChartRun } from '../../../src/ui/charts/types';
import { EFFECT_FIELDS, EFFECT_GROUP_LABELS, EFFECT_PANELS, effectBars, effectRows, effectsUnavailable } from '../../../src/ui/charts/data/effects';

const le = (a: number | null | undefined, b: number | null | undefined) => a === null || a === undefined || b === null || b === undefined || a <= b + 1e-12;

describe('seriesRows(runs, key)', () => {
  const runs = chartRuns();

  test('poverty headcount rows match the snapshot', () => {
    expect(round4(seriesRows(runs, 'povertyHeadcount'))).toMatchSnapshot();
  });

  test('one row per month, numbered from 1, one entry per scenario', () => {
    const rows = seriesRows(runs, 'par30');
    expect(rows.map((r) => r.month)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    for (const row of rows) runs.forEach((_, i) => expect(bandAt(row, i)).toBeDefined());
  });

  test.each(['povertyHeadcount', 'par30', 'defaultRate', 'riskFundBalancePKR'] as const)('%s: p5 ≤ p25 ≤ median ≤ p75 ≤ p95 in every row', (key) => {
    for (const row of seriesRows(runs, key))
      runs.forEach((_, i) => {
        const p = bandAt(row, i)!;
        expect(le(p.band90?.[0], p.band50?.[0])).toBe(true);
        expect(le(p.band50?.[0], p.p50)).toBe(true);
        expect(le(p.p50, p.band50?.[1])).toBe(true);
        expect(le(p.band50?.[1], p.band90?.[1])).toBe(true);
      });
  });

  test('the dashed line is the status quo (the result\'s counterfactual), so it is filled only for series that have one', () => {
    const head = seriesRows(runs, 'povertyHeadcount');
    expect(bandAt(head[0]!, 1)!.counterfactual).toBe(runs[1]!.result.counterfactual!.series.povertyHeadcount.p50[0]);
    expect(bandAt(seriesRows(runs, 'par30')[0]!, 1)!.counterfactual).toBeNull();
  });

  test('seriesValues yields every drawn number, and the status quo only on request', () => {
    const rows = seriesRows(runs.slice(0, 1), 'povertyHeadcount');
    expect([...seriesValues(rows)]).toHaveLength(24 * 5);
    expect([...seriesValues(rows, true)]).toHaveLength(24 * 6);
  });
});

describe('distributionBins(result)', () => {
  const run = chartRuns()[2]!;
  const bins = distributionBins(run.result);

  test('bins match the snapshot', () => {
    expect(round4(bins)).toMatchSnapshot();
  });

  test('bins are contiguous, increasing and log-spaced around the poverty line', () => {
    for (let b = 1; b < bins.length; b++) expect(bins[b]!.from).toBe(bins[b - 1]!.to);
    const ratios = bins.map((b) => b.to / b.from);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 10);
    expect(bins.some((b) => Math.abs(b.from - 1) < 1e-9)).toBe(true);
  });

  test('people per bin are never negative', () => {
    for (const b of bins) {
      expect(b.start).toBeGreaterThanOrEqual(0);
      expect(b.end).toBeGreaterThanOrEqual(0);
    }
  });

  test('distributionSteps closes the last bin at its upper edge', () => {
    const steps = distributionSteps(bins);
    expect(steps).toHaveLength(bins.length + 1);
    expect(steps.at(-1)!.x).toBe(bins.at(-1)!.to);
    expect(steps.at(-1)!.end).toBe(bins.at(-1)!.end);
    expect(distributionSteps([])).toEqual([]);
  });

  test('ticks are labelled as multiples of the line', () => {
    expect(RATIO_TICKS.map(ratioLabel)).toEqual(['0.1×', '0.25×', '0.5×', '1×', '2×', '4×', '10×']);
  });
});

describe('exitsRows(runs)', () => {
  const runs = chartRuns();
  const rows = exitsRows(runs);

  test('rows match the snapshot', () => {
    expect(round4(rows)).toMatchSnapshot();
  });

  test('one row per flow; each scenario holds its mean and 90% interval', () => {
    expect(rows.map((r) => r.metric)).toEqual(EXIT_METRICS.map((m) => m.key));
    rows.forEach((row, m) =>
      runs.forEach((run, i) => {
        const d = run.result.summary[EXIT_METRICS[m]!.key];
        expect(valueAt(row, i)).toMatchObject({ value: d.mean, low: d.p5, high: d.p95 });
      }),
    );
  });

  test('whiskers are never negative and reach from the bar to p5 and p95 when the mean lies inside', () => {
    // A flow that is the same in every replication (e.g. no re-entries at all in a short run) has a
    // zero-width interval and, by design, no whiskers; every other bar has them. The clipping rule
    // for a mean outside its interval is checked on hand-made Dists in helpers-pure.test.ts.
    let reached = 0;
    for (const row of rows)
      runs.forEach((_, i) => {
        const v = valueAt(row, i)!;
        expect(v.low!).toBeLessThanOrEqual(v.high!);
        if (v.low === v.high) {
          expect(v.error).toBeNull();
          return;
        }
        expect(v.error).not.toBeNull();
        expect(v.error![0]).toBeGreaterThanOrEqual(0);
        expect(v.error![1]).toBeGreaterThanOrEqual(0);
        if (v.value! >= v.low! && v.value! <= v.high!) {
          expect(v.value! - v.error![0]).toBeCloseTo(v.low!, 6);
          expect(v.value! + v.error![1]).toBeCloseTo(v.high!, 6);
          reached++;
        }
      });
    // Not vacuous: the fixture's sustained exits and newly poor have means inside their intervals.
    expect(reached).toBeGreaterThanOrEqual(2 * runs.length);
  });

  test('exitsIntervals lists every bar drawn', () => {
    expect(exitsIntervals(rows, runs.length)).toHaveLength(EXIT_METRICS.length * runs.length);
  });
});

describe('ledgerRows(runs) and lendingRuns(runs)', () => {
  const runs = chartRuns();

  test('rows match the snapshot', () => {
    expect(round4(ledgerRows(runs))).toMatchSnapshot();
  });

  test('repaid + outstanding + written off stacks up to the money lent (1e-6 relative)', () => {
    for (const r of ledgerRows(runs)) {
      const sum = r.repaid! + r.outstanding! + r.writtenOff!;
      expect(Math.abs(sum - r.disbursed!)).toBeLessThanOrEqual(1e-6 * Math.max(1, r.disbursed!));
    }
  });

  test('the baseline made no loans, so loan charts leave it out and keep the order of the rest', () => {
    const { lending, notLending } = lendingRuns(runs);
    expect(lending.map((r) => r.id)).toEqual(['bn80', 'bn120']);
    expect(notLending.map((r) => r.id)).toEqual(['baseline']);
  });

  test('while intervals are still estimated (under 10 replications), the lenders are still told apart', () => {
    const young = runs.map((r) => ({ ...r, result: shownResult({ ...r.result, meta: { ...r.result.meta, replications: 3 } }) }));
    // The intervals are hidden (p95 null), which once made every scenario count as not lending.
    expect(young[1]!.result.summary.loansDisbursedPKR.p95).toBeNull();
    const { lending, notLending } = lendingRuns(young);
    expect(lending.map((r) => r.id)).toEqual(['bn80', 'bn120']);
    expect(notLending.map((r) => r.id)).toEqual(['baseline']);
  });
});

describe('budgetRows(result)', () => {
  const run = chartRuns()[1]!;
  const rows = budgetRows(run.result);

  test('rows match the snapshot', () => {
    expect(round4(rows)).toMatchSnapshot();
  });

  test('one row per year of the run', () => {
    expect(rows.map((r) => r.label)).toEqual(['Year 1', 'Year 2']);
  });

  test('programmes plus unspent make up the year\u2019s budget (money is conserved, 1e-6 relative)', () => {
    for (const r of rows) {
      const sum = BUDGET_PARTS.reduce((s, p) => s + r[p.key]!, 0);
      expect(Math.abs(sum - r.budget!)).toBeLessThanOrEqual(1e-6 * r.budget!);
    }
  });

  test('every programme has a part, unspent last', () => {
    expect(BUDGET_PARTS.map((p) => p.key)).toEqual([...PROGRAMMES, 'unspent']);
  });
});

describe('costPerExitRows(runs)', () => {
  const runs = chartRuns();
  const rows = costPerExitRows(runs);

  test('rows match the snapshot', () => {
    expect(round4(rows)).toMatchSnapshot();
  });

  test('cheapest first; scenarios without additional exits last, flagged, with no value', () => {
    const priced = rows.filter((r) => !r.noExits);
    for (let i = 1; i < priced.length; i++) expect(priced[i]!.value!).toBeGreaterThanOrEqual(priced[i - 1]!.value!);
    expect(rows.at(-1)).toMatchObject({ id: 'baseline', noExits: true, value: null, error: null });
  });

  test('does not reorder its input', () => {
    costPerExitRows(runs);
    expect(runs.map((r) => r.id)).toEqual(['baseline', 'bn80', 'bn120']);
  });

  test('ties keep their given order', () => {
    const twin = { ...runs[1]!, id: 'twin' };
    expect(costPerExitRows([twin, runs[1]!]).map((r) => r.id)).toEqual(['twin', 'bn80']);
  });
});

describe('regionRows(result)', () => {
  const run = chartRuns()[2]!;
  const rows = regionRows(run.result);

  test('rows match the snapshot', () => {
    expect(round4(rows)).toMatchSnapshot();
  });

  test('every region once, in the engine\u2019s order, with plain names', () => {
    expect(rows.map((r) => r.region)).toEqual([...REGIONS]);
    expect(rows.find((r) => r.region === 'kp')!.label).toBe('Khyber Pakhtunkhwa');
  });

  test('headcounts are shares in [0, 1] with p5 ≤ p95; exits are non-negative counts', () => {
    for (const r of rows) {
      for (const v of [r.before, r.after]) {
        expect(v.value!).toBeGreaterThanOrEqual(0);
        expect(v.value!).toBeLessThanOrEqual(1);
        expect(v.low!).toBeLessThanOrEqual(v.high!);
      }
      expect(r.exits.value!).toBeGreaterThanOrEqual(0);
    }
  });

  test('regionIntervals lists the bars of each mode', () => {
    expect(regionIntervals(rows, 'headcount')).toHaveLength(2 * REGIONS.length);
    expect(regionIntervals(rows, 'exits')).toHaveLength(REGIONS.length);
  });
});

describe('differenceRows(diffs, metric)', () => {
  const diffs = diffRuns();

  test('rows match the snapshot for both default metrics', () => {
    expect(round4({ poor: differenceRows(diffs, 'poorHouseholdsEnd'), exits: differenceRows(diffs, 'sustainedExits') })).toMatchSnapshot();
  });

  test('the baseline against itself differs by exactly 0, with no interval', () => {
    const base = fixtureRun(fixtureScenario('Baseline', [0])).acc;
    const self = compareRuns(base, base, DIFF_KEYS);
    for (const key of ['poorHouseholdsEnd', 'sustainedExits', 'povertyHeadcountEnd'] as const) {
      const [row] = differenceRows([{ id: 'self', name: 'Self', color: '#000', diff: self }], key);
      expect(row).toMatchObject({ value: 0, low: 0, high: 0, error: null });
    }
  });

  test('a scenario identical to the baseline under another name also differs by exactly 0', () => {
    const [copy] = differenceRows(diffs, 'poorHouseholdsEnd');
    expect(copy).toMatchObject({ id: 'copy', value: 0, low: 0, high: 0, error: null });
  });

  test('more money means fewer poor households at the end (on the same draws)', () => {
    const rows = differenceRows(diffs, 'poorHouseholdsEnd');
    expect(rows[1]!.value!).toBeLessThan(0);
    expect(rows[2]!.value!).toBeLessThan(rows[1]!.value!);
  });

  test('carries the replications both runs hold', () => {
    expect(differenceRows(diffs, 'sustainedExits').map((r) => r.replications)).toEqual([5, 5, 5]);
  });
});

describe('headlineCards(result)', () => {
  const [baseline, bn80] = chartRuns();

  test('cards match the snapshot', () => {
    expect(round4(headlineCards(bn80!.result))).toMatchSnapshot();
  });

  test('every card shows the mean (HEADLINE_CENTRE, as the bars and the ranking) with its 5th–95th percentile interval', () => {
    const s = bn80!.result.summary;
    const cards = headlineCards(bn80!.result);
    expect(cards.map((c) => c.key)).toEqual(['poorHouseholdsEnd', 'additionalSustainedExits', 'costPerSustainedExitPKR', 'par30Last12']);
    for (const c of cards) expect(c).toMatchObject({ value: s[c.key].mean, low: s[c.key].p5, high: s[c.key].p95 });
  });

  test('labels are plain language, not metric names', () => {
    for (const c of headlineCards(bn80!.result)) expect(c.label).not.toMatch(/[a-z][A-Z]/);
  });

  test('the status quo has no additional exits, no cost per exit and no PAR30, and says it is the status quo', () => {
    const cards = headlineCards(baseline!.result);
    expect(cards.find((c) => c.key === 'additionalSustainedExits')).toMatchObject({ value: null, empty: 'none: this is the status quo' });
    expect(cards.find((c) => c.key === 'costPerSustainedExitPKR')).toMatchObject({ value: null, empty: 'none: this is the status quo' });
    expect(cards.find((c) => c.key === 'par30Last12')).toMatchObject({ value: null, empty: 'no loans made' });
  });

  test('a policy run without its status quo says the comparison with the status quo is off', () => {
    const s = bn80!.result.summary;
    const none = { mean: null, p5: null, p25: null, p50: null, p75: null, p95: null };
    const alone = { ...bn80!.result, summary: { ...s, additionalSustainedExits: none, costPerSustainedExitPKR: none } };
    const cards = headlineCards(alone);
    expect(cards.find((c) => c.key === 'additionalSustainedExits')).toMatchObject({ value: null, empty: 'not available (the comparison with the status quo is off)' });
    expect(cards.find((c) => c.key === 'costPerSustainedExitPKR')).toMatchObject({ value: null, empty: 'no additional exits' });
  });

  test('while intervals are still estimated (p95 hidden), a scenario with no loans still says so, and one with loans shows PAR30', () => {
    const young = (r: typeof baseline) => shownResult({ ...r!.result, meta: { ...r!.result.meta, replications: 3 } });
    expect(headlineCards(young(baseline)).find((c) => c.key === 'par30Last12')).toMatchObject({ value: null, empty: 'no loans made' });
    expect(headlineCards(young(bn80)).find((c) => c.key === 'par30Last12')!.value).toBe(bn80!.result.summary.par30Last12.mean);
  });
});

describe('effectRows(result)', () => {
  const [baseline, bn80] = chartRuns();

  test('rows match the snapshot', () => {
    expect(round4(effectRows(bn80!.result))).toMatchSnapshot();
  });

  test('one row per programme that reached anyone, in the label order, "any new programme" last', () => {
    const rows = effectRows(bn80!.result);
    const reached = Object.keys(EFFECT_GROUP_LABELS).filter((g) => (bn80!.result.byProgramme[g as keyof typeof EFFECT_GROUP_LABELS].participants.mean ?? 0) > 0);
    expect(rows.map((r) => r.id)).toEqual(reached);
    expect(rows.at(-1)).toMatchObject({ id: 'any', name: 'Any new programme' });
  });

  test('each measure is the engine\'s mean with its 5th–95th percentile interval, nothing recomputed', () => {
    for (const row of effectRows(bn80!.result))
      for (const f of EFFECT_FIELDS) {
        const d = bn80!.result.byProgramme[row.id][f];
        expect(row[f]).toMatchObject({ value: d.mean, low: d.p5, high: d.p95 });
      }
  });

  test('shares stay in [0, 1]; households reached never exceed those of any new programme', () => {
    const rows = effectRows(bn80!.result);
    const any = rows.at(-1)!;
    for (const r of rows) {
      for (const f of ['povertyWith', 'povertyWithout', 'shareBetterOff', 'shareWorseOff'] as const)
        for (const v of [r[f].value, r[f].low, r[f].high]) expect(v! >= 0 && v! <= 1).toBe(true);
      expect(r.participants.value!).toBeLessThanOrEqual(any.participants.value! + 1e-9);
    }
  });

  test('a programme with no budget share reached nobody and has no row', () => {
    const s = fixtureScenario('No training', [80], (sc) => {
      sc.policy.budget.programmeShares = { cash: 0.6, stipend: 0.1, microfinance: 0.15, training: 0, farm: 0.1, admin: 0.05 };
    });
    const ids = effectRows(fixtureRun(s).result).map((r) => r.id);
    expect(ids).not.toContain('training');
    expect(ids).toContain('cash');
  });

  test('nothing to show, with the reason, for a scenario with no new programmes or without the status quo', () => {
    expect(effectRows(baseline!.result)).toEqual([]);
    expect(effectsUnavailable(baseline!.result)).toBe('No household took part in a new programme.');
    const noStatusQuo = fixtureRun(fixtureScenario('Rs 80 bn', [80], (sc) => { sc.run.counterfactual = false; })).result;
    expect(effectRows(noStatusQuo)).toEqual([]);
    expect(effectsUnavailable(noStatusQuo)).toMatch(/comparison with the status quo is off/);
    expect(effectsUnavailable(bn80!.result)).toBeNull();
  });

  test('effectBars: one bar per row for each panel, in the row order, with the effect\'s interval', () => {
    const rows = effectRows(bn80!.result);
    for (const p of EFFECT_PANELS) {
      const bars = effectBars(rows, p.key, '#0072B2');
      expect(bars.map((b) => b.id)).toEqual(rows.map((r) => r.id));
      bars.forEach((b, i) => expect(b).toMatchObject({ name: rows[i]!.name, color: '#0072B2', ...rows[i]![p.key] }));
    }
  });
});

describe('distribution and depth (engine 2.1: distribution.byStartDecile)', () => {
  const runs = chartRuns();
  const [baseline, bn80, bn120] = runs as [ChartRun, ChartRun, ChartRun];
  const noStatusQuo = (): ChartRun => ({ ...bn80, id: 'nosq', name: 'No status quo', result: fixtureRun(fixtureScenario('Rs 80 bn', [80], (sc) => { sc.run.counterfactual = false; })).result });

  test('consumptionChangeRows(runs, unit) match the snapshot: ten deciles, poorest first, one interval per scenario', () => {
    const rows = consumptionChangeRows([bn80, bn120], 'pkr');
    expect(rows.map((r) => r.label)).toEqual(['1 (poorest)', '2', '3', '4', '5', '6', '7', '8', '9', '10 (richest)']);
    expect(round4(rows)).toMatchSnapshot();
  });

  test('consumptionChangeRows picks rupees or the relative change, the engine\'s numbers unchanged', () => {
    const by = bn120.result.distribution.byStartDecile!;
    const pkr = consumptionChangeRows([bn80, bn120], 'pkr');
    const rel = consumptionChangeRows([bn80, bn120], 'relative');
    for (let d = 0; d < 10; d++) {
      expect(valueAt(pkr[d]!, 1)!.value).toBe(by.consumptionChangePKR[d]!.mean);
      expect(valueAt(rel[d]!, 1)!.low).toBe(by.consumptionChange[d]!.p5);
    }
    expect(consumptionWithout(bn120.result, 0).value).toBe(by.consumptionWithoutPKR[0]!.mean);
  });

  test('changedRuns leaves out the status quo itself (exactly zero in every decile) and scenarios without the status quo', () => {
    const { shown, unchanged, missing } = changedRuns([baseline, bn80, bn120, noStatusQuo()]);
    expect(shown.map((r) => r.id)).toEqual(['bn80', 'bn120']);
    expect(unchanged.map((r) => r.id)).toEqual(['baseline']);
    expect(missing.map((r) => r.id)).toEqual(['nosq']);
    expect(decilesUnavailable(noStatusQuo().result)).toMatch(/comparison with the status quo is off/);
    expect(decilesUnavailable(bn80.result)).toBeNull();
    expect(decilesUnavailable(baseline.result)).toMatch(/is the status quo/);
  });

  test('winnersRows: shares in [0, 1] per decile; totals are the summary\'s; mirrored() flips a bar and its whiskers below zero', () => {
    const rows = winnersRows(bn120.result);
    expect(rows).toHaveLength(10);
    for (const r of rows)
      for (const v of [r.gaining, r.losing]) {
        expect(v.value!).toBeGreaterThanOrEqual(0);
        expect(v.value!).toBeLessThanOrEqual(1);
      }
    expect(round4(rows)).toMatchSnapshot();
    expect(winnersTotals(bn120.result).gaining.value).toBe(bn120.result.summary.shareGaining.mean);
    expect(winnersRows(noStatusQuo().result)).toEqual([]);
    const m = mirrored({ value: 0.1, low: 0.05, high: 0.2, error: [0.05, 0.1] });
    expect(m).toEqual({ value: -0.1, low: -0.2, high: -0.05, error: [0.1, 0.05] });
    expect(whiskerEnds(m)).toEqual([-0.2, -0.05]);
  });

  test('giniRows: start, end and the status quo\'s end per scenario; null where the status quo is left out', () => {
    const rows = giniRows([baseline, bn120, noStatusQuo()]);
    expect(round4(rows.slice(0, 2))).toMatchSnapshot();
    expect(rows[1]!.statusQuoEnd!.value).toBe(bn120.result.counterfactual!.summary.giniEnd.mean);
    expect(rows[2]!.statusQuoEnd).toBeNull();
    expect(rows[1]!.change!.value).toBe(bn120.result.summary.giniChangeEnd.mean);
    expect(rows[2]!.change).toBeNull();
    expect(giniIntervals(rows)).toHaveLength(3 + 3 + 2);
  });

  test('incidencePanels: one per programme that reached anyone, "any" last; incidence sums to 1 over deciles, coverage stays in [0, 1]', () => {
    const inc = incidencePanels(bn80.result, 'incidence');
    expect(inc.map((p) => p.group)).toEqual((Object.keys(EFFECT_GROUP_LABELS) as string[]).filter((g) => (bn80.result.byProgramme[g as 'any'].participants.mean ?? 0) > 0));
    expect(inc[inc.length - 1]!.group).toBe('any');
    for (const p of inc) {
      expect(p.bars).toHaveLength(10);
      expect(p.bars.reduce((s, b) => s + b.value!, 0)).toBeCloseTo(1, 9);
    }
    for (const p of incidencePanels(bn80.result, 'coverage')) for (const b of p.bars) expect(b.value! >= 0 && b.value! <= 1).toBe(true);
    expect(round4(incidencePanels(bn80.result, 'coverage').find((p) => p.group === 'any'))).toMatchSnapshot();
    expect(incidencePanels(baseline.result, 'incidence')).toEqual([]);
    expect(decileCategories(bn80.result.distribution.byStartDecile).map((c) => c.label)[9]).toBe('10 (richest)');
  });

  test('seriesRows for the poverty gap and severity carry the status quo\'s median for the dashed line', () => {
    for (const key of ['povertyGap', 'povertySeverity'] as const) {
      const rows = seriesRows(runs, key);
      expect(bandAt(rows[23]!, 2)!.counterfactual).toBe(bn120.result.counterfactual!.series[key].p50[23]);
      expect(bandAt(rows[23]!, 2)!.p50).toBe(bn120.result.series[key].p50[23]);
    }
  });
});

describe('sameStatusQuo(runs)', () => {
  test('true for scenarios on one world and draws, false when one has another seed', () => {
    const [, bn80, bn120] = chartRuns() as [ChartRun, ChartRun, ChartRun];
    expect(sameStatusQuo([bn80, bn120])).toBe(true);
    const other = { ...bn80, id: 'seed', result: fixtureRun(fixtureScenario('Rs 80 bn', [80], (sc) => { sc.run.seed += 1; })).result };
    expect(sameStatusQuo([bn80, other])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultScenario, settingWarnings, warningText, type RunResult } from '../../../src/engine/index';
import { warningLines } from '../../../src/ui/views/engineText';

/** A result holding just what settingWarnings reads: unspent money and the part of it that was a whole-household step. */
function fakeResult(unspent: Record<string, number>, step: Record<string, number>, edit: (r: { scenario: ReturnType<typeof defaultScenario> }) => void = () => {}): RunResult {
  const by = (x: Record<string, number>) => Object.fromEntries(['cash', 'stipend', 'microfinance', 'training', 'farm', 'admin'].map((p) => [p, { mean: x[p] ?? 0 }]));
  const result = {
    scenario: defaultScenario(),
    meta: { households: 2000 },
    summary: {
      budgetPKR: { mean: 1e11 }, unspentByProgrammePKR: by(unspent), unspentStepByProgrammePKR: by(step),
      loansDisbursedPKR: { mean: 1e9 }, riskFundEndPKR: { mean: 0 }, riskFundContributionsPKR: { mean: 0 }, spentByProgrammePKR: { microfinance: { mean: 1e10 } },
    },
  };
  edit(result);
  return result as never;
}

// Amounts are not whole billions: the app writes "Rs 20 bn" where the engine writes "Rs 20.0 bn".
describe('warningLines(result) in English: the engine\u2019s own unspent-money sentences', () => {
  it('words every cause as the engine does (noneLeft, step, both; cash with a cut-off and without; imported rows)', () => {
    const results = [
      fakeResult({ cash: 2.04e10, stipend: 5.06e9, training: 4.07e9, farm: 3.13e9 }, { cash: 0, stipend: 2.1e9, training: 4.07e9, farm: 0.1e9 }),
      fakeResult({ cash: 2.04e10, farm: 3.13e9 }, { cash: 2.04e10, farm: 3.13e9 }, (r) => {
        r.scenario.policy.cash.targeting = 'cutoff';
        r.scenario.households = { id: 'survey', name: 'survey.csv', sha256: 'a'.repeat(64), rows: 400 };
      }),
      fakeResult({ cash: 2.04e10 }, { cash: 0 }, (r) => {
        r.scenario.policy.cash.targeting = 'cutoff';
      }),
    ];
    const causes = new Set<string>();
    for (const result of results) {
      const engine = settingWarnings(result);
      for (const w of engine) if (w.kind === 'unspent') causes.add(`${w.programme}:${w.cause}:${w.programme === 'cash' ? w.cutoff : ''}:${w.imported}`);
      expect(warningLines(result)).toEqual(engine.filter((w) => w.kind !== 'idleFund').map(warningText));
    }
    expect([...causes].sort()).toEqual([
      'cash:noneLeft:false:false', 'cash:noneLeft:true:false', 'cash:step:true:true', 'farm:noneLeft::false', 'farm:step::true', 'stipend:both::false', 'training:step::false',
    ]);
  });

  it('gives a replication’s rows from the store for data with a replication column, as the engine does given them', () => {
    // Catches: the app giving the file's rows together (meta.households, 6,000) where each replication runs on 2,000.
    const result = fakeResult({ training: 4.07e9 }, { training: 4.07e9 }, (r) => {
      r.scenario.households = { id: 'pop', name: 'pop.csv', sha256: 'b'.repeat(64), rows: 6000 };
    });
    (result.meta as { households: number }).households = 6000;
    const lines = warningLines(result, { ['b'.repeat(64)]: [2000, 2000] });
    expect(lines).toEqual(settingWarnings(result, { households: [2000, 2000], perReplication: true }).map(warningText));
    expect(lines[0]).toMatch(/it shrinks with more rows: 2,000 rows a replication\)\.$/);
    expect(warningLines(result, { ['b'.repeat(64)]: [1990, 2010] })[0]).toMatch(/it shrinks with more rows: 1,990\u20132,010 rows a replication\)\.$/);
  });

  it('words the custom split’s regions with no households as the engine does, and each programme’s money in the others', () => {
    // Catches: the app showing no warning for the left-out regions, or its programmes' warnings against their whole budget.
    const byRegion = (empty: readonly string[]) =>
      Object.fromEntries(['punjab', 'sindh', 'kp', 'balochistan', 'gb', 'ajk', 'ict'].map((r) => [r, { households: { mean: empty.includes(r) ? 0 : 1e6 } }]));
    // With opening risk-fund capital, the same share of it is in no region's fund: said by both.
    for (const [empty, fund] of [[['sindh'], 0], [['sindh', 'gb', 'ict'], 0], [['sindh'], 4.4e9]] as const) {
      // Cash: 50% of Rs 102.13 bn; the left-out regions' part of it is unspent, and Rs 5.07 bn more in the others.
      const leftOut = empty.reduce((a, r) => a + { sindh: 0.25, gb: 0.015, ict: 0.015 }[r]!, 0);
      const result = fakeResult({ cash: 0.5 * 1.0213e11 * leftOut + 5.07e9 }, {}, (r) => {
        r.scenario.policy.budget.regionRule = 'custom';
        r.scenario.policy.microfinance.initialFundPKR = fund;
        Object.assign(r, { byRegion: byRegion(empty) });
        Object.assign((r as unknown as { summary: object }).summary, { budgetPKR: { mean: 1.0213e11 } });
      });
      const engine = settingWarnings(result);
      expect(engine.map((w) => w.kind)).toEqual(['regionsLeftOut', 'unspent', 'noStatusQuo'].filter((k) => k !== 'noStatusQuo' || !result.scenario.run.counterfactual));
      expect(engine[1]).toMatchObject({ programme: 'cash', unspentPKR: expect.closeTo(5.07e9, 0), inRegionsWithData: true });
      const lines = warningLines(result);
      expect(lines).toEqual(engine.filter((w) => w.kind !== 'idleFund').map(warningText));
      expect(lines[0]!.includes('opening capital')).toBe(fund > 0);
    }
  });

  it('with no budget, says the opening capital alone is left out, as the engine does', () => {
    // Catches: no warning at all (it needed a budget), or one saying "Rs 0" of the budget is left unspent.
    const byRegion = (empty: readonly string[]) =>
      Object.fromEntries(['punjab', 'sindh', 'kp', 'balochistan', 'gb', 'ajk', 'ict'].map((r) => [r, { households: { mean: empty.includes(r) ? 0 : 1e6 } }]));
    for (const empty of [['sindh'], ['sindh', 'gb']]) {
      const result = fakeResult({}, {}, (r) => {
        r.scenario.policy.budget.regionRule = 'custom';
        r.scenario.policy.microfinance.initialFundPKR = 2e9;
        Object.assign(r, { byRegion: byRegion(empty) });
        Object.assign((r as unknown as { summary: object }).summary, { budgetPKR: { mean: 0 } });
      });
      const engine = settingWarnings(result);
      expect(engine[0]).toMatchObject({ kind: 'regionsLeftOut', unspentPKR: 0, fundPKR: expect.closeTo(2e9 * (empty.length === 1 ? 0.25 : 0.265), 3) });
      // The app words amounts its own way ("Rs 500 m" where the engine writes "Rs 0.5 bn"): each is checked.
      const [line] = warningLines(result);
      const place = empty.length === 1 ? 'gives 25% of it to Sindh, which has no households in the data' : 'gives part of it to regions with no households in the data (Sindh 25%, Gilgit-Baltistan 1.5%)';
      const start = `The custom regional split places the risk fund’s opening capital as it would the budget, and ${place}: that capital (`;
      expect(warningText(engine[0]!)).toBe(`${start}Rs 0.5 bn) is in no region’s fund and backs no loans.`);
      expect(line).toBe(`${start}Rs 500 m) is in no region’s fund and backs no loans.`);
    }
  });
});

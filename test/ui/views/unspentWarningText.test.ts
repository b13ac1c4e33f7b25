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
});

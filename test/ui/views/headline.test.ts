// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { headlineSentence } from '../../../src/ui/views/headline';
import { applyLocale } from '../../../src/i18n/index';
import { fixtureRun, fixtureScenario } from '../../fixtures/results';
import { views as en } from '../../../src/i18n/locales/en/views';
import { views as ur } from '../../../src/i18n/locales/ur/views';

describe('headlineSentence(name, result)', () => {
  it('compares with the status quo, the existing cash transfer only', () => {
    const five = fixtureRun(fixtureScenario('Rs 80 bn', [80])).result;
    // The fixture's 5 replications counted as 12: intervals are shown from 10.
    const r = { ...five, meta: { ...five.meta, replications: 12 } };
    expect(headlineSentence('Rs 80 bn', r)).toMatch(
      /^Rs 80 bn: Rs [\d.]+ bn spent over 2 years leaves [\d.]+k? fewer households in poverty at the end than the status quo \(existing cash transfer only\); 90% interval [\d.]+k? to [\d.]+k?\.$/,
    );
    // With 5 of the 40 asked for, no range of a few draws: the interval is still being estimated.
    const running = { ...five, scenario: { ...five.scenario, run: { ...five.scenario.run, replications: 40 } } };
    expect(headlineSentence('Rs 80 bn', running)).toMatch(/; its 90% interval is still being estimated\.$/);
    // Bug: with all 5 the scenario asks for, it had said "still being estimated" for ever.
    expect(headlineSentence('Rs 80 bn', five)).toMatch(/; too few replications for its 90% interval \(10 or more needed\)\.$/);
  });

  it('an interval that reaches both ways says both ways; a "more" sentence gives its interval as more households', () => {
    const base = { ...fixtureRun(fixtureScenario('Rs 80 bn', [80])).result };
    const withAvoided = (mean: number, p5: number, p95: number) => {
      const r = { ...base, meta: { ...base.meta, replications: 12 }, summary: { ...base.summary } };
      r.summary.poorHouseholdsAvoided = { ...r.summary.poorHouseholdsAvoided, mean, p5, p95 };
      return headlineSentence('Rs 80 bn', r);
    };
    // Imported households gave "124k fewer … 90% interval -99k to 302k": its low end read as 99k fewer.
    expect(withAvoided(124_000, -99_000, 302_000)).toMatch(/124k fewer households .*, but even the direction is uncertain: the 90% interval runs from 99k more to 302k fewer\.$/);
    expect(withAvoided(-20_000, -50_000, 10_000)).toMatch(/20k more households .*, but even the direction is uncertain: the 90% interval runs from 50k more to 10k fewer\.$/);
    // One way only: in the sentence's direction, low to high, no minus signs.
    expect(withAvoided(-20_000, -50_000, -5_000)).toMatch(/20k more households .*; 90% interval 5k to 50k\.$/);
    expect(withAvoided(20_000, 5_000, 50_000)).toMatch(/20k fewer households .*; 90% interval 5k to 50k\.$/);
    // A lower end of exactly zero is not "both ways".
    expect(withAvoided(20_000, 0, 50_000)).toMatch(/; 90% interval 0 to 50k\.$/);
    // On the lakh–crore scale each number in its own word, below a lakh in full: not "0.536 lakh to 1.06 lakh".
    applyLocale('en', 'southAsian', undefined);
    try {
      expect(withAvoided(78_700, 53_600, 106_000)).toMatch(/ 78,700 fewer households .*; 90% interval 53,600 to 1\.06 lakh\.$/);
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });

  it('a scenario with no new money is the status quo, compared or not', () => {
    for (const counterfactual of [true, false]) {
      const r = fixtureRun(fixtureScenario('Baseline', [0], (s) => { s.run.counterfactual = counterfactual; })).result;
      expect(headlineSentence('Baseline', r)).toBe('Baseline: no new programme money, so this is the status quo (existing cash transfer only).');
    }
  });

  it('with the comparison with the status quo off, says so instead of comparing', () => {
    const r = fixtureRun(fixtureScenario('Rs 80 bn', [80], (s) => { s.run.counterfactual = false; })).result;
    expect(headlineSentence('Rs 80 bn', r)).toMatch(/^Rs 80 bn: Rs [\d.]+ bn spent over 2 years \(the comparison with the status quo is off, so there is nothing to compare with\)\.$/);
  });

  it('without its name (a slide whose headline names the scenario): the same sentence after "name: "', () => {
    const r = { ...fixtureRun(fixtureScenario('Rs 80 bn', [80])).result };
    r.meta = { ...r.meta, replications: 12 };
    const bare = headlineSentence('Rs 80 bn', r, { named: false });
    expect(bare).toMatch(/^Rs [\d.]+ bn spent over 2 years leaves /);
    expect(`Rs 80 bn: ${bare}`).toBe(headlineSentence('Rs 80 bn', r));
  });

  it('every sentence of the catalogue starts with "{{name}}: ", in every language, so the name can be left off', () => {
    for (const catalogue of [en, ur]) {
      const sentences = Object.entries(catalogue.headline).filter(([k]) => !/^(years|months)/.test(k));
      expect(sentences.length).toBeGreaterThanOrEqual(8);
      for (const [key, text] of sentences) expect({ key, text }).toEqual({ key, text: expect.stringMatching(/^\{\{name\}\}: /) });
    }
  });
});

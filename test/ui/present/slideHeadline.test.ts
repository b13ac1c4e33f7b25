// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../src/engine/index';
import { budgetText, slideHeadline as headlineOf } from '../../../src/ui/present/slideHeadline';
import { applyLocale } from '../../../src/i18n/index';

/** The slide's headline with its amounts' no-break spaces read as spaces (one test below checks them). */
const slideHeadline = (r: Parameters<typeof headlineOf>[0]) => {
  const h = headlineOf(r);
  return { ...h, headline: h.headline.replace(/\u00a0/g, ' ') };
};
import { fixtureRun, fixtureScenario } from '../../fixtures/results';

type Dist = RunResult['summary']['sustainedExits'];
const dist = (p50: number | null, p5: number | null = p50, p95: number | null = p50): Dist => ({ mean: p50, p5, p25: p50, p50, p75: p50, p95 }) as Dist;

/** A real fixture result with hand-set exits, cost and replications, so the sentence can be read exactly. */
function withNumbers(replications: number, exits: Dist, cost: Dist, annualBn = [120]): RunResult {
  const r = fixtureRun(fixtureScenario('Rs 120 bn', annualBn)).result;
  return {
    ...r,
    meta: { ...r.meta, replications, months: 36 },
    summary: { ...r.summary, additionalSustainedExits: exits, costPerSustainedExitPKR: cost },
  };
}

describe('budgetText(annualBn)', () => {
  it('names a flat budget per year and a rising path step by step', () => {
    expect(budgetText([120])).toBe('Rs 120 bn a year');
    expect(budgetText([100, 100])).toBe('Rs 100 bn a year');
    expect(budgetText([80, 100, 120])).toBe('Rs 80 → 100 → 120 bn a year');
  });
});

describe('slideHeadline(result)', () => {
  it('says the budget, the additional sustained exits by the last month with their 90% interval, and the cost of each', () => {
    const r = withNumbers(40, dist(226_000, 180_000, 271_000), dist(531_000, 440_000, 670_000));
    expect(slideHeadline(r).headline).toBe(
      'Rs 120 bn a year: 226k more households out of poverty for a year or more by month 36 (90% interval 180k to 271k); each costs Rs 531,000 (90% interval Rs 440,000 to Rs 670,000).',
    );
    expect(slideHeadline(r).basis).toMatch(/^Compared with the status quo \(existing cash transfer only\) on the same households and shocks; 40 replications of [\d,.]+k? households over 36 months\.$/);
  });

  it('says a cost per exit open above is so, rather than leaving out the least certain number\u2019s interval', () => {
    const r = withNumbers(40, dist(12_000, 0, 30_000), dist(11_500_000, 1_940_000, null));
    expect(slideHeadline(r).headline).toBe(
      'Rs 120 bn a year: 12k more households out of poverty for a year or more by month 36 (90% interval 0 to 30k); each costs Rs 11.5 m (90% interval Rs 1.94 m to no upper end).',
    );
  });

  it('gives a cost\u2019s interval in the scale word of the largest of it and its ends, as the ranking does', () => {
    const r = withNumbers(40, dist(12_000, 0, 30_000), dist(4_190_000, 844_000, null));
    // It had "Rs 844,000 to no upper end" beside the ranking's "Rs 0.844 m to no upper end".
    expect(slideHeadline(r).headline).toMatch(/each costs Rs 4\.19 m \(90% interval Rs 0\.844 m to no upper end\)\.$/);
  });

  it('on the lakh–crore scale writes each number as its readers do: below a lakh in full, never a fraction of a lakh', () => {
    applyLocale('en', 'southAsian', undefined);
    try {
      const r = withNumbers(40, dist(78_700, 53_600, 106_000), dist(1_520_000, 980_000, 2_300_000));
      // Not "0.787 lakh more … (90% interval 0.536 lakh to 1.06 lakh)".
      expect(slideHeadline(r).headline).toBe(
        'Rs 120 bn a year: 78,700 more households out of poverty for a year or more by month 36 (90% interval 53,600 to 1.06 lakh); each costs Rs 15.2 lakh (90% interval Rs 9.8 lakh to Rs 23 lakh).',
      );
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });

  it('says an interval with no spread is one, rather than "226k to 226k"', () => {
    const r = withNumbers(40, dist(226_000), dist(531_000, 440_000, 670_000));
    expect(slideHeadline(r).headline).toBe(
      'Rs 120 bn a year: 226k more households out of poverty for a year or more by month 36 (90% interval: 226k, no spread); each costs Rs 531,000 (90% interval Rs 440,000 to Rs 670,000).',
    );
  });

  it('says ends that round to one number once, as rounded, not as "226k to 226k" nor as no spread', () => {
    const r = withNumbers(40, dist(226_000, 225_900, 226_400), dist(531_000, 530_900, 531_200));
    expect(slideHeadline(r).headline).toBe(
      'Rs 120 bn a year: 226k more households out of poverty for a year or more by month 36 (90% interval: 226k at both ends, as rounded); each costs Rs 531,000 (90% interval: Rs 531,000 at both ends, as rounded).',
    );
  });

  it('below 10 replications says the interval is still being estimated rather than quoting a range of a few draws', () => {
    const done = withNumbers(5, dist(226_000, 180_000, 271_000), dist(531_000, 440_000, 670_000), [80, 100, 120]);
    // Still running: the scenario asks for 40.
    const r = { ...done, scenario: { ...done.scenario, run: { ...done.scenario.run, replications: 40 } } };
    expect(slideHeadline(r).headline).toBe(
      'Rs 80 → 100 → 120 bn a year: 226k more households out of poverty for a year or more by month 36 (90% interval still being estimated); each costs Rs 531,000 (90% interval still being estimated).',
    );
  });

  // Bug: a complete run of 5 (all its scenario asks for) said "still being estimated" for ever.
  it('a complete run below 10 replications says there are too few for an interval, and how many it takes', () => {
    const r = withNumbers(5, dist(226_000, 180_000, 271_000), dist(531_000, 440_000, 670_000), [80, 100, 120]);
    expect(r.scenario.run.replications).toBe(5);
    expect(slideHeadline(r).headline).toBe(
      'Rs 80 → 100 → 120 bn a year: 226k more households out of poverty for a year or more by month 36 (too few replications for a 90% interval: 10 or more needed); each costs Rs 531,000 (too few replications for a 90% interval: 10 or more needed).',
    );
  });

  it('with no additional exits there is no cost per exit, and fewer exits are said as fewer', () => {
    expect(slideHeadline(withNumbers(40, dist(0, -1000, 1000), dist(null))).headline).toBe(
      'Rs 120 bn a year: no more households out of poverty for a year or more by month 36 (90% interval from 1,000 fewer to 1,000 more: even the direction is uncertain).',
    );
    // In the sentence's direction: "2,500 fewer … (90% interval 1,000 to 4,000)", not "−4,000 to −1,000".
    expect(slideHeadline(withNumbers(40, dist(-2500, -4000, -1000), dist(null))).headline).toBe(
      'Rs 120 bn a year: 2,500 fewer households out of poverty for a year or more by month 36 (90% interval 1,000 to 4,000).',
    );
    expect(slideHeadline(withNumbers(40, dist(-2500, -4000, 30_000), dist(null))).headline).toBe(
      'Rs 120 bn a year: 2.5k fewer households out of poverty for a year or more by month 36 (90% interval from 4k fewer to 30k more: even the direction is uncertain).',
    );
    // More exits with an interval reaching below zero: its cost per exit has no upper end.
    expect(slideHeadline(withNumbers(40, dist(12_000, -3_000, 30_000), dist(11_500_000, 1_940_000, null))).headline).toBe(
      'Rs 120 bn a year: 12k more households out of poverty for a year or more by month 36 (90% interval from 3k fewer to 30k more: even the direction is uncertain); each costs Rs 11.5 m (90% interval Rs 1.94 m to no upper end).',
    );
  });

  it('a scenario with no new money is the status quo; with the comparison with the status quo off, there is nothing to compare with', () => {
    expect(slideHeadline(fixtureRun(fixtureScenario('Baseline', [0])).result).headline).toBe('No new programme money: this is the status quo (existing cash transfer only).');
    const alone = fixtureRun(fixtureScenario('Rs 80 bn', [80], (s) => { s.run.counterfactual = false; })).result;
    expect(slideHeadline(alone).headline).toMatch(/^Rs 80 bn a year: Rs [\d.]+ bn spent over 24 months; the comparison with the status quo is off, so there is nothing to compare with\.$/);
  });

  it('keeps each amount on one line in large type: no break between "Rs" and its number', () => {
    const h = headlineOf(withNumbers(40, dist(226_000, 180_000, 271_000), dist(3_020_000, 2_000_000, 6_790_000))).headline;
    expect(h).toContain('each costs Rs\u00a03.02\u00a0m (90% interval Rs\u00a02\u00a0m to Rs\u00a06.79\u00a0m)');
  });
});

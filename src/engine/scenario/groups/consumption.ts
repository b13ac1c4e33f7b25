import type { GroupSpec } from '../spec';

/**
 * How consumption follows income: a buffer-stock rule. Households consume
 * their expected (permanent) income and move a share of any surplus or
 * shortfall of cash on hand against a target buffer; savings cannot go below
 * zero, so a household with no buffer left consumes what it has. Poverty is
 * judged on consumption per adult-equivalent.
 */
export const consumption = {
  mpc: {
    kind: 'number', default: 0.25, min: 0.01, max: 1, unit: 'share / month',
    label: 'Spending of surplus cash', description: 'Share of cash on hand above (or below) the target buffer that is consumed (or cut) each month; 1 = no smoothing.',
    source: 'Poor rural households pass ~40% of a yearly income shock to consumption, the richest ~10% (Jalan & Ravallion 1999, J. Dev. Econ., rural China); monthly rate our assumption. At 0.25 about 76% of a year-long shock reaches consumption within the year, at every income level: more than the source finds, a known tension (docs/model.md §4)', conf: 'L',
  },
  bufferMonths: {
    kind: 'number', default: 1.5, min: 0, max: 24, unit: 'months of income',
    label: 'Target savings', description: 'Savings a household aims to hold, in months of its expected income; the buffer absorbs shocks until it is used up.',
    source: 'Our assumption (household liquid savings in Pakistan: no source found)', conf: 'A',
  },
  savingsReturn: {
    kind: 'number', default: 0, min: -0.05, max: 0.05, unit: 'share / month',
    label: 'Real return on savings', description: 'Monthly real return on the buffer (cash and livestock kept as savings).',
    source: 'Our assumption: savings held in cash or kind earn about nothing in real terms', conf: 'A',
  },
} as const satisfies GroupSpec;

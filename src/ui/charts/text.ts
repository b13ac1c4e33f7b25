/**
 * Titles, subtitles (with units) and notes for every chart, in one place so
 * the registry, the charts and a future translation read the same words.
 */
// The ranking's words live with the statistic they name, so one cannot change without the other.
import { COST_RANKING } from './data/costPerExit';

export interface ChartText {
  title: string;
  subtitle: string;
  note?: string;
}

const BAR_INTERVAL = 'bars: mean across replications, whiskers: 90% interval';
const BAND_INTERVAL = 'line: median across replications, shading: 90% interval';

export const CHART_TEXT = {
  headline: {
    title: 'Headline results',
    subtitle: 'Median across replications, with the range that holds 90% of them',
  },
  povertyFan: {
    title: 'People in poverty, month by month',
    subtitle: '% of people below the poverty line; line: median across replications, shading: 50% and 90% intervals',
    note: 'Poverty is judged on consumption per adult-equivalent against the national poverty line. The dashed line, on request, is the status quo (existing cash transfer only) on the same random draws.',
  },
  incomeDistribution: {
    title: 'Consumption distribution at the start and the end',
    subtitle: 'People (m) by consumption per adult-equivalent, in multiples of the poverty line (log scale, bins of equal width)',
  },
  decileChange: {
    title: 'Change in consumption by start decile',
    subtitle: `against the status quo (existing cash transfer only) on the same random draws; ${BAR_INTERVAL}`,
    note: 'Deciles: people ranked by consumption per adult-equivalent the month before the programmes start, in ten groups of equal size; a household stays in the decile it started in. The change is the mean over the decile\u2019s people.',
  },
  winners: {
    title: 'Households better and worse off by start decile',
    subtitle: `% of each decile\u2019s households whose consumption per adult-equivalent ends 5% or more above (right) or below (left) the status quo on the same draws; ${BAR_INTERVAL}`,
    note: 'Deciles of consumption per adult-equivalent before the programmes start, 1 = poorest tenth of people. Households can be worse off when, for example, an investment made with a loan fails.',
  },
  povertyDepth: {
    title: 'Depth of poverty, month by month',
    subtitle: BAND_INTERVAL,
    note: 'Poverty gap: the mean shortfall from the poverty line over all people, the non-poor counting zero (FGT1). Severity: the mean of the squared shortfall (FGT2), which weighs the poorest most: a shortfall of half the line counts four times as much as a shortfall of a quarter.',
  },
  gini: {
    title: 'Inequality at the start and the end',
    subtitle: 'Gini of consumption per adult-equivalent across people (0 = equal, 1 = all to one person); dots: mean across replications, lines: 90% interval',
    note: 'The status quo (existing cash transfer only) is on the same random draws, so the gap between the end and the status quo\u2019s end is the effect of the new programmes. The \u201cpaired change\u201d under each name is that gap taken replication by replication, with its 90% interval: much narrower than the intervals of the dots, which mostly hold differences between replications that the pairing cancels.',
  },
  incidence: {
    title: 'Who each programme reached, by start decile',
    subtitle: BAR_INTERVAL,
    note: 'Deciles: people ranked by consumption per adult-equivalent before the programmes start, 1 = poorest tenth. Incidence: of the households a programme reached, the share from each decile (a programme that ignored welfare would give every decile about 10%). Coverage: of each decile\u2019s households, the share the programme reached.',
  },
  exits: {
    title: 'Households leaving and entering poverty',
    subtitle: `Households (m) over the whole run; ${BAR_INTERVAL}`,
    note: '"Out of poverty for 12+ months": poor at the start, then out of poverty for at least 12 consecutive months and still out at the end.',
  },
  microfinance: {
    title: 'Loans in trouble',
    subtitle: `By month; ${BAND_INTERVAL}`,
    note: 'PAR30: share of the money outstanding on loans 30 or more days overdue or rescheduled (loans only extended after a shock are current by rule and not counted). Default rate: money written off as a share of all money lent so far.',
  },
  loanLedger: {
    title: 'Where the money lent went',
    subtitle: 'Rs bn at the end of the run, mean across replications; total lent above each bar',
    note: 'Money lent = principal repaid + still outstanding + written off.',
  },
  riskFund: {
    title: 'Risk-compensation fund',
    subtitle: `Fund balance, Rs bn, by month; ${BAND_INTERVAL}`,
    note: 'The fund covers part of lenders\u2019 losses; when it runs low, new lending is throttled.',
  },
  budget: {
    title: 'Spending by programme and year',
    subtitle: 'Rs bn, mean across replications; grey: budget left unspent; total budget above each bar',
  },
  costPerExit: {
    title: 'Cost per additional household out of poverty for 12+ months',
    subtitle: `Rs m per household, against the status quo (existing cash transfer only) on the same draws; ${BAR_INTERVAL}; ${COST_RANKING.caption}`,
  },
  programmeCost: {
    title: 'Cost per additional exit, programme by programme',
    subtitle: `Rs m per household lifted out of poverty for 12+ months, each programme run alone; ${BAR_INTERVAL}; ${COST_RANKING.caption}`,
    note: 'Each programme is run on its own with the money it gets in this scenario (administration at the same rate), on the same households and draws, against the status quo (existing cash transfer only). These runs go on in the background once the comparison on screen is done.',
  },
  region: {
    title: 'Poverty by region',
    subtitle: `${BAR_INTERVAL}`,
  },
  difference: {
    title: 'Difference from the baseline',
    subtitle: `Scenario minus baseline on the same random draws; ${BAR_INTERVAL}`,
    note: 'A scenario identical to the baseline differs by exactly 0: both face the same shocks.',
  },
  effects: {
    title: 'Effects on the households each programme reached',
    subtitle: `% change for the same households at the end of the run, with the programmes against the status quo (existing cash transfer only) on the same random draws; ${BAR_INTERVAL}`,
    note: 'Consumption: per adult-equivalent, the mean over the households reached. Poverty: the share of their people below the poverty line; −10% means a tenth fewer of them are poor, not 10 percentage points. A household counts under every programme it took part in, and once under "Any new programme".',
  },
} as const satisfies Record<string, ChartText>;

export type ChartKind = keyof typeof CHART_TEXT;

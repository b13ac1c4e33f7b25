/**
 * Calibration targets the model is checked against, with sources, and the
 * model's value for each from a result. Shown in the app so a miss is visible
 * where the numbers are used, not only in the docs.
 */
import type { Dist, RunResult } from '../engine/index';

export interface CalibrationRow {
  label: string;
  target: number;
  targetText: string;
  source: string;
  model: Dist;
  unit: 'share' | 'pkr' | 'gini';
  /** How the model got there: a solved calibration, or an outcome left free. */
  how: 'calibrated' | 'free';
}

/** HIES 2018-19 mean household income ÷ mean adult-equivalents (6.3 persons, 42% of non-heads children at 0.8). */
const MEAN_INCOME_TARGET = 41545 / (6.3 - 0.2 * 0.42 * 5.3);

export function calibrationRows(baseline: RunResult, withLoans: RunResult | null): CalibrationRow[] {
  const rows: CalibrationRow[] = [
    {
      label: 'People in poverty at the start', target: 0.219, targetText: '21.9%', unit: 'share', how: 'calibrated',
      source: 'HIES 2018-19 (World Development Indicators)', model: baseline.summary.povertyHeadcountStart,
    },
    {
      label: 'Gini of income per adult-equivalent', target: 0.303, targetText: '0.303 (consumption)', unit: 'gini', how: 'free',
      source: 'World Bank Poverty & Equity Brief 2025; income is more unequal than consumption', model: baseline.summary.giniStart,
    },
    {
      label: 'Mean income per adult-equivalent', target: MEAN_INCOME_TARGET, targetText: `Rs ${Math.round(MEAN_INCOME_TARGET).toLocaleString('en-US')} a month`, unit: 'pkr', how: 'free',
      source: 'HIES 2018-19 mean household income Rs 41,545 (Mettis 2020)', model: baseline.summary.meanIncomeStart,
    },
  ];
  if (withLoans && (withLoans.summary.loansDisbursedPKR.p50 ?? 0) > 0) {
    const par = withLoans.series.par30.mean.slice(12).filter((x): x is number => x !== null);
    const mean = par.length > 0 ? par.reduce((a, b) => a + b, 0) / par.length : null;
    rows.push({
      label: 'Loan money 30+ days overdue (PAR30), average after year 1', target: 0.015, targetText: '1.5%', unit: 'share', how: 'calibrated',
      source: 'Pakistan Microfinance Network, normal year', model: { mean, p5: null, p25: null, p50: mean, p75: null, p95: null },
    });
  }
  return rows;
}

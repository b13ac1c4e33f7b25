/**
 * Plain-language names and units for the metrics charts show. Labels say
 * what a number means to a reader ("households out of poverty for 12+
 * months"), never the engine's field name.
 */
import type { ScalarKey } from '../../engine/index';
import { formatCount, formatPKR, formatPoints, formatShare, formatSignedCount, type Formatter } from '../format';

export type UnitKind = 'share' | 'count' | 'pkr';

export interface UnitInfo {
  /** Axis label for levels. */
  axis: string;
  /** Axis label for differences against the baseline. */
  diffAxis: string;
  format: Formatter;
  formatDiff: Formatter;
}

/** A signed rupee amount: formatPKR already writes "−", so only "+" is added. */
const formatSignedPKR: Formatter = (x) => (x !== null && x !== undefined && x > 0 ? `+${formatPKR(x)}` : formatPKR(x));

export const UNITS: Record<UnitKind, UnitInfo> = {
  share: { axis: '% of people', diffAxis: 'percentage points', format: formatShare, formatDiff: formatPoints },
  count: { axis: 'households (m)', diffAxis: 'households (m)', format: formatCount, formatDiff: formatSignedCount },
  pkr: { axis: 'Rs bn', diffAxis: 'Rs bn', format: formatPKR, formatDiff: formatSignedPKR },
};

export interface MetricInfo {
  label: string;
  unit: UnitKind;
  /** Share metrics that are not "% of people" name their own base. */
  axis?: string;
}

/** The scalar metrics a reader can pick in comparison charts. */
export const METRICS = {
  poorHouseholdsEnd: { label: 'Poor households at the end', unit: 'count' },
  sustainedExits: { label: 'Households out of poverty for 12+ months', unit: 'count' },
  reentries: { label: 'Households that fell back into poverty', unit: 'count' },
  newlyPoor: { label: 'Households newly in poverty', unit: 'count' },
  povertyHeadcountEnd: { label: 'People in poverty at the end', unit: 'share' },
  povertyGapEnd: { label: 'Poverty gap at the end', unit: 'share', axis: '% of the poverty line' },
  par30End: { label: 'Loan money 30+ days overdue at the end (PAR30)', unit: 'share', axis: '% of money outstanding' },
  defaultRate: { label: 'Loan money written off (default rate)', unit: 'share', axis: '% of money lent' },
  spentPKR: { label: 'Money spent on programmes', unit: 'pkr' },
  writtenOffPKR: { label: 'Loans written off', unit: 'pkr' },
} as const satisfies Partial<Record<ScalarKey, MetricInfo>>;

export type MetricKey = keyof typeof METRICS;

export function metricInfo(key: MetricKey): MetricInfo & UnitInfo {
  const m: MetricInfo = METRICS[key];
  const u = UNITS[m.unit];
  return { ...u, ...m, axis: m.axis ?? u.axis, diffAxis: m.unit === 'share' ? 'percentage points' : u.diffAxis };
}

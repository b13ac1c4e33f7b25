/**
 * Plain-language names and units for the metrics charts show. Labels say
 * what a number means to a reader ("households out of poverty for 12+
 * months"), never the engine's field name.
 */
import type { ScalarKey } from '../../engine/index';
import { i18n } from '../../i18n/index';
import { formatCount, formatPKR, formatPoints, formatShare, formatSignedCount, signed, type Formatter } from '../format';

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
const formatSignedPKR: Formatter = (x) => (x !== null && x !== undefined && x > 0 ? signed('+', formatPKR(x)) : formatPKR(x));

/** Axis titles are read when asked for, so they follow the language. */
export const UNITS: Record<UnitKind, UnitInfo> = {
  share: { get axis() { return i18n.t('charts:metrics.units.shareAxis'); }, get diffAxis() { return i18n.t('charts:metrics.units.shareDiff'); }, format: formatShare, formatDiff: formatPoints },
  count: { get axis() { return i18n.t('charts:metrics.units.countAxis'); }, get diffAxis() { return i18n.t('charts:metrics.units.countAxis'); }, format: formatCount, formatDiff: formatSignedCount },
  pkr: { get axis() { return i18n.t('charts:metrics.units.pkrAxis'); }, get diffAxis() { return i18n.t('charts:metrics.units.pkrAxis'); }, format: formatPKR, formatDiff: formatSignedPKR },
};

export interface MetricInfo {
  label: string;
  unit: UnitKind;
  /** Share metrics that are not "% of people" name their own base. */
  axis?: string;
}

/** The scalar metrics a reader can pick in comparison charts. */
/** A metric whose label (and axis, for shares not of people) is read when asked for, so it follows the language. */
function metric(key: keyof typeof LABEL_KEYS, unit: UnitKind, axis?: 'povertyGapEnd' | 'par30End' | 'defaultRate'): MetricInfo {
  const m = { unit } as MetricInfo;
  Object.defineProperty(m, 'label', { get: () => i18n.t(LABEL_KEYS[key]), enumerable: true });
  if (axis) Object.defineProperty(m, 'axis', { get: () => i18n.t(`charts:metrics.axes.${axis}`), enumerable: true });
  return m;
}

const LABEL_KEYS = {
  poorHouseholdsEnd: 'charts:metrics.labels.poorHouseholdsEnd',
  sustainedExits: 'charts:metrics.labels.sustainedExits',
  reentries: 'charts:metrics.labels.reentries',
  newlyPoor: 'charts:metrics.labels.newlyPoor',
  povertyHeadcountEnd: 'charts:metrics.labels.povertyHeadcountEnd',
  povertyGapEnd: 'charts:metrics.labels.povertyGapEnd',
  par30End: 'charts:metrics.labels.par30End',
  defaultRate: 'charts:metrics.labels.defaultRate',
  spentPKR: 'charts:metrics.labels.spentPKR',
  writtenOffPKR: 'charts:metrics.labels.writtenOffPKR',
} as const;

/** The scalar metrics a reader can pick in comparison charts; labels and axes are read in the current language. */
export const METRICS = {
  poorHouseholdsEnd: metric('poorHouseholdsEnd', 'count'),
  sustainedExits: metric('sustainedExits', 'count'),
  reentries: metric('reentries', 'count'),
  newlyPoor: metric('newlyPoor', 'count'),
  povertyHeadcountEnd: metric('povertyHeadcountEnd', 'share'),
  povertyGapEnd: metric('povertyGapEnd', 'share', 'povertyGapEnd'),
  par30End: metric('par30End', 'share', 'par30End'),
  defaultRate: metric('defaultRate', 'share', 'defaultRate'),
  spentPKR: metric('spentPKR', 'pkr'),
  writtenOffPKR: metric('writtenOffPKR', 'pkr'),
} satisfies Partial<Record<ScalarKey, MetricInfo>>;

export type MetricKey = keyof typeof METRICS;

export function metricInfo(key: MetricKey): MetricInfo & UnitInfo {
  const m: MetricInfo = METRICS[key];
  const u = UNITS[m.unit];
  return { format: u.format, formatDiff: u.formatDiff, label: m.label, unit: m.unit, axis: m.axis ?? u.axis, diffAxis: u.diffAxis };
}

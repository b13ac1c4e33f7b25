/**
 * Titles, subtitles (with units) and notes for every chart, in one place so
 * the registry, the charts, the slides and the report read the same words.
 * The words are in the charts catalogue (charts:text.<kind>); each kind's
 * entry is read when asked for, so it is in the language of the moment.
 */
// The ranking's words live with the statistic they name, so one cannot change without the other.
import { i18n } from '../../i18n/index';
import { COST_RANKING } from './data/costPerExit';

export interface ChartText {
  title: string;
  subtitle: string;
  note?: string;
}

/**
 * A chart whose subtitle names its value axis's unit ("Rs lakh per household, against the status quo …"): the chart
 * fills it in with its axis title (axis.ts axisUnit), as only it knows how far its axis reaches, and on the lakh and
 * crore scale that decides the unit. A fixed "Rs m per household" had stood above an axis and labels in lakh.
 */
export interface AxisChartText extends Omit<ChartText, 'subtitle'> {
  subtitleFor: (axis: string) => string;
}

const KINDS = [
  'headline', 'povertyFan', 'incomeDistribution', 'decileChange', 'winners', 'povertyDepth', 'gini', 'incidence', 'exits',
  'microfinance', 'loanLedger', 'riskFund', 'budget', 'costPerExit', 'programmeCost', 'region', 'difference', 'effects',
] as const;

export type ChartKind = (typeof KINDS)[number];

/** The kinds whose subtitle names the value axis's unit ({{axis}}). */
const WITH_AXIS = ['incomeDistribution', 'exits', 'loanLedger', 'riskFund', 'budget', 'costPerExit', 'programmeCost'] as const satisfies readonly ChartKind[];
type AxisKind = (typeof WITH_AXIS)[number];
const withAxis = (kind: ChartKind): kind is AxisKind => (WITH_AXIS as readonly ChartKind[]).includes(kind);

/** The kinds whose text has a note. */
const WITH_NOTE: ReadonlySet<ChartKind> = new Set<ChartKind>([
  'povertyFan', 'decileChange', 'winners', 'povertyDepth', 'gini', 'incidence', 'exits', 'microfinance', 'loanLedger', 'riskFund', 'programmeCost', 'difference', 'effects',
]);

function chartText(kind: ChartKind): ChartText | AxisChartText {
  const title = i18n.t(`charts:text.${kind}.title`);
  const note = WITH_NOTE.has(kind) ? { note: i18n.t(`charts:text.${kind}.note` as 'charts:text.povertyFan.note') } : {};
  if (withAxis(kind)) return { title, subtitleFor: (axis: string) => i18n.t(`charts:text.${kind}.subtitle`, { ranking: COST_RANKING.caption, axis }), ...note };
  return { title, subtitle: i18n.t(`charts:text.${kind}.subtitle`, { ranking: COST_RANKING.caption }), ...note };
}

/** Every chart's text by kind, in the current language. */
export const CHART_TEXT = Object.defineProperties(
  {} as { readonly [K in ChartKind]: K extends AxisKind ? AxisChartText : ChartText },
  Object.fromEntries(KINDS.map((kind) => [kind, { get: () => chartText(kind), enumerable: true }])),
);

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

const KINDS = [
  'headline', 'povertyFan', 'incomeDistribution', 'decileChange', 'winners', 'povertyDepth', 'gini', 'incidence', 'exits',
  'microfinance', 'loanLedger', 'riskFund', 'budget', 'costPerExit', 'programmeCost', 'region', 'difference', 'effects',
] as const;

export type ChartKind = (typeof KINDS)[number];

/** The kinds whose text has a note. */
const WITH_NOTE: ReadonlySet<ChartKind> = new Set<ChartKind>([
  'povertyFan', 'decileChange', 'winners', 'povertyDepth', 'gini', 'incidence', 'exits', 'microfinance', 'loanLedger', 'riskFund', 'programmeCost', 'difference', 'effects',
]);

function chartText(kind: ChartKind): ChartText {
  const title = i18n.t(`charts:text.${kind}.title`);
  const subtitle = i18n.t(`charts:text.${kind}.subtitle`, { ranking: COST_RANKING.caption });
  if (!WITH_NOTE.has(kind)) return { title, subtitle };
  return { title, subtitle, note: i18n.t(`charts:text.${kind}.note` as 'charts:text.povertyFan.note') };
}

/** Every chart's text by kind, in the current language. */
export const CHART_TEXT = Object.defineProperties(
  {} as Record<ChartKind, ChartText>,
  Object.fromEntries(KINDS.map((kind) => [kind, { get: () => chartText(kind), enumerable: true }])),
);

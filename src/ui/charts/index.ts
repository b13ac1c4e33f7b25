/**
 * The charts' public surface: the dashboard, presentation and report import
 * from here (or lay charts out through the registry).
 */
export type { ChartRun, DiffRun, IntervalValue } from './types';
export { assignColors, OKABE_ITO, SCENARIO_COLORS, PROGRAMME_COLORS } from './palette';
export { METRICS, metricInfo, type MetricKey } from './metrics';
export { CHART_TEXT, type ChartKind } from './text';
export { CHARTS, DEFAULT_LAYOUT, renderChart, type ChartEntry, type ChartInputs } from './registry';
export { ChartFrame, type ChartFrameProps } from './ChartFrame';
export { DataTable, type Column, type DataTableProps } from './DataTable';
export { HeadlineCards, type HeadlineCardsProps } from './HeadlineCards';
export { PovertyFanChart, type PovertyFanChartProps } from './PovertyFanChart';
export { IncomeDistributionChart, type IncomeDistributionChartProps } from './IncomeDistributionChart';
export { ExitsChart, type ExitsChartProps } from './ExitsChart';
export { MicrofinanceChart, type MicrofinanceChartProps, type MicrofinanceMeasure } from './MicrofinanceChart';
export { LoanLedgerChart, type LoanLedgerChartProps } from './LoanLedgerChart';
export { RiskFundChart, type RiskFundChartProps } from './RiskFundChart';
export { BudgetChart, type BudgetChartProps } from './BudgetChart';
export { CostPerExitChart, type CostPerExitChartProps } from './CostPerExitChart';
export { RegionChart, type RegionChartProps, type RegionMode } from './RegionChart';
export { DifferenceChart, DEFAULT_DIFF_METRICS, type DifferenceChartProps } from './DifferenceChart';
export { DecileChangeChart, type DecileChangeChartProps } from './DecileChangeChart';
export { WinnersChart, type WinnersChartProps } from './WinnersChart';
export { PovertyDepthChart, type PovertyDepthChartProps, type DepthMeasure } from './PovertyDepthChart';
export { GiniChart, type GiniChartProps } from './GiniChart';
export { IncidenceChart, type IncidenceChartProps } from './IncidenceChart';

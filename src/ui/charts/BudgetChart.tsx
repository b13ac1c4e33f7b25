/**
 * One scenario's money by programme and year (means across replications):
 * a stacked bar per year, programmes first and unspent money on top, so
 * the whole bar is the year's budget.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import type { ChartRun } from './types';
import { BUDGET_PARTS, budgetRows, type BudgetRow } from './data/budget';
import { niceScale, withPeers, type NiceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable, type Column } from './DataTable';
import { Legend } from './Legend';
import { axisUnit, HEIGHT } from './axis';
import { PROGRAMME_COLORS } from './palette';
import { formatPKR } from '../format';
import { CHART_TEXT } from './text';
import { plain } from './data/interval';
import { VBarPlot } from './plot/VBarPlot';
import { isStatusQuoPolicy } from '../../engine/index';

export interface BudgetChartProps {
  run: ChartRun;
  /** Scenarios whose budgets the axis spans too (side by side: one scale for every column). */
  peers?: readonly ChartRun[];
  height?: number;
}

/** The axis reaches at least Rs 1 bn, so a scenario with no budget reads "0 to 1", not fractions of a rupee. */
const MIN_AXIS_PKR = 1e9;
const series = () => BUDGET_PARTS.map((p) => ({ name: p.label, color: PROGRAMME_COLORS[p.key] }));
const yearLabel = (r: BudgetRow) => r.label;
const part = (r: BudgetRow, j: number) => plain(r[BUDGET_PARTS[j]!.key]);
const total = (r: BudgetRow) => (r.budget === null ? null : formatPKR(r.budget));

/** The axis for these scenarios' budgets: the chart's own, or one shared by its peers (registry: sharedScale). */
export function budgetScale(runs: readonly ChartRun[]): NiceScale {
  return niceScale(runs.flatMap((r) => budgetRows(r.result).map((row) => row.budget)).concat(MIN_AXIS_PKR), { zero: true });
}

export function BudgetChart({ run, peers, height = HEIGHT.standard }: BudgetChartProps) {
  const rows = useMemo(() => budgetRows(run.result), [run.result]);
  const y = useMemo(() => budgetScale(withPeers(run, peers)), [run, peers]);
  const unit = axisUnit('rupees', y.ticks);
  // In a column too narrow for "Rs 120 bn", just "120", in the axis's unit (Rs bn, or Rs crore on a smaller axis).
  const totalShort = (r: BudgetRow) => (r.budget === null ? null : unit.tick(r.budget));
  const text = CHART_TEXT.budget;
  const title = i18n.t('charts:shared.titleFor', { title: text.title, name: nameIn(run.name) });
  const columns: Column<BudgetRow>[] = [
    { header: i18n.t('charts:budget.yearHeader'), cell: (r) => r.label },
    ...BUDGET_PARTS.map((p) => ({ header: p.label, numeric: true, cell: (r: BudgetRow) => formatPKR(r[p.key]) })),
    { header: i18n.t('charts:budget.budget'), numeric: true, cell: (r) => formatPKR(r.budget) },
  ];
  return (
    <ChartFrame
      title={title}
      subtitle={text.subtitleFor(unit.title)}
      chart={
        <VBarPlot
          categories={rows}
          categoryKey={yearLabel}
          categoryLabel={yearLabel}
          series={series()}
          value={part}
          stacked
          // Beside its peers, every column labels its bars the same way ("0", "80", "120" under the axis's Rs bn), not "Rs 0" where it fits.
          topLabel={peers ? totalShort : total}
          topLabelShort={totalShort}
          scale={y}
          tick={unit.tick}
          axisTitle={unit.title}
          label={title}
          height={height}
          top={24}
          maxBarSize={90}
        />
      }
      legend={<Legend items={BUDGET_PARTS.map((p) => ({ key: p.key, label: p.label, color: PROGRAMME_COLORS[p.key], mark: 'box' as const }))} />}
      table={() => <DataTable caption={i18n.t('charts:budget.caption', { title: text.title, name: nameIn(run.name) })} columns={columns} rows={rows} rowKey={(r) => r.label} />}
      note={isStatusQuoPolicy(run.result.scenario) ? i18n.t('charts:budget.statusQuoItself') : undefined}
    />
  );
}

/**
 * Where the money lent went, per lending scenario at the end of the run:
 * principal repaid, still outstanding and written off, stacked (means across
 * replications). The stack's height is the money lent, labelled on top.
 */
import { i18n } from '../../i18n/index';
import { useMemo } from 'react';
import type { ChartRun } from './types';
import { LEDGER_PARTS, ledgerRows, lendingRuns, type LedgerRow } from './data/ledger';
import { niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable, type Column } from './DataTable';
import { Legend } from './Legend';
import { axisUnit, HEIGHT } from './axis';
import { LEDGER_COLORS } from './palette';
import { formatPKR } from '../format';
import { noLoansNote, noneLend } from './noLoansNote';
import { plain } from './data/interval';
import { VBarPlot } from './plot/VBarPlot';
import { CHART_TEXT } from './text';

export interface LoanLedgerChartProps {
  runs: ChartRun[];
  height?: number;
}

const series = () => LEDGER_PARTS.map((p) => ({ name: p.label, color: LEDGER_COLORS[p.key] }));
const rowId = (r: LedgerRow) => r.id;
const rowName = (r: LedgerRow) => r.name;
const part = (r: LedgerRow, j: number) => plain(r[LEDGER_PARTS[j]!.key]);
const lent = (r: LedgerRow) => (r.disbursed === null ? null : formatPKR(r.disbursed));

export function LoanLedgerChart({ runs, height = HEIGHT.standard }: LoanLedgerChartProps) {
  const { lending, notLending } = useMemo(() => lendingRuns(runs), [runs]);
  const rows = useMemo(() => ledgerRows(lending), [lending]);
  const y = useMemo(() => niceScale(rows.map((r) => r.disbursed), { zero: true }), [rows]);
  const unit = axisUnit('rupees', y.ticks);
  // In a column too narrow for "Rs 120 bn", just "120", in the axis's unit (Rs bn, or Rs crore on a smaller axis).
  const lentShort = (r: LedgerRow) => (r.disbursed === null ? null : unit.tick(r.disbursed));
  const text = CHART_TEXT.loanLedger;
  const columns: Column<LedgerRow>[] = [
    { header: i18n.t('charts:shared.scenario'), cell: (r) => r.name },
    { header: i18n.t('charts:ledger.moneyLent'), numeric: true, cell: (r) => formatPKR(r.disbursed) },
    ...LEDGER_PARTS.map((p) => ({ header: p.label, numeric: true, cell: (r: LedgerRow) => formatPKR(r[p.key]) })),
  ];
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitleFor(unit.title)}
      note={noLoansNote(notLending, text.note)}
      chart={
        lending.length === 0 ? noneLend() : <VBarPlot
          categories={rows}
          categoryKey={rowId}
          categoryLabel={rowName}
          series={series()}
          value={part}
          stacked
          topLabel={lent}
          topLabelShort={lentShort}
          scale={y}
          tick={unit.tick}
          axisTitle={unit.title}
          label={text.title}
          height={height}
          top={24}
          bottom={52}
          maxBarSize={72}
        />
      }
      legend={lending.length > 0 && <Legend items={LEDGER_PARTS.map((p) => ({ key: p.key, label: p.label, color: LEDGER_COLORS[p.key], mark: 'box' as const }))} />}
      table={() => <DataTable caption={i18n.t('charts:ledger.caption', { title: text.title })} columns={columns} rows={rows} rowKey={(r) => r.id} />}
    />
  );
}

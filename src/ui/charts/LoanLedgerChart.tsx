/**
 * Where the money lent went, per lending scenario at the end of the run:
 * principal repaid, still outstanding and written off, stacked (means across
 * replications). The stack's height is the money lent, labelled on top.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { ChartRun } from './types';
import { LEDGER_PARTS, ledgerRows, lendingRuns, type LedgerRow } from './data/ledger';
import { niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { ChartBox } from './ChartBox';
import { DataTable, type Column } from './DataTable';
import { Legend } from './Legend';
import { axisLabel, HEIGHT, TICK, tickBn } from './axis';
import { INK, LEDGER_COLORS } from './palette';
import { formatPKR } from '../format';
import { noLoansNote } from './noLoansNote';
import { TopLabel, WrapTick } from './shapes';
import { CHART_TEXT } from './text';

export interface LoanLedgerChartProps {
  runs: ChartRun[];
  height?: number;
}

export function LoanLedgerChart({ runs, height = HEIGHT.standard }: LoanLedgerChartProps) {
  const { lending, notLending } = useMemo(() => lendingRuns(runs), [runs]);
  const rows = useMemo(() => ledgerRows(lending), [lending]);
  const y = useMemo(() => niceScale(rows.map((r) => r.disbursed), { zero: true }), [rows]);
  const text = CHART_TEXT.loanLedger;
  const columns: Column<LedgerRow>[] = [
    { header: 'Scenario', cell: (r) => r.name },
    { header: 'Money lent', numeric: true, cell: (r) => formatPKR(r.disbursed) },
    ...LEDGER_PARTS.map((p) => ({ header: p.label, numeric: true, cell: (r: LedgerRow) => formatPKR(r[p.key]) })),
  ];
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      note={noLoansNote(notLending, text.note)}
      chart={
        <ChartBox height={height}>
          <BarChart data={rows} margin={{ top: 24, right: 16, bottom: 8, left: 12 }} maxBarSize={72}>
            <CartesianGrid stroke={INK.grid} vertical={false} />
            <XAxis dataKey="name" tick={<WrapTick />} interval={0} height={44} />
            <YAxis domain={y.domain} ticks={y.ticks} tick={TICK} tickFormatter={tickBn} width={56} label={axisLabel('Rs bn', 'y')} />
            {LEDGER_PARTS.map((p, i) => (
              <Bar key={p.key} dataKey={p.key} name={p.label} stackId="ledger" fill={LEDGER_COLORS[p.key]} isAnimationActive={false}>
                {i === LEDGER_PARTS.length - 1 && <LabelList dataKey="disbursed" content={<TopLabel format={formatPKR} />} />}
              </Bar>
            ))}
          </BarChart>
        </ChartBox>
      }
      legend={<Legend items={LEDGER_PARTS.map((p) => ({ key: p.key, label: p.label, color: LEDGER_COLORS[p.key], mark: 'box' as const }))} />}
      table={() => <DataTable caption={`${text.title}: Rs, mean across replications`} columns={columns} rows={rows} rowKey={(r) => r.id} />}
    />
  );
}

/**
 * Poverty flows per scenario over the whole run: households out of poverty
 * for 12+ months, those who left and fell back, and the newly poor. Bars
 * are means across replications; whiskers the 90% interval.
 */
import { i18n } from '../../i18n/index';
import { useMemo } from 'react';
import type { ChartRun } from './types';
import { exitsIntervals, exitsRows, type ExitsRow } from './data/exits';
import { valueAt } from './data/interval';
import { intervalValues, niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable, type Column } from './DataTable';
import { Legend, runLegend } from './Legend';
import { axisUnit, HEIGHT } from './axis';
import { valueWithInterval } from './intervalText';
import { countsLike } from '../format';
import { CHART_TEXT } from './text';
import { VBarPlot } from './plot/VBarPlot';

export interface ExitsChartProps {
  runs: ChartRun[];
  height?: number;
}

const flowKey = (row: ExitsRow) => row.metric;
const flowLabel = (row: ExitsRow) => row.label;

export function ExitsChart({ runs, height = HEIGHT.standard }: ExitsChartProps) {
  const rows = useMemo(() => exitsRows(runs), [runs]);
  const y = useMemo(() => niceScale(intervalValues(exitsIntervals(rows, runs.length)), { zero: true }), [rows, runs]);
  const unit = axisUnit('households', y.ticks);
  const text = CHART_TEXT.exits;
  // One row per scenario and one column per flow keeps the table narrow enough to read without scrolling.
  const columns: Column<number>[] = [
    { header: i18n.t('charts:shared.scenario'), cell: (i) => runs[i]!.name },
    ...rows.map((row) => {
      // A flow's column is read down its scenarios: one scale word and one number of decimals (countsLike).
      const inColumn = countsLike(intervalValues(runs.map((_, i) => valueAt(row, i))));
      return {
        header: row.label,
        numeric: true,
        cell: (i: number) => {
          const v = valueAt(row, i);
          return valueWithInterval(v?.value, v?.low, v?.high, inColumn);
        },
        raw: (i: number) => {
          const v = valueAt(row, i);
          return { mean: v?.value, p5: v?.low, p95: v?.high };
        },
      };
    }),
  ];
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitleFor(unit.title)}
      note={text.note}
      chart={
        <VBarPlot
          categories={rows}
          categoryKey={flowKey}
          categoryLabel={flowLabel}
          series={runs}
          value={valueAt}
          scale={y}
          tick={unit.tick}
          axisTitle={unit.title}
          label={text.title}
          height={height}
          bottom={56}
          barGap={2}
          cap={5}
        />
      }
      legend={<Legend items={runLegend(runs, 'box')} />}
      table={() => <DataTable caption={i18n.t('charts:exits.caption')} columns={columns} rows={runs.map((_, i) => i)} rowKey={(i) => runs[i]!.id} />}
    />
  );
}

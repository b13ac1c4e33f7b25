/**
 * Cost per additional household out of poverty for 12+ months, by
 * scenario, cheapest first: mean across replications with the 90% interval,
 * in the ranking table's order (both from data/costPerExit).
 * A scenario with no additional exits has no cost per exit and says so in
 * words rather than drawing a zero bar. Each bar's mean is written beside the
 * plot too: on a slide or a printout the audience reads "Rs 4.19 m", not an axis.
 */
import { i18n } from '../../i18n/index';
import { useMemo } from 'react';
import type { ChartRun } from './types';
import { COST_RANKING, costPerExitRows, noExitsText, type CostPerExitRow } from './data/costPerExit';
import { intervalValues, niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable } from './DataTable';
import { axisUnit, HEIGHT } from './axis';
import { HBarPlot, type HBarSeries } from './plot/HBarPlot';
import { meanText, openIntervalNote, openIntervalSub, valueWithInterval } from './intervalText';
import { openAbove } from './data/interval';
import { formatPKR } from '../format';
import { CHART_TEXT } from './text';

export interface CostPerExitChartProps {
  runs: ChartRun[];
}

const series = (): HBarSeries<CostPerExitRow>[] => [{ key: 'cost', name: i18n.t('charts:shared.costPerExit'), color: (r) => r.color, value: (r) => r }];
/**
 * Each scenario's name; where there is no cost to draw, a note says why in the bar's place. A scenario run on other
 * household data than the baseline's (otherData) is marked: its cost rests on other households.
 */
const category = (r: CostPerExitRow) => {
  const subs = [
    openAbove(r) ? openIntervalSub() : null,
    r.otherData ? i18n.t('charts:costPerExit.otherData') : r.otherWorld ? i18n.t('charts:costPerExit.otherWorld') : null,
  ].filter((x) => x !== null);
  return { key: r.id, label: r.name, sub: subs.length > 0 ? subs.join(i18n.t('charts:shared.subSeparator')) : undefined, note: r.noExits ? noExitsText() : undefined };
};
const cell = (r: CostPerExitRow) => {
  const value = r.noExits ? noExitsText() : valueWithInterval(r.value, r.low, r.high, formatPKR);
  const other = r.otherData ? 'charts:costPerExit.otherData' : r.otherWorld ? 'charts:costPerExit.otherWorld' : null;
  return other ? `${value}${i18n.t('charts:shared.subSeparator')}${i18n.t(other)}` : value;
};

export function CostPerExitChart({ runs }: CostPerExitChartProps) {
  const rows = useMemo(() => costPerExitRows(runs), [runs]);
  const x = useMemo(() => niceScale(intervalValues(rows), { zero: true, flat: 1e6, count: 4 }), [rows]);
  // In the scale words the means beside the bars are written in: "Rs lakh per household" beside "Rs 36.8 lakh".
  const unit = axisUnit('rupeesPerHousehold', x.ticks);
  const text = CHART_TEXT.costPerExit;
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitleFor(unit.title)}
      note={rows.some(openAbove) ? openIntervalNote() : undefined}
      chart={
        <HBarPlot
          rows={rows}
          category={category}
          series={series()}
          scale={x}
          tick={unit.tick}
          axisTitle={unit.title}
          label={text.title}
          height={Math.max(HEIGHT.standard * 0.6, 70 + rows.length * HEIGHT.perRow)}
          nameWidth={130}
          maxBarSize={28}
          valueLabel={meanText}
        />
      }
      table={() => (
        <DataTable
          caption={i18n.t('charts:costPerExit.caption', { title: text.title, ranking: COST_RANKING.caption })}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: i18n.t('charts:shared.scenario'), cell: (r) => r.name },
            { header: i18n.t('charts:costPerExit.header'), numeric: true, cell, raw: (r) => ({ mean: r.value, p5: r.low, p95: r.high }) },
          ]}
        />
      )}
    />
  );
}

/**
 * Winners and losers for one scenario: by start decile, the share of
 * households at least 5% better off (bars to the right) and at least 5%
 * worse off (bars to the left) than in the status quo on the same draws,
 * with the shares over all households in the subtitle. Deciles run down the
 * side, poorest at the top, like the change-by-decile chart.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import type { ChartRun } from './types';
import { decilesUnavailable } from './data/decile';
import { mirrored, winnersRows, winnersTotals, type WinnersRow } from './data/winners';
import { intervalValues, niceScale, withPeers, type NiceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable } from './DataTable';
import { Legend } from './Legend';
import { tickPercent } from './axis';
import { valueWithInterval } from './intervalText';
import { formatShare } from '../format';
import { OKABE_ITO } from './palette';
import { CHART_TEXT } from './text';
import { HBarPlot, type HBarSeries } from './plot/HBarPlot';
import type { IntervalValue } from './types';

export interface WinnersChartProps {
  run: ChartRun;
  /** Scenarios whose shares the axis spans too (side by side: one scale for every column). */
  peers?: readonly ChartRun[];
}

export const GAIN_COLOR = OKABE_ITO.bluishGreen;
export const LOSS_COLOR = OKABE_ITO.vermillion;

/** Losers are drawn left of zero; their ticks read as shares all the same. */
const tickShare = (v: number) => tickPercent(Math.abs(v));
const cell = (v: IntervalValue) => valueWithInterval(v.value, v.low, v.high, formatShare);

const series = (): HBarSeries<WinnersRow>[] => [
  { key: 'gaining', name: i18n.t('charts:winners.better'), color: () => GAIN_COLOR, value: (r) => r.gaining },
  { key: 'losing', name: i18n.t('charts:winners.worse'), color: () => LOSS_COLOR, value: (r) => mirrored(r.losing) },
];

/** The axis for these scenarios' shares: the chart's own, or one shared by its peers (registry: sharedScale). */
export function winnersScale(runs: readonly ChartRun[]): NiceScale {
  const rows = runs.flatMap((r) => winnersRows(r.result));
  const s = niceScale(intervalValues(rows.flatMap((r) => [r.gaining, mirrored(r.losing)])), { zero: true, count: 6, flat: 0.01 });
  // Always some room on both sides, so "worse off" keeps its side of the axis even when nobody is.
  const [lo, hi] = s.domain;
  return roomForWorseOff(lo < 0 && hi > 0 ? s : niceScale([...s.domain, lo < 0 ? -lo / 4 : -hi / 4], { count: 6 }));
}

/**
 * `s` widened until "worse off" spans at least two of its ticks: a side-by-side column labels every other tick
 * counting from 0 (thinTicks), and with one tick's width that side had no label at all (it read "0 10 20", the
 * left bars with no scale). Widening can coarsen the step (−3 to 70: step 10, then 20), so it checks again.
 */
export function roomForWorseOff(s: NiceScale): NiceScale {
  let out = s;
  for (let k = 0; k < 4; k++) {
    const step = out.ticks[1]! - out.ticks[0]!;
    if (out.domain[0] <= -2 * step) break;
    out = niceScale([...out.domain, -2 * step], { count: 6 });
  }
  return out;
}

export function WinnersChart({ run, peers }: WinnersChartProps) {
  const rows = useMemo(() => winnersRows(run.result), [run.result]);
  const totals = useMemo(() => winnersTotals(run.result), [run.result]);
  const scale = useMemo(() => winnersScale(withPeers(run, peers)), [run, peers]);
  const text = CHART_TEXT.winners;
  const title = i18n.t('charts:shared.titleFor', { title: text.title, name: nameIn(run.name) });
  const months = run.result.meta.months;
  const unavailable = decilesUnavailable(run.result);
  const overall = i18n.t('charts:winners.overall', { better: cell(totals.gaining), worse: cell(totals.losing), months });
  return (
    <ChartFrame
      title={title}
      subtitle={unavailable ? text.subtitle : `${overall} ${text.subtitle}`}
      note={text.note}
      chart={
        unavailable ? (
          <p className="empty-note">{unavailable}</p>
        ) : (
          <HBarPlot
            rows={rows}
            category={(r) => ({ key: String(r.decile), label: r.label })}
            series={series()}
            scale={scale}
            tick={tickShare}
            axisTitle={i18n.t('charts:winners.axis')}
            label={title}
            height={60 + rows.length * 34}
            nameWidth={100}
            zeroLine
            maxBarSize={11}
            barGap={1}
            cap={4}
          />
        )
      }
      legend={
        !unavailable && (
          <Legend
            items={[
              { key: 'gaining', label: i18n.t('charts:winners.betterRight'), color: GAIN_COLOR, mark: 'box' },
              { key: 'losing', label: i18n.t('charts:winners.worseLeft'), color: LOSS_COLOR, mark: 'box' },
            ]}
          />
        )
      }
      table={() =>
        unavailable ? (
          <p className="empty-note">{unavailable}</p>
        ) : (
          <DataTable
            caption={i18n.t('charts:winners.caption', { title, months })}
            columns={[
              { header: i18n.t('charts:shared.startDecile'), cell: (r) => r.label },
              { header: i18n.t('charts:winners.better'), numeric: true, cell: (r) => cell(r.gaining) },
              { header: i18n.t('charts:winners.worse'), numeric: true, cell: (r) => cell(r.losing) },
            ]}
            rows={[...rows, { decile: -1, label: i18n.t('charts:winners.allHouseholds'), gaining: totals.gaining, losing: totals.losing }]}
            rowKey={(r) => String(r.decile)}
          />
        )
      }
    />
  );
}

/**
 * Cost per additional household out of poverty for 12+ months, programme by
 * programme: each programme of the scenario in focus run alone, with the
 * money it gets there, against the status quo on the same draws. The runs go
 * on in the background after the comparison on screen (app/connectProgrammeRuns),
 * so the chart has its own progress bar and says what is not run yet.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { DataTable } from './DataTable';
import { axisUnit, HEIGHT } from './axis';
import { HBarPlot, type HBarSeries } from './plot/HBarPlot';
import { intervalValues, niceScale } from './data/scale';
import { interaction, programmeCostRows, programmeProgress, type ProgrammeCostRow, type ProgrammeRunsInput } from './data/programmeCost';
import { COST_RANKING } from './data/costPerExit';
import { meanText, openIntervalNote, openIntervalSub, valueWithInterval } from './intervalText';
import { openAbove } from './data/interval';
import { INK } from './palette';
import { formatCount, formatPKR, formatPlain } from '../format';
import { CHART_TEXT } from './text';

export interface ProgrammeCostChartProps {
  /** Null when the scenario in focus funds no new programme or has no status quo to measure exits against. */
  input: ProgrammeRunsInput | null;
  focusName: string;
}

const series = (color: string): HBarSeries<ProgrammeCostRow>[] => [{ key: 'cost', name: i18n.t('charts:shared.costPerExit'), color: () => color, value: (r) => r }];
const category = (r: ProgrammeCostRow) => ({ key: r.programme, label: r.label, sub: openAbove(r) ? openIntervalSub() : undefined, note: r.note ?? undefined });
const cost = (r: ProgrammeCostRow) => r.note ?? valueWithInterval(r.value, r.low, r.high, formatPKR);

/**
 * The sentence on the programmes alone against together. Equal as written, it says so: a tie had read "together
 * they do more than the sum of their parts" after 78.7k and 78.7k.
 */
function mixKey(mix: { alone: number; together: number }) {
  if (formatCount(mix.together) === formatCount(mix.alone)) return 'charts:programmeCost.mixSame' as const;
  return mix.together > mix.alone ? ('charts:programmeCost.mixMore' as const) : ('charts:programmeCost.mixOverlap' as const);
}

export function ProgrammeCostChart({ input, focusName }: ProgrammeCostChartProps) {
  const text = CHART_TEXT.programmeCost;
  const rows = useMemo(() => (input ? programmeCostRows(input) : []), [input]);
  const x = useMemo(() => niceScale(intervalValues(rows), { zero: true, flat: 1e6, count: 4 }), [rows]);
  // As the cost-per-exit chart's: in the scale words of the means beside the bars.
  const unit = axisUnit('rupeesPerHousehold', x.ticks);
  if (!input) {
    return (
      <ChartFrame
        title={text.title}
        subtitle={text.subtitleFor(unit.title)}
        chart={<p className="empty-note">{i18n.t('charts:programmeCost.nothing', { name: nameIn(focusName) })}</p>}
        table={() => <p className="empty-note">{i18n.t('charts:programmeCost.noProgrammes')}</p>}
      />
    );
  }
  const progress = programmeProgress(input);
  const mix = interaction(input);
  const name = nameIn(input.scenarioName);
  const title = i18n.t('charts:shared.titleFor', { title: text.title, name });
  return (
    <ChartFrame
      title={title}
      subtitle={text.subtitleFor(unit.title)}
      controls={
        progress.done < progress.total && (
          <label className="programme-progress">
            {i18n.t('charts:programmeCost.progress', { done: formatCount(progress.done), total: formatCount(progress.total) })}{' '}
            <progress
              value={progress.done}
              max={progress.total}
              aria-label={i18n.t('charts:programmeCost.progressLabel', { name })}
              aria-valuetext={i18n.t('charts:programmeCost.progressValue', { done: formatPlain(progress.done, { useGrouping: false }), total: formatPlain(progress.total, { useGrouping: false }) })}
            />
          </label>
        )
      }
      chart={
        <HBarPlot
          rows={rows}
          category={category}
          series={series(input.color ?? INK.reference)}
          scale={x}
          tick={unit.tick}
          axisTitle={unit.title}
          label={title}
          height={Math.max(HEIGHT.standard * 0.6, 70 + rows.length * HEIGHT.perRow)}
          nameWidth={150}
          maxBarSize={24}
          valueLabel={meanText}
        />
      }
      note={
        <>
          {text.note} {rows.some(openAbove) && `${openIntervalNote()} `}
          {mix && i18n.t(mixKey(mix), { alone: formatCount(mix.alone), together: formatCount(mix.together), name })}
        </>
      }
      table={() => (
        <DataTable
          caption={i18n.t('charts:programmeCost.caption', { title, ranking: COST_RANKING.caption, name })}
          rows={rows}
          rowKey={(r) => r.programme}
          columns={[
            { header: i18n.t('charts:programmeCost.programme'), cell: (r) => r.label },
            { header: i18n.t('charts:programmeCost.costHeader'), numeric: true, cell: cost },
            { header: i18n.t('charts:programmeCost.exitsHeader'), numeric: true, cell: (r) => (r.replications ? valueWithInterval(r.exits.value, r.exits.low, r.exits.high, formatCount) : '–') },
            { header: i18n.t('charts:programmeCost.spentHeader'), numeric: true, cell: (r) => formatPKR(r.spentPKR) },
            { header: i18n.t('charts:programmeCost.replicationsHeader'), numeric: true, cell: (r) => formatCount(r.replications) },
          ]}
        />
      )}
    />
  );
}

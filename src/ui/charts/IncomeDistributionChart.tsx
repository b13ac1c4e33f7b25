/**
 * Consumption per adult-equivalent at the start and the end for one scenario,
 * as step histograms over multiples of the poverty line (log axis), with
 * the poverty line marked. People left of the line are poor. The end is a
 * filled shape in the scenario's colour; the start is a dark dashed outline
 * drawn over it, unfilled, so both curves show wherever they cross or coincide.
 *
 * Plain svg with d3 (log scale, step areas) rather than recharts, like the
 * band charts: it redraws with every progressive result (see BandChart).
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import { area, curveStepAfter, line, scaleLinear, scaleLog } from 'd3';
import type { ChartRun } from './types';
import { distributionBins, distributionSteps, RATIO_TICKS, type DistributionBin, type DistributionStep } from './data/distribution';
import { niceScale, withPeers, type NiceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable } from './DataTable';
import { Legend } from './Legend';
import { RatioTick } from './RatioTick';
import { axisUnit, HEIGHT, tickPlain } from './axis';
import { BEFORE_LINE, INK } from './palette';
import { countsLike, formatPKR } from '../format';
import { CHART_TEXT } from './text';
import { BottomAxis, LeftAxis, ReferenceLine, bottomTitleDepth } from './plot/axes';
import { plotBox, Y_AXIS_WIDTH } from './plot/layout';
import { PlotSurface } from './plot/PlotSurface';
import { useWidth } from './plot/useWidth';

export interface IncomeDistributionChartProps {
  run: ChartRun;
  /** Scenarios whose distributions the vertical axis spans too (side by side: one scale for every column). */
  peers?: readonly ChartRun[];
  height?: number;
}

const ratioRange = (b: DistributionBin) => i18n.t('charts:distribution.ratioRange', { from: tickPlain(b.from), to: tickPlain(b.to) });
const MARGIN = { top: 8, right: 20, bottom: 80, left: 12 + Y_AXIS_WIDTH };
/** The axis title's first line, below the ratio ticks and their "(poverty line)". */
const TITLE_OFFSET = 60;
/** Below this plot width (a side-by-side column) the in-between ticks would collide; the line and round multiples stay. */
const NARROW = 300;
const NARROW_TICKS = [0.1, 0.5, 1, 2, 10] as const;
/** Narrower still (four columns side by side on a laptop, about 125 px): ½× and 2× ran into 1×, so only the decades stay. */
const NARROWEST = 200;
const DECADE_TICKS = [0.1, 1, 10] as const;
const ticksFor = (plotWidth: number) => (plotWidth < NARROWEST ? DECADE_TICKS : plotWidth < NARROW ? NARROW_TICKS : RATIO_TICKS);
const DOMAIN = [RATIO_TICKS[0], RATIO_TICKS[RATIO_TICKS.length - 1]] as const;
const renderRatio = (v: number) => <RatioTick value={v} />;

/** The vertical axis for these scenarios' distributions: the chart's own, or one shared by its peers (registry: sharedScale). */
export function distributionScale(runs: readonly ChartRun[]): NiceScale {
  return niceScale(runs.flatMap((r) => distributionBins(r.result).flatMap((b) => [b.start, b.end])), { zero: true });
}

export function IncomeDistributionChart({ run, peers, height = HEIGHT.standard }: IncomeDistributionChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const bins = useMemo(() => distributionBins(run.result), [run.result]);
  const y = useMemo(() => distributionScale(withPeers(run, peers)), [run, peers]);
  const unit = useMemo(() => axisUnit('people', y.ticks), [y]);
  const text = CHART_TEXT.incomeDistribution;
  const povertyLine = formatPKR(run.result.scenario.world.population.povertyLinePKR);
  const months = run.result.meta.months;
  const title = i18n.t('charts:shared.titleFor', { title: text.title, name: nameIn(run.name) });
  const drawing = useMemo(() => {
    // Below the plot: the ratio ticks (two lines) and the axis title, which wraps to three lines in a narrow column.
    const axisTitle = i18n.t('charts:distribution.ratioAxis');
    const box = plotBox(width, height, { ...MARGIN, bottom: Math.max(MARGIN.bottom, bottomTitleDepth(axisTitle, plotBox(width, height, MARGIN), TITLE_OFFSET)) });
    const x = scaleLog().domain(DOMAIN).range([box.left, box.right]).clamp(true);
    const yPos = scaleLinear().domain(y.domain).range([box.bottom, box.top]);
    const steps = distributionSteps(bins);
    const outline = (k: 'start' | 'end') => line<DistributionStep>().curve(curveStepAfter).x((d) => x(d.x)).y((d) => yPos(d[k]))(steps) ?? '';
    const start = { stroke: outline('start') };
    const end = { fill: area<DistributionStep>().curve(curveStepAfter).x((d) => x(d.x)).y0(yPos(0)).y1((d) => yPos(d.end))(steps) ?? '', stroke: outline('end') };
    return (
      <>
        <LeftAxis box={box} scale={yPos} ticks={y.ticks} format={unit.tick} title={unit.title} />
        <BottomAxis box={box} scale={x} ticks={ticksFor(box.right - box.left)} renderTick={renderRatio} title={axisTitle} titleOffset={TITLE_OFFSET} />
        <g data-series={i18n.t('charts:shared.afterMonths', { months })}>
          <path d={end.fill} fill={run.color} fillOpacity={0.3} />
          <path d={end.stroke} fill="none" stroke={run.color} strokeWidth={2.5} />
        </g>
        <g data-series={i18n.t('charts:shared.atTheStart')}>
          <path d={start.stroke} fill="none" stroke={BEFORE_LINE} strokeWidth={1.75} strokeDasharray="6 3" />
        </g>
        <ReferenceLine box={box} x={x(1)} />
      </>
    );
  }, [width, height, bins, y, unit, run.color, months]);
  // Households per band, read down the bands and across start and end: one scale word and one number of decimals.
  const households = countsLike(bins.flatMap((b) => [b.start, b.end]));
  return (
    <ChartFrame
      title={title}
      subtitle={text.subtitleFor(unit.title)}
      note={i18n.t('charts:distribution.note', { line: povertyLine })}
      chart={
        <PlotSurface width={width} height={height} label={title} containerRef={ref}>
          {drawing}
        </PlotSurface>
      }
      legend={
        <Legend
          items={[
            { key: 'start', label: i18n.t('charts:distribution.startLegend'), color: BEFORE_LINE, mark: 'dashed' },
            { key: 'end', label: i18n.t('charts:distribution.endLegend', { months }), color: run.color, mark: 'box' },
            { key: 'line', label: i18n.t('charts:distribution.lineLegend', { line: povertyLine }), color: INK.reference, mark: 'line' },
          ]}
        />
      }
      table={() => (
        <DataTable
          caption={i18n.t('charts:distribution.caption', { title, line: povertyLine })}
          rows={bins}
          rowKey={(b) => String(b.from)}
          columns={[
            { header: i18n.t('charts:distribution.ratioHeader'), cell: ratioRange },
            { header: i18n.t('charts:distribution.startHeader'), numeric: true, cell: (b) => households(b.start) },
            { header: i18n.t('charts:distribution.endHeader', { months }), numeric: true, cell: (b) => households(b.end) },
          ]}
        />
      )}
    />
  );
}

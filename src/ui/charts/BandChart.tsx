/**
 * Monthly series per scenario: a median line for each, the 90% band (and
 * optionally the 50% band) for one of them, and an optional dashed line for
 * the status quo (the existing cash transfer only, on the same draws). Shared
 * by the poverty fan, PAR30/default-rate and risk-fund charts.
 *
 * Up to five scenarios share one plot, so only one scenario's bands are drawn
 * (`bandFor`): five overlapping fans read as one grey mass. Lines are told
 * apart without colour by a marker shape per scenario along each line and by
 * the scenario's name at its end (when the chart is wide enough; the legend
 * shows the shapes too). The value axis starts at zero unless asked not to, so
 * the gap between two lines is drawn to scale; when it does not, the axis line
 * is drawn broken near its foot.
 *
 * Drawn as plain svg with d3-shape rather than recharts: these charts redraw
 * with every progressive result while a run is going, and recharts took
 * 30–100 ms of main thread per redraw (several hundred for a first mount),
 * which made the page stutter. Paths are computed once per data and size;
 * hovering redraws only the marker and the tooltip.
 *
 * Keyboard: the plot is one tab stop; arrow keys, Home and End step through
 * the months and show the tooltip for the month, Escape hides it. The plot's
 * accessible description is the tooltip itself, and the tooltip is a polite
 * live region, so a screen reader hears the same words a mouse user reads.
 */
import { i18n } from '../../i18n/index';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3';
import type { Formatter } from '../format';
import { seriesValues, type SeriesRow } from './data/series';
import { niceScale, type NiceScale } from './data/scale';
import { HEIGHT } from './axis';
import { monthTicks } from './intervalText';
import { BandTooltip } from './BandTooltip';
import { BandHover } from './BandHover';
import { bandPaths } from './plot/bandPaths';
import { BottomAxis, LeftAxis } from './plot/axes';
import { plotBox, Y_AXIS_WIDTH } from './plot/layout';
import { PlotSurface } from './plot/PlotSurface';
import { useWidth } from './plot/useWidth';
import { useChartScale, usePlotHeight } from './plot/chartScale';
import { shapeIndex } from './plot/symbols';
import { LineMarkers } from './plot/LineMarkers';
import { LineLabels, labelRoom, type LineEnd } from './plot/LineLabels';

export interface BandChartProps {
  rows: SeriesRow[];
  runs: readonly { id: string; name: string; color: string }[];
  /** What the chart shows, for assistive technology (the frame's title). */
  label: string;
  yLabel: string;
  tick: (v: number) => string;
  format: Formatter;
  show50?: boolean;
  showCounterfactual?: boolean;
  height?: number;
  /** The scenario whose bands are drawn; every scenario's when absent (fine for one or two). */
  bandFor?: string;
  /** Start the value axis at zero (the default; see ZERO_AXIS_NOTE). Off only for values far from zero, and then say so. */
  fromZero?: boolean;
}

/** What a frame's note says about a band chart's value axis. */
export const zeroAxisNote = (): string => i18n.t('charts:band.zeroAxisNote');
export const zoomedAxisNote = (): string => i18n.t('charts:band.zoomedAxisNote');

const MARGIN = { top: 8, right: 16, bottom: 50, left: 12 + Y_AXIS_WIDTH };
/** Gap between the hover marker and the tooltip. */
const TIP_OFFSET = 12;
/** Names at the line ends from this plot width up; narrower, the shapes and the legend do. */
const LABELS_FROM = 460;
/** Labels take at most this share of the width. */
const LABEL_SHARE = 0.28;
/** Room kept between the line labels and the chart's top and bottom edges. */
const LABEL_EDGE = 2;

/**
 * The value axis's extent and ticks: a chart whose axis title depends on how far its axis reaches (RiskFundChart's
 * rupees, axisUnit) reads it here, so title and ticks cannot part.
 */
export function bandScale(rows: SeriesRow[], showCounterfactual: boolean, fromZero: boolean): NiceScale {
  return niceScale(seriesValues(rows, showCounterfactual), { zero: fromZero });
}

export function BandChart(props: BandChartProps) {
  const { rows, runs, label, yLabel, tick, format, show50 = false, showCounterfactual = false, height: designed = HEIGHT.standard, bandFor, fromZero = true } = props;
  const height = usePlotHeight(designed);
  const [ref, width] = useWidth<HTMLDivElement>();
  const scale = useChartScale();
  const tipId = useId();
  const [active, setActive] = useState<number | null>(null);
  // One line needs no name: the frame's title (side by side) or the legend says whose it is.
  const withLabels = width >= LABELS_FROM && runs.length > 1;
  const right = withLabels ? labelRoom(runs.map((r) => r.name), Math.round(width * LABEL_SHARE)) : MARGIN.right;
  const box = useMemo(() => plotBox(width, height, { ...MARGIN, right }), [width, height, right]);
  const months = rows.length;
  const shown = useMemo(() => runs.map((r) => bandFor === undefined || r.id === bandFor), [runs, bandFor]);
  const y = useMemo(() => bandScale(rows, showCounterfactual, fromZero), [rows, showCounterfactual, fromZero]);
  const x = useMemo(() => scaleLinear().domain([1, Math.max(2, months)]).range([box.left, box.right]), [months, box]);
  const yPos = useMemo(() => scaleLinear().domain(y.domain).range([box.bottom, box.top]), [y, box]);
  const shapes = useMemo(() => runs.map((r, i) => shapeIndex(r.color, i)), [runs]);

  // Everything but the hover marker, so moving the mouse does not rebuild the paths.
  const drawing = useMemo(() => {
    const paths = bandPaths(rows, runs.length, x, yPos, show50, showCounterfactual);
    const ends: LineEnd[] = [];
    runs.forEach((r, i) => {
      const end = paths[i]!.end;
      if (end) ends.push({ key: r.id, name: r.name, color: r.color, shape: shapes[i]!, x: x(end.month), y: yPos(end.value) });
    });
    return (
      <>
        <LeftAxis box={box} scale={yPos} ticks={y.ticks} format={tick} title={yLabel} broken={y.domain[0] > 0} />
        <BottomAxis box={box} scale={x} ticks={monthTicks(months)} title={i18n.t('charts:band.months')} />
        {/* Bands under lines, so no band hides a line. */}
        {runs.map((r, i) =>
          shown[i] ? (
            <g key={r.id}>
              {paths[i]!.band90 && <path d={paths[i]!.band90} fill={r.color} fillOpacity={0.12} data-series={i18n.t('charts:band.series90', { name: r.name })} />}
              {paths[i]!.band50 && <path d={paths[i]!.band50} fill={r.color} fillOpacity={0.2} data-series={i18n.t('charts:band.series50', { name: r.name })} />}
            </g>
          ) : null,
        )}
        {runs.map((r, i) => {
          const { counterfactual, median } = paths[i]!;
          return (
            <g key={r.id} fill="none" stroke={r.color} strokeLinejoin="round">
              {counterfactual && <path d={counterfactual} strokeWidth={1.5} strokeDasharray="6 4" data-series={i18n.t('charts:band.seriesStatusQuo', { name: r.name })} />}
              {median && <path d={median} strokeWidth={2.25} data-series={r.name} />}
            </g>
          );
        })}
        <LineMarkers rows={rows} runs={runs} shapes={shapes} x={x} y={yPos} />
        {/* The labels may use the chart's whole height: right of the plot, the x axis's margin is empty, and four
            two-line Urdu names in Nastaliq's taller lines did not fit the plot's height (the last one was cut off). */}
        {withLabels && <LineLabels ends={ends} left={box.right} top={LABEL_EDGE} bottom={height - LABEL_EDGE} width={right} />}
      </>
    );
  }, [rows, runs, shown, shapes, box, x, yPos, y, show50, showCounterfactual, tick, yLabel, months, withLabels, right, height]);

  const row = active === null ? undefined : rows[active];
  const step = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      if (active !== null) e.preventDefault();
      setActive(null);
      return;
    }
    const last = months - 1;
    const moves: Record<string, number> = { ArrowLeft: (active ?? last + 1) - 1, ArrowRight: (active ?? -1) + 1, Home: 0, End: last };
    if (!(e.key in moves) || months === 0) return;
    e.preventDefault();
    setActive(Math.min(last, Math.max(0, moves[e.key]!)));
  };
  // The tooltip goes on the side of the marker with more room, and wraps to fit it. It is HTML, so in screen pixels.
  const at = (row === undefined ? 0 : x(row.month)) * scale;
  const full = width * scale;
  const tipRight = at < full / 2;
  const tipStyle = { position: 'absolute', top: box.top * scale, pointerEvents: 'none', maxWidth: (tipRight ? full - at : at) - TIP_OFFSET - 4, ...(tipRight ? { left: at + TIP_OFFSET } : { right: full - at + TIP_OFFSET }) } as const;
  return (
    <PlotSurface
      width={width}
      height={height}
      label={label}
      containerRef={ref}
      containerProps={{
        tabIndex: 0,
        role: 'group',
        'aria-label': i18n.t('charts:band.keyboard', { label }),
        'aria-describedby': row ? tipId : undefined,
        onKeyDown: step,
        onBlur: () => setActive(null),
      }}
      overlay={row && <BandTooltip id={tipId} row={row} runs={runs} format={format} showCounterfactual={showCounterfactual} style={tipStyle} />}
    >
      {drawing}
      {row && <BandHover box={box} x={x(row.month)} row={row} runs={runs} shapes={shapes} y={yPos} />}
      <rect
        x={box.left}
        y={box.top}
        width={box.right - box.left}
        height={box.bottom - box.top}
        fill="transparent"
        onPointerMove={(e) => {
          const px = (e.clientX - e.currentTarget.ownerSVGElement!.getBoundingClientRect().left) / scale;
          setActive(Math.min(months, Math.max(1, Math.round(x.invert(px)))) - 1);
        }}
        onPointerLeave={() => setActive(null)}
      />
    </PlotSurface>
  );
}

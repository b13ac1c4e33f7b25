/**
 * Monthly series per scenario: a median line, a 90% band and optionally a
 * 50% band, plus an optional dashed line for the status quo (the existing
 * cash transfer only, on the same draws). Shared by
 * the poverty fan, PAR30/default-rate and risk-fund charts.
 *
 * Drawn as plain svg with d3-shape rather than recharts: these charts redraw
 * with every progressive result while a run is going, and recharts took
 * 30–100 ms of main thread per redraw (several hundred for a first mount),
 * which made the page stutter. Paths are computed once per data and size;
 * hovering redraws only the marker and the tooltip.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3';
import type { Formatter } from '../format';
import { seriesValues, type SeriesRow } from './data/series';
import { niceScale } from './data/scale';
import { HEIGHT } from './axis';
import { monthTicks } from './intervalText';
import { BandTooltip } from './BandTooltip';
import { BandHover } from './BandHover';
import { bandPaths } from './plot/bandPaths';
import { BottomAxis, LeftAxis } from './plot/axes';
import { plotBox, Y_AXIS_WIDTH } from './plot/layout';
import { PlotSurface } from './plot/PlotSurface';
import { useWidth } from './plot/useWidth';

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
}

const MARGIN = { top: 8, right: 16, bottom: 50, left: 12 + Y_AXIS_WIDTH };
/** Gap between the hover marker and the tooltip. */
const TIP_OFFSET = 12;

export function BandChart({ rows, runs, label, yLabel, tick, format, show50 = false, showCounterfactual = false, height = HEIGHT.standard }: BandChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [active, setActive] = useState<number | null>(null);
  const box = useMemo(() => plotBox(width, height, MARGIN), [width, height]);
  const months = rows.length;
  const y = useMemo(() => niceScale(seriesValues(rows, showCounterfactual)), [rows, showCounterfactual]);
  const x = useMemo(() => scaleLinear().domain([1, Math.max(2, months)]).range([box.left, box.right]), [months, box]);
  const yPos = useMemo(() => scaleLinear().domain(y.domain).range([box.bottom, box.top]), [y, box]);

  // Everything but the hover marker, so moving the mouse does not rebuild the paths.
  const drawing = useMemo(() => {
    const paths = bandPaths(rows, runs.length, x, yPos, show50, showCounterfactual);
    return (
      <>
        <LeftAxis box={box} scale={yPos} ticks={y.ticks} format={tick} title={yLabel} />
        <BottomAxis box={box} scale={x} ticks={monthTicks(months)} title="months" />
        {/* Bands under lines: every scenario's shading first, so no band hides another scenario's line. */}
        {runs.map((r, i) => (
          <g key={r.id}>
            {paths[i]!.band90 && <path d={paths[i]!.band90} fill={r.color} fillOpacity={0.07} data-series={`${r.name}, 90% interval`} />}
            {paths[i]!.band50 && <path d={paths[i]!.band50} fill={r.color} fillOpacity={0.14} data-series={`${r.name}, 50% interval`} />}
          </g>
        ))}
        {runs.map((r, i) => {
          const { counterfactual, median } = paths[i]!;
          return (
            <g key={r.id} fill="none" stroke={r.color} strokeLinejoin="round">
              {counterfactual && <path d={counterfactual} strokeWidth={1.5} strokeDasharray="6 4" data-series={`${r.name}, status quo`} />}
              {median && <path d={median} strokeWidth={2.25} data-series={r.name} />}
            </g>
          );
        })}
      </>
    );
  }, [rows, runs, box, x, yPos, y, show50, showCounterfactual, tick, yLabel, months]);

  const row = active === null ? undefined : rows[active];
  const step = (e: KeyboardEvent) => {
    const last = months - 1;
    const moves: Record<string, number> = { ArrowLeft: (active ?? last + 1) - 1, ArrowRight: (active ?? -1) + 1, Home: 0, End: last };
    if (!(e.key in moves) || months === 0) return;
    e.preventDefault();
    setActive(Math.min(last, Math.max(0, moves[e.key]!)));
  };
  // The tooltip goes on the side of the marker with more room, and wraps to fit it.
  const at = row === undefined ? 0 : x(row.month);
  const tipRight = at < width / 2;
  const tipStyle = { position: 'absolute', top: box.top, pointerEvents: 'none', maxWidth: (tipRight ? width - at : at) - TIP_OFFSET - 4, ...(tipRight ? { left: at + TIP_OFFSET } : { right: width - at + TIP_OFFSET }) } as const;
  return (
    <PlotSurface
      width={width}
      height={height}
      label={label}
      containerRef={ref}
      containerProps={{ tabIndex: 0, role: 'group', 'aria-label': `${label}: left and right arrow keys read the values month by month`, onKeyDown: step, onBlur: () => setActive(null) }}
      overlay={
        row && (
          <BandTooltip
            row={row}
            runs={runs}
            format={format}
            showCounterfactual={showCounterfactual}
            style={tipStyle}
          />
        )
      }
    >
      {drawing}
      {row && <BandHover box={box} x={x(row.month)} row={row} runs={runs} y={yPos} />}
      <rect
        x={box.left}
        y={box.top}
        width={box.right - box.left}
        height={box.bottom - box.top}
        fill="transparent"
        onPointerMove={(e) => {
          const px = e.clientX - e.currentTarget.ownerSVGElement!.getBoundingClientRect().left;
          setActive(Math.min(months, Math.max(1, Math.round(x.invert(px)))) - 1);
        }}
        onPointerLeave={() => setActive(null)}
      />
    </PlotSurface>
  );
}

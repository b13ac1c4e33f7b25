/**
 * Shared axis furniture. Tick labels are in the axis's own unit (the unit is
 * in the axis title, so ticks read "120", not "Rs 120 bn"), with at most
 * three significant digits like every other number (src/ui/format.ts).
 */
import type { CSSProperties } from 'react';
import { INK } from './palette';
import type { UnitKind } from './metrics';

const sig3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** The frame's font (charts.css); recharts measures wrapped text in it, so it must be named here too. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/** Tick text: never below 12 px so the chart stays legible when projected. */
export const TICK = { fontSize: 12, fill: INK.axis } as const;
export const AXIS_LABEL_STYLE: CSSProperties = { fontSize: 13, fill: INK.axis };

/** A tick formatter showing value ÷ divisor, e.g. PKR on an "Rs bn" axis. */
export function tickIn(divisor: number): (v: number) => string {
  return (v) => (Number.isFinite(v) ? sig3.format(v / divisor).replace('-', '−') : '');
}

/** Share (fraction) on a "%" axis: 0.215 → "21.5". */
export const tickPercent = tickIn(0.01);
export const tickBn = tickIn(1e9);
export const tickMillions = tickIn(1e6);
export const tickPlain = tickIn(1);

/** Axis title props for recharts' `label`. */
export function axisLabel(value: string, axis: 'x' | 'y'): object {
  return axis === 'y'
    ? { value, angle: -90, position: 'insideLeft', style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' }, offset: 4 }
    : { value, position: 'insideBottom', offset: -4, style: AXIS_LABEL_STYLE };
}

/** Chart heights used across the dashboard, so panels line up in a grid. */
export const HEIGHT = { standard: 320, tall: 400, perRow: 44 } as const;
/** Width recharts assumes before it can measure (jsdom cannot; browsers then resize). */
export const INITIAL_WIDTH = 640;

/** Tick formatter for each kind of unit, matching UNITS' axis titles. */
export const TICK_FOR: Record<UnitKind, (v: number) => string> = { share: tickPercent, count: tickMillions, pkr: tickBn };

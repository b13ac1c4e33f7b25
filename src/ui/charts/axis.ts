/**
 * Shared axis furniture. Tick labels are in the axis's own unit (the unit is
 * in the axis title, so ticks read "120", not "Rs 120 bn"), with at most
 * three significant digits like every other number (src/ui/format.ts).
 */
import type { CSSProperties } from 'react';
import { formatPlain } from '../format';
import { INK } from './palette';
import type { UnitKind } from './metrics';


/** The frame's font (charts.css), named here too for measuring label widths (plot/wrap) and for exported charts. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Urdu Script', sans-serif";
/**
 * The font every chart is set in when the page is in Urdu (urdu.css's --font-urdu): Nastaliq first. Its bundled
 * face has the Arabic-script letters and also its own space and punctuation, so text is measured with the family
 * of the language it is drawn in: measured with Nastaliq first, an English label came out some 9 px narrower
 * than drawn, and the line labels of the loans chart were clipped ("Rs 100 bn a yea").
 */
export const URDU_FONT_FAMILY = "'Noto Nastaliq Urdu', system-ui, 'Segoe UI', 'Noto Sans', Arial, sans-serif";

/** Tick text: never below 12 px so the chart stays legible when projected. */
export const TICK = { fontSize: 12, fill: INK.axis } as const;
export const AXIS_LABEL_STYLE: CSSProperties = { fontSize: 13, fill: INK.axis };

/** A tick formatter showing value ÷ divisor, e.g. PKR on an "Rs bn" axis. */
export function tickIn(divisor: number): (v: number) => string {
  // Ticks are numbers alone, in the language's digits; a left-to-right mark Urdu's Intl puts before a sign stays harmless in the charts' left-to-right svg.
  return (v) => (Number.isFinite(v) ? formatPlain(v / divisor, { maximumSignificantDigits: 3 }).replace('-', '−') : '');
}

/** Share (fraction) on a "%" axis: 0.215 → "21.5". */
export const tickPercent = tickIn(0.01);
export const tickBn = tickIn(1e9);
export const tickMillions = tickIn(1e6);
export const tickPlain = tickIn(1);

/** Chart heights used across the dashboard, so panels line up in a grid. */
export const HEIGHT = { standard: 320, tall: 400, perRow: 44 } as const;
/** Width a chart assumes until it can measure its column (jsdom cannot; browsers measure before the first paint). */
export const INITIAL_WIDTH = 640;

/** Tick formatter for each kind of unit, matching UNITS' axis titles. */
export const TICK_FOR: Record<UnitKind, (v: number) => string> = { share: tickPercent, count: tickMillions, pkr: tickBn };

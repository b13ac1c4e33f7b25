/**
 * One metric of the difference chart: a horizontal bar per scenario from
 * zero to its mean difference against the baseline, whiskers for the 90%
 * interval, and the value in words under each name (so a difference of
 * exactly 0, which draws no bar, still reads "0"). The effects chart draws
 * its effects against the status quo with it too, one bar per programme.
 */
import type { IntervalValue } from './types';
import type { NiceScale } from './data/scale';
import { HEIGHT } from './axis';
import { HBarPlot } from './plot/HBarPlot';
import { isRtl } from './lang';

/** A named, coloured bar with its interval (a DifferenceRow, an EffectBar). */
export interface PanelRow extends IntervalValue {
  id: string;
  name: string;
  color: string;
}

export interface DifferencePanelProps {
  label: string;
  rows: readonly PanelRow[];
  /** Value in words per row, in row order. */
  subs: readonly string[];
  axis: string;
  tick: (v: number) => string;
  /** Axis extent and ticks; always holds zero. */
  scale: NiceScale;
  /** Room for names at most (a narrow chart gives them less). */
  nameWidth?: number;
  /** Height per row: more where names or values may take extra lines. */
  rowHeight?: number;
}

/**
 * Room for names by default: in Urdu a value and its interval ("−141 ہزار (−186 ہزار تا −97.8 ہزار)") take about
 * 210 px, and at 170 they broke onto a line of their own, a name taking three lines: the printed report's
 * difference chart was then too tall to share the page where the results start.
 */
const NAME_WIDTH = { ltr: 170, rtl: 230 } as const;

export function DifferencePanel({ label, rows, subs, axis, tick, scale, nameWidth = NAME_WIDTH[isRtl() ? 'rtl' : 'ltr'], rowHeight = HEIGHT.perRow }: DifferencePanelProps) {
  return (
    <figure className="chart-panel">
      <figcaption>{label}</figcaption>
      <HBarPlot
        rows={rows}
        category={(r, i) => ({ key: r.id, label: r.name, sub: subs[i] })}
        series={[{ key: 'diff', name: label, color: (r) => r.color, value: (r) => r }]}
        scale={scale}
        tick={tick}
        axisTitle={axis}
        label={label}
        height={60 + rows.length * rowHeight}
        nameWidth={nameWidth}
        zeroLine
        top={4}
        maxBarSize={24}
      />
    </figure>
  );
}

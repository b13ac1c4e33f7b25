/**
 * Names at the ends of a line chart's lines, each after its scenario's marker
 * shape, moved apart vertically so none overlaps (see dodge). A thin leader
 * joins a label to its line's end when it had to move.
 */
import { isRtl, svgLineStep, svgText } from '../lang';
import { TICK } from '../axis';
import { INK } from '../palette';
import { dodge } from './dodge';
import { shapePath } from './symbols';
import { textWidth, wrapLines } from './wrap';

export interface LineEnd {
  key: string;
  name: string;
  color: string;
  shape: number;
  /** The line's last point. */
  x: number;
  y: number;
}

/** Line height of a wrapped label, and the room between the plot and a label's marker. */
const LINE = TICK.fontSize + 3;
const GAP = 16;
/** The marker's half width and the gap after it. */
const MARK = 10;

/** Room the labels need right of the plot: the widest name, but no more than `most`. */
export function labelRoom(names: readonly string[], most: number): number {
  const widest = Math.max(0, ...names.map((n) => textWidth(n, TICK.fontSize)));
  return GAP + MARK + Math.min(most, Math.ceil(widest)) + 4;
}

export function LineLabels({ ends, left, top, bottom, width }: { ends: readonly LineEnd[]; left: number; top: number; bottom: number; width: number }) {
  const textRoom = width - GAP - MARK - 4;
  const lines = ends.map((e) => wrapLines(e.name, textRoom, TICK.fontSize));
  // Urdu's wrapped names need Nastaliq's taller step (lang.ts), as far as the room allows: no shorter than Latin
  // script's, which overlaps Nastaliq a little but had been better than names pushed out of the chart and cut off.
  const totalLines = lines.reduce((a, l) => a + l.length, 0);
  const fits = (bottom - top - 2 * (ends.length - 1)) / Math.max(1, totalLines);
  const step = isRtl() ? Math.max(LINE, Math.min(svgLineStep(TICK.fontSize), fits)) : LINE;
  const ys = dodge(ends.map((e, i) => ({ y: e.y, height: lines[i]!.length * step })), top, bottom);
  const x = left + GAP;
  return (
    <g className="chart-line-labels">
      {ends.map((e, i) => {
        const y = ys[i]!;
        const first = y - ((lines[i]!.length - 1) * step) / 2;
        return (
          <g key={e.key} data-label={e.name}>
            {Math.abs(y - e.y) > 1 && <line x1={e.x + 3} y1={e.y} x2={x - 1} y2={y} stroke={INK.muted} strokeWidth={0.75} />}
            <path transform={`translate(${x + MARK / 2},${y})`} d={shapePath(e.shape, 40)} fill={e.color} stroke="#fff" strokeWidth={0.75} />
            <text {...TICK} fill={INK.reference}>
              {lines[i]!.map((l, k) => (
                <tspan key={k} x={x + MARK + 2} y={first + k * step} dy="0.35em">
                  {svgText(l)}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}

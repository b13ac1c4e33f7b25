/**
 * Bar shapes, axis ticks and labels shared by the bar charts.
 */
import { Rectangle, Text, type BarShapeProps } from 'recharts';
import { INK } from './palette';
import { FONT_FAMILY, TICK as TICK_STYLE } from './axis';

/** A bar filled with its row's own `color` (each row is one scenario). */
export function RowColorBar(props: BarShapeProps) {
  const color = (props.payload as { color?: string } | undefined)?.color;
  return <Rectangle {...props} fill={color ?? props.fill} />;
}

interface NameTickProps {
  /** Second line under the name, e.g. the value in words. */
  subs?: readonly (string | undefined)[];
  /** Text drawn into the plot area beside the axis, e.g. "no additional exits" where there is no bar. */
  notes?: readonly (string | undefined)[];
  /** Injected by recharts. */
  x?: number;
  y?: number;
  index?: number;
  payload?: { value: string | number };
}

/**
 * Category tick for a horizontal bar chart: the scenario name right-aligned
 * against the axis, with an optional second line and an optional note
 * standing in for a bar that cannot be drawn.
 */
export function NameTick({ subs, notes, x = 0, y = 0, index = 0, payload }: NameTickProps) {
  if (!payload) return null;
  const sub = subs?.[index];
  const note = notes?.[index];
  return (
    <g transform={`translate(${x},${y})`}>
      <text x={-6} dy={sub ? -3 : 4} textAnchor="end" {...TICK_STYLE} fill={INK.reference}>
        {payload.value}
      </text>
      {sub && (
        <text x={-6} dy={13} textAnchor="end" {...TICK_STYLE}>
          {sub}
        </text>
      )}
      {note && (
        <text x={10} dy={4} textAnchor="start" {...TICK_STYLE} fontStyle="italic">
          {note}
        </text>
      )}
    </g>
  );
}

interface WrapTickProps {
  /** Injected by recharts: the tick's position and value; `offset` is half the category band. */
  x?: number;
  y?: number;
  payload?: { value: string | number; offset?: number };
}

/**
 * Category tick that wraps onto several lines within its band, so long
 * plain-language labels ("Out of poverty for 12+ months") never run into
 * their neighbours on a narrow dashboard column.
 */
export function WrapTick({ x = 0, y = 0, payload }: WrapTickProps) {
  if (!payload) return null;
  const band = 2 * (payload.offset ?? 60);
  return (
    <Text x={x} y={y + 4} width={Math.max(40, band - 10)} textAnchor="middle" verticalAnchor="start" {...TICK_STYLE} style={{ fontSize: TICK_STYLE.fontSize, fontFamily: FONT_FAMILY }}>
      {String(payload.value)}
    </Text>
  );
}

interface TopLabelProps {
  /** Injected by recharts' LabelList: the bar's box and the label value. */
  x?: number | string;
  y?: number | string;
  width?: number | string;
  value?: unknown;
  format: (v: number) => string;
}

/** A total above a stacked bar, on one line whatever the bar's width (recharts would wrap it to the bar). */
export function TopLabel({ x = 0, y = 0, width = 0, value, format }: TopLabelProps) {
  if (typeof value !== 'number') return null;
  return (
    <text x={Number(x) + Number(width) / 2} y={Number(y) - 6} textAnchor="middle" {...TICK_STYLE} fill={INK.reference}>
      {format(value)}
    </text>
  );
}

/**
 * X-axis tick for multiples of the poverty line: "0.5×", "2×", and at 1 a
 * second line "poverty line", kept under the tick so it never collides
 * with its neighbours.
 */
import { ratioLabel } from './data/distribution';
import { TICK } from './axis';

interface RatioTickProps {
  /** Injected by recharts. */
  x?: number;
  y?: number;
  payload?: { value: number };
}

export function RatioTick({ x = 0, y = 0, payload }: RatioTickProps) {
  if (!payload) return null;
  const atLine = payload.value === 1;
  return (
    <g transform={`translate(${x},${y})`}>
      <text dy={14} textAnchor="middle" {...TICK} fontWeight={atLine ? 600 : 400}>
        {ratioLabel(payload.value)}
      </text>
      {atLine && (
        <text dy={30} textAnchor="middle" {...TICK}>
          (poverty line)
        </text>
      )}
    </g>
  );
}

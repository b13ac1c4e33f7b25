/**
 * The 90% interval as a whisker with end caps, across a bar's end. Nothing
 * when the interval has no width or an end is missing (see data/interval).
 */
import { INK } from '../palette';

interface WhiskerProps {
  /** Positions of the interval's ends along the value axis, and of the bar's middle across it. */
  from: number;
  to: number;
  at: number;
  orient: 'vertical' | 'horizontal';
  /** Length of the end caps. */
  cap?: number;
}

export function Whisker({ from, to, at, orient, cap = 6 }: WhiskerProps) {
  const h = cap / 2;
  const d =
    orient === 'vertical'
      ? `M${at},${from}V${to}M${at - h},${from}H${at + h}M${at - h},${to}H${at + h}`
      : `M${from},${at}H${to}M${from},${at - h}V${at + h}M${to},${at - h}V${at + h}`;
  return <path className="chart-whisker" d={d} stroke={INK.reference} strokeWidth={1.25} fill="none" />;
}

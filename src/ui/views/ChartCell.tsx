/**
 * One chart of a view, drawn and redrawn in a task of its own (see
 * taskQueue), and only when the part of the inputs it shows has changed: a
 * result refreshed for one scenario does not redraw the charts of another.
 */
import { memo, useMemo } from 'react';
import { CHARTS, type ChartInputs } from '../charts/registry';
import type { ChartKind } from '../charts/text';
import { useQueuedValue } from './useQueuedValue';

export const ChartCell = memo(function ChartCell({ kind, inputs }: { kind: ChartKind; inputs: ChartInputs }) {
  const { shown, current } = useQueuedValue(inputs, (v) => v[CHARTS[kind].needs]);
  const chart = useMemo(() => shown && CHARTS[kind].render(shown), [kind, shown]);
  return (
    <div className={CHARTS[kind].wide ? 'chart-cell chart-cell-wide' : 'chart-cell'} aria-busy={!current}>
      {chart ?? <p className="empty-note">Drawing {CHARTS[kind].title.toLowerCase()}…</p>}
    </div>
  );
});

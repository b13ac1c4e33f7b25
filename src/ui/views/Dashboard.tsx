/**
 * The results view: headline sentence and cards for the scenario in focus,
 * then every chart in the registry's order, overlaying the baseline and the
 * compared scenarios, and the ranking by cost per exit.
 */
import { memo } from 'react';
import { CHARTS, DEFAULT_LAYOUT, type ChartInputs } from '../charts/registry';
import type { ChartKind } from '../charts/text';
import { headlineSentence } from './headline';
import { Ranking } from './Ranking';
import { useChartInputs } from './useChartInputs';
import { useStaggered } from './useStaggered';

/** Gap between two charts' updates, so each renders in its own task. */
const STAGGER_MS = 30;

/** One chart, updated in its own task after the others (see useStaggered). */
const ChartCell = memo(function ChartCell({ kind, inputs, order }: { kind: ChartKind; inputs: ChartInputs; order: number }) {
  const shown = useStaggered(inputs, order * STAGGER_MS);
  return (
    <div className="chart-cell" aria-busy={shown !== inputs}>
      {shown ? CHARTS[kind].render(shown) : <p className="empty-note">Drawing {CHARTS[kind].title.toLowerCase()}…</p>}
    </div>
  );
});

export function Dashboard() {
  const { inputs, waiting } = useChartInputs();
  if (!inputs) return <p className="empty-note">Running the first replications…</p>;
  return (
    <div className="dashboard">
      <p className="headline-sentence">{headlineSentence(inputs.focus.name, inputs.focus.result)}</p>
      {waiting.length > 0 && <p className="empty-note">Still starting: {waiting.join(', ')}.</p>}
      {CHARTS.headline.render(inputs)}
      <div className="chart-grid">
        {DEFAULT_LAYOUT.filter((k) => k !== 'headline').map((kind, k) => (
          <ChartCell key={kind} kind={kind} inputs={inputs} order={k + 1} />
        ))}
      </div>
      <Ranking runs={inputs.runs} />
    </div>
  );
}

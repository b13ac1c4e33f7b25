/** Compared scenarios in columns: each one's warnings, headline cards and single-scenario charts next to the others'. */
import type { ChartKind } from '../charts/text';
import { ChartCell } from './ChartCell';
import { ScenarioChanges } from './ScenarioChanges';
import { SettingsWarnings } from './SettingsWarnings';
import { useChartInputs } from './useChartInputs';

const PER_SCENARIO: readonly ChartKind[] = ['headline', 'budget', 'region', 'incomeDistribution', 'winners'];

export function SideBySide() {
  const { inputs } = useChartInputs();
  if (!inputs) return <p className="empty-note">Running the first replications…</p>;
  return (
    // As many columns as fit at 300 px or more (a phone gets one); the others wrap below rather than off the edge.
    <div className="side-by-side" style={{ gridTemplateColumns: `repeat(auto-fit, minmax(min(300px, 100%), 1fr))` }}>
      {inputs.runs.map((run) => (
        <section key={run.id} aria-label={run.name} className="side-column">
          <h2 style={{ borderColor: run.color }}>{run.name}</h2>
          <SettingsWarnings name={run.name} warnings={run.result.meta.warnings} named />
          <ScenarioChanges id={run.id} />
          {PER_SCENARIO.map((kind) => (
            <ChartCell key={kind} kind={kind} inputs={{ ...inputs, focus: run }} />
          ))}
        </section>
      ))}
    </div>
  );
}

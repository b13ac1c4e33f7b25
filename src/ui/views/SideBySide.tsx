/** Compared scenarios in columns: each one's warnings, headline cards and single-scenario charts next to the others', each chart on the same scale in every column. */
import { costNoteLines, warningLines } from './engineText';
import { useTranslation } from 'react-i18next';
import type { ChartKind } from '../charts/text';
import { ChartCell } from './ChartCell';
import { ColumnNameContext } from '../charts/ChartFrame';
import { ScenarioChanges } from './ScenarioChanges';
import { SettingsWarnings } from './SettingsWarnings';
import { UncertaintyNote } from './UncertaintyNote';
import { HouseholdsNote } from '../households/HouseholdsNote';
import { useChartInputs } from './useChartInputs';

const PER_SCENARIO: readonly ChartKind[] = ['headline', 'budget', 'region', 'incomeDistribution', 'winners'];
/** A column's rows: its name, warnings, changes (after the assumptions its bands include the uncertainty of), then one per chart. */
const ROWS = 3 + PER_SCENARIO.length;

export function SideBySide() {
  const { inputs } = useChartInputs();
  const { t } = useTranslation('views');
  if (!inputs) return <p className="empty-note">{t('dashboard.running')}</p>;
  return (
    // As many columns as fit at 240 px or more (the default four on a laptop, a phone gets one); the others wrap
    // below rather than off the edge. Each column lays its parts on the grid's rows (subgrid), so the same chart
    // lines up across columns even when one scenario has warnings or changes to show and another has none (an empty slot).
    <div className="side-by-side" style={{ gridTemplateColumns: `repeat(auto-fit, minmax(min(240px, 100%), 1fr))` }}>
      {inputs.runs.map((run) => (
        <section key={run.id} aria-label={run.name} className="side-column" style={{ gridRow: `span ${ROWS}` }}>
          <h2 style={{ borderColor: run.color }}>
            <bdi>{run.name}</bdi>
          </h2>
          <div className="side-slot">
            <SettingsWarnings name={run.name} warnings={warningLines(run.result)} costNotes={costNoteLines(run.result)} named />
          </div>
          <div className="side-slot">
            <HouseholdsNote scenario={run.result.scenario} />
            <UncertaintyNote uncertainty={run.result.scenario.uncertainty} />
            <ScenarioChanges id={run.id} />
          </div>
          <ColumnNameContext.Provider value={run.name}>
            {PER_SCENARIO.map((kind) => (
              // One scale across the columns: the status quo's empty budget reads against the others', not on an axis of its own.
              <ChartCell key={kind} kind={kind} inputs={{ ...inputs, focus: run, peers: inputs.runs }} />
            ))}
          </ColumnNameContext.Provider>
        </section>
      ))}
    </div>
  );
}

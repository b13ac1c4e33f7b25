/**
 * The results view: headline sentence, the assumptions its bands carry the
 * uncertainty of, warnings about its settings and
 * cards for the scenario in focus, then every chart in the registry's
 * order, overlaying the baseline and the compared scenarios, the ranking by cost per exit, and how the baseline
 * compares with the calibration data.
 */
import { costNoteLines, warningLines } from './engineText';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTS, DEFAULT_LAYOUT } from '../charts/registry';
import { CalibrationCheck } from '../CalibrationCheck';
import { useApp } from '../../state/context';
import { ChartCell, QueuedPart } from './ChartCell';
import { headlineSentence } from './headline';
import { Ranking } from './Ranking';
import { ScenarioChanges } from './ScenarioChanges';
import { SettingsWarnings } from './SettingsWarnings';
import { UncertaintyNote } from './UncertaintyNote';
import { withNames } from '../sentence';
import { useChartInputs } from './useChartInputs';
import { useUnusedEdits } from '../editor/unusedEdits';
import { displayNameOf, inSentence } from '../../state/displayName';
import { householdsBlock, missingHouseholds } from '../../state/householdsSlice';
import { CoverageNote } from '../households/CoverageNote';
import { HouseholdsNote, MissingHouseholds } from '../households/HouseholdsNote';

export function Dashboard() {
  const live = useChartInputs();
  // New results render in the background (React time-slices a deferred render), so the first result, which
  // builds the whole view, does not block the page in one long task; the charts then draw one task each.
  const { inputs, waiting, blocked, uncovered } = useDeferredValue(live);
  const { t } = useTranslation('views');
  const unusedEdits = useUnusedEdits();
  const { t: th } = useTranslation('households');
  const activeId = useApp((s) => s.activeId);
  const datasetRows = useApp((s) => s.datasetRows);
  const activeName = useApp((s) => displayNameOf(s, s.activeId));
  // Results already on screen stay while the data loads; without any, say what the scenario waits for.
  const missing = useApp((s) => missingHouseholds(s, s.scenarios[s.activeId]));
  const tooFew = useApp((s) => householdsBlock(s, s.scenarios[s.activeId])?.kind === 'replications');
  // The cards read only the scenario in focus, the ranking only the runs: redraw them when those change.
  const headline = useMemo(() => inputs && CHARTS.headline.render(inputs), [inputs?.focus]);
  // The ranking and the calibration check, at the foot, are drawn as charts are: each in a task of its own, and once results settle while out of sight.
  const ranking = useMemo(() => inputs && <QueuedPart value={inputs.runs} render={(runs) => <Ranking runs={runs} />} />, [inputs?.runs]);
  const baselineId = useApp((s) => s.baselineId);
  const baselineRun = inputs?.runs.find((r) => r.id === baselineId);
  const baseline = baselineRun?.result ?? null;
  const calibration = useMemo(
    () =>
      baseline && inputs && (
        <QueuedPart
          value={{ baseline, withLoans: inputs.focus.result, names: [baselineRun!.name, inputs.focus.name] as [string, string] }}
          render={(v) => <CalibrationCheck baseline={v.baseline} withLoans={v.withLoans} names={v.names} />}
        />
      ),
    [baseline, baselineRun?.name, inputs?.focus],
  );
  if (!inputs) {
    if (missing) return <MissingHouseholds id={activeId} name={activeName} missing={missing} />;
    return tooFew ? <CoverageNote id={activeId} /> : <p className="empty-note">{t('dashboard.running')}</p>;
  }
  return (
    <div className="dashboard">
      {/* The results' own level-2 heading, for a screen reader's outline: their level-3 headings had followed the levers' as if parts of them. */}
      <h2 className="visually-hidden">{withNames((name) => t('dashboard.heading', { name }), inputs.focus.name)}</h2>
      <p className="headline-sentence">{headlineSentence(inputs.focus.name, inputs.focus.result)}</p>
      {unusedEdits > 0 && <p className="settings-warnings unused-edits" role="status">{t('dashboard.unusedEdits', { count: unusedEdits })}</p>}
      <HouseholdsNote scenario={inputs.focus.result.scenario} />
      <UncertaintyNote scenario={inputs.focus.result.scenario} />
      <SettingsWarnings name={inputs.focus.name} warnings={warningLines(inputs.focus.result, datasetRows)} costNotes={costNoteLines(inputs.focus.result)} />
      <ScenarioChanges id={inputs.focus.id} />
      {waiting.length > 0 && <p className="empty-note">{t('dashboard.waiting', { names: waiting.map((n) => inSentence(n)).join(t('dashboard.listSeparator')) })}</p>}
      {blocked.length > 0 && <p className="empty-note">{th('dashboard.blocked', { names: blocked.map((n) => inSentence(n)).join(th('listSeparator')) })}</p>}
      {uncovered.length > 0 && <p className="empty-note">{th('dashboard.uncovered', { names: uncovered.map((n) => inSentence(n)).join(th('listSeparator')) })}</p>}
      {headline}
      <div className="chart-grid">
        {DEFAULT_LAYOUT.filter((k) => k !== 'headline').map((kind) => (
          <ChartCell key={kind} kind={kind} inputs={inputs} />
        ))}
      </div>
      {ranking}
      {calibration}
    </div>
  );
}

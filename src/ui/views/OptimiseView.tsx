/**
 * The Optimise view: the best split of the active scenario's budget across
 * programmes (and regions) for an objective under constraints, found by the
 * engine's optimiser (docs/optimise.md) on the app's runner below the
 * scenarios on screen (app/optimise). Its inputs are the scenario's budget
 * path, the objective, the regions switch, the constraints (the CLI's file,
 * imported and exported as such), the effort and the replications to
 * confirm on; its result stays in the store while the app is open, by
 * scenario and request, so switching views keeps it.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptimise } from '../../app/services';
import { useApp } from '../../state/context';
import { missingHouseholds } from '../../state/householdsSlice';
import { SEARCH_REPLICATIONS_FROM } from '../../engine/index';
import { formatPlain } from '../format';
import type { OptimiseSetup } from '../../state/optimiseSlice';
import { useOptimisationOnScreen } from './analysis/onScreen';
import { useDisplayName } from '../hooks';
import { withNames } from '../sentence';
import { ConstraintsEditor } from './optimise/ConstraintsEditor';
import { issueLine } from './optimise/issues';
import { OptimiseInputs } from './optimise/OptimiseInputs';
import { OptimiseResults } from './optimise/OptimiseResults';
import { OptimiseRunPanel } from './optimise/OptimiseRunPanel';
import { checkSetup } from './optimise/work';
import './analysis/analysis.css';
import './optimise/optimise.css';

export function OptimiseView() {
  const { t } = useTranslation('optimise');
  const activeId = useApp((s) => s.activeId);
  // Found as the report finds it, so the two show the same result.
  const { scenario, setup, request, optimised, key, run } = useOptimisationOnScreen();
  const setSetup = useApp((s) => s.setOptimiseSetup);
  const name = useDisplayName(activeId);
  const actions = useOptimise();
  const check = useMemo(() => (optimised ? checkSetup(optimised, setup.constraints, request) : null), [optimised, setup.constraints, request]);
  const missing = useApp((s) => missingHouseholds(s, scenario) !== null);
  const coverage = useApp((s) => (scenario?.households ? s.datasetCoverage[scenario.households.sha256] : undefined));
  if (!scenario || !optimised || !check) return null;
  const change = (next: Partial<OptimiseSetup>) => setSetup(next);
  const data = scenario.households ? `“${scenario.households.name}”` : '';
  // Imported data: it must be here, and hold households for any replication (no replication column: the search runs on replications from 2000).
  const blockedBy =
    missing ? t('run.needsData', { data })
    : coverage !== undefined && Number.isFinite(coverage) ? t('run.replicationData', { data, from: formatPlain(SEARCH_REPLICATIONS_FROM, { useGrouping: false }) })
    : null;
  return (
    <section className="optimise-view" aria-labelledby="optimise-heading">
      <h2 id="optimise-heading">{t('heading')}</h2>
      <p>{withNames((n) => t('intro', { name: n }), name)}</p>
      <OptimiseInputs id={activeId} scenario={scenario} setup={setup} onChange={change} />
      <ConstraintsEditor
        scenario={scenario}
        constraints={setup.constraints}
        onChange={(constraints) => change({ constraints })}
        issues={check.issues}
        regions={setup.regions}
        objective={setup.objective}
      />
      <OptimiseRunPanel
        setup={setup}
        onChange={change}
        replications={scenario.run.replications}
        work={check.work}
        run={run}
        onRun={actions ? () => actions.run(optimised, request, setup.effort) : null}
        onCancel={() => actions?.cancel(key)}
        blockedBy={blockedBy}
      />
      {run?.status === 'failed' && (
        <div role="alert" className="opt-failed">
          <p>{run.issues ? t('failedIssues') : t('failed', { reason: run.error ?? '' })}</p>
          {run.issues && (
            <ul>
              {run.issues.map((i, k) => (
                <li key={k}>{issueLine(i)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {run?.status === 'done' && run.result && <OptimiseResults run={run} scenario={optimised} ownReplications={scenario.run.replications} />}
    </section>
  );
}

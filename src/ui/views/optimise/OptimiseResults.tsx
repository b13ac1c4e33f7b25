/**
 * A finished optimisation: the verdict as a sentence, which of the reader's
 * constraints bind (and, apart from them, what the proposal gives nothing),
 * Open as scenario, the charts (split, improvement, frontier; each with its
 * table and downloads, naming the engine, seed and replications as their
 * source) and where the result came from.
 */
import { roundedProposal } from './roundedProposal';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { validateScenario, type OptimiseResult, type Scenario } from '../../../engine/index';
import { useApp } from '../../../state/context';
import { displayName } from '../../../state/displayName';
import type { OptimiseRun } from '../../../state/optimiseSlice';
import { ChartSourceContext, type ChartSource } from '../../export/chartSource';
import { useQueuedValue } from '../useQueuedValue';
import { formatShare } from '../../format';
import { withNames } from '../../sentence';
import { FrontierChart } from './FrontierChart';
import { ImprovementChart } from './ImprovementChart';
import { Provenance } from './Provenance';
import { SplitChart } from './SplitChart';
import { bindingText, brokenText, constraintName, givenNothingText, verdictText, type GroupsOf } from './text';

function Binding({ result, constraints }: { result: OptimiseResult; constraints: GroupsOf }) {
  const { t } = useTranslation('optimise');
  // Only limits the reader set: a share the search took to 0 with no minimum given (`implicit`) is said apart.
  const binding = result.constraints.filter((c) => c.binds && c.met !== false && !c.implicit);
  const nothing = givenNothingText(result);
  const broken = result.constraints.filter((c) => c.met === false);
  // The reader's split has no regional shares to check when a rule divides the money among regions.
  const ofRegions = (path: string) => path.startsWith('regions.') || constraints.groups[Number(/^groups\[(\d+)\]/.exec(path)?.[1] ?? -1)]?.regions !== undefined;
  const unchecked = result.currentSplit.regions === null ? result.currentBreaks.filter(ofRegions) : [];
  const breaks = result.currentBreaks.filter((p) => !unchecked.includes(p));
  const names = (paths: readonly string[]) => paths.map((p) => constraintName(p, constraints)).join(t('binding.separator'));
  return (
    <div className="opt-binding">
      <h4>{t('binding.heading')}</h4>
      {binding.length > 0 ? (
        <ul>
          {binding.map((c) => (
            <li key={c.path}>{bindingText(c, result, constraints)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('binding.none')}</p>
      )}
      {nothing !== null && <p className="opt-nothing">{nothing}</p>}
      {result.adminFixed !== null && <p className="opt-note">{t('binding.adminFixed', { share: formatShare(result.adminFixed) })}</p>}
      {broken.length > 0 && (
        <>
          <p>{t('binding.broken')}</p>
          <ul>
            {broken.map((c) => (
              <li key={c.path}>{brokenText(c, constraints)}</li>
            ))}
          </ul>
        </>
      )}
      {breaks.length > 0 && <p className="opt-note">{t('binding.currentBreaks', { list: names(breaks) })}</p>}
      {unchecked.length > 0 && <p className="opt-note">{t('binding.currentUnchecked', { list: names(unchecked) })}</p>}
    </div>
  );
}

/**
 * Adds the proposal (its shares rounded to a tenth of a point: roundedProposal) as a new scenario through the store's
 * own path (names made unique, saved with the workspace), compared and active, and shows the dashboard. Compared even
 * when four already are (the oldest other than the scenario optimised makes way): it had opened unticked and greyed
 * out, shown only while active.
 */
function OpenAsScenario({ result }: { result: OptimiseResult }) {
  const { t } = useTranslation('optimise');
  const addScenario = useApp((s) => s.addScenario);
  const setView = useApp((s) => s.setView);
  const open = () => {
    const v = validateScenario(roundedProposal(result));
    if (!v.ok) return;
    const id = addScenario(v.scenario, { compare: 'makeWay' });
    setView('results');
    // Focus to the new scenario's tab once drawn: the button that had it goes with this view.
    requestAnimationFrame(() => document.getElementById(`tab-${id}`)?.focus());
  };
  return (
    <div className="opt-open">
      <button type="button" className="opt-primary" onClick={open}>
        {t('open.button')}
      </button>
      <p className="opt-note">{withNames((name) => t('open.note', { name }), displayName(result.scenario, { named: 'user', origin: result.scenario, namedFor: result.scenario }))}</p>
    </div>
  );
}

/** `scenario` is the one optimised (on fewer replications, if so chosen); `ownReplications` the scenario's own. */
/**
 * A chart of the result drawn in a task of its own (views/taskQueue), as the dashboard's are: three recharts
 * charts drawn together held the main thread for about 300 ms when a result arrived.
 */
function QueuedCell({ result, wide = false, title, children }: { result: OptimiseResult; wide?: boolean; title: string; children: (r: OptimiseResult) => ReactNode }) {
  const { t } = useTranslation('views');
  const { shown } = useQueuedValue(result);
  return (
    <div className={wide ? 'chart-cell chart-cell-wide' : 'chart-cell'} aria-busy={shown !== result}>
      {shown ? children(shown) : <p className="empty-note">{t('chartCell.drawing', { chart: title })}</p>}
    </div>
  );
}

export function OptimiseResults({ run, scenario, ownReplications }: { run: OptimiseRun; scenario: Scenario; ownReplications: number }) {
  const { t } = useTranslation('optimise');
  const result = run.result!;
  const source = useMemo<ChartSource>(
    () => ({ engineVersion: run.engineVersion, seed: scenario.run.seed, replications: [result.replications] }),
    [run.engineVersion, scenario.run.seed, result.replications],
  );
  const constraints = run.request.constraints ?? { groups: [] };
  const yearOne = scenario.policy.budget.annualBn[0] ?? 0;
  return (
    <section className="opt-results" aria-labelledby="opt-results-heading">
      {/* Focusable from script: where focus goes when the search that made it ends (OptimiseRunPanel). */}
      <h3 id="opt-results-heading" tabIndex={-1}>
        {t('results.heading')}
      </h3>
      <p className={`opt-verdict opt-verdict-${result.verdict}`}>{verdictText(result)}</p>
      <Binding result={result} constraints={constraints} />
      <OpenAsScenario result={result} />
      <ChartSourceContext.Provider value={source}>
        <div className="chart-grid opt-charts">
          <QueuedCell result={result} wide title={t('split.programmesTitle')}>
            {(r) => <SplitChart block="programmes" result={r} yearOneBn={yearOne} />}
          </QueuedCell>
          {result.regionsOptimised && (
            <QueuedCell result={result} wide title={t('split.regionsTitle')}>
              {(r) => <SplitChart block="regions" result={r} yearOneBn={yearOne} />}
            </QueuedCell>
          )}
          <QueuedCell result={result} title={t('improvement.row')}>
            {(r) => <ImprovementChart result={r} />}
          </QueuedCell>
          <QueuedCell result={result} title={t('frontier.title')}>
            {(r) => <FrontierChart result={r} budgetBn={scenario.policy.budget.annualBn} />}
          </QueuedCell>
        </div>
      </ChartSourceContext.Provider>
      <Provenance run={run} scenario={scenario} ownReplications={ownReplications} />
    </section>
  );
}

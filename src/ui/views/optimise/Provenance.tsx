/**
 * Where an optimisation's result came from: the engine, seed and
 * replications, the evaluations it used (search, confirmation, frontier),
 * the effort and the time it took, and the command that gives the same
 * answer from the command line (the scenario file from Share and the
 * constraints from Export constraints).
 */
import { useTranslation } from 'react-i18next';
import type { OptimiseRequest, Scenario } from '../../../engine/index';
import { EFFORTS, type Effort, type OptimiseRun } from '../../../state/optimiseSlice';
import { formatPlain } from '../../format';
import { durationText } from './duration';

/** `sim optimise` with the flags that ask for this very search (the defaults left out). */
export function cliCommand(request: OptimiseRequest, effort: Effort, replications: number | null): string {
  const { search, frontierBn } = EFFORTS[effort];
  const standard = EFFORTS.standard;
  const c = request.constraints;
  const hasConstraints = c && (Object.keys(c.programmes).length || Object.keys(c.regions).length || c.groups.length || c.existingRecipientsMonthlyPKR || c.par30Max !== undefined);
  const flags = [
    `--objective ${request.objective}`,
    ...(hasConstraints ? ['--constraints constraints.json'] : []),
    ...(request.regions ? ['--regions'] : []),
    ...(search.candidates !== standard.search.candidates ? [`--candidates ${search.candidates}`] : []),
    ...(search.refineIterations !== standard.search.refineIterations ? [`--iterations ${search.refineIterations}`] : []),
    ...(search.refinePopulation !== standard.search.refinePopulation ? [`--population ${search.refinePopulation}`] : []),
    ...(search.refineReplications !== standard.search.refineReplications ? [`--refine-replications ${search.refineReplications}`] : []),
    ...(search.finalistReplications !== standard.search.finalistReplications ? [`--finalist-replications ${search.finalistReplications}`] : []),
    ...(frontierBn.join() !== standard.frontierBn.join() ? [`--frontier ${frontierBn.join(',')}`] : []),
    ...(replications !== null ? [`--replications ${replications}`] : []),
  ];
  return `npm run sim -- optimise --scenario scenario.json ${flags.join(' ')} --out optimised.json`;
}

/** `scenario` is the one optimised (on fewer replications, if so chosen); `ownReplications` the scenario's own. */
export function Provenance({ run, scenario, ownReplications }: { run: OptimiseRun; scenario: Scenario; ownReplications: number }) {
  const { t } = useTranslation('optimise');
  const result = run.result!;
  const { search, confirmation, frontier, total } = result.cost;
  const n = (x: number) => formatPlain(x);
  return (
    <div className="opt-provenance">
      <h4>{t('provenance.heading')}</h4>
      <p>
        {t('provenance.source', {
          engine: run.engineVersion, seed: formatPlain(scenario.run.seed, { useGrouping: false }), replications: n(result.replications), last: n(result.replications - 1), from: n(result.search.replicationsFrom),
        })}
      </p>
      <p>
        {t('provenance.cost', {
          evaluations: n(total.evaluations), runs: n(total.replicationRuns),
          searchEvaluations: n(search.evaluations), searchRuns: n(search.replicationRuns),
          confirmEvaluations: n(confirmation.evaluations), confirmRuns: n(confirmation.replicationRuns),
          frontierEvaluations: n(frontier.evaluations), frontierRuns: n(frontier.replicationRuns),
        })}
      </p>
      <p>
        {t('provenance.time', {
          effort: t(`run.efforts.${run.effort}.name`),
          time: run.finishedAt === null ? '–' : durationText(run.finishedAt - run.startedAt),
        })}
      </p>
      <p>{t('provenance.cli')}</p>
      <pre dir="ltr" className="opt-cli">
        <code>{cliCommand(run.request, run.effort, result.replications < ownReplications ? result.replications : null)}</code>
      </pre>
    </div>
  );
}

/**
 * The report's Optimisation section: the Optimise view's finished result for
 * what is on screen (useShownOptimisation), as the view draws it — the
 * objective, the verdict, the proposed split (across regions too, if they
 * were decided), the frontier, and where the result came from (engine, seed,
 * replications, evaluations, effort, the `sim optimise` command). Loaded only
 * when there is one (ReportView): its charts are recharts'. Their Chart/Table
 * choices are the view's own (ui/memory).
 */
import { useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptimiseResult } from '../../../engine/index';
import { useApp } from '../../../state/context';
import { ChartSourceContext, type ChartSource } from '../../export/chartSource';
import { useDisplayName } from '../../hooks';
import { MemoryScope } from '../../memory';
import { withNames } from '../../sentence';
import { useQueuedValue } from '../useQueuedValue';
import { FrontierChart } from '../optimise/FrontierChart';
import { Provenance } from '../optimise/Provenance';
import { SplitChart } from '../optimise/SplitChart';
import { objectiveName, verdictText } from '../optimise/text';
import { useShownOptimisation } from '../analysis/onScreen';
import { OnOnePage } from '../analysis/chartProps';
import { PlotHeightScale } from '../../charts/plot/chartScale';
import { REPORT_PLOT_HEIGHT } from '../ReportView';
import { useOptimiseFit } from './optimiseFit';
import '../analysis/analysis.css';
import '../optimise/optimise.css';

/** A chart of the result drawn in a task of its own, as the Optimise view's are (OptimiseResults). */
function QueuedCell({ result, title, printedMax, children }: { result: OptimiseResult; title: string; printedMax?: number; children: (r: OptimiseResult) => ReactNode }) {
  const { t } = useTranslation('views');
  const { shown } = useQueuedValue(result);
  // Its plot's printed height where the section is fitted to its page (optimiseFit; report.css reads it).
  const style = printedMax === undefined ? undefined : ({ '--printed-plot-max': `${printedMax}px` } as CSSProperties);
  return (
    <div className="chart-cell" aria-busy={shown !== result} style={style}>
      {shown ? children(shown) : <p className="empty-note">{t('chartCell.drawing', { chart: title })}</p>}
    </div>
  );
}

export function OptimiseSection() {
  const { t } = useTranslation(['exports', 'optimise']);
  const shown = useShownOptimisation();
  const name = useDisplayName(useApp((s) => s.activeId));
  const result = shown?.run.result;
  const ref = useRef<HTMLElement>(null);
  const maxes = useOptimiseFit(ref, !!result);
  const source = useMemo<ChartSource | null>(
    () => shown && result ? { engineVersion: shown.run.engineVersion, seed: shown.scenario.run.seed, replications: [result.replications] } : null,
    [shown?.run.engineVersion, shown?.scenario.run.seed, result?.replications],
  );
  if (!shown || !result || !source) return null;
  const { run, scenario, ownReplications } = shown;
  const intro = result.regionsOptimised ? 'exports:report.optimisationIntroRegions' : 'exports:report.optimisationIntro';
  return (
    <section ref={ref} className="report-section report-analysis" aria-labelledby="report-optimisation">
      <h2 id="report-optimisation">{t('exports:report.optimisation')}</h2>
      <p>{withNames((n) => t(intro, { name: n, objective: objectiveName(result.objective) }), name)}</p>
      <p className={`opt-verdict opt-verdict-${result.verdict}`}>{verdictText(result)}</p>
      <ChartSourceContext.Provider value={source}>
        <div className="report-charts">
          {/* Drawn for paper, as the report's other charts are: the split's rows as tall as their names, the frontier
              at the report's share of its height; so that the section, heading to frontier, takes one page (the
              frontier had begun the next, leaving 27% of this one white), at a share of their size if need be. */}
          <MemoryScope name="optimise" view>
            <OnOnePage.Provider value>
              <QueuedCell result={result} title={t('optimise:split.programmesTitle')} printedMax={maxes?.[0]}>
                {(r) => <SplitChart block="programmes" result={r} yearOneBn={scenario.policy.budget.annualBn[0] ?? 0} />}
              </QueuedCell>
              {result.regionsOptimised && (
                <QueuedCell result={result} title={t('optimise:split.regionsTitle')} printedMax={maxes?.[1]}>
                  {(r) => <SplitChart block="regions" result={r} yearOneBn={scenario.policy.budget.annualBn[0] ?? 0} />}
                </QueuedCell>
              )}
              <PlotHeightScale.Provider value={REPORT_PLOT_HEIGHT}>
                <QueuedCell result={result} title={t('optimise:frontier.title')} printedMax={maxes?.[result.regionsOptimised ? 2 : 1]}>
                  {(r) => <FrontierChart result={r} budgetBn={scenario.policy.budget.annualBn} />}
                </QueuedCell>
              </PlotHeightScale.Provider>
            </OnOnePage.Provider>
          </MemoryScope>
        </div>
      </ChartSourceContext.Provider>
      <Provenance run={run} scenario={scenario} ownReplications={ownReplications} />
    </section>
  );
}

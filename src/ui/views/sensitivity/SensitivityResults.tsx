/**
 * A finished analysis: its chart (tornado or Sobol' bars) in a chart cell
 * whose basis line states the sample size, the scenario runs and
 * replications, and that the bars depend on the ranges chosen; exports name
 * the engine, seed and replications as their source. A paired difference
 * names both scenarios in its titles (so in its exports too).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENGINE_VERSION, unmovedBars } from '../../../engine/index';
import type { SensitivityAnalysis } from '../../../state/sensitivitySlice';
import { ChartSourceContext, type ChartSource } from '../../export/chartSource';
import { formatPlain } from '../../format';
import { SobolChart } from './SobolChart';
import { TornadoChart } from './TornadoChart';
import type { Difference } from './text';

const count = (n: number) => formatPlain(n);

/** `difference`: the two scenarios' names, for an analysis of a paired difference. */
export function SensitivityResults({ analysis, seed, difference }: { analysis: SensitivityAnalysis; seed: number; difference?: Difference }) {
  const { t } = useTranslation('sensitivity');
  const source = useMemo<ChartSource>(() => ({ engineVersion: ENGINE_VERSION, seed, replications: [analysis.replications] }), [seed, analysis.replications]);
  const result = analysis.result;
  if (!result) return null;
  const paired = analysis.paired === true && difference !== undefined;
  const perPoint = paired ? 2 : 1;
  const runs = { points: count(analysis.points), replications: count(analysis.replications), runs: count(perPoint * analysis.points * analysis.replications) };
  const basis =
    result.method === 'tornado'
      ? t(paired ? 'basis.tornadoPaired' : 'basis.tornado', runs)
      : t(paired ? 'basis.sobolPaired' : 'basis.sobol', { ...runs, samples: count(result.samples) });
  const shown = paired ? difference : undefined;
  // Bars at exactly 0: at a small sample, not evidence of no effect (unmovedBars).
  const unmoved = result.method === 'tornado' ? unmovedBars(result.bars).length : 0;
  return (
    <ChartSourceContext.Provider value={source}>
      {/* Its chart's heading is where focus goes when the analysis that made it ends (SensitivityControls). */}
      <div className="chart-cell chart-cell-wide sens-result">
        {result.method === 'tornado' ? (
          <TornadoChart outcome={analysis.settings.outcome} bars={result.bars} difference={shown} />
        ) : (
          <SobolChart outcome={analysis.settings.outcome} rows={result.rows} difference={shown} samples={result.samples} />
        )}
        <p className="chart-basis">
          {basis} {t('basis.ranges')}
          {unmoved > 0 && ` ${t('basis.unmoved', { count: unmoved })}`}
        </p>
      </div>
    </ChartSourceContext.Provider>
  );
}

/**
 * A finished analysis: its chart (tornado or Sobol' bars) in a chart cell
 * whose basis line states the sample size, the scenario runs and
 * replications, and that the bars depend on the ranges chosen; exports name
 * the engine, seed and replications as their source.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENGINE_VERSION } from '../../../engine/index';
import type { SensitivityAnalysis } from '../../../state/sensitivitySlice';
import { ChartSourceContext, type ChartSource } from '../../export/chartSource';
import { formatPlain } from '../../format';
import { SobolChart } from './SobolChart';
import { TornadoChart } from './TornadoChart';

const count = (n: number) => formatPlain(n);

export function SensitivityResults({ analysis, seed }: { analysis: SensitivityAnalysis; seed: number }) {
  const { t } = useTranslation('sensitivity');
  const source = useMemo<ChartSource>(() => ({ engineVersion: ENGINE_VERSION, seed, replications: [analysis.replications] }), [seed, analysis.replications]);
  const result = analysis.result;
  if (!result) return null;
  const runs = { points: count(analysis.points), replications: count(analysis.replications), runs: count(analysis.points * analysis.replications) };
  const basis =
    result.method === 'tornado' ? t('basis.tornado', runs) : t('basis.sobol', { ...runs, samples: count(result.samples) });
  return (
    <ChartSourceContext.Provider value={source}>
      <div className="chart-cell chart-cell-wide sens-result">
        {result.method === 'tornado' ? (
          <TornadoChart outcome={analysis.settings.outcome} bars={result.bars} />
        ) : (
          <SobolChart outcome={analysis.settings.outcome} rows={result.rows} />
        )}
        <p className="chart-basis">
          {basis} {t('basis.ranges')}
        </p>
      </div>
    </ChartSourceContext.Provider>
  );
}

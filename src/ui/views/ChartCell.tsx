/**
 * One chart of a view, drawn and redrawn in a task of its own (see
 * taskQueue), and only when the part of the inputs it shows has changed: a
 * result refreshed for one scenario does not redraw the charts of another.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTS, type ChartEntry, type ChartInputs } from '../charts/registry';
import type { ChartKind } from '../charts/text';
import { useQueuedValue } from './useQueuedValue';
import { basisText } from '../charts/data/estimating';
import { ChartSourceContext, type ChartSource } from '../export/chartSource';
import { householdsSource } from '../households/householdsText';

/** How many replications each interval of a chart rests on: its scenarios' counts, or the paired differences'. */
function replicationsShown(inputs: ChartInputs, needs: ChartEntry['needs']): number[] {
  if (needs === 'focus') return [inputs.focus.result.meta.replications];
  if (needs === 'diffs') return inputs.diffs.map((d) => d.diff.replications);
  if (needs === 'programmes') return (inputs.programmes?.runs ?? []).flatMap((r) => (r.result ? [r.result.meta.replications] : []));
  return inputs.runs.map((r) => r.result.meta.replications);
}

export const ChartCell = memo(function ChartCell({ kind, inputs }: { kind: ChartKind; inputs: ChartInputs }) {
  const { shown, current } = useQueuedValue(inputs, (v) => v[CHARTS[kind].needs]);
  const chart = useMemo(() => shown && CHARTS[kind].render(shown), [kind, shown]);
  const counts = useMemo(() => (shown ? replicationsShown(shown, CHARTS[kind].needs) : []), [kind, shown]);
  const basis = shown ? basisText(counts) : '';
  const { t, i18n } = useTranslation('views');
  // English writes the title in lower case inside the sentence; other scripts have no case.
  const title = i18n.language === 'en' ? CHARTS[kind].title.toLowerCase() : CHARTS[kind].title;
  // What a chart's exports name as their source (export/chartSource).
  const source = useMemo<ChartSource | null>(
    () =>
      shown && {
        engineVersion: shown.focus.result.meta.engineVersion,
        seed: shown.focus.result.meta.seed,
        replications: counts,
        households: householdsSource([shown.focus.result.scenario, ...shown.runs.map((r) => r.result.scenario)]),
      },
    [shown, counts],
  );
  const cell = (
    <div className={CHARTS[kind].wide ? 'chart-cell chart-cell-wide' : 'chart-cell'} aria-busy={!current}>
      {chart ?? <p className="empty-note">{t('chartCell.drawing', { chart: title })}</p>}
      {chart && basis && <p className="chart-basis">{basis}</p>}
    </div>
  );
  return source ? <ChartSourceContext.Provider value={source}>{cell}</ChartSourceContext.Provider> : cell;
});

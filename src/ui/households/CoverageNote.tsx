/**
 * A scenario that runs more replications than its household data has rows
 * for (a file with a replication column, e.g. one export-population wrote
 * for fewer replications) does not run: this says so, and what to do, in
 * the editor (the Households section and beside Replications) and in place
 * of its results. Nothing when the data covers the run.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/context';
import { householdsBlock } from '../../state/householdsSlice';
import { formatPlain } from '../format';
import { interleave } from '../sentence';

export function CoverageNote({ id }: { id: string }) {
  const { t } = useTranslation('households');
  // Numbers, not the block object, so the selector's answer compares equal while nothing changes.
  const coverage = useApp((s) => {
    const block = householdsBlock(s, s.scenarios[id]);
    return block?.kind === 'replications' ? block.coverage : null;
  });
  const scenario = useApp((s) => s.scenarios[id]);
  const ref = scenario?.households;
  if (coverage === null || !scenario || !ref) return null;
  const values = {
    replications: formatPlain(scenario.run.replications),
    coverage: formatPlain(coverage),
    last: formatPlain(coverage - 1, { useGrouping: false }),
  };
  const text = (name: string) => (coverage === 0 ? t('section.coverageNone', { ...values, name }) : t('section.coverage', { ...values, count: coverage, name }));
  return (
    <p role="alert" className="households-missing">
      {interleave((m) => text(m.name!), { name: <bdi>{ref.name}</bdi> })}
    </p>
  );
}

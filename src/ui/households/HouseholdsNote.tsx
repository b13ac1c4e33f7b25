/**
 * Beside the headline, where results are: which imported households they
 * rest on ("Households: <name> (sha256 abc123…, N rows); the sample-size
 * setting is not used"); nothing for synthetic households. And, in place of
 * results a scenario cannot have yet, which file to import.
 */
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../engine/index';
import { useHouseholds } from '../../app/services';
import { useApp } from '../../state/context';
import { shortHash, type HouseholdsRef } from '../../state/householdsSlice';
import { formatPlain } from '../format';
import { interleave } from '../sentence';

export function HouseholdsNote({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation('households');
  const ref = scenario.households;
  if (!ref) return null;
  return (
    <p className="households-note">
      {interleave((m) => t('dashboard.note', { name: m.name!, hash: shortHash(ref.sha256), rows: formatPlain(ref.rows) }), { name: <bdi>{ref.name}</bdi> })}
    </p>
  );
}

/** The scenario in focus cannot run until its household data is loaded or imported: say which, with the way to import it. */
export function MissingHouseholds({ id, name, missing }: { id: string; name: string; missing: HouseholdsRef }) {
  const { t } = useTranslation('households');
  const openImport = useApp((s) => s.openImport);
  const loading = useApp((s) => s.datasets[missing.sha256] === 'loading');
  const actions = useHouseholds();
  if (loading)
    return (
      <p className="empty-note" role="status">
        {interleave((m) => t('section.loading', { name: m.name!, hash: shortHash(missing.sha256) }), { name: <bdi>{missing.name}</bdi> })}
      </p>
    );
  return (
    <div className="households-missing" role="alert">
      <p>
        {interleave((m) => t('dashboard.missing', { scenario: m.scenario!, name: m.name!, hash: shortHash(missing.sha256) }), {
          scenario: <bdi>{name}</bdi>,
          name: <bdi>{missing.name}</bdi>,
        })}
      </p>
      {actions && (
        <button type="button" onClick={() => openImport(id)}>
          {t('section.import')}
        </button>
      )}
    </div>
  );
}

/**
 * The levers' Households section: which households the active scenario runs
 * on — synthetic (drawn from the population settings, the sample size the
 * run settings give) or imported ("Households: <name> (sha256 abc123…, N
 * rows)", where the sample size is not used) — with Import households… and
 * Use synthetic households. When this browser lacks the data a scenario
 * names, it says which file to import.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useHouseholds } from '../../app/services';
import { useApp } from '../../state/context';
import { shortHash, type DatasetStatus } from '../../state/householdsSlice';
import { formatPlain } from '../format';
import { interleave } from '../sentence';
import { householdsLine } from './householdsText';
import { CoverageNote } from './CoverageNote';

export function HouseholdsSection() {
  const { t } = useTranslation('households');
  const headingId = useId();
  const id = useApp((s) => s.activeId);
  const scenario = useApp((s) => s.scenarios[s.activeId]);
  const status: DatasetStatus | undefined = useApp((s) => {
    const sha = s.scenarios[s.activeId]?.households?.sha256;
    return sha ? s.datasets[sha] : undefined;
  });
  const openImport = useApp((s) => s.openImport);
  const actions = useHouseholds();
  if (!scenario) return null;
  const ref = scenario.households;
  const importButton = actions && (
    <button type="button" onClick={() => openImport(id)}>
      {ref ? t('section.importOther') : t('section.import')}
    </button>
  );
  return (
    <section className="group households-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="households-heading">
        {t('section.heading')}
      </h3>
      <div className="group-body">
        {!ref && <p>{t('section.synthetic', { count: formatPlain(scenario.run.households) })}</p>}
        {ref && status === 'loaded' && (
          <>
            <p className="households-named">{householdsLine(ref)}</p>
            <p>{interleave((m) => t('section.citedAs', { id: m.id! }), { id: <code dir="ltr">{ref.id}</code> })}</p>
            <p className="households-unused">{t('section.sampleUnused')}</p>
            <CoverageNote id={id} />
          </>
        )}
        {ref && status === 'loading' && (
          <p role="status">{interleave((m) => t('section.loading', { name: m.name!, hash: shortHash(ref.sha256) }), { name: <bdi>{ref.name}</bdi> })}</p>
        )}
        {ref && (status === 'missing' || status === undefined) && (
          <p role="alert" className="households-missing">
            {interleave((m) => t('section.missing', { name: m.name!, hash: shortHash(ref.sha256) }), { name: <bdi>{ref.name}</bdi> })}
          </p>
        )}
        <div className="households-actions">
          {importButton}
          {ref && actions && (
            <button type="button" onClick={() => actions.useSynthetic(id)}>
              {t('section.useSynthetic')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}

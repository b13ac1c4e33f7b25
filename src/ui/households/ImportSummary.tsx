/**
 * What an imported file holds, before it is used: rows read, good and bad,
 * weighted households and people, the poverty headcount at the scenario's
 * line, the welfare measure, its SHA-256, and the same by region. Numbers
 * only: the summary was computed in the import worker (engine
 * summariseHouseholds).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdSummary } from '../../engine/index';
import { weightsNote } from '../../engine/population/households';
import { keyLabel } from '../editor/labels';
import { formatCount, formatPlain, formatShare } from '../format';

export interface ImportSummaryProps {
  /** Data rows read, good and bad. */
  rows: number;
  badRows: number;
  /**
   * Which row counts are true of the file. `goodAndBad`: rows read, good and bad. `unchecked`: the header has
   * problems, so no row was checked: the rows read are not counted as good or bad (every one had been called bad,
   * "Good rows 0 / Bad rows 400", above a list of the header's problems alone). `readOnly`: the file is empty or
   * has a header alone, so rows read (0) and nothing of good or bad. `none`: the file could not be read as text
   * (not UTF-8, or UTF-16), so no row was read at all (it had said "Rows read 0 / Good rows 0 / Bad rows 0", as if
   * the file had been read and held no rows).
   */
  counts?: RowCounts;
  /** Of the good rows; null when there are none. */
  summary: HouseholdSummary | null;
  /** Replications the file holds (1 without a replication column). */
  replications: number;
  povertyLinePKR: number;
  sha256: string;
}

export type RowCounts = 'goodAndBad' | 'unchecked' | 'readOnly' | 'none';

const share = (x: number) => (Number.isFinite(x) ? formatShare(x) : '–');

/**
 * Households a row stands for, on average, above which the summary warns
 * that results move in coarse steps: the default synthetic sample (20,000
 * rows for about 39 million households) has about 2,000 a row.
 */
export const COARSE_ROW_WEIGHT = 10_000;

export function ImportSummary({ rows, badRows, counts = 'goodAndBad', summary, replications, povertyLinePKR, sha256 }: ImportSummaryProps) {
  const { t } = useTranslation('households');
  const captionId = useId();
  const facts: [string, string][] = counts === 'none' ? [] : [[t('dialog.rows'), formatPlain(rows)]];
  // Weights that add up far from Pakistan's households: most likely in another unit (engine weightsNote, which the CLI says too).
  const weights = summary && summary.rows > 0 ? weightsNote(summary.households) : null;
  if (counts === 'unchecked') facts.push([t('dialog.checkedRows'), t('dialog.notChecked')]);
  else if (counts === 'goodAndBad') facts.push([t('dialog.goodRows'), formatPlain(rows - badRows)], [t('dialog.badRows'), formatPlain(badRows)]);
  if (summary) {
    facts.push(
      [t('dialog.households'), formatCount(summary.households)],
      [t('dialog.people'), formatCount(summary.people)],
      [t('dialog.headcount', { line: formatPlain(povertyLinePKR) }), share(summary.headcount)],
      [t('dialog.welfare'), t(`dialog.welfareKinds.${summary.welfareKind}`)],
    );
  }
  return (
    <div className="import-summary">
      <dl className="import-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{t('dialog.sha256')}</dt>
          <dd>
            <code className="import-hash" dir="ltr">
              {sha256}
            </code>
          </dd>
        </div>
      </dl>
      {summary && replications > 1 && <p className="import-note">{t('dialog.replications', { count: replications })}</p>}
      {summary && summary.rows > 0 && summary.households / (summary.rows / replications) > COARSE_ROW_WEIGHT && (
        <p className="import-note" role="note">
          {t('dialog.coarse', {
            weight: formatCount(summary.households / (summary.rows / replications)),
            rows: formatPlain(summary.rows / replications),
          })}
        </p>
      )}
      {weights && (
        <p className="import-note" role="note">
          {t(weights.kind === 'few' ? 'dialog.weightsFew' : 'dialog.weightsMany', { households: formatCount(weights.households) })}
        </p>
      )}
      {summary && (
        <table className="import-regions" aria-labelledby={captionId}>
          <caption id={captionId}>{t('dialog.regionCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dialog.region')}</th>
              <th scope="col">{t('dialog.regionRows')}</th>
              <th scope="col">{t('dialog.regionHouseholds')}</th>
              <th scope="col">{t('dialog.regionHeadcount')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.byRegion.map((r) => (
              <tr key={r.region}>
                <th scope="row">{keyLabel(r.region)}</th>
                <td>{formatPlain(r.rows)}</td>
                <td>{r.rows > 0 ? formatCount(r.households) : t('dialog.noRows')}</td>
                <td>{r.rows > 0 ? share(r.headcount) : t('dialog.noRows')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/**
 * Every target the model is calibrated to or checked against, with its data
 * and source, the model's value (median and 90% interval), whether a
 * parameter was solved to hit it, and whether the model is inside the data:
 * misses are shown, not hidden.
 */
import { useTranslation } from 'react-i18next';
import type { RunResult, ValidationFile } from '../engine/index';
import { checkText } from '../engine/index';
import { calibrationRows, validationStale, VALIDATION, type CalibrationRow } from './calibration';
import { modelText, staleText, targetText, targetValueText } from './calibrationText';
import { interleave } from './sentence';
import { formatPlain } from './format';

const COMMAND = <code>npm run validate</code>;

/** The engine's check word ("not comparable") as a message key. */
const CHECK_KEYS = { inside: 'inside', miss: 'miss', 'not comparable': 'notComparable', 'not measured': 'notMeasured' } as const;

function From({ row }: { row: CalibrationRow }) {
  const { t } = useTranslation('editor');
  switch (row.from.kind) {
    case 'live':
      return <span className="unit">{interleave((m) => t('calibration.measuredOn', { scenario: m.scenario! }), { scenario: <bdi>{row.from.scenario}</bdi> })}</span>;
    case 'validate':
      return <span className="unit">{t('calibration.measuredBy', { command: 'npm run validate' })}</span>;
    case 'none':
      return null;
  }
}

export function CalibrationCheck({
  baseline,
  withLoans,
  names,
  validation = VALIDATION,
}: {
  baseline: RunResult;
  withLoans: RunResult | null;
  /** The two scenarios' names as shown (display names); their stored names if not given. */
  names?: readonly [string, string];
  /** docs/validation.json by default; tests pass their own. */
  validation?: ValidationFile;
}) {
  const { t } = useTranslation('editor');
  const rows = calibrationRows(baseline, withLoans, validation, names);
  const stale = staleText(validationStale(validation), validation);
  return (
    // Focusable: on a narrow screen the table scrolls sideways inside it, and a keyboard must be able to scroll it.
    <section className="ranking calibration" aria-label={t('calibration.ariaLabel')} tabIndex={0}>
      <h2>{t('calibration.title')}</h2>
      <table>
        <caption className="empty-note">{t('calibration.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calibration.target')}</th>
            <th scope="col">{t('calibration.data')}</th>
            <th scope="col">{t('calibration.model')}</th>
            <th scope="col">{t('calibration.status')}</th>
            <th scope="col">{t('calibration.check')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { target } = row;
            const text = targetText(target);
            const check = checkText(target, row.pass, row.model);
            const { unit, low, high } = target.data;
            const dataTitle =
              high !== low
                ? t('calibration.dataRange', { low: targetValueText(unit, low), high: targetValueText(unit, high) })
                : t('calibration.dataValue', { value: targetValueText(unit, low) });
            return (
              <tr key={target.id} data-target={target.id}>
                <th scope="row">
                  {text.label} <From row={row} />
                </th>
                <td>
                  {text.data} <span className="unit">({text.source})</span>
                </td>
                <td>{row.model ? modelText(unit, row.model) : t('calibration.notYetMeasured')}</td>
                <td>
                  <span
                    className={`badge badge-${target.status}`}
                    title={text.parameter !== null ? t('calibration.solved', { parameter: text.parameter }) : t('calibration.nothingTuned')}
                  >
                    {t(`calibration.statuses.${target.status}`)}
                  </span>
                </td>
                <td>
                  <span className={`check check-${check.replace(/ /g, '-')}`} title={text.notComparable ?? dataTitle}>
                    {t(`calibration.checks.${CHECK_KEYS[check as keyof typeof CHECK_KEYS] ?? 'notMeasured'}`)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="empty-note">
        {interleave(
          (m) =>
            t('calibration.footer', {
              command: m.command!,
              version: validation.engineVersion,
              households: formatPlain(validation.households),
              replications: formatPlain(validation.replications),
            }),
          { command: COMMAND },
        )}
      </p>
      {stale && (
        <p className="stale-note" role="status">
          {interleave((m) => t('calibration.stale', { reason: stale, command: m.command! }), { command: COMMAND })}
        </p>
      )}
    </section>
  );
}

/**
 * What to analyse and how: the outcome, the method, Sobol's sample size,
 * the cost in runs stated before running, Run, and while it runs its
 * progress and Cancel (which keeps nothing).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOMES, type Outcome } from '../../../engine/index';
import { SOBOL_SAMPLES, type SensitivityAnalysis, type SensitivityMethod, type SensitivitySettings } from '../../../state/sensitivitySlice';
import { Segmented } from '../../charts/Segmented';
import { formatPlain } from '../../format';
import { interleave } from '../../sentence';
import { outcomeName } from './text';

/** Counts as the progress line writes them: the language's digits, no grouping. */
const count = (n: number) => formatPlain(n, { useGrouping: false });

export interface SensitivityControlsProps {
  settings: SensitivitySettings;
  onChange(next: Partial<SensitivitySettings>): void;
  /** Uncertain parameters (D) and replications per scenario run (R). */
  parameters: number;
  replications: number;
  analysis: SensitivityAnalysis | undefined;
  /** Null where no runner is at hand. */
  onRun: (() => void) | null;
  onCancel(): void;
}

/** "N × (D + 2) = 16 × (2 + 2) = 64" or "1 + 2 × D = 1 + 2 × 2 = 5": the arithmetic, ending in the scenario runs. */
function costFormula(settings: SensitivitySettings, d: number): { formula: string; points: number } {
  if (settings.method === 'sobol') {
    const points = settings.samples * (d + 2);
    return { formula: `N × (D + 2) = ${count(settings.samples)} × (${count(d)} + 2) = ${count(points)}`, points };
  }
  const points = 1 + 2 * d;
  return { formula: `1 + 2 × D = 1 + 2 × ${count(d)} = ${count(points)}`, points };
}

export function SensitivityControls({ settings, onChange, parameters, replications, analysis, onRun, onCancel }: SensitivityControlsProps) {
  const { t } = useTranslation('sensitivity');
  const id = useId();
  const { formula, points } = costFormula(settings, parameters);
  const running = analysis?.status === 'running';
  const done = analysis?.status === 'done';
  return (
    <div className="sens-controls" role="group" aria-label={t('controls.label')}>
      <div className="sens-field">
        <label htmlFor={`${id}-outcome`}>{t('controls.outcome')}</label>
        <select id={`${id}-outcome`} value={settings.outcome} onChange={(e) => onChange({ outcome: e.target.value as Outcome })}>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {outcomeName(o)}
            </option>
          ))}
        </select>
      </div>
      <div className="sens-field">
        <span aria-hidden="true">{t('controls.method')}</span>
        <Segmented<SensitivityMethod>
          label={t('controls.method')}
          value={settings.method}
          onChange={(method) => onChange({ method })}
          options={[
            { value: 'tornado', label: t('controls.tornado') },
            { value: 'sobol', label: t('controls.sobol') },
          ]}
        />
      </div>
      {settings.method === 'sobol' && (
        <div className="sens-field">
          <label htmlFor={`${id}-samples`}>{t('controls.samples')}</label>
          <select id={`${id}-samples`} value={settings.samples} onChange={(e) => onChange({ samples: Number(e.target.value) })}>
            {SOBOL_SAMPLES.map((n) => (
              <option key={n} value={n}>
                {count(n)}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="sens-cost">
        {interleave((m) => t('controls.cost', { formula: m.formula!, replications: count(replications), runs: count(points * replications) }), {
          formula: <bdi dir="ltr">{formula}</bdi>,
        })}
      </p>
      <div className="sens-actions">
        {running ? (
          <>
            <button type="button" onClick={onCancel}>
              {t('controls.cancel')}
            </button>
            <div
              className="bar sens-progress"
              role="progressbar"
              aria-label={t('progress.label')}
              aria-valuemin={0}
              aria-valuemax={analysis.total}
              aria-valuenow={analysis.done}
              aria-valuetext={t('progress.value', { done: count(analysis.done), total: count(analysis.total) })}
            >
              <div className="bar-fill" style={{ width: `${analysis.total > 0 ? (100 * analysis.done) / analysis.total : 0}%` }} />
            </div>
            <span className="sens-progress-text">{t('progress.running', { done: count(analysis.done), total: count(analysis.total) })}</span>
          </>
        ) : (
          onRun && (
            <button type="button" className="sens-run" onClick={onRun} disabled={done}>
              {t('controls.run')}
            </button>
          )
        )}
      </div>
      <p className="sens-note">{done ? t('controls.runAgain') : t('controls.cancelNote')}</p>
    </div>
  );
}

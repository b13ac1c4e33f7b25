/**
 * What to analyse and how: the outcome, optionally as a paired difference
 * from another open scenario on the same world, the method, Sobol's sample
 * size, the cost in runs stated before running, Run, and while it runs its
 * progress and Cancel (which keeps nothing).
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useFocusHandoff } from '../../focusHandoff';
import { useAnnouncement } from '../../announce';
import { useTranslation } from 'react-i18next';
import { OUTCOMES, type Outcome } from '../../../engine/index';
import { SOBOL_SAMPLES, type SensitivityAnalysis, type SensitivityMethod, type SensitivitySettings } from '../../../state/sensitivitySlice';
import { Segmented } from '../../charts/Segmented';
import { formatPlain } from '../../format';
import { interleave, withNames } from '../../sentence';
import { ProgressBar } from '../analysis/ProgressBar';
import { outcomeName } from './text';

/** Counts in the cost's formula (N × (D + 2)): the language's digits, no grouping. */
const count = (n: number) => formatPlain(n, { useGrouping: false });
/** Counts in the stated cost and the progress, grouped as the chart's note under the result writes the same numbers ("27,200 engine runs"). */
const amount = (n: number) => formatPlain(n);

/** An open scenario the outcome could be a difference from; one on another world cannot be paired. */
export interface VersusOption {
  id: string;
  name: string;
  sharesWorld: boolean;
}

export interface VersusChoice {
  /** The other open scenarios, in tab order. */
  options: readonly VersusOption[];
  /** The one chosen (sharing the world), or null for the scenario's own outcome. */
  chosen: string | null;
  /** The active and the chosen scenario's names, when one is chosen. */
  names: { a: string; b: string } | null;
  /** Why the chosen pair cannot be analysed (Run is off), in the reader's language. */
  problem: string | null;
}

export interface SensitivityControlsProps {
  settings: SensitivitySettings;
  onChange(next: Partial<SensitivitySettings>): void;
  /** Uncertain parameters (D) and replications per scenario run (R). */
  parameters: number;
  replications: number;
  analysis: SensitivityAnalysis | undefined;
  versus: VersusChoice;
  /** Null where no runner is at hand. */
  onRun: (() => void) | null;
  onCancel(): void;
}

/**
 * "N × (D + 2) = 16 × (2 + 2) = 64" or "1 + 2 × D = 1 + 2 × 2 = 5": the arithmetic, ending in the scenario runs;
 * a paired difference runs two scenarios at each design point: "2 × (1 + 2 × D) = 2 × (1 + 2 × 2) = 10".
 */
function costFormula(settings: SensitivitySettings, d: number, paired: boolean): { formula: string; runs: number } {
  const [symbols, numbers, points] =
    settings.method === 'sobol'
      ? ['N × (D + 2)', `${count(settings.samples)} × (${count(d)} + 2)`, settings.samples * (d + 2)]
      : ['1 + 2 × D', `1 + 2 × ${count(d)}`, 1 + 2 * d];
  if (!paired) return { formula: `${symbols} = ${numbers} = ${amount(points)}`, runs: points };
  return { formula: `2 × (${symbols}) = 2 × (${numbers}) = ${amount(2 * points)}`, runs: 2 * points };
}

function VersusField({ id, versus, onChange }: { id: string; versus: VersusChoice; onChange(next: Partial<SensitivitySettings>): void }) {
  const { t } = useTranslation('sensitivity');
  const pairable = versus.options.some((o) => o.sharesWorld);
  return (
    <div className="sens-field">
      <label htmlFor={`${id}-versus`}>{t('controls.versus')}</label>
      <select
        id={`${id}-versus`}
        value={versus.chosen ?? ''}
        disabled={!pairable}
        aria-describedby={pairable ? undefined : `${id}-versus-why`}
        onChange={(e) => onChange({ versus: e.target.value || null })}
      >
        <option value="">{t('controls.versusNone')}</option>
        {versus.options.map((o) => (
          <option key={o.id} value={o.id} disabled={!o.sharesWorld}>
            {o.sharesWorld ? o.name : t('controls.versusOtherWorld', { name: o.name })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What choosing a comparator means, or why none can be chosen, or why the chosen pair cannot be analysed. */
function VersusNotes({ id, versus }: { id: string; versus: VersusChoice }) {
  const { t } = useTranslation('sensitivity');
  const pairable = versus.options.some((o) => o.sharesWorld);
  return (
    <>
      {!pairable && (
        <p id={`${id}-versus-why`} className="sens-note">
          {t(versus.options.length > 0 ? 'controls.versusUnavailable' : 'controls.versusNoOther')}
        </p>
      )}
      {versus.names && <p className="sens-note sens-versus">{withNames((a, b) => t('controls.versusNote', { a, b }), versus.names.a, versus.names.b)}</p>}
      {versus.problem && (
        <p role="alert" className="sens-failed sens-cost">
          {versus.problem}
        </p>
      )}
    </>
  );
}

/** The finished analysis's heading (its chart's title, SensitivityResults), where focus goes when it ends. */
const RESULT_HEADING = '.sens-result .chart-title';

function resultHeading(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>(RESULT_HEADING);
  // Focusable from script only, as Optimise's result heading is.
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}

export function SensitivityControls({ settings, onChange, parameters, replications, analysis, versus, onRun, onCancel }: SensitivityControlsProps) {
  const { t } = useTranslation('sensitivity');
  const id = useId();
  const paired = versus.names !== null;
  const { formula, runs } = costFormula(settings, parameters, paired);
  const running = analysis?.status === 'running';
  const done = analysis?.status === 'done';
  const actions = useRef<HTMLDivElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  // Run becomes Cancel, and Cancel goes when the analysis ends: focus to Cancel, then to the result's heading (Run is
  // off once done) or back to Run; it had fallen to <body> each time. The heading, as Optimise's, names what came: the
  // whole result, focused, had no name, and on a phone was scrolled so that its title was off the screen.
  useFocusHandoff(analysis?.status, actions, () => (running ? cancelButton.current : done ? resultHeading() : runButton.current));
  // …and brought to the top of the window, its chart below it.
  const lastStatus = useRef(analysis?.status);
  useLayoutEffect(() => {
    if (lastStatus.current === analysis?.status) return;
    lastStatus.current = analysis?.status;
    const heading = done ? document.querySelector<HTMLElement>(RESULT_HEADING) : null;
    if (heading && document.activeElement === heading) heading.scrollIntoView?.({ block: 'start' });
  });
  // Cancelling keeps nothing (the analysis goes from the store): how far it had got is said, as its end is.
  const [cancelled, setCancelled] = useState<{ done: number; total: number } | null>(null);
  if (cancelled && analysis) setCancelled(null);
  const cancel = () => {
    if (running) setCancelled({ done: analysis.done, total: analysis.total });
    onCancel();
  };
  // Said to a screen reader: the count every few seconds while it runs, that it is done (the page had said nothing),
  // or how far it had got when cancelled.
  const spoken =
    running ? (analysis.total > 0 ? t('progress.running', { done: amount(analysis.done), total: amount(analysis.total) }) : t('progress.preparing'))
    : done ? t('progress.done', { total: amount(analysis.total) })
    : cancelled ? (cancelled.total > 0 ? t('progress.cancelled', { done: amount(cancelled.done), total: amount(cancelled.total) }) : t('progress.cancelledPreparing'))
    : '';
  const announced = useAnnouncement(spoken, analysis?.status ?? (cancelled ? 'cancelled' : 'none'));
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
      <VersusField id={id} versus={versus} onChange={onChange} />
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
      <VersusNotes id={id} versus={versus} />
      <p className="sens-cost">
        {interleave((m) => t('controls.cost', { formula: m.formula!, replications: amount(replications), runs: amount(runs * replications) }), {
          formula: <bdi dir="ltr">{formula}</bdi>,
        })}
        {paired && ` ${t('controls.costShared')}`}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
      <div className="sens-actions" ref={actions}>
        {running ? (
          <>
            <button type="button" ref={cancelButton} onClick={cancel}>
              {t('controls.cancel')}
            </button>
            <ProgressBar
              label={t('progress.label')}
              done={analysis.done}
              total={analysis.total}
              valueText={t('progress.value', { done: amount(analysis.done), total: amount(analysis.total) })}
            />
            <span className="sens-progress-text">
              {analysis.total > 0 ? t('progress.running', { done: amount(analysis.done), total: amount(analysis.total) }) : t('progress.preparing')}
            </span>
          </>
        ) : (
          onRun && (
            <button type="button" ref={runButton} className="sens-run" onClick={onRun} disabled={done || versus.problem !== null}>
              {t('controls.run')}
            </button>
          )
        )}
      </div>
      <p className="sens-note">{done ? t('controls.runAgain') : t('controls.cancelNote')}</p>
    </div>
  );
}

/**
 * How hard to search and on how many replications to confirm, what that
 * costs (stated before running, in scenario-replications), Run, and while it
 * runs its progress (a progressbar with the phase in words and the time
 * elapsed) and Cancel, which keeps nothing.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useFocusHandoff } from '../../focusHandoff';
import { useAnnouncement } from '../../announce';
import { useTranslation } from 'react-i18next';
import { EFFORTS, FEWER_REPLICATIONS, type Effort, type OptimiseRun, type OptimiseSetup } from '../../../state/optimiseSlice';
import { formatPlain } from '../../format';
import { ProgressBar } from '../analysis/ProgressBar';
import { durationText } from './duration';
import type { OptimiseWork } from './work';

/** Counts in the cost and the progress: the language's digits, grouped as the cost's own sums are ("1,120"). */
const count = (n: number) => formatPlain(n);
const EFFORT_IDS = Object.keys(EFFORTS) as Effort[];

interface Props {
  setup: OptimiseSetup;
  onChange(next: Partial<OptimiseSetup>): void;
  /** The scenario's own replications. */
  replications: number;
  /** The work each effort would take, or null while the constraints have problems. */
  work: Record<Effort, OptimiseWork> | null;
  run: OptimiseRun | undefined;
  /** Null where no runner is at hand. */
  onRun: (() => void) | null;
  onCancel(): void;
  /** Why the scenario cannot be optimised here whatever the settings (its household data), or null. */
  blockedBy?: string | null;
}

function Elapsed({ since }: { since: number }) {
  const { t } = useTranslation('optimise');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <span className="opt-elapsed">{t('progress.elapsed', { time: durationText(Math.max(0, now - since)) })}</span>;
}

function Progress({ run, onCancel, cancelButton }: { run: OptimiseRun; onCancel(): void; cancelButton: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation('optimise');
  const values = { done: count(run.done), total: count(run.total) };
  return (
    <div className="opt-progress-row">
      <button type="button" ref={cancelButton} onClick={onCancel}>
        {t('run.cancel')}
      </button>
      <ProgressBar label={t('progress.label')} done={run.done} total={run.total} valueText={t('progress.value', values)} />
      {/* Said by the panel's live region, in the page before the search starts (OptimiseRunPanel). */}
      <span className="opt-progress-text">{t(`progress.phases.${run.phase}`)}</span>
      <span className="opt-progress-text">{run.total > 0 ? t('progress.running', values) : t('progress.preparing')}</span>
      <Elapsed since={run.startedAt} />
    </div>
  );
}

export function OptimiseRunPanel({ setup, onChange, replications, work, run, onRun, onCancel, blockedBy = null }: Props) {
  const { t } = useTranslation('optimise');
  const id = useId();
  const chosen = work?.[setup.effort];
  const running = run?.status === 'running';
  const done = run?.status === 'done';
  const fewer = FEWER_REPLICATIONS.filter((n) => n < replications);
  const actions = useRef<HTMLDivElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  // Run becomes Cancel, and Cancel goes when the search ends: focus to Cancel, then to the result's heading (Run is off
  // once done) or back to Run; it had fallen to <body> each time.
  useFocusHandoff(run?.status, actions, () => (running ? cancelButton.current : done ? document.getElementById('opt-results-heading') : runButton.current));
  // Said to a screen reader, from one live region in the page whether or not a search runs: each phase as it comes
  // (its region had come with the search, its first phase already in it, and that went unsaid), the end, and how far
  // a cancelled search had got (Cancel keeps nothing: the search goes from the store).
  const [cancelled, setCancelled] = useState<{ done: number; total: number } | null>(null);
  if (cancelled && run) setCancelled(null);
  const cancel = () => {
    if (running) setCancelled({ done: run.done, total: run.total });
    onCancel();
  };
  const spoken =
    running ? t(`progress.phases.${run.phase}`)
    : done ? t('progress.done')
    : cancelled ? (cancelled.total > 0 ? t('progress.cancelled', { done: count(cancelled.done), total: count(cancelled.total) }) : t('progress.cancelledPreparing'))
    : '';
  const announced = useAnnouncement(spoken, running ? `running ${run.phase}` : run?.status ?? (cancelled ? 'cancelled' : 'none'));
  return (
    <div className="opt-run" role="group" aria-label={t('run.label')}>
      <fieldset className="opt-effort">
        <legend>{t('run.effort')}</legend>
        {EFFORT_IDS.map((e) => (
          <label key={e} className="opt-choice">
            <input type="radio" name={`${id}-effort`} value={e} checked={setup.effort === e} onChange={() => onChange({ effort: e })} />
            <span>
              <strong>{t(`run.efforts.${e}.name`)}</strong>
              <span className="opt-choice-help">
                {t(`run.efforts.${e}.help`, { budgets: count(EFFORTS[e].frontierBn.length) })}{' '}
                {work && t('run.atMost', { runs: formatPlain(work[e].total) })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field opt-replications">
        <label htmlFor={`${id}-replications`}>{t('run.replications')}</label>
        <select
          id={`${id}-replications`}
          value={setup.replications === null || setup.replications >= replications ? '' : String(setup.replications)}
          onChange={(e) => onChange({ replications: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('run.replicationsOwn', { replications: formatPlain(replications) })}</option>
          {fewer.map((n) => (
            <option key={n} value={n}>
              {formatPlain(n)}
            </option>
          ))}
        </select>
        <p className="opt-note">{t('run.replicationsHelp')}</p>
      </div>
      {chosen && (
        <p className="opt-cost">
          {t(chosen.probes ? 'run.costProbes' : 'run.cost', {
            search: formatPlain(chosen.search),
            confirm: formatPlain(chosen.confirm),
            points: count(chosen.confirmPoints),
            frontier: formatPlain(chosen.frontier),
            budgets: count(chosen.budgets),
            replications: formatPlain(chosen.replications),
            total: formatPlain(chosen.total),
          })}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
      <div className="opt-actions" ref={actions}>
        {running ? (
          <Progress run={run} onCancel={cancel} cancelButton={cancelButton} />
        ) : (
          onRun && (
            <button type="button" ref={runButton} className="opt-primary" onClick={onRun} disabled={done || !chosen || blockedBy !== null}>
              {t('run.run')}
            </button>
          )
        )}
      </div>
      <p className="opt-note">{done ? t('run.runAgain') : blockedBy ?? (!chosen ? t('run.blocked') : t('run.cancelNote'))}</p>
    </div>
  );
}

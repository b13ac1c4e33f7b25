/** The progress of an analysis the reader started (a sensitivity design, an optimisation): a named progressbar with its value, maximum and value in words. */
export interface ProgressBarProps {
  /** The accessible name, e.g. "Optimisation: scenario-replications done". */
  label: string;
  done: number;
  total: number;
  valueText: string;
}

export function ProgressBar({ label, done, total, valueText }: ProgressBarProps) {
  return (
    <div className="bar analysis-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={valueText}>
      <div className="bar-fill" style={{ width: `${total > 0 ? (100 * done) / total : 0}%` }} />
    </div>
  );
}

/**
 * The progress of an analysis the reader started (a sensitivity design, an optimisation): a named progressbar with
 * its value, maximum and value in words. Before the analysis knows how much work it has (total 0), the bar is
 * indeterminate, as ARIA has it: no value or maximum, rather than "0 of 0" (a screen reader heard a maximum of 0).
 */
export interface ProgressBarProps {
  /** The accessible name, e.g. "Optimisation: scenario-replications done". */
  label: string;
  done: number;
  total: number;
  valueText: string;
}

export function ProgressBar({ label, done, total, valueText }: ProgressBarProps) {
  const known = total > 0;
  return (
    <div
      className="bar analysis-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? total : undefined}
      aria-valuenow={known ? done : undefined}
      aria-valuetext={known ? valueText : undefined}
    >
      <div className="bar-fill" style={{ width: `${known ? (100 * done) / total : 0}%` }} />
    </div>
  );
}

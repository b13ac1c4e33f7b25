/**
 * Every target the model is calibrated to or checked against, with its data
 * and source, the model's value (median and 90% interval), whether a
 * parameter was solved to hit it, and whether the model is inside the data:
 * misses are shown, not hidden.
 */
import type { RunResult, ValidationFile } from '../engine/index';
import { checkText, formatModel, formatTargetValue } from '../engine/index';
import { calibrationRows, validationStale, VALIDATION, type CalibrationRow } from './calibration';

function From({ row }: { row: CalibrationRow }) {
  switch (row.from.kind) {
    case 'live':
      return <span className="unit">measured on {row.from.scenario}</span>;
    case 'validate':
      return <span className="unit">measured by npm run validate</span>;
    case 'none':
      return null;
  }
}

export function CalibrationCheck({
  baseline,
  withLoans,
  validation = VALIDATION,
}: {
  baseline: RunResult;
  withLoans: RunResult | null;
  /** docs/validation.json by default; tests pass their own. */
  validation?: ValidationFile;
}) {
  const rows = calibrationRows(baseline, withLoans, validation);
  const stale = validationStale(validation);
  return (
    // Focusable: on a narrow screen the table scrolls sideways inside it, and a keyboard must be able to scroll it.
    <section className="ranking calibration" aria-label="Calibration check" tabIndex={0}>
      <h2>How the model compares with the data</h2>
      <table>
        <caption className="empty-note">
          Every target the model is held to. Model: median across replications and 90% interval. Calibrated: a parameter was solved to hit the
          target. Free: nothing was tuned to it, so a miss is the model’s own. Inside: the model’s interval overlaps the data.
        </caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Data</th>
            <th scope="col">Model</th>
            <th scope="col">Status</th>
            <th scope="col">Check</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { target } = row;
            const check = checkText(target, row.pass, row.model);
            return (
              <tr key={target.id} data-target={target.id}>
                <th scope="row">
                  {target.label} <From row={row} />
                </th>
                <td>
                  {target.data.text} <span className="unit">({target.source})</span>
                </td>
                <td>{row.model ? formatModel(target.data.unit, row.model) : 'not yet measured'}</td>
                <td>
                  <span
                    className={`badge badge-${target.status}`}
                    title={target.status === 'calibrated' ? `solved: ${target.parameter}` : 'nothing was tuned to this target'}
                  >
                    {target.status}
                  </span>
                </td>
                <td>
                  <span className={`check check-${check.replace(/ /g, '-')}`} title={target.notComparable ?? `data: ${formatTargetValue(target.data.unit, target.data.low)}${target.data.high !== target.data.low ? ` to ${formatTargetValue(target.data.unit, target.data.high)}` : ''}`}>
                    {check}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="empty-note">
        Special runs (flood, cash only, microfinance only) measured by <code>npm run validate</code> at engine version {validation.engineVersion};{' '}
        {validation.households.toLocaleString('en-US')} households × {validation.replications} replications. Live rows are measured on the
        results on screen (a ratio there is the ratio of means, shown without an interval; <code>npm run validate</code> takes it replication by replication).
      </p>
      {stale && (
        <p className="stale-note" role="status">
          These values are stale: {stale}. Run <code>npm run validate</code>.
        </p>
      )}
    </section>
  );
}

import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { CalibrationCheck } from '../../src/ui/CalibrationCheck';
import { calibrationRows } from '../../src/ui/calibration';
import { fixtureResults } from '../fixtures/results';

describe('<CalibrationCheck>', () => {
  it('shows each target with the model value, its interval and the gap', () => {
    const { baseline, bn80 } = fixtureResults();
    render(<CalibrationCheck baseline={baseline} withLoans={bn80} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'People in poverty at the start (calibrated)',
      'Gini of income per adult-equivalent (free)',
      'Mean income per adult-equivalent (free)',
      'Loan money 30+ days overdue (PAR30), average after year 1 (calibrated)',
    ]);
    expect(rows[0]).toHaveTextContent('21.9%');
    expect(rows[1]).toHaveTextContent(/0\.3\d\d \(0\.3\d\d to 0\.3\d\d\)/);
  });

  it('computes the gap from the median', () => {
    const { baseline } = fixtureResults();
    const [headcount] = calibrationRows(baseline, null);
    expect(headcount!.model).toBe(baseline.summary.povertyHeadcountStart);
    expect(calibrationRows(baseline, baseline)).toHaveLength(3);
  });
});

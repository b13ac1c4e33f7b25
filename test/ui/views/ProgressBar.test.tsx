/** An analysis's progressbar: its value and maximum once the work is known, indeterminate (no value, no maximum of 0) before. */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ProgressBar } from '../../../src/ui/views/analysis/ProgressBar';

describe('<ProgressBar>', () => {
  it('says its value, maximum and value in words once the total is known', () => {
    render(<ProgressBar label="Optimisation" done={30} total={120} valueText="30 of 120 scenario-replications" />);
    const bar = screen.getByRole('progressbar', { name: 'Optimisation' });
    expect(bar).toHaveAttribute('aria-valuenow', '30');
    expect(bar).toHaveAttribute('aria-valuemax', '120');
    expect(bar).toHaveAttribute('aria-valuetext', '30 of 120 scenario-replications');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('25%');
  });

  it('is indeterminate while the total is still unknown: no maximum of 0, no "0 of 0"', () => {
    render(<ProgressBar label="Optimisation" done={0} total={0} valueText="0 of 0 scenario-replications" />);
    const bar = screen.getByRole('progressbar', { name: 'Optimisation' });
    expect(bar).not.toHaveAttribute('aria-valuemax');
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).not.toHaveAttribute('aria-valuetext');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('0%');
  });
});

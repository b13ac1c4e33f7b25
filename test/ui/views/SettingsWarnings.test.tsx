import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { SettingsWarnings } from '../../../src/ui/views/SettingsWarnings';

describe('<SettingsWarnings>', () => {
  it('lists each warning once under the heading "Check these settings", naming the scenario', () => {
    const warnings = ['Skills training left 22% of its budget (Rs 3.5 bn) unspent: too few unskilled working households below the training cut-off.', 'Microfinance made no loans: the lending multiple is 0. Its spending buys no exits.'];
    render(<SettingsWarnings name="Plan A" warnings={warnings} />);
    const region = screen.getByRole('region', { name: 'Check these settings' });
    expect(within(region).getByRole('heading', { name: 'Check these settings' })).toBeInTheDocument();
    expect(region).toHaveTextContent('In Plan A, the run found:');
    expect(within(region).getAllByRole('listitem').map((li) => li.textContent)).toEqual(warnings);
  });

  it('renders nothing when there is nothing to check', () => {
    const { container } = render(<SettingsWarnings name="Plan A" warnings={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

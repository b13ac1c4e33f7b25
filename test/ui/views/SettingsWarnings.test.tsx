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

  it('lists notes on how the costs are counted apart, under their own heading, and only those when there is nothing to check', () => {
    const note = 'Rs 16.9 bn of risk-fund capital is still in the fund at the end: it is counted as spent; the net cost per exit leaves it out.';
    const { unmount } = render(<SettingsWarnings name="Plan A" warnings={['Microfinance made no loans: the lending multiple is 0. Its spending buys no exits.']} costNotes={[note]} />);
    const costs = screen.getByRole('region', { name: 'How the costs are counted' });
    expect(within(costs).getAllByRole('listitem').map((li) => li.textContent)).toEqual([note]);
    expect(within(screen.getByRole('region', { name: 'Check these settings' })).queryByText(note)).toBeNull();
    unmount();
    render(<SettingsWarnings name="Plan A" warnings={[]} costNotes={[note]} named />);
    expect(screen.queryByRole('region', { name: /Check these settings/ })).toBeNull();
    expect(screen.getByRole('region', { name: 'How the costs are counted: Plan A' })).toHaveTextContent('In Plan A, the run found:');
  });

  it('renders nothing when there is nothing to check', () => {
    const { container } = render(<SettingsWarnings name="Plan A" warnings={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

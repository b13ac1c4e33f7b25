import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { ScenarioChanges } from '../../../src/ui/views/ScenarioChanges';

// These tests mark and compare uncertainty from scenarios that have none: the default scenario's own
// uncertain parameters (engine/scenario/defaultUncertainty.ts) are left out here.
vi.mock('../../../src/engine/scenario/defaultUncertainty', () => ({ DEFAULT_UNCERTAINTY: {} }));

function renderFor(id: (store: ReturnType<typeof createAppStore>) => string) {
  const store = createAppStore();
  const which = id(store);
  const view = render(
    <StoreProvider store={store}>
      <ScenarioChanges id={which} />
    </StoreProvider>,
  );
  return { store, id: which, ...view };
}

describe('<ScenarioChanges>', () => {
  it('lists what the scenario in focus changes from the baseline, grouped as in the editor, behind a disclosure', async () => {
    const { store, id } = renderFor((s) => s.getState().order[1]!);
    const region = screen.getByRole('region', { name: 'What “Rs 80 bn a year” changes from the baseline' });
    expect(within(region).getByRole('heading', { level: 3 })).toHaveTextContent('What “Rs 80 bn a year” changes from the baseline');
    const summary = region.querySelector('summary')!;
    expect(summary).toHaveTextContent('1 setting differs from “Status quo (no new programmes)”');
    expect(region.querySelector('details')!.open).toBe(false);
    await userEvent.click(summary);
    expect(region.querySelector('details')!.open).toBe(true);
    expect(within(region).getByRole('heading', { level: 4 })).toHaveTextContent('Budget and its split');
    expect(within(region).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Annual budget path: Rs 0 bn / year in every year → Rs 80 bn / year in every year',
    ]);

    // An edit shows at once; shares are listed key by key, in a nested list.
    act(() => {
      const st = store.getState();
      st.setParam(id, 'budget', 'programmeShares', { ...st.scenarios[id]!.policy.budget.programmeShares, cash: 0.45, admin: 0.1 });
    });
    expect(summary).toHaveTextContent('2 settings differ from');
    const shares = within(region).getByText(/^Split across programmes/).closest('li')!;
    expect(within(shares).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Cash transfer: 50% of budget → 45% of budget',
      'Administration: 5% of budget → 10% of budget',
    ]);
  });

  it('says plainly, outside the disclosure, when a run setting breaks the pairing, and flags that setting', async () => {
    const { store, id } = renderFor((s) => s.getState().order[2]!);
    act(() => {
      expect(store.getState().setParam(id, 'run', 'seed', 7)).toEqual([]);
    });
    const region = screen.getByRole('region', { name: /changes from the baseline/ });
    expect(within(region).getByText(/^Not compared on the same draws:/).closest('details')).toBeNull();
    await userEvent.click(region.querySelector('summary')!);
    expect(within(region).getByRole('heading', { level: 4, name: 'Simulation settings' })).toBeInTheDocument();
    expect(within(region).getByText(/^Seed: 20190327 → 7/)).toHaveTextContent('(breaks the pairing');
  });

  it('says “Same as the baseline” when nothing differs', () => {
    renderFor((s) => s.getState().createFromPreset('baseline'));
    const region = screen.getByRole('region', { name: /changes from the baseline/ });
    expect(within(region).getByText('Same as the baseline.')).toBeInTheDocument();
    expect(region.querySelector('details')).toBeNull();
  });

  it('shows nothing for the baseline itself', () => {
    const { container } = renderFor((s) => s.getState().baselineId);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists what the scenario changes in the uncertainty of its parameters', async () => {
    const { store, id } = renderFor((s) => s.getState().order[1]!);
    act(() => {
      expect(store.getState().setUncertainty(id, 'policy.cash.takeUp', { dist: 'uniform', low: 0.72, high: 1 })).toEqual([]);
      expect(store.getState().setUncertainty(store.getState().baselineId, 'world.existingCash.benefitPKR', { dist: 'uniform', low: 1500, high: 2500 })).toEqual([]);
    });
    const region = screen.getByRole('region', { name: /changes from the baseline/ });
    expect(region.querySelector('summary')).toHaveTextContent('3 settings differ from');
    await userEvent.click(region.querySelector('summary')!);
    const group = within(region).getByRole('heading', { level: 4, name: 'Uncertain parameters' }).parentElement!;
    expect(within(group).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Take-up: one value (not uncertain) → uniform, 72% to 100%',
      'Existing benefit: uniform, Rs 1,500 to 2,500 / household / month → one value (not uncertain) (the world differs from the baseline’s: differences from the baseline include this, not only the policy)',
    ]);
  });

  it('compares with the defaults at the switch, parameter by parameter', async () => {
    const { store, id } = renderFor((s) => s.getState().order[1]!);
    act(() => void store.getState().setUncertainty(id, 'policy.cash.takeUp', { dist: 'uniform', low: 0.72, high: 1 }));
    const baselineOption = screen.getByRole('radio', { name: 'the baseline' });
    expect(baselineOption).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'the defaults' }));
    const region = screen.getByRole('region', { name: 'What “Rs 80 bn a year” changes from the defaults' });
    expect(within(region).getByRole('group', { name: 'Compared with:' })).toBeInTheDocument();
    // Rs 80 bn a year against the defaults: the flat path instead of 80 → 100 → 120, and the uncertain take-up; no pairing to speak of.
    const summary = region.querySelector('summary')!;
    expect(summary).toHaveTextContent('2 settings differ from the defaults');
    await userEvent.click(summary);
    expect(within(region).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Annual budget path: Rs 80 → 100 → 120 bn / year → Rs 80 bn / year in every year',
      'Take-up: one value (not uncertain) → uniform, 72% to 100%',
    ]);
    // A scenario the same as the defaults says so.
    act(() => {
      store.getState().setUncertainty(id, 'policy.cash.takeUp', null);
      store.getState().setParam(id, 'budget', 'annualBn', [80, 100, 120]);
    });
    expect(within(region).getByText('Same as the defaults.')).toBeInTheDocument();
    await userEvent.click(baselineOption);
    expect(screen.getByRole('region', { name: /changes from the baseline/ })).toHaveTextContent('1 setting differs from');
  });
});

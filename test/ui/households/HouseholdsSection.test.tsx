import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, type AppStore } from '../../../src/state/store';
import { HouseholdsSection } from '../../../src/ui/households/HouseholdsSection';
import { Dashboard } from '../../../src/ui/views/Dashboard';
import { ImportDialog } from '../../../src/ui/households/ImportDialog';
import { ScenarioEditor } from '../../../src/ui/editor/ScenarioEditor';
import { RunProgress } from '../../../src/ui/RunProgress';
import { displayNameOf } from '../../../src/state/displayName';
import { fakeImport, renderWith } from './render';

const SHA = '0123456789abcdef'.repeat(4);
const REF = { id: 'hies-2019', name: 'HIES 2019.csv', sha256: SHA, rows: 12_345 };

function storeOnData(status: 'loaded' | 'missing' | 'loading', coverage?: number): AppStore {
  const store = createAppStore();
  const st = store.getState();
  st.setDatasetStatus(SHA, status, coverage);
  expect(st.setHouseholds(st.activeId, REF)).toEqual([]);
  return store;
}

describe('<HouseholdsSection> in the levers', () => {
  it('synthetic households: their sample size, and Import households… opens the dialog', async () => {
    const store = createAppStore();
    renderWith(<><HouseholdsSection /><ImportDialog /></>, store, fakeImport(store, 'never'));
    const section = screen.getByRole('region', { name: 'Households' });
    expect(section).toHaveTextContent('Synthetic: 20,000 households drawn in each replication from the population settings.');
    await userEvent.click(within(section).getByRole('button', { name: 'Import households…' }));
    expect(screen.getByRole('dialog', { name: 'Import households' })).toBeInTheDocument();
  });

  it('imported households: named with hash and rows, the sample size not used, and back to synthetic', async () => {
    const store = storeOnData('loaded');
    const actions = fakeImport(store, 'never');
    renderWith(<HouseholdsSection />, store, actions);
    const section = screen.getByRole('region', { name: 'Households' });
    expect(within(section).getByText('Households: HIES 2019.csv (sha256 0123456789ab…, 12,345 rows)')).toBeInTheDocument();
    expect(section).toHaveTextContent('Cited as hies-2019.');
    expect(section).toHaveTextContent('The sample-size setting (Sample households) is not used: every replication runs on the imported rows.');
    await userEvent.click(within(section).getByRole('button', { name: 'Use synthetic households' }));
    expect(actions.useSynthetic).toHaveBeenCalledWith(store.getState().activeId);
    expect(store.getState().scenarios[store.getState().activeId]!.households).toBeNull();
    expect(within(section).getByRole('button', { name: 'Import households…' })).toBeInTheDocument();
  });

  it('data this browser does not have: says which file to import to run the scenario', () => {
    const store = storeOnData('missing');
    renderWith(<HouseholdsSection />, store, fakeImport(store, 'never'));
    expect(screen.getByRole('alert')).toHaveTextContent('This scenario uses household data HIES 2019.csv (sha256 0123456789ab…) — import that file to run it.');
  });
});

describe('<Dashboard> for a scenario whose data is not loaded', () => {
  it('shows the notice with the way to import, instead of waiting for results', async () => {
    const store = storeOnData('missing');
    renderWith(<><Dashboard /><ImportDialog /></>, store, fakeImport(store, 'never'));
    const name = store.getState().scenarios[store.getState().activeId]!.name;
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`${name} uses household data HIES 2019.csv (sha256 0123456789ab…) — import that file to run it.`);
    expect(screen.queryByText('Running the first replications…')).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: 'Import households…' }));
    expect(screen.getByRole('dialog', { name: 'Import households' })).toBeInTheDocument();
  });

  it('while the data is read from the browser, says so', () => {
    renderWith(<Dashboard />, storeOnData('loading'));
    expect(screen.getByRole('status')).toHaveTextContent('Loading household data HIES 2019.csv (sha256 0123456789ab…) from this browser…');
  });
});

describe('a scenario running more replications than its household data has rows for', () => {
  const message =
    'This scenario runs 100 replications, but its household data HIES 2019.csv has rows for replications 0 to 9 only (a replication column): lower Replications to 10, or import a file with rows for every replication. It does not run until then.';

  it('is told in the Households section', async () => {
    const store = storeOnData('loaded', 10);
    renderWith(<HouseholdsSection />, store, fakeImport(store, 'never'));
    expect(within(screen.getByRole('region', { name: 'Households' })).getByRole('alert')).toHaveTextContent(message);
  });

  it('in the editor, beside Replications', async () => {
    const store = storeOnData('loaded', 10);
    renderWith(<ScenarioEditor />, store, fakeImport(store, 'never'));
    await userEvent.click(screen.getByRole('button', { name: 'Simulation settings' }));
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts.filter((a) => a === message)).toHaveLength(2);
    act(() => store.getState().setParam(store.getState().activeId, 'run', 'replications', 10));
    expect(screen.queryAllByRole('alert').filter((a) => a.textContent === message)).toEqual([]);
  });

  it('in place of its results, and on its progress bar', () => {
    const store = storeOnData('loaded', 1);
    // Every scenario on screen on the data: none runs, so the progress shows each one's bar and why.
    for (const id of store.getState().order) expect(store.getState().setHouseholds(id, REF)).toEqual([]);
    renderWith(<><Dashboard /><RunProgress /></>, store);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This scenario runs 100 replications, but its household data HIES 2019.csv has rows for replication 0 only (a replication column): lower Replications to 1, or import a file with rows for every replication. It does not run until then.',
    );
    const bars = screen.getAllByText('its household data has 1 of the 100 replications').map((e) => e.parentElement!.querySelector('bdi')?.textContent);
    expect(bars).toContain(displayNameOf(store.getState(), store.getState().activeId));
    expect(bars).toHaveLength(4);
  });
});

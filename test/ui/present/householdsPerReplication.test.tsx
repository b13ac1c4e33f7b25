// Imported household data with a replication column: each replication runs on its own rows, so the file's rows
// together (the scenario's `rows`, the result's meta.households) are not the sample a replication simulated. The
// slides and the printed report said "5 replications of 1,800 households" for a file of 600 a replication.
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreProvider } from '../../../src/state/context';
import { selectRun } from '../../../src/state/selectors';
import type { AppStore } from '../../../src/state/store';
import { App } from '../../../src/ui/App';
import { MemoryProvider } from '../../../src/ui/memory';
import { PresentButton } from '../../../src/ui/present/PresentButton';
import { storeWithResults } from '../views/storeWithResults';

const SHA = 'a'.repeat(64);

/** Every compared run's result as if it had run on a file of 1,800 rows: 600 a replication in 3 (or 590–610). */
function onImportedData(perReplication: readonly [number, number] | null): AppStore {
  const store = storeWithResults();
  const st = store.getState();
  const ref = { id: 'survey', name: 'survey.csv', sha256: SHA, rows: 1800 };
  act(() => {
    for (const id of [st.baselineId, ...st.compareIds, st.activeId]) {
      const run = selectRun(store.getState(), id);
      if (!run?.result) continue;
      const result = run.result;
      store.getState().putRun({ ...run, result: { ...result, meta: { ...result.meta, households: 1800 }, scenario: { ...result.scenario, households: ref } } });
    }
    store.getState().setDatasetStatus(SHA, 'loaded', 3, perReplication);
  });
  return store;
}

async function presentation(store: AppStore) {
  render(
    <StoreProvider store={store}>
      <PresentButton />
    </StoreProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Present' }));
  return screen.getByRole('dialog', { name: 'Presentation' });
}

describe('the households a replication ran on, for data with a replication column', () => {
  it('the title slide and each scenario\u2019s slide give the rows a replication, not the file\u2019s rows together', async () => {
    const dialog = await presentation(onImportedData([600, 600]));
    expect(dialog.querySelector('.slide-basis')).toHaveTextContent(/ replications of 600 households /);
    // Past what is in each option, to the first scenario's slide.
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    const basis = [...dialog.querySelectorAll('.slide-scenario .slide-basis')].map((p) => p.textContent).join(' | ');
    expect(basis).toMatch(/ of 600 households/);
    expect(basis).not.toMatch(/1,800 households/);
    // The data's own line still counts the file's rows.
    expect(basis).toMatch(/1,800 rows/);
  });

  it('a range when replications hold different numbers of rows', async () => {
    const dialog = await presentation(onImportedData([590, 610]));
    expect(dialog.querySelector('.slide-basis')).toHaveTextContent(/ replications of 590\u2013610 households /);
  });

  it('the printed report\u2019s run line too; without a replication column, the file\u2019s rows are every replication\u2019s', async () => {
    const store = onImportedData([600, 600]);
    act(() => store.getState().setView('report'));
    const { unmount } = render(
      <StoreProvider store={store}>
        <MemoryProvider>
          <App />
        </MemoryProvider>
      </StoreProvider>,
    );
    const meta = () => document.querySelector('.report-head .report-meta')?.textContent ?? '';
    expect(meta()).toMatch(/, 600 households × \d+ months, /);
    unmount();
    const plain = onImportedData(null);
    act(() => plain.getState().setView('report'));
    render(
      <StoreProvider store={plain}>
        <MemoryProvider>
          <App />
        </MemoryProvider>
      </StoreProvider>,
    );
    expect(meta()).toMatch(/, 1,800 households × \d+ months, /);
  });
});

/**
 * The printed report lists what each compared scenario changes from the
 * baseline, every setting, as the dashboard's "What … changes" lists it: the
 * printout had shown only the active scenario's assumptions, so what was in
 * each option could not be read from it (an exploratory pass as an official
 * preparing a minister's brief).
 */
import { describe, expect, it } from 'vitest';
import { act, render, waitFor, within } from '@testing-library/react';
import { StoreProvider } from '../../../src/state/context';
import { App } from '../../../src/ui/App';
import { MemoryProvider } from '../../../src/ui/memory';
import { displayNameOf } from '../../../src/state/displayName';
import { changeText, scenarioChanges } from '../../../src/ui/views/changes';
import { storeWithResults } from './storeWithResults';

describe('ReportView: what each scenario changes', () => {
  it('lists, under each compared scenario\u2019s name, every setting it changes from the baseline', async () => {
    const store = storeWithResults();
    act(() => store.getState().setView('report'));
    const { container } = render(
      <StoreProvider store={store}>
        <MemoryProvider>
          <App />
        </MemoryProvider>
      </StoreProvider>,
    );
    const st = store.getState();
    const base = displayNameOf(st, st.baselineId);
    const section = await waitFor(() => within(container).getByRole('region', { name: `What each scenario changes from ${base}` }), { timeout: 10_000 });
    const others = st.order.filter((id) => id !== st.baselineId && (st.compareIds.includes(id) || id === st.activeId));
    expect(others.length).toBeGreaterThan(0);
    const blocks = [...section.querySelectorAll('.report-settings-scenario')];
    expect(blocks.map((b) => b.querySelector('h3')!.textContent).sort()).toEqual(others.map((id) => displayNameOf(st, id)).sort());
    for (const id of others) {
      const block = blocks.find((b) => b.querySelector('h3')!.textContent === displayNameOf(st, id))!;
      const expected = scenarioChanges(st.scenarios[id]!, st.scenarios[st.baselineId]!).groups.flatMap((g) => g.changes.map(changeText));
      expect(expected.length).toBeGreaterThan(0);
      expect([...block.querySelectorAll('li')].map((li) => li.textContent)).toEqual(expected);
    }
  });
});

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
import { defaultScenario } from '../../../src/engine/index';
import { SettingsSection } from '../../../src/ui/views/report/SettingsSection';

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

  // Caught in review: a scenario on another seed was listed as "Seed: … → …" with nothing saying it was unpaired.
  it('says, as the dashboard does, when a scenario is not paired with the baseline, and flags the setting that breaks it', () => {
    const base = defaultScenario('Base');
    const other = { ...base, name: 'Other seed', run: { ...base.run, seed: base.run.seed + 1 } };
    const { container } = render(<SettingsSection runs={[{ id: 'o', name: 'Other seed', scenario: other }]} baseline={base} baselineName="Base" />);
    expect(container).toHaveTextContent(/Not compared on the same draws: .*seed/);
    const item = container.querySelector('li')!;
    expect(item.textContent).toMatch(/^Seed: .* → .* \(.+\)$/);
    expect(container).not.toHaveTextContent('The same settings as Base.');
    // Only its name differs: said to be the same.
    const same = render(<SettingsSection runs={[{ id: 's', name: 'Copy', scenario: { ...base, name: 'Copy' } }]} baseline={base} baselineName="Base" />);
    expect(same.container).toHaveTextContent('The same settings as Base.');
  });
});


import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SCENARIO_SPEC } from '../../../src/engine/index';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { AssumptionsView } from '../../../src/ui/views/AssumptionsView';

function setup() {
  const store = createAppStore();
  render(
    <StoreProvider store={store}>
      <AssumptionsView />
    </StoreProvider>,
  );
  return store;
}

const total = Object.values(SCENARIO_SPEC).reduce((a, g) => a + Object.keys(g).length, 0);
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('<AssumptionsView>', () => {
  it('lists every parameter with its value, default, range and source', () => {
    setup();
    expect(bodyRows()).toHaveLength(total);
    const row = bodyRows().find((r) => r.textContent!.includes('policy.cash.takeUp'))!;
    expect(row).toHaveTextContent('90 %');
    expect(row).toHaveTextContent('0 to 100 %');
    expect(row).toHaveTextContent('our assumption (no source found)');
  });

  it('searches labels, paths and sources', async () => {
    setup();
    await userEvent.type(screen.getByRole('searchbox'), 'PDNA');
    const texts = bodyRows().map((r) => within(r).getByRole('rowheader').textContent);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => /flood/i.test(t!))).toBe(true);
    expect(screen.getByText(`${texts.length} of ${total} parameters`)).toBeInTheDocument();
  });

  it('can show only our own assumptions, and marks values changed from the default', async () => {
    const store = setup();
    await userEvent.click(screen.getByRole('checkbox', { name: /only our assumptions/ }));
    expect(bodyRows().every((r) => r.textContent!.includes('our assumption (no source found)'))).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: /only our assumptions/ }));
    const budgetRow = bodyRows().find((r) => r.textContent!.includes('policy.budget.annualBn'))!;
    // The active scenario is "Rs 80 bn a year": a changed budget path.
    expect(budgetRow).toHaveTextContent('80 Rs bn / year (changed)');
    expect(store.getState().scenarios[store.getState().activeId]!.policy.budget.annualBn).toEqual([80]);
  });
});

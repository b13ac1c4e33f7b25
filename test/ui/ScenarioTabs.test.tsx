import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { ScenarioTabs } from '../../src/ui/ScenarioTabs';
import { MAX_COMPARED } from '../../src/state/scenariosSlice';

function setup() {
  const store = createAppStore();
  render(
    <StoreProvider store={store}>
      <ScenarioTabs />
    </StoreProvider>,
  );
  return store;
}

describe('<ScenarioTabs>', () => {
  it('lists the scenarios and switches the active one', async () => {
    const store = setup();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Status quo (no new programmes)', 'Rs 80 bn a year', 'Rs 100 bn a year', 'Rs 120 bn a year']);
    await userEvent.click(screen.getByRole('tab', { name: 'Rs 120 bn a year' }));
    expect(store.getState().scenarios[store.getState().activeId]!.name).toBe('Rs 120 bn a year');
    expect(screen.getByRole('tab', { name: 'Rs 120 bn a year' })).toHaveAttribute('aria-selected', 'true');
  });

  it('follows the tabs pattern: one tab stop, arrow keys, Home and End select; compare boxes sit outside the tab list', async () => {
    const store = setup();
    const tabs = () => screen.getAllByRole('tab');
    expect(tabs().map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '0', '-1', '-1']);
    tabs()[1]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(store.getState().activeId).toBe(store.getState().order[2]);
    expect(document.activeElement).toBe(tabs()[2]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(tabs()[3]);
    await userEvent.keyboard('{ArrowRight}');
    expect(store.getState().activeId).toBe(store.getState().baselineId);
    await userEvent.keyboard('{ArrowLeft}{Home}');
    expect(document.activeElement).toBe(tabs()[0]);
    // Nothing but tabs in the tab list; the compare boxes are their own group.
    const list = screen.getByRole('tablist');
    expect(list.querySelectorAll('input')).toHaveLength(0);
    const group = screen.getByRole('group', { name: 'Compare with the baseline' });
    expect(within(group).getAllByRole('checkbox').map((c) => c.getAttribute('aria-label'))).toEqual(['Compare Rs 80 bn a year', 'Compare Rs 100 bn a year', 'Compare Rs 120 bn a year']);
  });

  it('makes a scenario only when a preset\u2019s own button is pressed: arrow keys and Tab make none, Escape closes the list', async () => {
    // It was a <select> whose every change made a scenario: in Chromium each arrow key on it made one and started its run.
    const store = setup();
    const before = store.getState().order.length;
    const newButton = screen.getByRole('button', { name: 'New scenario…' });
    newButton.focus();
    await userEvent.keyboard('{Enter}');
    const list = screen.getByRole('group', { name: 'New scenario from preset' });
    expect(within(list).getAllByRole('button')[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Tab}{Tab}');
    expect(store.getState().order.length).toBe(before);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'New scenario from preset' })).toBeNull();
    expect(newButton).toHaveFocus();
    expect(store.getState().order.length).toBe(before);
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().order.length).toBe(before + 1);
  });

  it('creates from a preset, duplicates and renames', async () => {
    const store = setup();
    const newButton = screen.getByRole('button', { name: 'New scenario…' });
    await userEvent.click(newButton);
    await userEvent.click(within(screen.getByRole('group', { name: 'New scenario from preset' })).getByRole('button', { name: 'Loans and training heavy' }));
    expect(screen.getByRole('tab', { name: 'Loans and training heavy' })).toHaveAttribute('aria-selected', 'true');
    // The list closes and focus goes back to its button.
    expect(screen.queryByRole('group', { name: 'New scenario from preset' })).toBeNull();
    expect(newButton).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const box = screen.getByLabelText('Scenario name');
    await userEvent.clear(box);
    await userEvent.type(box, 'Plan B{Enter}');
    expect(screen.getByRole('tab', { name: 'Plan B' })).toBeInTheDocument();
    // Focus goes back to the tab, not to <body> with the box.
    expect(screen.getByRole('tab', { name: 'Plan B' })).toHaveFocus();
    expect(Object.values(store.getState().scenarios).map((s) => s.name)).toContain('Loans and training heavy');
  });

  it('while a name is edited, Tab reaches the other scenarios; left by Tab, arrow keys go on from the tab reached', async () => {
    // Their tab stops were the tabs' roving one (tabIndex -1 but the selected tab, which was the box): out of reach.
    const store = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const box = screen.getByLabelText('Scenario name');
    await userEvent.clear(box);
    // Refused while empty: the box stays, and Tab goes on to the next scenario and the one after, and back past the box.
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Rs 100 bn a year' })).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Name cannot be empty');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Rs 120 bn a year' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(box).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Status quo (no new programmes)' })).toHaveFocus();
    // Named and left by Tab: the name is taken, focus is on the next tab, and an arrow key moves on from there.
    await userEvent.tab();
    await userEvent.type(box, 'Plan B');
    await userEvent.tab();
    expect(screen.getByRole('tab', { name: 'Rs 100 bn a year' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Plan B' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Rs 120 bn a year' })).toHaveFocus();
    expect(store.getState().scenarios[store.getState().activeId]!.name).toBe('Rs 120 bn a year');
  });

  it('refuses an empty name and says why', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await userEvent.clear(screen.getByLabelText('Scenario name'));
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Name cannot be empty');
    // Cancelled with Escape: the name stays, and the message goes with the box.
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByLabelText('Scenario name')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('tab', { selected: true })).toHaveFocus();
    // While the name is refused, focus stays in the box.
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await userEvent.clear(screen.getByLabelText('Scenario name'));
    await userEvent.keyboard('{Enter}');
    expect(screen.getByLabelText('Scenario name')).toHaveFocus();
  });

  // Caught by an exploratory pass: a long name was cut at 60 characters with nothing said ("…regions first (R").
  it('says a name\u2019s length near its limit of 60 characters, and at the limit that it can be no longer', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const box = screen.getByLabelText('Scenario name');
    await userEvent.clear(box);
    await userEvent.type(box, 'Option A: cash transfer expansion');
    expect(screen.queryByText(/characters/)).toBeNull();
    await userEvent.type(box, ', backward regions');
    expect(box).toHaveAccessibleDescription('51 of 60 characters');
    await userEvent.type(box, ' first (Rs 80 bn)');
    expect((box as HTMLInputElement).value).toHaveLength(60);
    expect(screen.getByRole('status')).toHaveTextContent('A name has at most 60 characters: anything typed past them is left out.');
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByText(/characters/)).toBeNull();
  });

  it('says beside the compare boxes why one cannot be ticked when the most are compared', async () => {
    const store = setup();
    expect(screen.queryByText('At most 4 at once: untick one to compare another.')).toBeNull();
    // Scenarios added until the most are compared, and one more, which is not.
    act(() => {
      while (store.getState().compareIds.length < MAX_COMPARED) store.getState().createFromPreset('cash');
      store.getState().createFromPreset('opportunity');
    });
    const st = store.getState();
    const added = st.order.find((id) => !st.compareIds.includes(id) && id !== st.baselineId)!;
    expect(st.compareIds.length).toBe(MAX_COMPARED);
    const box = screen.getByRole('checkbox', { name: new RegExp(st.scenarios[added]!.name) });
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription('At most 4 at once: untick one to compare another.');
    // Untick one: the box can be ticked, and the note goes.
    await userEvent.click(screen.getAllByRole('checkbox', { checked: true })[0]!);
    expect(box).toBeEnabled();
    expect(screen.queryByText('At most 4 at once: untick one to compare another.')).toBeNull();
  });

  it('asks before deleting, and can keep the scenario', async () => {
    const store = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(store.getState().order).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(store.getState().order).toHaveLength(3);
    expect(screen.queryByRole('tab', { name: 'Rs 80 bn a year' })).toBeNull();
  });

  it('asks in an alert dialog that takes focus to Keep; Escape and Keep return it to Delete, deleting moves it to the tab now selected', async () => {
    const store = setup();
    const del = () => screen.getByRole('button', { name: 'Delete' });
    del().focus();
    await userEvent.keyboard('{Enter}');
    // Named by its question, which a screen reader reads as focus moves in.
    const question = screen.getByRole('alertdialog', { name: 'Delete “Rs 80 bn a year”?' });
    expect(within(question).getByRole('button', { name: 'Keep' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(del()).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    expect(store.getState().order).toHaveLength(4);
    expect(del()).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByRole('button', { name: 'Yes, delete' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().order).toHaveLength(3);
    expect(screen.getByRole('tab', { selected: true })).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('closes the question, keeping the scenario, when Tab takes focus out of it, and leaves focus where it went', async () => {
    const store = createAppStore();
    render(
      <StoreProvider store={store}>
        <ScenarioTabs />
        <button type="button">Next on the page</button>
      </StoreProvider>,
    );
    screen.getByRole('button', { name: 'Delete' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    // Keep is its last control: Tab leaves it. It had stayed open there, out of Escape's reach.
    await userEvent.tab();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(store.getState().order).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Next on the page' })).toHaveFocus();
    // Shift+Tab comes back to Delete, not to the question.
    await userEvent.tab({ shift: true });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
  });

  it('drops the question when another tab is chosen meanwhile: it never deletes a scenario other than the one named', async () => {
    const store = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('tab', { name: 'Rs 120 bn a year' }));
    expect(screen.queryByRole('button', { name: 'Yes, delete' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeEnabled();
    expect(store.getState().order).toHaveLength(4);
    // Dropped, not hidden: back on its tab, it does not come back unasked.
    await userEvent.click(screen.getByRole('tab', { name: 'Rs 80 bn a year' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('never deletes the baseline', async () => {
    setup();
    await userEvent.click(screen.getByRole('tab', { name: 'Status quo (no new programmes)' }));
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
  });
});

describe('<ScenarioTabs> to axe', () => {
  // Caught: while a name was edited, the box sat inside the tab list, which may hold only tabs (axe: critical).
  it('has no ARIA structure violations, before, during and after a rename', async () => {
    const { default: axe } = await import('axe-core');
    setup();
    const rules = { runOnly: { type: 'rule' as const, values: ['aria-required-children', 'aria-required-parent', 'aria-allowed-attr', 'aria-allowed-role', 'nested-interactive'] } };
    const violations = async () => (await axe.run(document.body, rules)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    expect(await violations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(screen.getByLabelText('Scenario name')).toHaveFocus();
    expect(await violations()).toEqual([]);
    // Meanwhile the other scenarios are plain buttons in a group named as the list was.
    expect(screen.queryAllByRole('tab')).toEqual([]);
    expect(within(screen.getByRole('group', { name: 'Scenarios' })).getAllByRole('button')).toHaveLength(3);
    await userEvent.keyboard('{Escape}');
    expect(screen.getAllByRole('tab')).toHaveLength(4);
    expect(await violations()).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { ScenarioEditor } from '../../../src/ui/editor/ScenarioEditor';
import { useUnusedEdits } from '../../../src/ui/editor/unusedEdits';

// These tests mark and compare uncertainty from scenarios that have none: the default scenario's own
// uncertain parameters (engine/scenario/defaultUncertainty.ts) are left out here.
vi.mock('../../../src/engine/scenario/defaultUncertainty', () => ({ DEFAULT_UNCERTAINTY: {} }));

const TAKE_UP = 'policy.cash.takeUp';

/** How many typed values the results would say cannot be used (Dashboard reads the same count). */
let unusedCount = () => -1;
function UnusedProbe() {
  const n = useUnusedEdits();
  unusedCount = () => n;
  return null;
}

function setup() {
  const store = createAppStore();
  render(
    <StoreProvider store={store}>
      <ScenarioEditor />
      <UnusedProbe />
    </StoreProvider>,
  );
  return { store, active: () => store.getState().scenarios[store.getState().activeId]! };
}

const openGroup = async (name: RegExp) => userEvent.click(screen.getAllByRole('button', { name })[0]!);

describe('<ScenarioEditor>: uncertain parameters', () => {
  it('marks a parameter uncertain with a uniform ±20% clipped to its range, shown in its display units', async () => {
    const { active } = setup();
    await openGroup(/^New cash transfer and targeting$/);
    const toggle = screen.getByRole('button', { name: 'Uncertain: Take-up' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // 90% ± 20% is 72% to 108%; the range stops at 100%.
    expect(active().uncertainty).toEqual({ [TAKE_UP]: { dist: 'uniform', low: 0.72, high: 1 } });
    const box = screen.getByRole('group', { name: 'Distribution of Take-up' });
    expect(within(box).getByLabelText('Distribution')).toHaveValue('uniform');
    expect(within(box).getByLabelText('Low bound (%)')).toHaveValue('72');
    expect(within(box).getByLabelText('High bound (%)')).toHaveValue('100');
    // A rupee amount keeps its unit and is not scaled.
    await userEvent.click(screen.getByRole('button', { name: 'Uncertain: New cash transfer' }));
    expect(active().uncertainty['policy.cash.benefitPKR']).toEqual({ dist: 'uniform', low: 1600, high: 2400 });
  });

  it('edits the bounds in % and stores them as shares; an invalid range is said at the field and not applied', async () => {
    const { active } = setup();
    await openGroup(/^New cash transfer and targeting$/);
    await userEvent.click(screen.getByRole('button', { name: 'Uncertain: Take-up' }));
    const box = screen.getByRole('group', { name: 'Distribution of Take-up' });
    const low = within(box).getByLabelText('Low bound (%)');
    const high = within(box).getByLabelText('High bound (%)');
    fireEvent.change(low, { target: { value: '60' } });
    expect(active().uncertainty[TAKE_UP]).toEqual({ dist: 'uniform', low: 0.6, high: 1 });
    fireEvent.change(high, { target: { value: '95' } });
    expect(active().uncertainty[TAKE_UP]).toEqual({ dist: 'uniform', low: 0.6, high: 0.95 });

    // High below low: the engine's check, in %, beside the high bound; the scenario keeps its last valid distribution.
    fireEvent.change(high, { target: { value: '50' } });
    expect(high).toHaveAttribute('aria-invalid', 'true');
    expect(high.closest('.field')).toHaveTextContent('must be above the low bound (60%), got 50%');
    expect(low).toHaveAttribute('aria-invalid', 'false');
    expect(active().uncertainty[TAKE_UP]).toEqual({ dist: 'uniform', low: 0.6, high: 0.95 });
    // Outside the parameter's range, and not a number.
    fireEvent.change(low, { target: { value: '-5' } });
    expect(low.closest('.field')).toHaveTextContent('must be between 0% and 100%, got −5%');
    fireEvent.change(low, { target: { value: 'x' } });
    expect(low.closest('.field')).toHaveTextContent('enter a number');
    expect(active().uncertainty[TAKE_UP]).toEqual({ dist: 'uniform', low: 0.6, high: 0.95 });
    // Each box marked invalid is a value the results are not for (one distribution's editor holds several).
    const invalid = () => within(box).getAllByRole('textbox').filter((b) => b.getAttribute('aria-invalid') === 'true').length;
    expect(invalid()).toBeGreaterThan(0);
    expect(unusedCount()).toBe(invalid());
    fireEvent.change(high, { target: { value: '200' } });
    expect(invalid()).toBe(2);
    expect(unusedCount()).toBe(2);
    fireEvent.change(high, { target: { value: '50' } });
    // Fixing both boxes applies what they say together.
    fireEvent.change(low, { target: { value: '40' } });
    expect(within(box).queryByRole('alert')).toBeNull();
    expect(unusedCount()).toBe(0);
    expect(active().uncertainty[TAKE_UP]).toEqual({ dist: 'uniform', low: 0.4, high: 0.5 });
    // Low typed above high: said under the low bound, the field just typed in, from its side; not under the high one.
    fireEvent.change(low, { target: { value: '55' } });
    expect(low).toHaveAttribute('aria-invalid', 'true');
    expect(low.closest('.field')).toHaveTextContent('must be below the high bound (50%), got 55%');
    expect(high).toHaveAttribute('aria-invalid', 'false');
    expect(active().uncertainty[TAKE_UP]).toEqual({ dist: 'uniform', low: 0.4, high: 0.5 });
  });

  it('switches the distribution, keeping the bounds and centring on the value; unmarking removes the entry', async () => {
    const { active } = setup();
    await openGroup(/^New cash transfer and targeting$/);
    const toggle = screen.getByRole('button', { name: 'Uncertain: Take-up' });
    await userEvent.click(toggle);
    const box = screen.getByRole('group', { name: 'Distribution of Take-up' });
    await userEvent.selectOptions(within(box).getByLabelText('Distribution'), 'triangular');
    expect(active().uncertainty[TAKE_UP]).toEqual({ dist: 'triangular', low: 0.72, mode: 0.9, high: 1 });
    const mode = within(box).getByLabelText('Most likely value (%)');
    expect(mode).toHaveValue('90');
    fireEvent.change(mode, { target: { value: '101' } });
    expect(mode.closest('.field')).toHaveTextContent('must lie between the low and high bounds, got 101%');
    expect(active().uncertainty[TAKE_UP]).toEqual({ dist: 'triangular', low: 0.72, mode: 0.9, high: 1 });

    await userEvent.selectOptions(within(box).getByLabelText('Distribution'), 'normal');
    expect(active().uncertainty[TAKE_UP]).toEqual({ dist: 'normal', mean: 0.9, sd: 0.07, low: 0.72, high: 1 });
    fireEvent.change(within(box).getByLabelText('Standard deviation (%)'), { target: { value: '0' } });
    expect(within(box).getByLabelText('Standard deviation (%)').closest('.field')).toHaveTextContent('must be above 0%, got 0%');

    await userEvent.selectOptions(within(box).getByLabelText('Distribution'), 'lognormal');
    const d = active().uncertainty[TAKE_UP]!;
    expect(d).toMatchObject({ dist: 'lognormal', median: 0.9, low: 0.72, high: 1 });
    // Sigma is the spread of the log: no unit, not scaled.
    const sigma = within(box).getByLabelText('Sigma (standard deviation of the log)');
    expect(sigma).toHaveValue(String((d as { sigma: number }).sigma));
    fireEvent.change(sigma, { target: { value: '0.3' } });
    expect(active().uncertainty[TAKE_UP]).toMatchObject({ dist: 'lognormal', sigma: 0.3 });

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(active().uncertainty).toEqual({});
    expect(screen.queryByRole('group', { name: 'Distribution of Take-up' })).toBeNull();
  });

  it('follows the store: a group reset takes the mark away', async () => {
    const { store, active } = setup();
    await openGroup(/^New cash transfer and targeting$/);
    await userEvent.click(screen.getByRole('button', { name: 'Uncertain: Take-up' }));
    await userEvent.click(screen.getByRole('button', { name: /Reset “New cash transfer and targeting” to defaults/ }));
    expect(active().uncertainty).toEqual({});
    expect(screen.getByRole('button', { name: 'Uncertain: Take-up' })).toHaveAttribute('aria-pressed', 'false');
    // Set from elsewhere (a loaded file): the boxes show it.
    act(() => void store.getState().setUncertainty(store.getState().activeId, TAKE_UP, { dist: 'uniform', low: 0.5, high: 0.8 }));
    expect(within(screen.getByRole('group', { name: 'Distribution of Take-up' })).getByLabelText('High bound (%)')).toHaveValue('80');
  });

  it('Tab reaches the toggle before the box, as it is seen (at the end of the label\u2019s line), and the distribution after it', async () => {
    setup();
    await openGroup(/^New cash transfer and targeting$/);
    const toggle = screen.getByRole('button', { name: 'Uncertain: Take-up' });
    const field = toggle.closest('.field')!;
    const box = field.querySelector(':scope > input')!;
    // The toggle had come after the box in the document: Tab went label, box, toggle while the eye went label, toggle, box.
    await userEvent.click(toggle);
    await userEvent.tab();
    expect(box).toHaveFocus();
    await userEvent.tab();
    expect(within(screen.getByRole('group', { name: 'Distribution of Take-up' })).getByLabelText('Distribution')).toHaveFocus();
  });

  it('offers no uncertainty for simulation settings or for lists and shares', async () => {
    setup();
    await openGroup(/^Simulation settings$/);
    expect(screen.queryByRole('button', { name: /^Uncertain: Seed/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Uncertain: Annual budget/ })).toBeNull();
  });
});

/**
 * One entry of a record as an uncertain parameter in the app: marked by its
 * own Uncertain toggle beside its box in the levers (none beside a share of a
 * split), named "Disaster rate (rural): Sindh" wherever it is shown (the
 * toggle, its distribution, the tornado, the changes list, the Assumptions
 * view), in English and Urdu.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultScenario, type Scenario } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { ScenarioEditor } from '../../../src/ui/editor/ScenarioEditor';
import { AssumptionsView } from '../../../src/ui/views/AssumptionsView';
import { changeText, scenarioChanges } from '../../../src/ui/views/changes';
import { paramLabel, swingRange } from '../../../src/ui/views/sensitivity/text';
import { issueMessage } from '../../../src/ui/editor/issues';

// Marked here from scenarios with none: the default scenario's own uncertain parameters are left out.
vi.mock('../../../src/engine/scenario/defaultUncertainty', () => ({ DEFAULT_UNCERTAINTY: {} }));

const SINDH = 'world.shocks.disasterAnnualProb.sindh';

afterEach(() => applyLocale('en', 'international', undefined));

function setup(view = <ScenarioEditor />, scenario?: Scenario) {
  const store = createAppStore();
  if (scenario) expect(store.getState().replaceScenario(store.getState().activeId, scenario)).toEqual([]);
  render(<StoreProvider store={store}>{view}</StoreProvider>);
  return { store, active: () => store.getState().scenarios[store.getState().activeId]! };
}

const openGroup = async (name: RegExp) => {
  const head = screen.getAllByRole('button', { name })[0]!;
  if (head.getAttribute('aria-expanded') !== 'true') await userEvent.click(head);
};

describe('<ScenarioEditor>: an uncertain record entry', () => {
  it('marks one region\u2019s disaster rate uncertain from its own toggle; the rest of the record stays one value', async () => {
    const { active } = setup();
    await openGroup(/^Shocks and disasters$/);
    const toggle = screen.getByRole('button', { name: 'Uncertain: Disaster rate (rural): Sindh' });
    expect(screen.getByRole('button', { name: 'Uncertain: Disaster rate (rural): Punjab' })).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // 0.08 ± 20%.
    expect(active().uncertainty).toEqual({ [SINDH]: { dist: 'uniform', low: expect.closeTo(0.064, 12), high: expect.closeTo(0.096, 12) } });
    expect(active().world.shocks.disasterAnnualProb).toEqual(defaultScenario().world.shocks.disasterAnnualProb);
    const box = screen.getByRole('group', { name: 'Distribution of Disaster rate (rural): Sindh' });
    expect(within(box).getByLabelText(/^Low bound/)).toHaveValue('0.064');
    await userEvent.click(toggle);
    expect(active().uncertainty).toEqual({});
    // None beside a share of a split that must sum to 100%.
    await openGroup(/^Budget and its split$/);
    expect(screen.getByRole('button', { name: 'Uncertain: Backward-region priority' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Uncertain: .*Cash transfer/ })).toBeNull();
  });

  it('a record entry\u2019s toggle comes before its box in Tab order, as it is seen', async () => {
    setup();
    await openGroup(/^Shocks and disasters$/);
    const toggle = screen.getByRole('button', { name: 'Uncertain: Disaster rate (rural): Sindh' });
    await userEvent.click(toggle);
    await userEvent.tab();
    expect(toggle.closest('.field')!.querySelector(':scope > input')).toHaveFocus();
  });

  it('an entry marked before its record fell out of use (the flood footprint with no flood) can still be unmarked', async () => {
    const { active } = setup(<ScenarioEditor />, { ...defaultScenario(), uncertainty: { 'world.shocks.floodAffected.balochistan': { dist: 'uniform', low: 0.1, high: 0.4 } } });
    await openGroup(/^Shocks and disasters$/);
    expect(screen.getByRole('button', { name: 'Uncertain: Flood footprint: Balochistan' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Remove its uncertainty' }));
    expect(active().uncertainty).toEqual({});
  });

  it('names the toggle in Urdu with the region\u2019s Urdu name', async () => {
    applyLocale('ur', 'international', undefined);
    setup();
    await openGroup(/^جھٹکے اور آفات$/);
    expect(screen.getByRole('button', { name: 'غیر یقینی: آفات کی شرح (دیہی): سندھ' })).toBeInTheDocument();
  });
});

describe('an uncertain record entry where drawn parameters are shown', () => {
  const marked = (): Scenario => ({ ...defaultScenario(), uncertainty: { [SINDH]: { dist: 'uniform', low: 0.04, high: 0.2 } } });

  it('the tornado names its bar by record and region, with the range in the record\u2019s unit', () => {
    expect(paramLabel(SINDH)).toBe('Disaster rate (rural): Sindh');
    expect(swingRange(SINDH, 0.04, 0.2)).toBe('0.04 to 0.2 probability / year');
    expect(paramLabel('world.shocks.floodAffected.balochistan')).toBe('Flood footprint: Balochistan');
    applyLocale('ur', 'international', undefined);
    expect(paramLabel(SINDH)).toBe('آفات کی شرح (دیہی): سندھ');
  });

  it('a problem with an entry’s distribution is said in the record’s units as shown (shares as %), a log-normal’s sigma in none', () => {
    const at = (setting: string) => `uncertainty.world.shocks.floodAffected.sindh.${setting}`;
    expect(issueMessage({ path: at('high'), message: 'engine', code: 'aboveLow', args: { low: 0.5, value: 0.2 } })).toBe('must be above the low bound (50% of households), got 20% of households');
    expect(issueMessage({ path: at('sigma'), message: 'engine', code: 'aboveZero', args: { value: -0.3 } })).toBe('must be above 0, got −0.3');
  });

  it('the changes list gives its distribution under its name, and says a change to its value set is not used', () => {
    const s = marked();
    s.world.shocks.disasterAnnualProb = { ...s.world.shocks.disasterAnnualProb, sindh: 0.1 };
    const diff = scenarioChanges(s, defaultScenario());
    const uncertainty = diff.groups.find((g) => g.group === 'uncertainty')!.changes;
    expect(uncertainty.map(changeText)).toEqual(['Disaster rate (rural): Sindh: one value (not uncertain) \u2192 uniform, 0.04 to 0.2 probability / year']);
    const rate = diff.groups.find((g) => g.group === 'shocks')!.changes.find((c) => c.path === 'world.shocks.disasterAnnualProb')!;
    expect(rate.flag).toBe('drawn');
    // Punjab's rate is not drawn: a change to it is used.
    s.world.shocks.disasterAnnualProb.punjab = 0.05;
    expect(scenarioChanges(s, defaultScenario()).groups.find((g) => g.group === 'shocks')!.changes.find((c) => c.path === 'world.shocks.disasterAnnualProb')!.flag).toBe('world');
  });

  it('the Assumptions view says under the record how the runs draw the entry', () => {
    setup(<AssumptionsView />, marked());
    const row = within(screen.getByRole('table')).getAllByRole('row').find((r) => r.textContent!.includes('world.shocks.disasterAnnualProb'))!;
    expect(row).toHaveTextContent(
      'Sindh is drawn in each replication: uniform, 0.04 to 0.2 probability / year; the value set for it, 0.08 probability / year, is used only where a sensitivity analysis holds it fixed',
    );
    expect(row).not.toHaveTextContent('Punjab is drawn');
  });
});

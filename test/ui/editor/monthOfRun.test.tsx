/**
 * The flood month, a month of the run the scenario file stores from 0, is shown counted from 1 wherever the app shows
 * it, as its charts count months ("Month 1" is the first): its box, its default and range, its checks, the list of
 * changes, the sensitivity view. Its editor had said "0 to 11" beside charts that start at month 1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/react';
import { SCENARIO_SPEC, validateScenario, type GroupId, type NumberSpec } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { ScenarioEditor } from '../../../src/ui/editor/ScenarioEditor';
import { defaultText, fromDisplay, rangeText, scaleOf, toDisplay } from '../../../src/ui/editor/display';
import { fieldScale } from '../../../src/ui/editor/distribution';
import { issueMessage } from '../../../src/ui/editor/issues';
import { numberText } from '../../../src/ui/views/changeValues';
import { distributionText as changedDistribution } from '../../../src/ui/views/uncertaintyChanges';
import { distributionText as sweptDistribution, paramValue } from '../../../src/ui/views/sensitivity/text';

const FLOOD_MONTH = SCENARIO_SPEC.shocks.floodMonth as NumberSpec;
const PATH = 'world.shocks.floodMonth';

function inputLabelled(container: HTMLElement, label: RegExp): HTMLInputElement {
  const found = [...container.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''));
  if (!found) throw new Error(`no label ${label}`);
  return document.getElementById(found.htmlFor) as HTMLInputElement;
}

function setup() {
  const store = createAppStore();
  store.getState().setParam(store.getState().activeId, 'shocks', 'flood2022', true);
  for (const group of Object.keys(SCENARIO_SPEC) as GroupId[]) if (!store.getState().openGroups.includes(group)) store.getState().toggleGroup(group);
  const { container } = render(
    <StoreProvider store={store}>
      <ScenarioEditor />
    </StoreProvider>,
  );
  return { store, container, floodMonth: () => store.getState().scenarios[store.getState().activeId]!.world.shocks.floodMonth };
}

afterEach(() => applyLocale('en', 'international', undefined));

describe('a month of the run (the flood month)', () => {
  it('is shown from 1 and stored from 0', () => {
    const scale = scaleOf(FLOOD_MONTH);
    expect(toDisplay(13, scale)).toBe(14);
    expect(fromDisplay(14, scale)).toBe(13);
    expect(defaultText(FLOOD_MONTH)).toBe('14');
    expect(rangeText(FLOOD_MONTH)).toBe('1 to 120');
  });

  it('its box shows it from 1, stores what is typed from 0, and says its range from 1', () => {
    const { container, floodMonth } = setup();
    const box = inputLabelled(container, /^Flood month/);
    expect(box).toHaveValue('14');
    expect(box.closest('.field')).toHaveTextContent('Default: 14 · Range: 1 to 120');
    fireEvent.change(box, { target: { value: '1' } });
    expect(floodMonth()).toBe(0);
    fireEvent.change(box, { target: { value: '0' } });
    expect(box.closest('.field')).toHaveTextContent('must be between 1 and 120, got 0');
    expect(floodMonth()).toBe(0);
  });

  it('the engine’s checks of it count from 1 in the app, from 0 after its path in a file', () => {
    const s = createAppStore().getState();
    const scenario = structuredClone(s.scenarios[s.activeId]!);
    Object.assign(scenario.world.shocks, { flood2022: true, floodMonth: 150 });
    const v = validateScenario(scenario);
    const range = !v.ok ? v.issues.find((i) => i.path === PATH)! : null;
    expect(issueMessage(range!)).toBe('must be between 1 and 120, got 151');
    expect(issueMessage(range!, 'file')).toBe('must be between 0 and 119, got 150');
    // A log-normal's low bound must be above month 1, the stored 0.
    expect(issueMessage({ path: `uncertainty.${PATH}.low`, message: 'engine', code: 'lowPositive', args: { value: 0 } })).toBe('must be above 1 for a log-normal, got 1');
  });

  it('its distribution’s bounds and centre count from 1; a standard deviation, a spread of months, takes no offset', () => {
    expect(toDisplay(2, fieldScale('sd', scaleOf(FLOOD_MONTH)))).toBe(2);
    expect(toDisplay(10, fieldScale('low', scaleOf(FLOOD_MONTH)))).toBe(11);
    const d = { dist: 'normal' as const, low: 10, high: 16, mean: 13, sd: 2 };
    expect(changedDistribution(d, FLOOD_MONTH)).toBe('normal (mean 14, standard deviation 2) truncated to 11 to 17');
    expect(sweptDistribution(PATH, d)).toMatch(/\b14\b/);
    expect(sweptDistribution(PATH, d)).toMatch(/\b2\b/);
    expect(sweptDistribution(PATH, d)).not.toMatch(/\b3\b/);
    expect(paramValue(PATH, 13)).toBe('14');
    expect(numberText(13, FLOOD_MONTH)).toBe('14');
  });

  it('in Urdu, its description counts from 1 too', () => {
    applyLocale('ur', 'international', undefined);
    const { container } = setup();
    const box = inputLabelled(container, /^سیلاب کا مہینہ/);
    expect(box.closest('.field')).toHaveTextContent('پہلے سال کا جولائی مہینہ 1 شمار ہوتا ہے');
    expect(box.closest('.field')).not.toHaveTextContent('0 =');
  });
});

/** A problem the scenario check finds in another field than the one typed in: named as the levers name that field. */
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/react';
import { SCENARIO_SPEC, type GroupId, type ValidationIssue } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { ScenarioEditor } from '../../../src/ui/editor/ScenarioEditor';
import { elsewhereText } from '../../../src/ui/editor/issues';
import { englishWords } from '../../i18n/noEnglish';

/** The input a label names. */
function inputLabelled(container: HTMLElement, label: RegExp): HTMLInputElement {
  const found = [...container.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''));
  if (!found) throw new Error(`no label ${label}`);
  return document.getElementById(found.htmlFor) as HTMLInputElement;
}

function setup(edit?: (store: ReturnType<typeof createAppStore>) => void) {
  const store = createAppStore();
  edit?.(store);
  for (const group of Object.keys(SCENARIO_SPEC) as GroupId[]) if (!store.getState().openGroups.includes(group)) store.getState().toggleGroup(group);
  return render(
    <StoreProvider store={store}>
      <ScenarioEditor />
    </StoreProvider>,
  ).container;
}

afterEach(() => applyLocale('en', 'international', undefined));

describe('a problem in another field', () => {
  it('is said under the box typed in with the other field’s label and group, not its path in the scenario file', () => {
    // The 2022-scale flood on (in month 14 by default, 13 in the file), so that the flood's month must fall inside the horizon.
    const container = setup((store) => store.getState().setParam(store.getState().activeId, 'shocks', 'flood2022', true));
    const cap = inputLabelled(container, /^Loan size cap/);
    fireEvent.change(cap, { target: { value: '1000' } });
    expect(cap.closest('.field')).toHaveTextContent('Smallest loan (in “Microfinance”): must not exceed the loan cap (Rs 1,000), got Rs 20,000');
    expect(cap.closest('.field')).not.toHaveTextContent('policy.microfinance');
    const horizon = inputLabelled(container, /^Horizon/);
    fireEvent.change(horizon, { target: { value: '12' } });
    // Months counted from 1, as the flood month's own box and the charts count them (it had said "(0 to 11), got 13").
    expect(horizon.closest('.field')).toHaveTextContent('Flood month (in “Shocks and disasters”): must fall inside the horizon (months 1 to 12), got 14');
  });

  it('is said in Urdu with the Urdu label and group, no English path beside it', () => {
    applyLocale('ur', 'international', undefined);
    const container = setup();
    const cap = inputLabelled(container, /^قرض کی زیادہ سے زیادہ حد/);
    fireEvent.change(cap, { target: { value: '1000' } });
    const text = cap.closest('.field')!.textContent!;
    expect(text).toContain('«مائیکروفنانس» میں سب سے چھوٹا قرض: ');
    expect(text).not.toMatch(/policy|minLoanPKR/);
  });

  it('names a year of a path and an entry of a record by their labels; keeps a path that names no lever', () => {
    const issue = (path: string): ValidationIssue => ({ path, message: 'is missing', code: 'missing', args: {} });
    // The year as the path's boxes are labelled (it had said only "Annual budget path", not which year).
    expect(elsewhereText(issue('policy.budget.annualBn[1]'))).toBe('Annual budget path: Year 2 (in “Budget and its split”): is missing');
    expect(elsewhereText(issue('world.prices.inflationPct[0]'))).toBe('CPI inflation: Year 1 (in “Cost of living”): is missing');
    expect(elsewhereText(issue('policy.budget.annualBn'))).toBe('Annual budget path (in “Budget and its split”): is missing');
    expect(elsewhereText(issue('run.months'))).toBe('Horizon (in “Simulation settings”): is missing');
    expect(elsewhereText(issue('world.shocks.floodAffected.sindh'))).toMatch(/: Sindh \(in “Shocks and disasters”\): is missing$/);
    expect(elsewhereText(issue('policy.cash.noSuchThing'))).toBe('policy.cash.noSuchThing: is missing');
    expect(elsewhereText(issue('policy.cash.takeUp[2]'))).toBe('policy.cash.takeUp[2]: is missing');
  });

  // Its path in the scenario file had been said as it is ("uncertainty.policy.cash.takeUp.low: …"), in Urdu too.
  it('names an uncertain parameter’s distribution, and a setting of it, as the distribution’s box does', () => {
    const issue = (path: string): ValidationIssue => ({ path, message: 'is missing', code: 'missing', args: {} });
    expect(elsewhereText(issue('uncertainty.policy.cash.takeUp'))).toBe('Distribution of Take-up (in “New cash transfer and targeting”): is missing');
    expect(elsewhereText(issue('uncertainty.policy.cash.takeUp.low'))).toBe('Distribution of Take-up: Low bound (in “New cash transfer and targeting”): is missing');
    expect(elsewhereText(issue('uncertainty.policy.cash.takeUp.dist'))).toBe('Distribution of Take-up (in “New cash transfer and targeting”): is missing');
    expect(elsewhereText(issue('uncertainty.world.shocks.floodAffected.sindh.sd'))).toBe('Distribution of Flood footprint: Sindh: Standard deviation (in “Shocks and disasters”): is missing');
    expect(elsewhereText(issue('uncertainty.policy.cash.takeUp.spread'))).toBe('Distribution of Take-up: “spread” (in “New cash transfer and targeting”): is missing');
    // Its numbers in the parameter's units as shown, as the distribution's boxes show them.
    expect(elsewhereText({ path: 'uncertainty.policy.cash.takeUp.high', message: 'engine', code: 'aboveLow', args: { low: 0.9, value: 0.8 } })).toBe(
      'Distribution of Take-up: High bound (in “New cash transfer and targeting”): must be above the low bound (90%), got 80%',
    );
    // A path that names no lever keeps it.
    expect(elsewhereText(issue('uncertainty.policy.cash.noSuchThing'))).toBe('uncertainty.policy.cash.noSuchThing: is missing');
    expect(elsewhereText(issue('uncertainty'))).toBe('uncertainty: is missing');
  });

  it('in Urdu, a year and an uncertain parameter’s setting are named in Urdu, with no English path', () => {
    applyLocale('ur', 'international', undefined);
    const issue = (path: string): ValidationIssue => ({ path, message: 'is missing', code: 'missing', args: {} });
    expect(elsewhereText(issue('policy.budget.annualBn[2]'))).toBe('«بجٹ اور اس کی تقسیم» میں سالانہ بجٹ کا راستہ: سال 3: موجود نہیں');
    expect(elsewhereText(issue('uncertainty.policy.cash.takeUp.low'))).toBe('«نئی نقد منتقلی اور ہدف بندی» میں شمولیت کی تقسیم: نچلی حد: موجود نہیں');
    expect(englishWords(elsewhereText(issue('uncertainty.world.shocks.floodAffected.sindh.median')))).toEqual([]);
  });
});

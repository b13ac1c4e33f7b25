/** The diff view in Urdu: uncertainty changes and the comparison with the defaults, with no English words. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { ScenarioChanges } from '../../../src/ui/views/ScenarioChanges';
import { englishWords } from '../../i18n/noEnglish';

// These tests mark and compare uncertainty from scenarios that have none: the default scenario's own
// uncertain parameters (engine/scenario/defaultUncertainty.ts) are left out here.
vi.mock('../../../src/engine/scenario/defaultUncertainty', () => ({ DEFAULT_UNCERTAINTY: {} }));

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

describe('<ScenarioChanges> in Urdu', () => {
  it('lists uncertainty changes, against the baseline and the defaults, in Urdu', () => {
    const store = createAppStore();
    const id = store.getState().order[1]!;
    const st = store.getState();
    expect(st.setUncertainty(id, 'policy.cash.takeUp', { dist: 'triangular', low: 0.72, mode: 0.9, high: 1 })).toEqual([]);
    expect(st.setUncertainty(id, 'policy.cash.benefitPKR', { dist: 'lognormal', median: 2000, sigma: 0.15, low: 1500, high: 2500 })).toEqual([]);
    expect(st.setUncertainty(id, 'world.existingCash.benefitPKR', { dist: 'normal', mean: 2000, sd: 200, low: 1500, high: 2500 })).toEqual([]);
    const { container } = render(
      <StoreProvider store={store}>
        <ScenarioChanges id={id} />
      </StoreProvider>,
    );
    const allow = englishWords(store.getState().scenarios[id]!.name);
    for (const details of container.querySelectorAll('details')) details.open = true;
    expect(container.textContent).toContain('غیر یقینی پیرامیٹر');
    expect(container.textContent).toContain('شمولیت: ایک ہی قدر (غیر یقینی نہیں) ← مثلثی، \u200E72% تا \u200E100%، سب سے زیادہ ممکنہ قدر \u200E90%');
    expect(englishWords(container.textContent ?? '', allow)).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: 'طے شدہ اقدار سے' }));
    for (const details of container.querySelectorAll('details')) details.open = true;
    expect(container.textContent).toContain('طے شدہ اقدار سے 4 ترتیبات مختلف ہیں');
    expect(englishWords(container.textContent ?? '', allow)).toEqual([]);
  });
});

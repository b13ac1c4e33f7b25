import { afterEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import { defaultScenario, type Scenario, type Uncertainty } from '../../../src/engine/index';
import { UncertaintyNote } from '../../../src/ui/views/UncertaintyNote';
import { englishWords } from '../../i18n/noEnglish';

const THREE = {
  'world.existingCash.benefitPKR': { dist: 'uniform', low: 1500, high: 2500 },
  'policy.cash.takeUp': { dist: 'uniform', low: 0.72, high: 1 },
  'policy.cash.benefitPKR': { dist: 'triangular', low: 1500, mode: 2000, high: 2500 },
} as const;

afterEach(() => applyLocale('en', 'international', undefined));

/** A scenario with new programmes (the defaults) drawing these parameters. */
const drawing = (uncertainty: Uncertainty): Scenario => ({ ...defaultScenario(), uncertainty });

describe('<UncertaintyNote>', () => {
  it('names the uncertain assumptions in the editor’s order', () => {
    const { container } = render(<UncertaintyNote scenario={drawing(THREE)} />);
    expect(container).toHaveTextContent('Bands include uncertainty in 3 assumptions: New cash transfer, Take-up, Existing benefit.');
  });

  it('says one assumption in the singular, and nothing when no parameter is uncertain', () => {
    const { container, rerender } = render(<UncertaintyNote scenario={drawing({ 'policy.cash.takeUp': THREE['policy.cash.takeUp'] })} />);
    expect(container).toHaveTextContent('Bands include uncertainty in 1 assumption: Take-up.');
    rerender(<UncertaintyNote scenario={drawing({})} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says whose a label is when two programmes share it ("Take-up")', () => {
    const both = { 'policy.cash.takeUp': THREE['policy.cash.takeUp'], 'policy.training.takeUp': { dist: 'uniform', low: 0.5, high: 0.9 } } as const;
    const { container } = render(<UncertaintyNote scenario={drawing(both)} />);
    expect(container).toHaveTextContent('2 assumptions: Take-up (New cash transfer and targeting), Take-up (Skills training).');
  });

  it('lists for the status quo only what moves its numbers: no new programme, so not a programme\u2019s parameters', () => {
    const statusQuo = drawing(THREE);
    statusQuo.policy = { ...statusQuo.policy, budget: { ...statusQuo.policy.budget, annualBn: [0] }, cash: { ...statusQuo.policy.cash, existingTopUpPKR: 0 }, microfinance: { ...statusQuo.policy.microfinance, initialFundPKR: 0 } };
    const { container, rerender } = render(<UncertaintyNote scenario={statusQuo} />);
    expect(container).toHaveTextContent('Bands include uncertainty in 1 assumption: Existing benefit.');
    // The defaults' 15 are all a programme's: nothing to say beside the status quo.
    rerender(<UncertaintyNote scenario={{ ...statusQuo, uncertainty: defaultScenario().uncertainty }} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('leaves out what the model does not read: a programme with no money, a flood\u2019s loss with no flood', () => {
    const s = drawing({ ...THREE, 'policy.training.takeUp': { dist: 'uniform', low: 0.5, high: 0.9 }, 'world.shocks.floodLoss': { dist: 'uniform', low: 0.4, high: 0.9 } });
    s.policy = { ...s.policy, budget: { ...s.policy.budget, programmeShares: { ...s.policy.budget.programmeShares, training: 0, admin: s.policy.budget.programmeShares.admin + s.policy.budget.programmeShares.training } } };
    s.world = { ...s.world, shocks: { ...s.world.shocks, flood2022: false } };
    const { container } = render(<UncertaintyNote scenario={s} />);
    expect(container).toHaveTextContent('Bands include uncertainty in 3 assumptions: New cash transfer, Take-up, Existing benefit.');
  });

  it('reads in Urdu with no English words', () => {
    applyLocale('ur', 'international', undefined);
    const { container } = render(<UncertaintyNote scenario={drawing(THREE)} />);
    expect(container.textContent).toContain('وقفوں میں 3 مفروضوں کی غیر یقینی شامل ہے: نئی نقد منتقلی، شمولیت، ');
    expect(englishWords(container.textContent ?? '')).toEqual([]);
  });
});

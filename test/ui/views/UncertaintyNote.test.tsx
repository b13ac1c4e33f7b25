import { afterEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import { UncertaintyNote } from '../../../src/ui/views/UncertaintyNote';
import { englishWords } from '../../i18n/noEnglish';

const THREE = {
  'world.existingCash.benefitPKR': { dist: 'uniform', low: 1500, high: 2500 },
  'policy.cash.takeUp': { dist: 'uniform', low: 0.72, high: 1 },
  'policy.cash.benefitPKR': { dist: 'triangular', low: 1500, mode: 2000, high: 2500 },
} as const;

afterEach(() => applyLocale('en', 'international', undefined));

describe('<UncertaintyNote>', () => {
  it('names the uncertain assumptions in the editor’s order', () => {
    const { container } = render(<UncertaintyNote uncertainty={THREE} />);
    expect(container).toHaveTextContent('Bands include uncertainty in 3 assumptions: New cash transfer, Take-up, Existing benefit.');
  });

  it('says one assumption in the singular, and nothing when no parameter is uncertain', () => {
    const { container, rerender } = render(<UncertaintyNote uncertainty={{ 'policy.cash.takeUp': THREE['policy.cash.takeUp'] }} />);
    expect(container).toHaveTextContent('Bands include uncertainty in 1 assumption: Take-up.');
    rerender(<UncertaintyNote uncertainty={{}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says whose a label is when two programmes share it ("Take-up")', () => {
    const both = { 'policy.cash.takeUp': THREE['policy.cash.takeUp'], 'policy.training.takeUp': { dist: 'uniform', low: 0.5, high: 0.9 } } as const;
    const { container } = render(<UncertaintyNote uncertainty={both} />);
    expect(container).toHaveTextContent('2 assumptions: Take-up (New cash transfer and targeting), Take-up (Skills training).');
  });

  it('reads in Urdu with no English words', () => {
    applyLocale('ur', 'international', undefined);
    const { container } = render(<UncertaintyNote uncertainty={THREE} />);
    expect(container.textContent).toContain('وقفوں میں 3 مفروضوں کی غیر یقینی شامل ہے: نئی نقد منتقلی، شمولیت، ');
    expect(englishWords(container.textContent ?? '')).toEqual([]);
  });
});

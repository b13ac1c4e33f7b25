/** The Assumptions view in Urdu: every parameter's row translated; only citation names and the scenario's own name stay in Latin script. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { AssumptionsView } from '../../../src/ui/views/AssumptionsView';
import { englishWords } from '../../i18n/noEnglish';
import { CITATION_WORDS, readableText } from '../editor/urdu';

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

describe('<AssumptionsView> in Urdu', () => {
  it('has no English words', () => {
    const store = createAppStore();
    const { container } = render(
      <StoreProvider store={store}>
        <AssumptionsView />
      </StoreProvider>,
    );
    const name = store.getState().scenarios[store.getState().activeId]!.name;
    expect(screen.getByRole('columnheader', { name: 'ماخذ' })).toBeInTheDocument();
    const row = within(screen.getByRole('table')).getAllByRole('row').find((r) => r.textContent!.includes('policy.cash.takeUp'))!;
    expect(row).toHaveTextContent('شمولیت');
    expect(row).toHaveTextContent('\u200E0% تا \u200E100%');
    expect(row).toHaveTextContent('ہمارا مفروضہ: کوئی ماخذ نہیں ملا');
    expect(englishWords(readableText(container), [...CITATION_WORDS, ...englishWords(name)])).toEqual([]);
    // The columns' names the rows stacked on a phone give their values (data-column, tables.css): the headers' Urdu.
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(within(row).getAllByRole('cell').map((c) => c.getAttribute('data-column'))).toEqual(headers.slice(1));
    expect(englishWords(headers.join(' '), [])).toEqual([]);
  });
});

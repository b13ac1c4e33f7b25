/**
 * The Uncertain toggle refused, through a change of language, with the app made as the browser app makes it
 * (app/locale.ts, ui/Root drawing the screen afresh). Its starting distribution is valid at any value in any
 * parameter's range (editor/distribution startingDistribution), so the toggle is refused only by the scenario's checks
 * finding a problem elsewhere in the scenario: here, a smallest loan above the loan cap, put in the store unchecked.
 * The refusal had been the toggle's own state, gone with the screen the change of language drew afresh.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyLocale } from '../../../src/i18n/index';
import type { AppStore } from '../../../src/state/store';
import { englishWords } from '../../i18n/noEnglish';
import { appInRoot } from '../rootApp';

afterEach(() => {
  applyLocale('en', 'international', document);
});

/** The active scenario's smallest loan put above the loan cap, unchecked: every change to the scenario is refused. */
function loanAboveCap(store: AppStore) {
  const { activeId, scenarios } = store.getState();
  const s = scenarios[activeId]!;
  const microfinance = { ...s.policy.microfinance, minLoanPKR: s.policy.microfinance.loanCapPKR + 1000 };
  store.setState({ scenarios: { ...scenarios, [activeId]: { ...s, policy: { ...s.policy, microfinance } } } });
}

const group = () => screen.getAllByRole('button', { name: /^(New cash transfer and targeting|نئی نقد منتقلی اور ہدف بندی)$/ })[0]!;
/** The uncertainty toggle of "Top-up for existing recipients", and what is said under its field. */
const topUpToggle = () => screen.getByRole('button', { name: /^(Uncertain: Top-up for existing recipients|غیر یقینی: موجودہ وصول کنندگان کے لیے اضافہ)/ });
const refusal = () => within(topUpToggle().closest('.field') as HTMLElement).queryByRole('alert')?.textContent ?? '';

/** The app in Root, in English, its active scenario's smallest loan above the loan cap, the toggle pressed and refused. */
async function toggleRefused() {
  const app = appInRoot({ before: loanAboveCap });
  await userEvent.click(group());
  await userEvent.click(topUpToggle());
  return app;
}

describe('the Uncertain toggle refused', () => {
  it('says why in Urdu after a change of language, as it said in English', async () => {
    const { store, stop, active } = await toggleRefused();
    expect(refusal()).toMatch(/^Smallest loan \(in “Microfinance”\): must not exceed the loan cap/);
    expect(topUpToggle()).toHaveAttribute('aria-pressed', 'false');

    act(() => store.getState().setLanguage('ur'));
    await waitFor(() => expect(document.documentElement.lang).toBe('ur'));
    const said = refusal();
    expect(said).toMatch(/قرض کی زیادہ سے زیادہ حد/);
    expect(englishWords(said)).toEqual([]);
    expect(topUpToggle()).toHaveAttribute('aria-pressed', 'false');
    expect(active().uncertainty['policy.cash.existingTopUpPKR']).toBeUndefined();
    stop();
  });

  it('is forgotten when its group is folded', async () => {
    const { stop } = await toggleRefused();
    expect(refusal()).not.toBe('');
    await userEvent.click(group());
    await userEvent.click(group());
    expect(refusal()).toBe('');
    stop();
  });

  // The reset put back a scenario the toggle is not refused beside; the undo the very one it was, which had brought
  // the refusal back had it been kept beside it.
  it('is forgotten once the scenario changes under it: a reset, and its undo, leave it unsaid', async () => {
    const { stop } = await toggleRefused();
    expect(refusal()).not.toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Reset to how it was created' }));
    expect(refusal()).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(refusal()).toBe('');
    stop();
  });
});

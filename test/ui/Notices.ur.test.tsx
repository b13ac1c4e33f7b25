import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyLocale } from '../../src/i18n/index';
import { stripBidi } from '../../src/i18n/bidi';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { Notices } from '../../src/ui/Notices';
import { restoreWorkspace, UNRESTORED_KEY } from '../../src/app/persistence';
import { englishWords } from '../i18n/noEnglish';

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

/** What the notices say and name: their text and their groups' and buttons' names. */
const said = () => stripBidi(document.querySelector('.notices')?.textContent ?? '');

describe('<Notices> in Urdu', () => {
  it('the kept copy’s offer, question, refusal and removal have no English words', async () => {
    let refuse = true;
    const data = new Map([[UNRESTORED_KEY, '{"format": "damaged']]);
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => {
        if (refuse) throw new Error('SecurityError');
        data.delete(k);
      },
    };
    const store = createAppStore();
    restoreWorkspace(store, storage);
    render(
      <StoreProvider store={store}>
        <Notices />
      </StoreProvider>,
    );
    expect(said()).toMatch(/^جو محفوظ کیا گیا کام پہلے بحال نہیں ہو سکا تھا/);
    expect(englishWords(said())).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'اس براؤزر سے ہٹائیں…' }));
    // One copy: the question's singular.
    expect(screen.getByRole('group', { name: /^اس براؤزر کی اسٹوریج میں رکھی ہوئی نقل ہٹا دیں؟/ })).toBeInTheDocument();
    expect(englishWords(said())).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'ہاں، ہٹا دیں' }));
    expect(said()).toContain('اسے اس براؤزر سے ہٹایا نہیں جا سکا (SecurityError)۔');
    expect(englishWords(said(), ['SecurityError'])).toEqual([]);
    refuse = false;
    await userEvent.click(screen.getByRole('button', { name: 'اس براؤزر سے ہٹائیں…' }));
    await act(async () => userEvent.click(screen.getByRole('button', { name: 'ہاں، ہٹا دیں' })));
    expect(data.size).toBe(0);
    expect(said()).toMatch(/^جو محفوظ کیا گیا کام بحال نہیں ہو سکا تھا وہ اس براؤزر کی اسٹوریج سے ہٹا دیا گیا ہے۔/);
    expect(englishWords(said())).toEqual([]);
  });
});

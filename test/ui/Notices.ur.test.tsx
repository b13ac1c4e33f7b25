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

/** Restores the workspace from `storage` (holding an unrestored copy) and shows the notices that offer it. */
function showNotices(storage: Parameters<typeof restoreWorkspace>[1]) {
  const store = createAppStore();
  restoreWorkspace(store, storage);
  render(
    <StoreProvider store={store}>
      <Notices />
    </StoreProvider>,
  );
}

describe('<Notices> in Urdu', () => {
  it('the kept copy’s offer, question, refusal and removal have no English words', async () => {
    let refuse = true;
    const data = new Map([[UNRESTORED_KEY, '{"format": "damaged']]);
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => {
        if (refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
        data.delete(k);
      },
    };
    showNotices(storage);
    expect(said()).toMatch(/^جو محفوظ کیا گیا کام پہلے بحال نہیں ہو سکا تھا/);
    expect(englishWords(said())).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'اس براؤزر سے ہٹائیں…' }));
    // One copy: the question's singular.
    expect(screen.getByRole('group', { name: /^اس براؤزر کی اسٹوریج میں رکھی ہوئی نقل ہٹا دیں؟/ })).toBeInTheDocument();
    expect(englishWords(said())).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'ہاں، ہٹا دیں' }));
    // Why, in Urdu; the browser's English words after it, isolated and labelled as the browser's (they had been the
    // reason alone: an English sentence in the Urdu notice).
    expect(said()).toContain(
      'اسے اس براؤزر سے ہٹایا نہیں جا سکا (یہ براؤزر ایپ کو اپنی اسٹوریج استعمال کرنے کی اجازت نہیں دیتا، غالباً اپنی ترتیبات یا پرائیویٹ ونڈو کی وجہ سے؛ براؤزر کا پیغام: “SecurityError: The operation is insecure.”)۔',
    );
    const failed = document.querySelector('.kept-work-failed')!.textContent!;
    expect(failed).toContain('براؤزر کا پیغام: “\u2068SecurityError: The operation is insecure.\u2069”');
    expect(englishWords(failed.replace(/\u2068[^\u2069]*\u2069/g, ''))).toEqual([]);
    refuse = false;
    await userEvent.click(screen.getByRole('button', { name: 'اس براؤزر سے ہٹائیں…' }));
    await act(async () => userEvent.click(screen.getByRole('button', { name: 'ہاں، ہٹا دیں' })));
    expect(data.size).toBe(0);
    expect(said()).toMatch(/^جو محفوظ کیا گیا کام بحال نہیں ہو سکا تھا وہ اس براؤزر کی اسٹوریج سے ہٹا دیا گیا ہے۔/);
    expect(englishWords(said())).toEqual([]);
  });

  it('says without English words that another tab removed the kept copy first', async () => {
    const data = new Map([[UNRESTORED_KEY, '{"format": "damaged']]);
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
    showNotices(storage);
    await userEvent.click(screen.getByRole('button', { name: 'اس براؤزر سے ہٹائیں…' }));
    data.clear();
    await act(async () => userEvent.click(screen.getByRole('button', { name: 'ہاں، ہٹا دیں' })));
    expect(said()).toMatch(/^جو محفوظ کیا گیا کام بحال نہیں ہو سکا تھا وہ اس براؤزر کی اسٹوریج سے پہلے ہی ہٹایا جا چکا تھا، غالباً اس ایپ کے ایک اور ٹیب میں۔/);
    expect(englishWords(said())).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { REGION_SPELLINGS } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { createAppStore } from '../../../src/state/store';
import { HouseholdsSection } from '../../../src/ui/households/HouseholdsSection';
import { ImportDialog } from '../../../src/ui/households/ImportDialog';
import { Dashboard } from '../../../src/ui/views/Dashboard';
import { RunProgress } from '../../../src/ui/RunProgress';
import { englishWords } from '../../i18n/noEnglish';
import { householdsCsv, withCell } from '../../run/householdsCsv';
import { fakeImport, interfaceText, renderWith } from './render';
import { brokenHeaderFile, emptyFile, latin1File, parsedFile, parsedText } from './parsed';

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

/** SHA-256 and sha256 stay in Latin, as algorithm names do; the rest is data (file names, scenario names). */
const DATA = ['sha256', 'SHA', 'survey', 'HIES'];

describe('household import in Urdu', () => {
  it('the import dialog with its summary and bad rows has no English words outside the data', async () => {
    const store = createAppStore();
    const parsed = await parsedFile();
    store.getState().openImport(store.getState().activeId);
    renderWith(<ImportDialog />, store, fakeImport(store, parsed));
    const dialog = screen.getByRole('dialog', { name: 'گھرانے درآمد کریں' });
    await userEvent.upload(within(dialog).getByLabelText('CSV فائل منتخب کریں…'), new File(['x'], 'survey.csv'));
    await within(dialog).findByRole('region', { name: '2 غلط قطاریں' });
    expect(within(dialog).getByRole('table', { name: 'علاقہ وار' })).toBeInTheDocument();
    expect(within(dialog).getByText('پڑھی گئی قطاریں', { selector: 'dt' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '48 درست قطاریں استعمال کریں' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'منسوخ کریں' })).toBeInTheDocument();
    // Each bad row: line, column and what is wrong, in Urdu.
    const first = within(dialog).getAllByRole('listitem')[0]!;
    expect(first.textContent).toBe('سطر 6، کالم weight: 0 سے زیادہ ہونا چاہیے، درج شدہ 0');
    expect(first.querySelector('[lang="en"]')).toBeNull();
    expect(englishWords(interfaceText(dialog), DATA)).toEqual([]);
  });

  it('lists a bad weight, a bad region code, a repeated id, a wrong value count and magnitudes out of bounds in Urdu, with no English but the file’s text', async () => {
    const text = householdsCsv(20, {
      3: (r) => withCell(r, 'weight', 'abc'),
      6: (r) => withCell(r, 'region', 'mars'),
      9: (r) => withCell(r, 'household_id', 'h1'),
      12: (r) => `${r},9`,
      15: (r) => withCell(withCell(r, 'weight', '1e20'), 'consumption_per_ae', '1e300'),
    });
    const store = createAppStore();
    store.getState().openImport(store.getState().activeId);
    renderWith(<ImportDialog />, store, fakeImport(store, await parsedText(text)));
    const dialog = screen.getByRole('dialog', { name: 'گھرانے درآمد کریں' });
    await userEvent.upload(within(dialog).getByLabelText('CSV فائل منتخب کریں…'), new File(['x'], 'survey.csv'));
    const errors = await within(dialog).findByRole('region', { name: '5 غلط قطاریں' });
    const items = within(errors).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'سطر 5، کالم weight: عدد ہونا چاہیے، درج شدہ "abc"',
      'سطر 8، کالم region: ان میں سے ایک ہونا چاہیے: punjab, sindh, kp, balochistan, gb, ajk, ict (یا علاقوں کے یہ نام: Punjab, Sindh, Khyber Pakhtunkhwa, KPK, Balochistan, Gilgit-Baltistan, Gilgit Baltistan, Azad Jammu & Kashmir, Azad Jammu and Kashmir, Azad Kashmir, Islamabad, Islamabad Capital Territory)، درج شدہ "mars"',
      'سطر 11، کالم household_id: شناخت "h1" سطر 2 پر پہلے ہی آ چکی ہے',
      'سطر 14: اس قطار میں قدروں کی تعداد 13 ہے، جبکہ سرخی میں کالموں کی تعداد 12 ہے',
      // Magnitudes no survey could hold (weight above Pakistan's households; consumption beyond any household).
      'سطر 17، کالم weight: زیادہ سے زیادہ 50000000 ہونا چاہیے، درج شدہ 1e20',
      'سطر 17، کالم consumption_per_ae: 0.01 اور 1000000000000 کے درمیان ہونا چاہیے، درج شدہ 1e300',
    ]);
    // The only Latin words: the file's column names and what it wrote (its cells, its ids, the codes it may use).
    // The region names a file may use are the format's too (REGION_SPELLINGS), in a left-to-right box of their own.
    const regionWords = REGION_SPELLINGS.flatMap((name) => name.split(/[^A-Za-z]+/)).filter(Boolean);
    const fileText = ['weight', 'abc', 'region', 'mars', 'punjab', 'sindh', 'balochistan', 'ajk', 'ict', 'household', 'consumption', 'per', 'ae', 'e20', 'e300', ...regionWords];
    for (const li of items) {
      expect(englishWords(li.textContent!, fileText)).toEqual([]);
      expect(li.querySelector('[lang="en"]')).toBeNull();
      // Each of them isolated, left to right, from the Urdu sentence around it.
      for (const code of li.querySelectorAll('code')) expect(code.getAttribute('dir')).toBe('ltr');
    }
  });

  it('says in Urdu why a file as a whole cannot be used', async () => {
    const store = createAppStore();
    store.getState().openImport(store.getState().activeId);
    renderWith(<ImportDialog />, store, fakeImport(store, await emptyFile()));
    const dialog = screen.getByRole('dialog', { name: 'گھرانے درآمد کریں' });
    await userEvent.upload(within(dialog).getByLabelText('CSV فائل منتخب کریں…'), new File([''], 'survey.csv'));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('یہ فائل مجموعی طور پر استعمال نہیں ہو سکتی: فائل خالی ہے: اس میں سرخی کی ایک قطار اور ہر گھرانے کی ایک قطار ہونی چاہیے۔');
    expect(englishWords(alert.textContent!)).toEqual([]);
  });

  it('says in Urdu on which line, and at which character of it, a file stops being UTF-8', async () => {
    const store = createAppStore();
    store.getState().openImport(store.getState().activeId);
    renderWith(<ImportDialog />, store, fakeImport(store, await latin1File(40, 22)));
    const dialog = screen.getByRole('dialog', { name: 'گھرانے درآمد کریں' });
    await userEvent.upload(within(dialog).getByLabelText('CSV فائل منتخب کریں…'), new File(['x'], 'survey.csv'));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(
      'یہ فائل مجموعی طور پر استعمال نہیں ہو سکتی: فائل \u2068UTF-8\u2069 متن نہیں (پہلا غلط بائٹ سطر 22 میں حرف نمبر 5 پر ہے): اسے \u2068CSV UTF-8\u2069 کے طور پر محفوظ کریں۔',
    );
    expect(englishWords(alert.textContent!, ['UTF'])).toEqual([]);
  });

  // Had said in Urdu "Rows read 0 / Good rows 0 / Bad rows 0" of a file not read at all, and good and bad rows of an empty one.
  it.each([
    ['no row counts for a file that is not UTF-8', () => latin1File(40, 22), undefined],
    ['the rows read (0) alone for an empty file', emptyFile, '0'],
  ])('gives in Urdu %s', async (_, file, rowsRead) => {
    const store = createAppStore();
    store.getState().openImport(store.getState().activeId);
    renderWith(<ImportDialog />, store, fakeImport(store, await file()));
    const dialog = screen.getByRole('dialog', { name: 'گھرانے درآمد کریں' });
    await userEvent.upload(within(dialog).getByLabelText('CSV فائل منتخب کریں…'), new File(['x'], 'survey.csv'));
    await within(dialog).findByRole('alert');
    const fact = (term: string) => within(dialog).queryByText(term, { selector: 'dt' })?.nextElementSibling?.textContent;
    expect(fact('پڑھی گئی قطاریں')).toBe(rowsRead);
    for (const term of ['درست قطاریں', 'غلط قطاریں (خارج)', 'درست اور غلط قطاریں']) expect(fact(term)).toBeUndefined();
    expect(within(dialog).queryByRole('table')).toBeNull();
    expect(englishWords(interfaceText(dialog), [...DATA, 'UTF', 'CSV'])).toEqual([]);
  });

  it('with a header problem, the summary says in Urdu that the rows read were not checked', async () => {
    const store = createAppStore();
    store.getState().openImport(store.getState().activeId);
    renderWith(<ImportDialog />, store, fakeImport(store, await brokenHeaderFile(3)));
    const dialog = screen.getByRole('dialog', { name: 'گھرانے درآمد کریں' });
    await userEvent.upload(within(dialog).getByLabelText('CSV فائل منتخب کریں…'), new File(['x'], 'survey.csv'));
    await within(dialog).findByRole('region', { name: 'سرخی کی قطار (سطر 1) میں مسائل ہیں' });
    const fact = (term: string) => within(dialog).queryByText(term, { selector: 'dt' })?.nextElementSibling?.textContent;
    expect(fact('پڑھی گئی قطاریں')).toBe('3');
    expect(fact('درست اور غلط قطاریں')).toBe('شمار نہیں کی گئیں: سرخی کی قطار میں مسائل کی وجہ سے کوئی قطار جانچی نہیں گئی');
    expect(fact('درست قطاریں')).toBeUndefined();
    expect(fact('غلط قطاریں (خارج)')).toBeUndefined();
  });

  it('says in Urdu why a file could not be read or the reader could not start, the browser’s words only in their isolate', async () => {
    const store = createAppStore();
    store.getState().openImport(store.getState().activeId);
    const refusals = [
      new DOMException('The requested file could not be read, typically due to permission problems.', 'NotReadableError'),
      Object.assign(new Error('Uncaught SyntaxError: Unexpected token'), { name: 'ImportWorkerError' }),
    ];
    const actions = { ...fakeImport(store, 'never'), parse: vi.fn(() => Promise.reject(refusals.shift())) };
    renderWith(<ImportDialog />, store, actions);
    const dialog = screen.getByRole('dialog', { name: 'گھرانے درآمد کریں' });
    const outsideIsolates = (text: string) => text.replace(/\u2068[^\u2069]*\u2069/g, '');
    await userEvent.upload(within(dialog).getByLabelText('CSV فائل منتخب کریں…'), new File(['x'], 'survey.csv'));
    const unreadable = await within(dialog).findByRole('alert');
    expect(unreadable.textContent).toMatch(/^فائل پڑھی نہیں جا سکی: سسٹم نے براؤزر کو اسے پڑھنے نہیں دیا/);
    expect(unreadable.textContent).toContain('\u2068NotReadableError: The requested file could not be read');
    expect(englishWords(outsideIsolates(unreadable.textContent!))).toEqual([]);

    await userEvent.upload(within(dialog).getByLabelText('CSV فائل منتخب کریں…'), new File(['x'], 'survey.csv'));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toMatch(/گھرانوں کی فائلیں پڑھتا ہے شروع نہیں ہو سکا/));
    const crashed = within(dialog).getByRole('alert').textContent!;
    expect(crashed).toContain('\u2068Uncaught SyntaxError: Unexpected token\u2069');
    expect(crashed).not.toContain('ImportWorkerError');
    expect(englishWords(outsideIsolates(crashed))).toEqual([]);
  });

  it('the levers’ section, loaded and missing, and the dashboard’s notice have no English words', () => {
    const SHA = 'ab'.repeat(32);
    const store = createAppStore();
    const st = store.getState();
    st.setDatasetStatus(SHA, 'missing');
    st.setHouseholds(st.activeId, { id: 'hies', name: 'HIES.csv', sha256: SHA, rows: 100 });
    const { unmount } = renderWith(<><HouseholdsSection /><Dashboard /></>, store, fakeImport(store, 'never'));
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toHaveTextContent('یہ منظرنامہ گھرانوں کا ڈیٹا HIES.csv (\u2068sha256 abababababab…\u2069) استعمال کرتا ہے — اسے چلانے کے لیے وہ فائل درآمد کریں۔');
    expect(englishWords(interfaceText(document.body), [...DATA, 'abababababab'])).toEqual([]);
    unmount();
    store.getState().setDatasetStatus(SHA, 'loaded');
    renderWith(<HouseholdsSection />, store, fakeImport(store, 'never'));
    const section = screen.getByRole('region', { name: 'گھرانے' });
    expect(section).toHaveTextContent('نمونے کے حجم کی ترتیب');
    expect(within(section).getByRole('button', { name: 'مصنوعی گھرانے استعمال کریں' })).toBeInTheDocument();
    expect(englishWords(interfaceText(section), [...DATA, 'abababababab'])).toEqual([]);
  });

  it('a scenario running more replications than its data has: the section, the dashboard and the progress bar have no English words', () => {
    const SHA = 'ab'.repeat(32);
    const store = createAppStore();
    const st = store.getState();
    st.setDatasetStatus(SHA, 'loaded', 10);
    for (const id of st.order) st.setHouseholds(id, { id: 'hies', name: 'HIES.csv', sha256: SHA, rows: 100 });
    renderWith(<><HouseholdsSection /><Dashboard /><RunProgress /></>, store, fakeImport(store, 'never'));
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toHaveTextContent('یہ منظرنامہ 100 تکرارات چلاتا ہے، لیکن اس کے گھرانوں کے ڈیٹا HIES.csv میں صرف تکرار 0 سے 9 تک کی قطاریں ہیں');
    expect(screen.getAllByText('اس کے گھرانوں کے ڈیٹا میں 100 میں سے 10 تکرارات ہیں')).toHaveLength(4);
    expect(englishWords(interfaceText(document.body), [...DATA, 'abababababab'])).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyLocale } from '../../../src/i18n/index';
import { createAppStore } from '../../../src/state/store';
import { ImportDialog } from '../../../src/ui/households/ImportDialog';
import { englishWords } from '../../i18n/noEnglish';
import { fakeImport, interfaceText, renderWith } from './render';
import { parsedFile } from './parsed';

afterEach(() => applyLocale('en', 'international', undefined));

/** The import dialog showing `parsed`'s summary; its notes. */
async function notesOf(parsed: Awaited<ReturnType<typeof parsedFile>>, title = 'Import households', choose = 'Choose a CSV file…') {
  const store = createAppStore();
  store.getState().openImport(store.getState().activeId);
  renderWith(<ImportDialog />, store, fakeImport(store, parsed));
  const dialog = screen.getByRole('dialog', { name: title });
  await userEvent.upload(within(dialog).getByLabelText(choose), new File(['x'], 'survey.csv'));
  await within(dialog).findByRole('table');
  return { dialog, notes: within(dialog).queryAllByRole('note').map((n) => n.textContent) };
}

describe('<ImportDialog>: weights that add up far from Pakistan’s households', () => {
  it('says the weights add up to far fewer households (1 a row: 50 households), and that a file of part of the country may', async () => {
    const { notes } = await notesOf(await parsedFile(false, 50, 1));
    expect(notes).toEqual([expect.stringMatching(/^The weights add up to 50 households, far fewer than Pakistan’s some 40 million\. That is right for a file of one region or district;/)]);
  });

  it('says the weights add up to far more (a thousand times too large: 250 m households), so most of a budget is left unspent', async () => {
    const { notes } = await notesOf(await parsedFile(false, 50, 5_000_000));
    expect(notes).toContainEqual(expect.stringMatching(/^The weights add up to 250 ?m households, far more than Pakistan’s some 40 million: .* most of a budget is left unspent\.$/));
  });

  it('says nothing of them for a national total (2 million over 200 rows)', async () => {
    const { notes } = await notesOf(await parsedFile(false, 200, 10_000));
    expect(notes).toEqual([]);
  });

  it('in Urdu, with no English word', async () => {
    applyLocale('ur', 'international', undefined);
    const { dialog, notes } = await notesOf(await parsedFile(false, 50, 1), 'گھرانے درآمد کریں', 'CSV فائل منتخب کریں…');
    expect(notes).toEqual([expect.stringMatching(/^وزنوں کا مجموعہ 50 گھرانے بنتا ہے، جو پاکستان کے تقریباً 4 کروڑ گھرانوں سے بہت کم ہے۔/)]);
    expect(englishWords(interfaceText(dialog), ['sha256', 'SHA', 'survey'])).toEqual([]);
  });
});

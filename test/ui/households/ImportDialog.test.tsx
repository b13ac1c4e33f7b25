import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore } from '../../../src/state/store';
import { ImportDialog } from '../../../src/ui/households/ImportDialog';
import { fakeImport, renderWith } from './render';
import { householdsCsv } from '../../run/householdsCsv';
import { brokenHeaderFile, emptyFile, headerOnlyFile, latin1File, parsedFile, parsedText, utf16File } from './parsed';

async function openWith(result: Awaited<ReturnType<typeof parsedFile>> | 'never', fileName = 'Survey 2019 (Punjab).csv') {
  const store = createAppStore();
  const actions = fakeImport(store, result);
  const id = store.getState().activeId;
  store.getState().openImport(id);
  const { unmount } = renderWith(<ImportDialog />, store, actions);
  const dialog = screen.getByRole('dialog', { name: 'Import households' });
  await userEvent.upload(within(dialog).getByLabelText('Choose a CSV file…'), new File(['household_id\n'], fileName, { type: 'text/csv' }));
  return { store, actions, id, dialog, unmount };
}

describe('<ImportDialog>', () => {
  it('shows what the file holds before anything changes: rows, weighted totals, headcount at the line, welfare, hash and regions', async () => {
    const parsed = await parsedFile();
    const { store, id, dialog } = await openWith(parsed);
    await within(dialog).findByRole('heading', { name: 'What Survey 2019 (Punjab).csv holds' });
    const fact = (term: string) => within(dialog).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(fact('Rows read')).toBe('50');
    expect(fact('Good rows')).toBe('48');
    expect(fact('Bad rows (left out)')).toBe('2');
    expect(fact('Households (weighted)')).toMatch(/^\d+(\.\d+)?k$/);
    expect(fact('Poverty headcount at Rs 3,785 per adult-equivalent a month')).toMatch(/^\d+(\.\d+)?%$/);
    expect(fact('Welfare measure')).toBe('consumption per adult-equivalent');
    expect(fact('SHA-256')).toBe(parsed.sha256);
    const regions = within(dialog).getByRole('table', { name: 'By region' });
    expect(within(regions).getAllByRole('row')).toHaveLength(8);
    expect(within(regions).getByRole('rowheader', { name: 'Punjab' })).toBeInTheDocument();
    // Nothing has changed yet.
    expect(store.getState().scenarios[id]!.households).toBeNull();
  });

  it('warns when each row stands for so many households that results move in coarse steps', async () => {
    const coarse = await openWith(await parsedFile(false, 50, 100_000));
    await within(coarse.dialog).findByRole('heading', { name: 'What Survey 2019 (Punjab).csv holds' });
    expect(within(coarse.dialog).getByRole('note')).toHaveTextContent(
      /^Each row stands for about 100k households\. With 50 rows, results move in steps of that size/,
    );
  });

  it('does not warn of coarse steps when rows stand for few households each', async () => {
    // 200 rows of 9,000 households: fine steps, and 1.8 million households in all (no note on the weights' total either).
    const fine = await openWith(await parsedFile(false, 200, 9000));
    await within(fine.dialog).findByRole('heading', { name: 'What Survey 2019 (Punjab).csv holds' });
    expect(within(fine.dialog).queryByRole('note')).toBeNull();
  });

  it('lists each bad row with its line, column and reason', async () => {
    const { dialog } = await openWith(await parsedFile());
    const errors = await within(dialog).findByRole('region', { name: '2 bad rows' });
    const items = within(errors).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Line 6, column weight: must be greater than 0, got 0',
      expect.stringMatching(/^Line 9, column region: must be one of punjab, .*got "mars"$/),
    ]);
  });

  it('a header with problems leaves no good row: it says the header is the problem, not that good rows can be used', async () => {
    const { dialog } = await openWith(await brokenHeaderFile(3));
    const errors = await within(dialog).findByRole('region', { name: 'The header row (line 1) has problems' });
    expect(within(errors).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/^Line 1, column female_haed: /), expect.stringMatching(/^Line 1/)]);
    expect(dialog).not.toHaveTextContent('use the good rows');
    expect(dialog).toHaveTextContent('No row can be used, so there is nothing to import.');
  });

  // The rows under a bad header were never checked: they had been counted "Good rows 0 / Bad rows (left out) 3".
  it.each([
    ['a misspelt column', (csv: string) => csv.replace('female_head', 'female_haed')],
    ['semicolons', (csv: string) => csv.replaceAll(',', ';')],
    ['tabs', (csv: string) => csv.replaceAll(',', '\t')],
    ['a required column (livelihood) missing', (csv: string) => csv.split('\n').map((line) => line.split(',').filter((_, k) => k !== 7).join(',')).join('\n')],
  ])('with a header problem (%s), the summary gives the rows read and says they were not checked, not that they are bad', async (_, edit) => {
    const csv = edit(householdsCsv(3));
    const { dialog } = await openWith(await parsedText(csv));
    await within(dialog).findByRole('region', { name: 'The header row (line 1) has problems' });
    const fact = (term: string) => within(dialog).queryByText(term, { selector: 'dt' })?.nextElementSibling?.textContent;
    expect(fact('Rows read')).toBe('3');
    expect(fact('Good and bad rows')).toBe('not counted: no row was checked, as the header row has problems');
    expect(fact('Good rows')).toBeUndefined();
    expect(fact('Bad rows (left out)')).toBeUndefined();
  });

  it('says on which line, and at which character of it, a file stops being UTF-8', async () => {
    const { dialog } = await openWith(await latin1File(40, 22));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The file as a whole cannot be used: the file is not UTF-8 text, first on line 22 at character 5 of the line: save it as CSV UTF-8.');
  });

  it('an empty file is said to be empty, not a header with problems', async () => {
    const { dialog } = await openWith(await emptyFile());
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The file as a whole cannot be used: the file is empty: it needs a header row and one row per household.');
    expect(dialog).not.toHaveTextContent('header row (line 1)');
    expect(dialog).not.toHaveTextContent('Line 1');
    expect(dialog).toHaveTextContent('No row can be used, so there is nothing to import.');
  });

  // Was listed as a bad row, under "0 bad rows" and "Bad rows are left out … or use the good rows".
  it('a header with no rows under it is said to be the file’s problem, not listed as a bad row', async () => {
    const { dialog } = await openWith(await headerOnlyFile());
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The file as a whole cannot be used: the file has a header but no households.');
    expect(within(dialog).queryByRole('region', { name: /bad rows?$/ })).toBeNull();
    expect(dialog).not.toHaveTextContent('use the good rows');
    expect(dialog).toHaveTextContent('No row can be used, so there is nothing to import.');
  });

  // A file that could not be read had said "Rows read 0 / Good rows 0 / Bad rows (left out) 0", as if it had been read and held no rows.
  it.each([
    ['not UTF-8', () => latin1File(40, 22)],
    ['UTF-16', () => utf16File(40)],
  ])('a file that is %s gives no row counts: no row of it was read', async (_, file) => {
    const parsed = await file();
    const { dialog } = await openWith(parsed);
    await within(dialog).findByRole('alert');
    const fact = (term: string) => within(dialog).queryByText(term, { selector: 'dt' })?.nextElementSibling?.textContent;
    for (const term of ['Rows read', 'Good rows', 'Bad rows (left out)', 'Good and bad rows', 'Households (weighted)']) expect(fact(term)).toBeUndefined();
    expect(dialog).not.toHaveTextContent(/Poverty headcount/);
    expect(within(dialog).queryByRole('table')).toBeNull();
    // The file is still named by its bytes' hash.
    expect(fact('SHA-256')).toBe(parsed.sha256);
  });

  // Had said "Good rows 0 / Bad rows (left out) 0" too, of a file with no row to be good or bad.
  it.each([
    ['empty', emptyFile],
    ['a header alone', headerOnlyFile],
  ])('a file that is %s gives the rows read (0) alone, no good or bad rows, no weighted totals or regions', async (_, file) => {
    const { dialog } = await openWith(await file());
    await within(dialog).findByRole('alert');
    const fact = (term: string) => within(dialog).queryByText(term, { selector: 'dt' })?.nextElementSibling?.textContent;
    expect(fact('Rows read')).toBe('0');
    for (const term of ['Good rows', 'Bad rows (left out)', 'Good and bad rows', 'Households (weighted)']) expect(fact(term)).toBeUndefined();
    expect(dialog).not.toHaveTextContent(/Poverty headcount/);
    expect(within(dialog).queryByRole('table')).toBeNull();
  });

  it('says how many problems there were in all when only the first are listed, and nothing when all are', async () => {
    const parsed = await parsedFile();
    const all = await openWith(parsed);
    const listed = await within(all.dialog).findByRole('region', { name: '2 bad rows' });
    expect(within(listed).queryByText(/problems are listed/)).toBeNull();
    all.unmount();
    // As the import worker sends a file of 1,200 bad rows with two problems each: the first of them, and the count of all.
    const { dialog } = await openWith({ ...parsed, badRows: 1200, errorCount: 2400 });
    const errors = await within(dialog).findByRole('region', { name: '1,200 bad rows' });
    expect(within(errors).getByText('The first 2 of 2,400 problems are listed.')).toBeInTheDocument();
  });

  it('uses the good rows under an id made from the file name, which the user may edit, and closes', async () => {
    const parsed = await parsedFile();
    const { store, actions, id, dialog } = await openWith(parsed);
    const idField = await within(dialog).findByLabelText('Data set id (cited in exports and links)');
    expect(idField).toHaveValue('survey-2019-punjab');
    await userEvent.clear(idField);
    expect(within(dialog).getByRole('button', { name: 'Use the 48 good rows' })).toBeDisabled();
    expect(within(dialog).getByText('Give an id of 1 to 60 letters, digits, dots, dashes or underscores.')).toBeInTheDocument();
    await userEvent.type(idField, 'hies-punjab');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Use the 48 good rows' }));
    expect(actions.confirm).toHaveBeenCalledWith([id], parsed, { id: 'hies-punjab', name: 'Survey 2019 (Punjab).csv' });
    expect(store.getState().scenarios[id]!.households).toMatchObject({ id: 'hies-punjab', sha256: parsed.sha256, rows: 48 });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('can use them in every scenario on screen, the baseline included', async () => {
    const parsed = await parsedFile(false);
    const { store, actions, id, dialog } = await openWith(parsed);
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: /^Use them in all 4 scenarios on screen, the baseline included/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Use these households' }));
    const st = store.getState();
    const onScreen = [id, st.baselineId, ...st.compareIds.filter((x) => x !== id)];
    expect(actions.confirm).toHaveBeenCalledWith(onScreen, parsed, expect.anything());
    for (const x of onScreen) expect(st.scenarios[x]!.households?.sha256).toBe(parsed.sha256);
  });

  it('a file without bad rows offers to use these households', async () => {
    const { dialog } = await openWith(await parsedFile(false));
    expect(await within(dialog).findByRole('button', { name: 'Use these households' })).toBeEnabled();
    expect(within(dialog).queryByRole('region', { name: /bad row/ })).toBeNull();
  });

  it('cancel after the summary changes nothing', async () => {
    const { store, actions, id, dialog } = await openWith(await parsedFile());
    await within(dialog).findByRole('heading', { name: /^What .* holds$/ });
    const before = store.getState().scenarios[id];
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(actions.confirm).not.toHaveBeenCalled();
    expect(store.getState().scenarios[id]).toBe(before);
    expect(store.getState().importFor).toBeNull();
  });

  it('shows progress while the file is read, and Escape stops the reading', async () => {
    const { actions, dialog } = await openWith('never');
    const options = actions.parses[0]!;
    options.onProgress!({ rowsDone: 20_000, rowsTotal: 100_000 });
    const bar = await within(dialog).findByRole('progressbar', { name: 'Rows checked' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '20000'));
    expect(bar).toHaveAttribute('aria-valuemax', '100000');
    expect(within(dialog).getByText('20,000 of about 100,000 rows checked')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(options.signal!.aborted).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a progress report arriving after the result (another message channel) does not take the summary away', async () => {
    const { actions, dialog } = await openWith(await parsedFile());
    await within(dialog).findByRole('heading', { name: /^What .* holds$/ });
    act(() => actions.parses[0]!.onProgress!({ rowsDone: 50, rowsTotal: 50 }));
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(within(dialog).getByRole('heading', { name: /^What .* holds$/ })).toBeInTheDocument();
  });

  it('a file with no usable row offers nothing to import', async () => {
    const parsed = await parsedFile();
    const { dialog } = await openWith({ ...parsed, data: { ...parsed.data, n: 0 }, summary: null });
    expect(await within(dialog).findByText('No row can be used, so there is nothing to import.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /^Use / })).toBeNull();
  });
});

/**
 * The import dialog through a change of language while it is open, made as the
 * browser app makes it (app/locale.ts with `byUi`, ui/Root drawing the screen
 * afresh): what it shows (a file's summary, a refusal, the scenario checks'
 * problems, the id and name typed) is still there, in the new language, with
 * no English left. The new screen had opened the dialog afresh, the file and
 * the ids typed gone; the checks' problems had been kept worded in English.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uncoveredIssues } from '../../../src/app/households';
import { REGION_SPELLINGS, validateScenario, type ValidationIssue } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import type { AppStore } from '../../../src/state/store';
import { englishWords } from '../../i18n/noEnglish';
import { replicatedCsv } from '../../run/householdsCsv';
import { appInRoot } from '../rootApp';
import { fakeImport, interfaceText, type FakeImport } from './render';
import { parsedFile, parsedText } from './parsed';

afterEach(() => {
  applyLocale('en', 'international', document);
});

/** The app in Root, in English, with the import dialog open on the active scenario and `households` as its import service. */
function openInRoot(households: (store: AppStore) => FakeImport) {
  const { store, stop, households: services } = appInRoot({ households });
  act(() => store.getState().openImport(store.getState().activeId));
  return { store, stop, services, dialog: () => screen.getByRole('dialog') };
}

/** Urdu chosen with the language switch: the choice saved, then the new screen drawn in a task of its own (Root). */
async function toUrdu(store: AppStore) {
  act(() => store.getState().setLanguage('ur'));
  await waitFor(() => expect(screen.getByRole('dialog', { name: 'گھرانے درآمد کریں' })).toBeInTheDocument());
}

/** A range problem the scenario checks find, as they report it (coded, with the engine's English message). */
function rangeIssue(store: AppStore): ValidationIssue {
  const s = structuredClone(store.getState().scenarios[store.getState().activeId]!);
  s.policy.cash.takeUp = 2;
  const checked = validateScenario(s);
  if (checked.ok) throw new Error('a take-up of 200% passed the checks');
  return checked.issues[0]!;
}

/** Data, not interface: the file's name, SHA-256 (its name in Latin, as algorithms' names are), the region names a file may use, and the file's cells and ids. */
const DATA = ['survey', 'sha', ...REGION_SPELLINGS.flatMap((name) => name.split(/[^A-Za-z]+/)).filter(Boolean), 'hies', 'punjab', 'mars'];
/** The text outside the browser's words, which are isolated and labelled as the browser's. */
const outsideIsolates = (text: string) => text.replace(/\u2068[^\u2069]*\u2069/g, '');

describe('<ImportDialog> through a change of language', () => {
  it('keeps a refusal to read the file on screen, said again in Urdu, the browser’s words only in their isolate', async () => {
    const refusal = new DOMException('The requested file could not be read, typically due to permission problems.', 'NotReadableError');
    const { store, stop, dialog } = openInRoot((st) => ({ ...fakeImport(st, 'never'), parse: vi.fn(() => Promise.reject(refusal)) }));
    await userEvent.upload(within(dialog()).getByLabelText('Choose a CSV file…'), new File(['x'], 'survey.csv'));
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(/^The file could not be read: the system did not let the browser read it/);
    await toUrdu(store);
    const alert = within(dialog()).getByRole('alert');
    expect(alert.textContent).toMatch(/^فائل پڑھی نہیں جا سکی: سسٹم نے براؤزر کو اسے پڑھنے نہیں دیا/);
    expect(englishWords(outsideIsolates(alert.textContent!))).toEqual([]);
    expect(englishWords(outsideIsolates(interfaceText(dialog())), DATA)).toEqual([]);
    stop();
  });

  it('keeps the file’s summary, its bad rows, the id typed and the checks’ problems on screen, all of them in Urdu', async () => {
    const parsed = await parsedFile();
    const { store, stop, services, dialog } = openInRoot((st) => fakeImport(st, parsed));
    // The checks refuse the data for the scenario (as they do a scenario they find wrong), so the dialog stays open and says why.
    services.confirm = vi.fn(() => [rangeIssue(store)]);
    await userEvent.upload(within(dialog()).getByLabelText('Choose a CSV file…'), new File(['x'], 'survey.csv'));
    const idField = await within(dialog()).findByLabelText('Data set id (cited in exports and links)');
    await userEvent.clear(idField);
    await userEvent.type(idField, 'hies-punjab');
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Use the 48 good rows' }));
    const englishIssue = within(dialog()).getByText(/^Take-up \(in “.*”\): must be between 0% and 100%, got 200%$/);
    expect(englishIssue.closest('[role="alert"]')).not.toBeNull();

    await toUrdu(store);
    const d = dialog();
    expect(within(d).getByRole('region', { name: '2 غلط قطاریں' })).toBeInTheDocument();
    expect(within(d).getByText('پڑھی گئی قطاریں', { selector: 'dt' })).toBeInTheDocument();
    expect(within(d).getByLabelText('ڈیٹا سیٹ کی شناخت (برآمدات اور لنکس میں حوالے کے لیے)')).toHaveValue('hies-punjab');
    expect(within(d).getByRole('button', { name: '48 درست قطاریں استعمال کریں' })).toBeInTheDocument();
    const issue = within(within(d).getAllByRole('alert').find((a) => a.tagName === 'UL')!).getByRole('listitem');
    expect(issue.textContent).toMatch(/^«.+» میں شمولیت: .*0% اور .*100% کے درمیان ہونا چاہیے، موجودہ .*200%$/);
    // An Urdu sentence is not marked as English, nor set left to right.
    expect(issue).not.toHaveAttribute('lang', 'en');
    expect(issue).not.toHaveAttribute('dir', 'ltr');
    expect(englishWords(interfaceText(d), DATA)).toEqual([]);
    stop();
  });

  it('says a scenario running more replications than the file has rows for in the reader’s language, before and after the change', async () => {
    // 200 rows in 10 replications; the scenario runs 100 (the default).
    const parsed = { ...(await parsedText(replicatedCsv(200, 10))), replications: 10 };
    const { store, stop, services, dialog } = openInRoot((st) => fakeImport(st, parsed));
    services.confirm = vi.fn((ids: readonly string[]) => uncoveredIssues(store.getState(), ids, parsed.data));
    await userEvent.upload(within(dialog()).getByLabelText('Choose a CSV file…'), new File(['x'], 'survey.csv'));
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Use these households' }));
    const list = () => within(dialog()).getAllByRole('alert').find((a) => a.tagName === 'UL')!;
    const english = within(list()).getByRole('listitem');
    expect(english.textContent).toMatch(
      /^.+ runs 100 replications, but this file has rows for replications 0 to 9 and none for replication 10 \(a replication column\): lower its Replications to 10, or import a file with rows for every replication it runs\.$/,
    );
    expect(english).not.toHaveAttribute('lang', 'en');

    await toUrdu(store);
    const issue = within(list()).getByRole('listitem');
    expect(issue.textContent).toMatch(/^منظرنامہ .+ 100 تکرارات چلاتا ہے، لیکن اس فائل میں تکرار 0 سے 9 تک کی قطاریں ہیں اور تکرار 10 کی کوئی قطار نہیں/);
    expect(issue).not.toHaveAttribute('lang', 'en');
    expect(issue).not.toHaveAttribute('dir', 'ltr');
    expect(englishWords(issue.textContent!, DATA)).toEqual([]);
    stop();
  });
});

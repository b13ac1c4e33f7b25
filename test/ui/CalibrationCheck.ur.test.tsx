/** The calibration table in Urdu: only citation names, acronyms, the command and scenario names stay in Latin script. */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { CalibrationCheck } from '../../src/ui/CalibrationCheck';
import { TARGETS, type ValidationFile } from '../../src/engine/index';
import { applyLocale } from '../../src/i18n/index';
import { VALIDATION } from '../../src/ui/calibration';
import { englishWords } from '../i18n/noEnglish';
import { fixtureResults } from '../fixtures/results';
import { readableText } from './editor/urdu';

/** Names in the targets' sources, the data's survey acronyms, the command, and scenario-file paths of solved parameters. */
const ALLOWED = [
  'Pakistan', 'Bureau', 'Statistics', 'World', 'Bank', 'Poverty', 'Equity', 'Brief', 'Arif', 'Farooq', 'Post', 'Disaster', 'Needs', 'Assessment',
  'Government', 'Oxford', 'Policy', 'Management', 'Banerjee', 'Karlan', 'Zinman', 'AEJ', 'Applied', 'Microfinance', 'Network', 'MicroWatch',
  'PRHS', 'PSES', 'RCTs', 'OPM', 'CBN', 'npm', 'run', 'validate', 'world', 'income', 'permanentSd', 'shocks', 'floodLoss', 'floodAffected',
  'balochistan', 'policy', 'microfinance', 'monthlyReturn', 'loanIncomeMultiple', 'subsistenceShare',
];

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

describe('<CalibrationCheck> in Urdu', () => {
  beforeAll(() => void fixtureResults(), 120_000);

  it('has no English words, stale note included', () => {
    const { baseline, bn80 } = fixtureResults();
    const file: ValidationFile = { ...VALIDATION, engineVersion: '0.0.1', rows: VALIDATION.rows.filter((r) => r.id !== TARGETS[1]!.id) };
    const { container } = render(<CalibrationCheck baseline={baseline} withLoans={bn80} validation={file} />);
    expect(screen.getByRole('columnheader', { name: 'ہدف' })).toBeInTheDocument();
    expect(container.textContent).toContain('سیلاب 2022: قومی غربت میں اضافہ');
    expect(screen.getByRole('status')).toHaveTextContent('یہ اقدار پرانی ہیں');
    const names = [baseline.scenario.name, bn80.scenario.name].flatMap((n) => englishWords(n));
    expect(englishWords(readableText(container), [...ALLOWED, ...names])).toEqual([]);
  });
});

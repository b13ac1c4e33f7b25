// @vitest-environment node
/**
 * The engine's scenario checks as the app says them (ui/editor/issues): every
 * issue code in every language, numbers as the app writes them elsewhere, and
 * the engine's English only for an issue that has no code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, ISSUE_CODES, validateScenario, type ValidationIssue } from '../../../src/engine/index';
import { applyLocale, LANGUAGES } from '../../../src/i18n/index';
import { resources } from '../../../src/i18n/resources';
import { issueMessage, issueText } from '../../../src/ui/editor/issues';
import { englishWords } from '../../i18n/noEnglish';
import { exampleIssue } from './issueExamples';

afterEach(() => applyLocale('en', 'international', undefined));

/** The words of an issue's arguments: the scenario file's own (keys, options, values found), which stay as written in any language. */
const fileWords = (issue: ValidationIssue): string[] => [issue.path, JSON.stringify(issue.args)].join(' ').match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];

/** The issues validateScenario finds in the default scenario after `change`. */
function issuesOf(change: (s: ReturnType<typeof defaultScenario>) => void): ValidationIssue[] {
  const s = defaultScenario();
  change(s);
  const v = validateScenario(s);
  if (v.ok) throw new Error('validated');
  return v.issues;
}

describe('issueMessage(issue)', () => {
  it('every code has a message in every language, each argument filled in, none the engine\'s English', () => {
    for (const language of LANGUAGES) {
      applyLocale(language, 'international', undefined);
      const catalogue = resources[language].editor.issue as Record<string, unknown>;
      for (const code of ISSUE_CODES) {
        expect(catalogue[code], `${language} ${code}`).toEqual(expect.stringMatching(/\S/));
        const issue = exampleIssue(code);
        const text = issueText(issue);
        expect(text, `${language} ${code}`).not.toMatch(/\{\{|\}\}|engine:/);
        // Urdu keeps only the file's own words (and the names a file format has) in Latin script.
        if (language === 'ur') expect(englishWords(text, [...fileWords(issue), 'true', 'false', 'null', 'SHA']), code).toEqual([]);
      }
    }
  });

  it('says a scenario file\'s range problem with the numbers as the app writes them: grouped, Rs before them, shares as %', () => {
    const [benefit] = issuesOf((s) => void (s.policy.cash.benefitPKR = 75000));
    // The engine's own message stays the CLI's.
    expect(benefit!.message).toBe('must be between 0 and 50000 Rs / household / month, got 75000');
    expect(issueText(benefit!)).toBe('policy.cash.benefitPKR must be between Rs 0 and 50,000 / household / month, got Rs 75,000 / household / month');
    const [year] = issuesOf((s) => void (s.policy.budget.annualBn = [80, -5]));
    expect(issueText(year!)).toBe('policy.budget.annualBn[1] must be between Rs 0 and 2,000 bn / year, got \u2212Rs 5 bn / year');
    const [takeUp] = issuesOf((s) => void (s.policy.cash.takeUp = 1.5));
    expect(issueMessage(takeUp!)).toBe('must be between 0% and 100%, got 150%');
    const [sindh] = issuesOf((s) => void (s.world.shocks.floodAffected.sindh = 2));
    expect(issueText(sindh!)).toBe('world.shocks.floodAffected.sindh must be between 0% and 100% of households, got 200% of households');
  });

  it('writes the other numbers as the app does too', () => {
    const [loan] = issuesOf((s) => void (s.policy.microfinance.minLoanPKR = 100000));
    expect(issueMessage(loan!)).toBe('must not exceed the loan cap (Rs 75,000), got Rs 100,000');
    const [shares] = issuesOf((s) => void (s.policy.budget.programmeShares.cash = 0.9));
    expect(issueMessage(shares!)).toBe('must sum to 100%, they sum to 140%');
    // An uncertain parameter's settings in its display units (the engine's message says 0.5 and 0.2).
    const [high] = issuesOf((s) => void (s.uncertainty = { 'policy.cash.leakage': { dist: 'uniform', low: 0.5, high: 0.2 } }));
    expect(issueMessage(high!)).toBe('must be above the low bound (50%), got 20%');
    const [option] = issuesOf((s) => Object.assign(s.policy.budget, { regionRule: 'random' }));
    expect(issueMessage(option!)).toBe('must be one of “population”, “headcount”, “gap”, “backwardFirst”, “custom”, got the text “random”');
  });

  it('shows an issue without a code as the engine wrote it, and a problem of the whole document without a path', () => {
    expect(issueText({ path: 'regions', message: 'constraints on regions need the region split to be optimised too (--regions)' })).toBe(
      'regions constraints on regions need the region split to be optimised too (--regions)',
    );
    const v = validateScenario([1]);
    expect(!v.ok && v.issues.map(issueText)).toEqual(['a scenario must be a JSON object']);
  });
});

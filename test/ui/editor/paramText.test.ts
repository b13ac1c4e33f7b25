// @vitest-environment node
/**
 * Every parameter has its text in every language: English is the engine's
 * specs (built from them), Urdu is written out. A parameter added to a group
 * without Urdu text fails here (and fails to typecheck).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SCENARIO_SPEC, type GroupId, type NumberSpec, type ParamSpec, type ValidationIssue } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { resources } from '../../../src/i18n/resources';
import { scaleOf, sourceSaysOurs } from '../../../src/ui/editor/display';
import { issueMessage, issueText } from '../../../src/ui/editor/issues';
import { keyLabel, OPTION_LABELS } from '../../../src/ui/editor/labels';
import { localIssue } from '../../../src/ui/editor/NumberField';
import { paramText, specText } from '../../../src/ui/editor/paramText';
import { englishWords } from '../../i18n/noEnglish';
import { CITATION_WORDS } from './urdu';

const FIELDS = ['label', 'description', 'unit', 'source'] as const;
type Catalogue = Record<string, Record<string, Partial<Record<(typeof FIELDS)[number], string>>>>;

const specs = () =>
  (Object.keys(SCENARIO_SPEC) as GroupId[]).flatMap((group) =>
    Object.entries(SCENARIO_SPEC[group] as Readonly<Record<string, ParamSpec>>).map(([key, spec]) => ({ group, key, spec })),
  );

/** What a language's catalogue lacks: every field of every spec, non-empty wherever the spec's English is. */
function missing(catalogue: Catalogue): string[] {
  const out: string[] = [];
  for (const { group, key, spec } of specs())
    for (const field of FIELDS) {
      const text = catalogue[group]?.[key]?.[field];
      const english = field === 'unit' ? scaleOf(spec).unit : spec[field];
      if (typeof text !== 'string' || (english.trim() !== '' && text.trim() === '')) out.push(`${group}.${key}.${field}`);
    }
  return out;
}

afterEach(() => applyLocale('en', 'international', undefined));

// Issues as the engine's checks give them (validate.ts): the English message, and the code and arguments the app words.
const loanCap: ValidationIssue = {
  path: 'policy.microfinance.minLoanPKR', message: 'must not exceed the loan cap (75000 Rs), got 100000', code: 'loanCap', args: { cap: 75000, value: 100000 },
};
const sharesSum: ValidationIssue = { path: 'policy.budget.programmeShares', message: 'must sum to 100%, they sum to 140.00%', code: 'sharesSum', args: { sum: 140.00000000000003 } };
const horizon: ValidationIssue = { path: 'world.shocks.floodMonth', message: 'must fall inside the horizon (0 to 35), got 48', code: 'horizon', args: { last: 35, value: 48 } };

describe('parameter text', () => {
  it('English is the engine specs, with the unit as shown (shares as %)', () => {
    for (const { group, key, spec } of specs())
      expect(paramText(group, key)).toEqual({ label: spec.label, description: spec.description, unit: scaleOf(spec).unit, source: spec.source });
  });

  it('every spec in every group has an Urdu label, description, unit and source', () => {
    expect(missing(resources.ur.params.spec as unknown as Catalogue)).toEqual([]);
  });

  it('the check notices a parameter without Urdu text', () => {
    const ur = structuredClone(resources.ur.params.spec) as unknown as Catalogue;
    delete ur.cash!.takeUp;
    ur.run!.seed!.label = ' ';
    expect(missing(ur)).toEqual(['cash.takeUp.label', 'cash.takeUp.description', 'cash.takeUp.unit', 'cash.takeUp.source', 'run.seed.label']);
  });

  it('Urdu labels, descriptions and units have no English; sources keep only citation names', () => {
    const bad: string[] = [];
    for (const { group, key } of specs()) {
      const ur = (resources.ur.params.spec as unknown as Catalogue)[group]![key]!;
      for (const field of ['label', 'description', 'unit'] as const) if (englishWords(ur[field]!).length) bad.push(`${group}.${key}.${field}: ${englishWords(ur[field]!).join(' ')}`);
      if (englishWords(ur.source!, CITATION_WORDS).length) bad.push(`${group}.${key}.source: ${englishWords(ur.source!, CITATION_WORDS).join(' ')}`);
    }
    expect(bad).toEqual([]);
  });

  it('a source that says it is our assumption says so in Urdu too, from its first words (the trust label is left out for it)', () => {
    const ours = specs().filter(({ spec }) => sourceSaysOurs(spec));
    expect(ours.length).toBeGreaterThan(50);
    const ur = resources.ur.params.spec as unknown as Catalogue;
    expect(ours.filter(({ group, key }) => !ur[group]![key]!.source!.startsWith('ہمارا مفروضہ')).map(({ group, key }) => `${group}.${key}`)).toEqual([]);
  });

  it('follows the language: paramText, specText, record keys, options', () => {
    applyLocale('ur', 'international', undefined);
    expect(paramText('cash', 'benefitPKR')).toEqual({
      label: 'نئی نقد منتقلی',
      description: expect.stringContaining('غیر مشروط ماہانہ منتقلی'),
      unit: 'روپے فی گھرانہ ماہانہ',
      // Publications' names isolated, so the right-to-left sentence neither joins nor reorders them (i18n/bidi).
      source: 'کفالت/\u2068BISP\u2069: ماہانہ 2,000 روپے (\u2068BISP\u2069؛ \u2068Geo 2020\u2069)',
    });
    expect(specText(SCENARIO_SPEC.cash.takeUp).label).toBe('شمولیت');
    expect(keyLabel('punjab')).toBe('پنجاب');
    expect(keyLabel('cash')).toBe('نقد منتقلی');
    expect(keyLabel('unknownKey')).toBe('unknownKey');
    expect(OPTION_LABELS.headcount).toBe('غریب افراد کی تعداد کے لحاظ سے');
    applyLocale('en', 'international', undefined);
    expect(keyLabel('punjab')).toBe('Punjab');
    expect(OPTION_LABELS.headcount).toBe('by poor people (headcount)');
  });

  it('field checks and the engine\'s checks are said in Urdu, numbers formatted', () => {
    applyLocale('ur', 'international', undefined);
    const takeUp = SCENARIO_SPEC.cash.takeUp as NumberSpec;
    expect(localIssue(takeUp, 150, '%')).toBe('\u200E0% اور \u200E100% کے درمیان ہونا چاہیے، درج شدہ \u200E150%');
    // The range as the field's help writes it, the unit once.
    expect(localIssue(SCENARIO_SPEC.microfinance.loanCapPKR as NumberSpec, 600000, 'روپے')).toBe('1,000 اور 500,000 روپے کے درمیان ہونا چاہیے، درج شدہ 600,000 روپے');
    expect(localIssue(SCENARIO_SPEC.run.months as NumberSpec, 36.5, 'مہینے')).toBe('مکمل عدد ہونا چاہیے، درج شدہ 36.5');
    // A negative value typed is repeated isolated, with the minus sign, so it reads "−5" in the sentence, not "5-".
    expect(localIssue(takeUp, -5, '%')).toBe('\u200E0% اور \u200E100% کے درمیان ہونا چاہیے، درج شدہ \u2068\u200E\u22125%\u2069');
    expect(issueMessage(loanCap)).toBe('قرض کی زیادہ سے زیادہ حد (75,000 روپے) سے زیادہ نہیں ہو سکتا، موجودہ 100,000 روپے');
    expect(issueMessage(sharesSum)).toBe('مجموعہ \u200E100% ہونا چاہیے، موجودہ مجموعہ \u200E140%');
    // The flood month counted from 1, as the app shows months (its field, its range, the charts' "Month 1").
    expect(issueMessage(horizon)).toBe('مدت کے اندر (مہینے 1 تا 36) ہونا چاہیے، موجودہ 49');
    // After its path in the file, as the file counts them, from 0, and said so.
    expect(issueText(horizon)).toBe('\u2068world.shocks.floodMonth\u2069: مدت کے اندر (مہینے 0 تا 35؛ فائل میں مہینے 0 سے گنے جاتے ہیں) ہونا چاہیے، موجودہ 48');
    applyLocale('en', 'international', undefined);
    expect(issueMessage(horizon)).toBe('must fall inside the horizon (months 1 to 36), got 49');
    expect(issueText(horizon)).toBe('world.shocks.floodMonth must fall inside the horizon (months 0 to 35: the file counts months from 0), got 48');
  });

  it('field checks and the engine\'s checks write numbers as the app does in English: grouped, Rs before them, the unit once, a minus sign', () => {
    applyLocale('en', 'international', undefined);
    const year = { ...(SCENARIO_SPEC.budget.annualBn as unknown as NumberSpec), kind: 'number', default: 80 } as NumberSpec;
    expect(localIssue(year, -5, 'Rs bn / year')).toBe('must be between Rs 0 and 2,000 bn / year, got \u2212Rs 5 bn / year');
    expect(localIssue(year, 2500, 'Rs bn / year')).toBe('must be between Rs 0 and 2,000 bn / year, got Rs 2,500 bn / year');
    expect(localIssue(SCENARIO_SPEC.microfinance.investSuccess as NumberSpec, 1.5, 'probability')).toBe('must be between 0 and 1 probability, got 1.5 probability');
    expect(localIssue(SCENARIO_SPEC.cash.takeUp as NumberSpec, 150, '%')).toBe('must be between 0% and 100%, got 150%');
    expect(localIssue(SCENARIO_SPEC.budget.programmeShares as unknown as NumberSpec, 150, '% of budget')).toBe('must be between 0% and 100% of budget, got 150% of budget');
    expect(issueMessage(loanCap)).toBe('must not exceed the loan cap (Rs 75,000), got Rs 100,000');
    expect(issueText(sharesSum)).toBe('policy.budget.programmeShares must sum to 100%, they sum to 140%');
    expect(issueMessage({ path: 'policy.microfinance.termMonths', message: 'must be a whole number, got \u22122.5', code: 'wholeNumber', args: { value: -2.5 } })).toBe('must be a whole number, got \u22122.5');
  });
});

// @vitest-environment node
/**
 * A scenario file, link or saved workspace that cannot be opened, in Urdu:
 * the engine's problems are said in Urdu from their codes, with numbers as
 * the app writes them (grouped, the unit's words after them), not as the
 * engine's English with its raw numbers inside an Urdu sentence.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultScenario, validateScenario } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { stripBidi } from '../../../src/i18n/bidi';
import { readScenarioFile, type Opened } from '../../../src/state/shareLink';
import { parseWorkspace, serialiseWorkspace } from '../../../src/state/workspace';
import { createAppStore } from '../../../src/state/store';
import { openScenarioFile } from '../../../src/app/openShared';
import { issueText } from '../../../src/ui/editor/issues';
import { englishWords } from '../../i18n/noEnglish';

const ENGINE = '9.9.9';
const problems = (o: Opened): string => (o.ok ? '' : o.problems.join('\n'));
const RANGE = '0 اور 50,000 روپے فی گھرانہ ماہانہ کے درمیان ہونا چاہیے، موجودہ 75,000 روپے فی گھرانہ ماہانہ';

/** The default scenario, named in Latin script as a user might, with a cash benefit above its range. */
function tooGenerous(): string {
  const s = { ...defaultScenario(), name: 'Big cash' };
  s.policy.cash.benefitPKR = 75000;
  return JSON.stringify(s);
}

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

describe('the engine\'s problems with a scenario, in Urdu', () => {
  it('a range problem in a scenario file reads as Urdu, with the numbers as the app writes them', () => {
    const text = problems(readScenarioFile(tooGenerous(), 'plan.json', ENGINE));
    expect(stripBidi(text)).toBe(`فائل “plan.json”، منظرنامہ 1 (“Big cash”): policy.cash.benefitPKR ${RANGE}۔`);
    // The file's name, the scenario's and the path are the file's own; nothing else is English, and no raw engine number is left.
    expect(englishWords(text, ['plan', 'json', 'Big', 'cash', 'policy', 'benefitPKR'])).toEqual([]);
    expect(text).not.toMatch(/50000|75000/);
  });

  it('opening that file, the notice says it in Urdu', async () => {
    const store = createAppStore();
    expect(await openScenarioFile(store, { name: 'plan.json', size: 10, text: async () => tooGenerous() })).toBe(false);
    const notice = stripBidi(store.getState().notices.at(-1)!);
    expect(notice).toContain(`policy.cash.benefitPKR ${RANGE}`);
    expect(englishWords(notice, ['plan', 'json', 'Big', 'cash', 'policy', 'benefitPKR'])).toEqual([]);
  });

  it('a saved scenario that no longer validates is reported in Urdu, a share as a percentage', () => {
    const doc = JSON.parse(serialiseWorkspace(createAppStore().getState()));
    doc.scenarios[1].scenario.policy.cash.takeUp = 7;
    const { problems: restored } = parseWorkspace(JSON.stringify(doc));
    expect(stripBidi(restored[0]!)).toContain('policy.cash.takeUp 0% اور 100% کے درمیان ہونا چاہیے، موجودہ 700%');
  });

  // The isolate is right to left, its unit being Urdu words: a first-strong one found the mark before the minus and
  // laid "−5 ارب روپے سالانہ" out left to right, its words in reverse order in the sentence.
  it('a negative value keeps its minus sign before its digits and unit (isolated in the right-to-left sentence)', () => {
    const s = defaultScenario();
    s.policy.budget.annualBn = [-5];
    const v = validateScenario(s);
    expect(!v.ok && v.issues.map(issueText)).toEqual([
      '\u2068policy.budget.annualBn[0]\u2069: 0 اور 2,000 ارب روپے سالانہ کے درمیان ہونا چاہیے، موجودہ \u2067\u200E\u22125 ارب روپے سالانہ\u2069',
    ]);
  });
});

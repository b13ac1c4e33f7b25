// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunResult } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { budgetText, slideHeadline as headlineOf } from '../../../src/ui/present/slideHeadline';

/** The slide's headline with its amounts' no-break spaces read as spaces (one test below checks them). */
const slideHeadline = (r: Parameters<typeof headlineOf>[0]) => {
  const h = headlineOf(r);
  return { ...h, headline: h.headline.replace(/\u00a0/g, ' ') };
};
import { englishWords } from '../../i18n/noEnglish';
import { fixtureRun, fixtureScenario } from '../../fixtures/results';

type Dist = RunResult['summary']['sustainedExits'];
const dist = (p50: number | null, p5: number | null = p50, p95: number | null = p50): Dist => ({ mean: p50, p5, p25: p50, p50, p75: p50, p95 }) as Dist;

function withNumbers(replications: number, exits: Dist, cost: Dist, annualBn = [120]): RunResult {
  const r = fixtureRun(fixtureScenario('Rs 120 bn', annualBn)).result;
  return { ...r, meta: { ...r.meta, replications, months: 36 }, summary: { ...r.summary, additionalSustainedExits: exits, costPerSustainedExitPKR: cost } };
}

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

describe('slideHeadline(result) in Urdu', () => {
  it('is one Urdu sentence: budget, month, count, interval and cost each where Urdu puts them, numbers before their unit words', () => {
    const r = withNumbers(40, dist(226_000, 180_000, 271_000), dist(531_000, 440_000, 670_000));
    const { headline, basis } = slideHeadline(r);
    expect(headline).toBe(
      'سالانہ 120 ارب روپے: مہینہ 36 تک 226 ہزار مزید گھرانے ایک سال یا اس سے زائد عرصے کے لیے غربت سے نکل آتے ہیں (\u200E90% وقفہ: 180 ہزار تا 271 ہزار)؛ فی اخراج لاگت 531,000 روپے ہے (\u200E90% وقفہ: 440,000 روپے تا 670,000 روپے)۔',
    );
    // Urdu order: the number, then its unit word; the month before the count, the count before the households.
    expect(headline.indexOf('226')).toBeLessThan(headline.indexOf('ہزار'));
    expect(headline.indexOf('120')).toBeLessThan(headline.indexOf('ارب روپے'));
    expect(headline.indexOf('مہینہ 36 تک')).toBeLessThan(headline.indexOf('226 ہزار مزید گھرانے'));
    expect(headline.endsWith('۔')).toBe(true);
    expect(basis).toMatch(/^موجودہ صورتحال .*؛ [\d,]+ گھرانوں کی 36 مہینوں پر مشتمل 40 تکرارات۔$/);
    expect(englishWords(headline)).toEqual([]);
    expect(englishWords(basis)).toEqual([]);
  });

  it('on the lakh–crore scale the cost reads in lakh, the number first', () => {
    applyLocale('ur', 'southAsian', undefined);
    const { headline } = slideHeadline(withNumbers(40, dist(226_000, 180_000, 271_000), dist(531_000, 440_000, 670_000)));
    expect(headline).toContain('فی اخراج لاگت 5.31 لاکھ روپے ہے');
    expect(headline).toContain('2.26 لاکھ مزید گھرانے');
  });

  it('every other case is a whole Urdu sentence too: estimating, too few, none, fewer, no money, nothing to compare with', () => {
    const five = withNumbers(5, dist(226_000, 180_000, 271_000), dist(531_000, 440_000, 670_000), [80, 100, 120]);
    const estimating = slideHeadline({ ...five, scenario: { ...five.scenario, run: { ...five.scenario.run, replications: 40 } } }).headline;
    expect(estimating).toContain('سالانہ 80 ← 100 ← 120 ارب روپے');
    expect(estimating).toContain('(\u200E90% وقفے کا تخمینہ ابھی جاری ہے)');
    // Complete at 5: too few, not still being estimated.
    const tooFew = slideHeadline(five).headline;
    expect(tooFew).toContain('90% وقفے کے لیے تکرارات بہت کم ہیں: 10 یا زیادہ درکار ہیں');
    const none = slideHeadline(withNumbers(40, dist(0, -1000, 1000), dist(null))).headline;
    expect(none).toContain('کوئی اضافی گھرانہ');
    const fewer = slideHeadline(withNumbers(40, dist(-2500, -4000, -1000), dist(null))).headline;
    expect(fewer).toContain('2,500 کم گھرانے');
    const noMoney = slideHeadline(fixtureRun(fixtureScenario('Baseline', [0])).result).headline;
    const alone = slideHeadline(fixtureRun(fixtureScenario('Rs 80 bn', [80], (s) => { s.run.counterfactual = false; })).result).headline;
    expect(alone).toMatch(/^سالانہ 80 ارب روپے: 24 مہینوں میں [\d.]+ ارب روپے خرچ ہوئے؛/);
    for (const h of [estimating, tooFew, none, fewer, noMoney, alone]) {
      expect(h.endsWith('۔')).toBe(true);
      expect(englishWords(h)).toEqual([]);
    }
    expect(budgetText([])).toBe('کوئی نیا بجٹ نہیں');
  });
});

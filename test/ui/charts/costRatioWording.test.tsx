/**
 * Cost per additional sustained exit is not a mean: the engine's "mean" of
 * summary.costPerSustainedExitPKR is total spent ÷ total additional exits over
 * the replications (summariseRatio), and its percentiles are the
 * replications' own ratios. The headline cards' note, the ranking and the
 * cost charts had called it a mean ("mean of 100 replications", "Means across
 * replications", "bars: mean across replications"), and the ranking's heading
 * left out "additional". Held here in English and Urdu.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { applyLocale, i18n } from '../../../src/i18n/index';
import { HeadlineCards } from '../../../src/ui/charts/HeadlineCards';
import { Ranking } from '../../../src/ui/views/Ranking';
import { CHART_TEXT } from '../../../src/ui/charts/text';
import type { ChartRun } from '../../../src/ui/charts/types';
import { chartRuns } from './helpers';

const bn80 = chartRuns()[1]!;

/** Rs 80 bn after 100 replications: the note under the cards as a complete run has it. */
const done: ChartRun = { ...bn80, result: { ...bn80.result, meta: { ...bn80.result.meta, replications: 100 } } };

const caption = () => document.querySelector('.headline-caption')!.textContent!;

afterEach(() => {
  cleanup();
  applyLocale('en', 'international', undefined);
});

describe('the headline cards\u2019 note', () => {
  test('does not call the cost per exit a mean, and says it is a ratio of totals', () => {
    render(<HeadlineCards run={done} />);
    // The note had read "Rs 80 bn: mean of 100 replications; …", true of three cards but not of the cost.
    expect(caption()).not.toMatch(/: mean of 100 replications/);
    expect(caption()).toMatch(/each card but the cost is the mean of 100 replications/);
    expect(caption()).toContain('The cost is total spent ÷ total additional exits over all replications, a ratio of totals, not a mean');
  });

  test('in Urdu too', () => {
    applyLocale('ur', 'international', undefined);
    render(<HeadlineCards run={done} />);
    expect(caption()).toContain('لاگت کے سوا ہر کارڈ');
    expect(caption()).toContain('لاگت تمام تکرارات پر کل خرچ ÷ کل اضافی اخراج ہے');
    expect(caption()).toContain('مجموعوں کا تناسب');
  });

  test('has no sentence on the cost when the cost card shows none (the status quo\u2019s own)', () => {
    const sq = chartRuns()[0]!;
    render(<HeadlineCards run={{ ...sq, result: { ...sq.result, meta: { ...sq.result.meta, replications: 100 } } }} />);
    expect(caption()).not.toContain('ratio of totals');
  });
});

describe('the ranking', () => {
  test('its heading says "additional", as its column and the headline card do; its caption does not call the costs means', () => {
    render(<Ranking runs={chartRuns()} />);
    const ranking = screen.getByRole('region', { name: 'Ranking by cost per sustained exit' });
    expect(within(ranking).getByRole('heading', { level: 2 })).toHaveTextContent('Cost per additional household out of poverty for 12+ months');
    const text = ranking.querySelector('caption')!.textContent!;
    expect(text).not.toMatch(/Means across replications|ranked by mean/);
    expect(text).toContain('Costs per exit: spent (net: less risk-fund capital still held) ÷ additional sustained exits, totals over all replications, not means');
  });

  test('in Urdu too', () => {
    applyLocale('ur', 'international', undefined);
    render(<Ranking runs={chartRuns()} />);
    const ranking = document.querySelector('section.ranking')!;
    expect(within(ranking as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent('12 یا زیادہ مہینے غربت سے باہر ہر اضافی گھرانے کی لاگت');
    const text = ranking.querySelector('caption')!.textContent!;
    expect(text).toContain('فی اخراج لاگتیں: خرچ (خالص: رسک فنڈ میں ابھی موجود سرمایہ منہا کر کے) ÷ اضافی پائیدار اخراج، تمام تکرارات پر مجموعے، اوسط نہیں');
    expect(text).not.toContain('اوسط لاگت');
  });

  test('the Present slide\u2019s heading says "additional" too', () => {
    expect(i18n.t('present:rankingSlide.headline')).toBe('Cost per additional household out of poverty for 12+ months, cheapest first');
    applyLocale('ur', 'international', undefined);
    expect(i18n.t('present:rankingSlide.headline')).toBe('12 یا زیادہ مہینے غربت سے باہر ہر اضافی گھرانے کی لاگت، کم ترین لاگت پہلے');
  });
});

describe('the cost charts, their tables and exports', () => {
  const costTexts = () => [
    CHART_TEXT.costPerExit.subtitleFor!('Rs m per household'),
    CHART_TEXT.programmeCost.subtitleFor!('Rs m per household'),
    i18n.t('charts:costPerExit.caption', { title: 'T', ranking: 'R' }),
    i18n.t('charts:costPerExit.header'),
    i18n.t('charts:programmeCost.caption', { title: 'T', ranking: 'R', name: 'N' }),
    i18n.t('charts:programmeCost.costHeader'),
    i18n.t('charts:costRanking.caption'),
  ];

  test('say what the bars and numbers are, not "mean"', () => {
    for (const text of costTexts()) {
      expect(text, text).not.toMatch(/mean across replications|, mean \(|ranked by mean/);
      if (!text.startsWith('ranked')) expect(text, text).toContain('total spent ÷ total additional exits');
    }
    expect(i18n.t('exports:csv.numbersNote')).toContain('for a cost per exit, "… [mean]" is total spent (for the net cost, less risk-fund capital still held) ÷ total additional exits over the replications (a ratio of totals, not a mean)');
    expect(i18n.t('exports:report.footer', { runLine: 'L', command: 'C' })).toContain('or for a cost per exit total spent ÷ total additional exits over them');
  });

  test('in Urdu too', () => {
    applyLocale('ur', 'international', undefined);
    for (const text of costTexts()) {
      expect(text, text).not.toMatch(/تکرارات کا اوسط|، اوسط \(|اوسط لاگت/);
      if (!text.startsWith('فی اضافی پائیدار اخراج لاگت کے لحاظ')) expect(text, text).toContain('کل خرچ ÷ کل اضافی اخراج');
    }
  });
});

describe('the programme-by-programme chart\u2019s subtitle', () => {
  // It had read "Rs m per household lifted out of poverty for 12+ months, each programme run alone; …", where its
  // title and its values are per additional sustained exit.
  const head = (text: string, separator: string) => text.split(separator)[0]!;

  test('says the households are the additional ones, as its title does', () => {
    const text = CHART_TEXT.programmeCost.subtitleFor!('Rs m per household');
    expect(head(text, ';')).toBe('Rs m per household lifted out of poverty for 12+ months, counting only the additional households, against the status quo (existing cash transfer only), each programme run alone');
  });

  test('in Urdu too', () => {
    applyLocale('ur', 'international', undefined);
    const text = CHART_TEXT.programmeCost.subtitleFor!('روپے فی گھرانہ');
    expect(head(text, '؛')).toContain('غربت سے نکالے گئے ہر اضافی گھرانے کی لاگت، موجودہ صورتحال (صرف موجودہ نقد منتقلی) کے مقابلے میں');
  });
});

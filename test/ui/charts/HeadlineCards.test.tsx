/**
 * HeadlineCards' interval line in its edge cases: an interval open above
 * (cost per exit with no additional exits in more than 5% of replications)
 * and an interval of no width. Neither may leave a card without its line:
 * a bare number reads as the most precise on the page.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import { HeadlineCards } from '../../../src/ui/charts/HeadlineCards';
import { countsInScaleOf, formatCount, formatPKR } from '../../../src/ui/format';
import type { ChartRun } from '../../../src/ui/charts/types';
import { chartRuns } from './helpers';

const bn80 = chartRuns()[1]!;

/** Rs 80 bn after 100 replications, with a cost per exit open above and poor households without spread. */
function edgeRun(): ChartRun {
  const r = bn80.result;
  const poor = r.summary.poorHouseholdsEnd;
  return {
    ...bn80,
    result: {
      ...r,
      meta: { ...r.meta, replications: 100 },
      summary: {
        ...r.summary,
        costPerSustainedExitPKR: { ...r.summary.costPerSustainedExitPKR, mean: 11.5e6, p5: 4.1e6, p95: null },
        poorHouseholdsEnd: { ...poor, mean: 1200, p5: 1200, p95: 1200 },
      },
    },
  };
}

const card = (label: RegExp) => screen.getByRole('heading', { name: label }).closest('li')!;
const intervalLine = (label: RegExp) => card(label).querySelector('.interval')?.textContent?.replace(/\u00a0/g, ' ');

afterEach(() => {
  cleanup();
  applyLocale('en', 'international', undefined);
});

describe('<HeadlineCards> interval line', () => {
  test('an interval with no upper end is said, not dropped: "90% interval Rs 4.1 m to no upper end"', () => {
    render(<HeadlineCards run={edgeRun()} />);
    expect(card(/^Cost per additional household/)).toHaveTextContent(formatPKR(11.5e6));
    expect(intervalLine(/^Cost per additional household/)).toBe(`90% interval ${formatPKR(4.1e6)} to no upper end`);
  });

  test('an amount\u2019s interval is in the scale word of the largest of value and ends, as the ranking writes it', () => {
    const run = edgeRun();
    const cost = run.result.summary.costPerSustainedExitPKR;
    render(<HeadlineCards run={{ ...run, result: { ...run.result, summary: { ...run.result.summary, costPerSustainedExitPKR: { ...cost, mean: 4.19e6, p5: 844_000, p95: null } } } }} />);
    // The card had "Rs 844,000 to no upper end" beside the ranking's "Rs 0.844 m to no upper end".
    expect(intervalLine(/^Cost per additional household/)).toBe('90% interval Rs 0.844 m to no upper end');
  });

  test('an interval of no width says so, rather than leaving the card without its line', () => {
    render(<HeadlineCards run={edgeRun()} />);
    expect(intervalLine(/^Poor households at the end/)).toBe(`90% interval: ${formatCount(1200)}, no spread`);
  });

  test('ends a little apart that round to one number are said once, as rounded, not as "1.2k–1.2k" nor as no spread', () => {
    const run = edgeRun();
    const poor = run.result.summary.poorHouseholdsEnd;
    render(<HeadlineCards run={{ ...run, result: { ...run.result, summary: { ...run.result.summary, poorHouseholdsEnd: { ...poor, p5: 1199.6, p95: 1200.3 } } } }} />);
    expect(intervalLine(/^Poor households at the end/)).toBe(`90% interval: ${formatCount(1200)} at both ends, as rounded`);
  });

  test('the other cards keep their ranges', () => {
    render(<HeadlineCards run={edgeRun()} />);
    const s = bn80.result.summary.additionalSustainedExits;
    const ends = countsInScaleOf([s.p5, s.p95]);
    expect(intervalLine(/12\+ months than under the status quo/)).toBe(`90% interval ${ends(s.p5)}–${ends(s.p95)}`);
  });

  test('a count\u2019s two ends share the larger\u2019s scale word, as the ranking writes them: "2.6k–54.6k", not "2,600–54.6k"', () => {
    const run = edgeRun();
    const exits = { ...run.result.summary.additionalSustainedExits, mean: 29_100, p5: 2_600, p95: 54_600 };
    render(<HeadlineCards run={{ ...run, result: { ...run.result, summary: { ...run.result.summary, additionalSustainedExits: exits } } }} />);
    expect(intervalLine(/12\+ months than under the status quo/)).toBe('90% interval 2.6k–54.6k');
  });

  test('on the lakh–crore scale each number is written as its readers write it: "78,700" over "53,600–1.06 lakh"', () => {
    applyLocale('en', 'southAsian', undefined);
    const run = edgeRun();
    const exits = { ...run.result.summary.additionalSustainedExits, mean: 78_700, p5: 53_600, p95: 106_000 };
    render(<HeadlineCards run={{ ...run, result: { ...run.result, summary: { ...run.result.summary, additionalSustainedExits: exits } } }} />);
    // Not "0.787 lakh" over "0.536 lakh–1.06 lakh": no official writes a fraction of a lakh.
    const exitsCard = card(/12\+ months than under the status quo/);
    expect(exitsCard.querySelector('.value')?.textContent).toBe('78,700');
    expect(intervalLine(/12\+ months than under the status quo/)).toBe('90% interval 53,600–1.06 lakh');
  });

  test('in Urdu, from the catalogue', () => {
    applyLocale('ur', 'international', undefined);
    render(<HeadlineCards run={edgeRun()} />);
    const cards = screen.getAllByRole('listitem');
    const lines = cards.map((li) => li.querySelector('.interval')?.textContent?.replace(/\u00a0/g, ' '));
    expect(lines[2]).toBe(`\u200F\u200E90% وقفہ ${formatPKR(4.1e6).replace(/\u00a0/g, ' ')} تا کوئی بالائی حد نہیں`);
    expect(lines[0]).toBe(`\u200F\u200E90% وقفہ: ${formatCount(1200).replace(/\u00a0/g, ' ')}، کوئی پھیلاؤ نہیں`);
  });
});

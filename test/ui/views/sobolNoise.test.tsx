/**
 * A Sobol' result too noisy to be shares of variance says so under its chart
 * (at N = 16 the app drew estimates of −0.87 and intervals from −6.5 to 6.45
 * with only "small samples give wide intervals"), and its axis stops at −1
 * and 2 so the other bars are not squeezed to slivers. Fails if the counts,
 * their tolerance, the warning or the cut axis's note go.
 */
import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import type { SobolRow } from '../../../src/engine/index';
import { indexAxis, SobolChart, sobolNoise, sobolNoiseText, sobolRow } from '../../../src/ui/views/sensitivity/SobolChart';
import { SOBOL_SAMPLES } from '../../../src/state/sensitivitySlice';

const at = (estimate: number, low = estimate - 0.1, high = estimate + 0.1) => ({ estimate, low, high });
const row = (path: string, firstOrder: ReturnType<typeof at>, total: ReturnType<typeof at>): SobolRow => ({ path, firstOrder, total });

/** A result a large sample gives: shares between 0 and 1 with their intervals, each first-order index within its total. */
const clean = [row('policy.cash.takeUp', at(0.5), at(0.6)), row('policy.cash.leakage', at(0.2), at(0.25)), row('policy.training.completion', at(0.01, 0, 0.03), at(0.04, 0, 0.09))];

describe('sobolNoise', () => {
  it('finds nothing in a result that can be shares of variance, small excursions within the tolerance included', () => {
    expect(sobolNoise(clean)).toEqual({ outside: 0, aboveTotal: 0, wide: 0, intervalOutside: 0 });
    // Estimates and intervals' ends just past 0 or 1, and a first-order index just above its total, are what a fair sample gives.
    expect(sobolNoise([row('policy.cash.takeUp', at(-0.04, -0.05, -0.03), at(1.04, 1, 1.05)), row('policy.cash.leakage', at(0.34), at(0.3))])).toEqual({
      outside: 0,
      aboveTotal: 0,
      wide: 0,
      intervalOutside: 0,
    });
  });

  it('counts estimates outside 0 to 1, first-order indices above their total, intervals wider than 1, and intervals outside 0 to 1', () => {
    const noisy = [
      row('policy.cash.takeUp', at(-0.87, -4.54, 3.27), at(0.1)),
      row('policy.cash.leakage', at(0.31), at(0)),
      row('policy.training.completion', at(1.2), at(1.3, -6.5, 6.45)),
    ];
    // Every interval that runs out is counted, around an estimate outside or not, wide or not (leakage's total, 0 from −0.1 to 0.1, too).
    expect(sobolNoise(noisy)).toEqual({ outside: 3, aboveTotal: 1, wide: 2, intervalOutside: 4 });
    expect(sobolNoiseText(sobolNoise(noisy))).toBe(
      'Not reliable yet: 3 estimates fall more than 0.05 outside 0 to 1; 1 first-order index exceeds its total index by more than 0.05; 2 intervals are wider than the whole range from 0 to 1; 4 intervals run more than 0.05 outside 0 to 1. A share of variance lies between 0 and 1, and an assumption cannot explain more alone than with its interactions, so these are sampling noise. Run again with a larger N.',
    );
    // At the app's largest N, the advice is the one that can still be followed.
    expect(sobolNoiseText(sobolNoise(noisy), true)).toMatch(/N is at the app’s largest: mark fewer assumptions uncertain, or run npm run sim -- sensitivity with a larger --samples\.$/);
    expect(sobolNoiseText(sobolNoise(clean))).toBeNull();
  });

  it('counts an estimate or interval that is not a number as noise, not as clean', () => {
    expect(sobolNoise([row('policy.cash.takeUp', at(NaN, NaN, NaN), at(0.1)), row('policy.cash.leakage', at(0.2, 0.1, Infinity), at(0.3))])).toEqual({
      outside: 1,
      aboveTotal: 0,
      wide: 2,
      intervalOutside: 2,
    });
  });

  it('counts an interval that runs out of 0 to 1 around an estimate inside it, which no other count sees', () => {
    // At N = 16 the app showed a total index of "0.49 (0.20–1.19)" and warned only of a first-order index above its total.
    const loose = [row('policy.cash.takeUp', at(0.3, 0.1, 0.5), at(0.49, 0.2, 1.19)), ...clean.slice(1)];
    expect(sobolNoise(loose)).toEqual({ outside: 0, aboveTotal: 0, wide: 0, intervalOutside: 1 });
    expect(sobolNoiseText(sobolNoise(loose))).toBe(
      'Not reliable yet: 1 interval runs more than 0.05 outside 0 to 1. A share of variance lies between 0 and 1, and an assumption cannot explain more alone than with its interactions, so these are sampling noise. Run again with a larger N.',
    );
    expect(sobolNoise([row('policy.cash.takeUp', at(0.02, -0.2, 0.3), at(0.49, 0.2, 1.19))]).intervalOutside).toBe(2);
  });

  it('says so in Urdu, one interval and several', () => {
    applyLocale('ur', 'international', undefined);
    try {
      const text = (n: number) => sobolNoiseText({ outside: 0, aboveTotal: 0, wide: 0, intervalOutside: n });
      expect(text(1)).toMatch(/^ابھی قابلِ اعتماد نہیں: 1 وقفہ 0 سے 1 کی حد سے 0\.05 سے زیادہ باہر جاتا ہے۔ /);
      expect(text(3)).toMatch(/^ابھی قابلِ اعتماد نہیں: 3 وقفے 0 سے 1 کی حد سے 0\.05 سے زیادہ باہر جاتے ہیں۔ /);
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });
});

describe('indexAxis', () => {
  it('spans 0 to 1 at least, in quarters', () => {
    expect(indexAxis([0.1, 0.5, 0.9])).toEqual({ domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1], clipped: false });
  });
  it('reaches an estimate or interval that strays out, and stops at −1 and 2, saying it cut', () => {
    expect(indexAxis([-0.3, 1.2])).toMatchObject({ domain: [-0.5, 1.25], clipped: false });
    expect(indexAxis([-6.5, 6.45, 0.2])).toEqual({ domain: [-1, 2], ticks: [-1, -0.5, 0, 0.5, 1, 1.5, 2], clipped: true });
    // A non-finite value moves nothing (the table shows it; the noise count names it).
    expect(indexAxis([NaN, Infinity, 0.5])).toMatchObject({ domain: [0, 1], clipped: false });
  });
});

describe('sobolRow: whiskers stop at the axis\u2019s ends', () => {
  it('cuts a whisker at the end it runs past, and says which end', () => {
    const r = sobolRow(row('policy.cash.takeUp', at(-0.87, -4.54, 3.27), at(0.1, 0.05, 0.2)), 'Take-up', [-1, 2]);
    // From −0.87 down to −1 (not −4.54), up to 2 (not 3.27): the whisker's lengths from the estimate.
    expect(r.firstOrderError![0]).toBeCloseTo(0.13, 12);
    expect(r.firstOrderError![1]).toBeCloseTo(2.87, 12);
    expect(r.totalError).toEqual([expect.closeTo(0.05, 12), expect.closeTo(0.1, 12)]);
    expect([r.cutLow, r.cutHigh]).toEqual([true, true]);
    // An estimate past the end: no whisker at all (recharts would draw its caps at the estimate, outside the plot).
    const past = sobolRow(row('policy.cash.leakage', at(2.4, 1.5, 2.6), at(0.3)), 'Leakage', [-1, 2]);
    expect(past.firstOrderError).toBeUndefined();
    expect([past.cutLow, past.cutHigh]).toEqual([false, true]);
    expect(sobolRow(clean[0]!, 'Take-up', [0, 1])).toMatchObject({ cutLow: false, cutHigh: false });
  });
});

describe('<SobolChart>', () => {
  it('says nothing extra about a clean result', () => {
    render(<SobolChart outcome="additionalSustainedExits" rows={clean} />);
    expect(screen.queryByText(/Not reliable yet/)).toBeNull();
    expect(screen.queryByText(/cut at the axis/)).toBeNull();
  });

  it('warns under the chart that a noisy result is noise, and says where its axis cuts the widest whiskers', () => {
    render(<SobolChart outcome="additionalSustainedExits" rows={[row('policy.cash.takeUp', at(-0.87, -4.54, 3.27), at(0.1)), ...clean.slice(1)]} />);
    const warning = screen.getByText(/^Not reliable yet: 1 estimate falls more than 0.05 outside 0 to 1; 1 interval is wider than the whole range from 0 to 1; 1 interval runs more than 0.05 outside 0 to 1\./);
    expect(warning).toHaveClass('sobol-noisy');
    expect(warning.parentElement).toHaveTextContent('Bars and whiskers beyond −1 or 2 are cut at the axis’s ends, where an arrowhead marks them; the table gives every value.');
    // The row cut at both ends is marked at both, and only it.
    expect(document.querySelectorAll('.sobol-cut')).toHaveLength(2);
  });

  it('warns of an interval past 1 around an estimate inside, and shows the interval as computed', () => {
    render(<SobolChart outcome="costPerSustainedExitPKR" rows={[row('policy.cash.takeUp', at(0.3, 0.1, 0.5), at(0.49, 0.2, 1.19)), ...clean.slice(1)]} />);
    expect(screen.getByText(/^Not reliable yet: 1 interval runs more than 0.05 outside 0 to 1\./)).toHaveClass('sobol-noisy');
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const total = within(screen.getByRole('table')).getAllByRole('row')[1]!.querySelectorAll('td')[1]!;
    expect(total.textContent).toMatch(/^0\.49.*0\.20.*1\.19/);
    expect(JSON.parse(total.getAttribute('data-raw')!)).toEqual({ estimate: 0.49, low: 0.2, high: 1.19 });
  });
});

/**
 * At the app's largest N the warning names the command line's command and flag. The Urdu message had them inside
 * isolate marks, which a reader dragging across the command copied with it (and the shell found no such command):
 * each is now its own left-to-right <code>, in both languages, with no mark inside it.
 */
describe('<SobolChart>: the command line’s advice', () => {
  const noisy = [row('policy.cash.takeUp', at(-0.87, -4.54, 3.27), at(0.1)), ...clean.slice(1)];
  const codes = () => {
    render(<SobolChart outcome="additionalSustainedExits" rows={noisy} samples={Math.max(...SOBOL_SAMPLES)} />);
    const found = [...document.querySelectorAll('.sobol-noisy code')].map((c) => ({ text: c.textContent, dir: c.getAttribute('dir') }));
    cleanup();
    return found;
  };
  const expected = [
    { text: 'npm run sim -- sensitivity', dir: 'ltr' },
    { text: '--samples', dir: 'ltr' },
  ];

  it('shows the command and the flag as code, with no isolate marks, in English', () => {
    expect(codes()).toEqual(expected);
  });

  it('and in Urdu, where the flag comes first', () => {
    applyLocale('ur', 'international', undefined);
    try {
      expect(codes()).toEqual([expected[1], expected[0]]);
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });

  it('names them as plain text outside the chart, and not below the app’s largest N', () => {
    expect(sobolNoiseText(sobolNoise(noisy), true)).toMatch(/or run npm run sim -- sensitivity with a larger --samples\.$/);
    render(<SobolChart outcome="additionalSustainedExits" rows={noisy} samples={SOBOL_SAMPLES[0]} />);
    expect(document.querySelectorAll('.sobol-noisy code')).toHaveLength(0);
    expect(document.querySelector('.sobol-noisy')!.textContent).toMatch(/Run again with a larger N\.$/);
  });
});

/**
 * useFitScale on a slide whose height falls faster than its type, as a table
 * that re-wraps does (jsdom lays nothing out: the height is a function of the
 * fit here). Fails if one step by the whole overflow overshoots to a scale far
 * below the largest that fits (a table of five options had 10 px type where
 * 13 px fitted), or if the fit found does not fit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { useFitScale } from '../../../src/ui/present/useFitScale';

const STAGE = 671;
/** The slide's content height at a fit: 1233 px at full size, falling with the square of the type (re-wrapping). */
const contentAt = (fit: number) => 1233 * fit * fit;

function Slide({ onFit }: { onFit: (fit: number) => void }) {
  const [ref, fit] = useFitScale<HTMLElement>(true);
  onFit(fit);
  return <section ref={ref} data-fit={fit} />;
}

afterEach(cleanup);

describe('useFitScale', () => {
  it('shrinks in steps to about the largest scale that fits, not by the whole overflow at once', () => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => STAGE });
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return contentAt(Number(this.dataset.fit ?? 1));
      },
    });
    try {
      let last = 1;
      render(<Slide onFit={(f) => (last = f)} />);
      // The largest fit whose content fits the stage is √(671/1233) ≈ 0.738; one step by the overflow gave 0.533.
      expect(contentAt(last)).toBeLessThanOrEqual(STAGE + 1);
      expect(last).toBeGreaterThan(0.68);
    } finally {
      // Own properties of HTMLElement.prototype only here (jsdom defines them on Element.prototype): removed, its again.
      for (const key of ['clientHeight', 'scrollHeight'] as const) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
    }
  });
});

/**
 * Text widths measured before a font loaded are forgotten once it has, and
 * an analysis chart lays its labels out again: a face not loaded yet is
 * measured in a fallback face, and Chromium measured an Urdu label in it
 * about 30% wider than in Nastaliq, so the tornado's Urdu labels wrapped
 * onto more lines than they took, for as long as the page was open.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';

let measured = 0;
const fonts = new EventTarget();
beforeAll(() => {
  // jsdom has neither a canvas to measure with nor document.fonts.
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      getContext() {
        return {
          font: '',
          measureText(text: string) {
            measured++;
            return { width: text.length * 7 };
          },
        };
      }
    },
  );
  Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
});
afterAll(() => {
  vi.unstubAllGlobals();
  delete (document as { fonts?: unknown }).fonts;
});

describe('when fonts load', () => {
  it('measures text again instead of keeping the fallback face\u2019s width', async () => {
    const { textWidth } = await import('../../../src/ui/charts/plot/wrap');
    textWidth('ٹورنیڈو', 12);
    textWidth('ٹورنیڈو', 12);
    expect(measured).toBe(1);
    fonts.dispatchEvent(new Event('loadingdone'));
    textWidth('ٹورنیڈو', 12);
    expect(measured).toBe(2);
  });

  it('draws an analysis chart\u2019s plot again', async () => {
    const { AnalysisFrame } = await import('../../../src/ui/views/analysis/AnalysisFrame');
    let drawn = 0;
    const { unmount } = render(
      <AnalysisFrame
        name="test"
        title="T"
        subtitle="S"
        table={() => null}
        plot={(width) => {
          drawn++;
          return <svg width={width} height={10} />;
        }}
      />,
    );
    const before = drawn;
    act(() => void fonts.dispatchEvent(new Event('loadingdone')));
    expect(drawn).toBeGreaterThan(before);
    unmount();
    // Once gone, it is no longer called.
    const after = drawn;
    fonts.dispatchEvent(new Event('loadingdone'));
    expect(drawn).toBe(after);
  });
});

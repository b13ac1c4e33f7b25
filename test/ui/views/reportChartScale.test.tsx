/**
 * ReportView on a large screen (1600 px and wider): the dashboard's charts
 * draw at the window's 1.25 (chartScale), the report's at paper's 1, so the
 * report laid out and measured on screen is the one that prints. Fails if
 * the report draws at the window's scale: printed from a 1920 px window,
 * Chromium counted its pages with the charts drawn 25% taller, and they
 * redrew at 1 before being painted, leaving 3 blank pages at the end (15
 * pages against 12 from 1440 px; test/e2e/export.test.ts prints both).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { StoreProvider } from '../../../src/state/context';
import { App } from '../../../src/ui/App';
import { MemoryProvider } from '../../../src/ui/memory';
import { storeWithResults } from './storeWithResults';

/** A 1920 px window's answers (jsdom has no matchMedia): large, and not a phone. */
const largeScreen = (query: string) =>
  ({ matches: query === '(min-width: 1600px)', media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList;

beforeEach(() => {
  vi.stubGlobal('matchMedia', largeScreen);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The scale each drawn chart's svg is at: its width over its viewBox's (chart units). */
async function scales(view: 'results' | 'report'): Promise<number[]> {
  const store = storeWithResults();
  act(() => store.getState().setView(view));
  const { container, unmount } = render(
    <StoreProvider store={store}>
      <MemoryProvider>
        <App />
      </MemoryProvider>
    </StoreProvider>,
  );
  await waitFor(() => expect(container.querySelectorAll('svg.chart-surface').length).toBeGreaterThan(3), { timeout: 10_000 });
  const out = [...container.querySelectorAll('svg.chart-surface')].map((svg) => Number(svg.getAttribute('width')) / Number(svg.getAttribute('viewBox')!.split(' ')[2]));
  unmount();
  return out;
}

describe('ReportView on a large screen', () => {
  it('draws its charts at paper’s scale, 1, where the dashboard draws them at 1.25', async () => {
    expect(new Set(await scales('results'))).toEqual(new Set([1.25]));
    expect(new Set(await scales('report'))).toEqual(new Set([1]));
  });
});

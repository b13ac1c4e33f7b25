/**
 * The poverty chart's export draws the axis the screen draws, and that axis holds the data: with a 2022-scale flood
 * taking poverty above 25% (to 31%, as in Chromium), the file's ticks run to 35, as the page's, not 0–25. An audit
 * had reported exports on a 0–25% axis; in Chromium (1440, 1920 and 390 px windows) the exported SVG and PNG had
 * the page's 0–35 axis, and 0–25% is simply the default scenario's own axis (its poverty is about 22%). A regression
 * check: the file is made from the drawn svg (readPlots), so its axis cannot part from the screen's.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { PovertyFanChart } from '../../../src/ui/charts/PovertyFanChart';
import { MemoryProvider } from '../../../src/ui/memory';
import { chartSvg } from '../../../src/ui/export/chartSvg';
import { readPlots } from '../../../src/ui/export/readChart';
import type { ChartRun } from '../../../src/ui/charts/types';
import { chartRuns } from '../charts/helpers';

/** Every run's headcount raised by 10 points from month 13 (a flood), its bands with it. */
function flooded(): ChartRun[] {
  return chartRuns().map((r) => {
    const s = r.result.series.povertyHeadcount;
    const up = (xs: readonly (number | null)[]) => xs.map((x, t) => (x !== null && t >= 12 ? x + 0.1 : x));
    const series = { ...r.result.series, povertyHeadcount: { ...s, p5: up(s.p5), p25: up(s.p25), p50: up(s.p50), p75: up(s.p75), p95: up(s.p95) } };
    return { ...r, result: { ...r.result, series } } as ChartRun;
  });
}

const ticks = (root: Element) => [...root.querySelectorAll('.chart-axis text, text')].map((t) => t.textContent ?? '').filter((t) => /^\d+$/.test(t));

describe('the poverty chart exported', () => {
  it('has the page’s axis, reaching above the highest band when poverty passes 25%', () => {
    const runs = flooded();
    const top = Math.max(...runs.flatMap((r) => r.result.series.povertyHeadcount.p95.filter((x): x is number => x !== null)));
    expect(top).toBeGreaterThan(0.25);
    const { container } = render(
      <MemoryProvider>
        <PovertyFanChart runs={runs} bandFor="bn80" />
      </MemoryProvider>,
    );
    const svg = container.querySelector('svg.chart-surface')!;
    const onScreen = ticks(svg);
    const { plots } = readPlots(container.querySelector('.chart-body')!);
    const file = chartSvg({ title: 't', subtitle: 's', plots, source: 'src' }).svg;
    const exported = ticks(new DOMParser().parseFromString(file, 'image/svg+xml').documentElement);
    expect(exported).toEqual(onScreen);
    // The value axis (the first ticks, before the months') reaches past the highest 95th percentile, in %.
    const values = onScreen.slice(0, onScreen.indexOf('1') > 0 ? onScreen.indexOf('1') : undefined).map(Number);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(top * 100);
    expect(Math.max(...values)).toBeGreaterThan(25);
  });
});

/**
 * readPlots(body) reads recharts' plot as well as the app's own: the
 * wrapper's svg, not recharts' legend icons, and without the 100% style
 * that would stretch it over the whole exported image.
 */
import { describe, expect, it } from 'vitest';
import { readPlots } from '../../../src/ui/export/readChart';

describe('readPlots(body)', () => {
  it('reads a recharts plot at its own size, leaving its legend icons out', () => {
    const body = document.createElement('div');
    body.innerHTML = `
      <div class="recharts-wrapper">
        <svg class="recharts-surface" width="600" height="200" viewBox="0 0 600 200" style="width: 100%; height: 100%; display: block;"><rect width="10" height="5"/></svg>
        <div class="recharts-legend-wrapper"><svg class="recharts-surface" width="14" height="14"></svg></div>
      </div>
      <svg class="chart-surface" width="300" height="100"></svg>`;
    const { plots } = readPlots(body);
    expect(plots.map((p) => [p.width, p.height])).toEqual([[600, 200], [300, 100]]);
    expect(plots[0]!.markup).toContain('<rect width="10" height="5"/>');
    expect(plots[0]!.markup).toContain('style="display: block;"');
    expect(plots[0]!.markup).not.toMatch(/width: 100%|class=/);
  });
});

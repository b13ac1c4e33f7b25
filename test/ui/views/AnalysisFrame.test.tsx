/**
 * An analysis chart (recharts, drawn in pixels) on a large screen: laid out
 * in chart units and zoomed to its column, as the dashboard's d3 charts are
 * scaled. Drawn at the unit width alone, it filled four fifths of its column
 * at 1920 px, with 12 px ticks beside the dashboard's 15.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { AnalysisFrame } from '../../../src/ui/views/analysis/AnalysisFrame';
import { ChartScaleOverride } from '../../../src/ui/charts/plot/chartScale';

function frame(scale: number, widths: number[]) {
  return render(
    <ChartScaleOverride.Provider value={scale}>
      <AnalysisFrame
        name="test"
        title="T"
        subtitle="S"
        table={() => null}
        plot={(width) => {
          widths.push(width);
          return <svg className="plot" width={width} height={100} />;
        }}
      />
    </ChartScaleOverride.Provider>,
  );
}

describe('<AnalysisFrame> on a large screen', () => {
  it('zooms the plot by the chart scale, so its type grows with the dashboard\u2019s', () => {
    const widths: number[] = [];
    const { container } = frame(1.25, widths);
    const plot = container.querySelector('svg.plot')!;
    expect((plot.parentElement as HTMLElement).style.zoom).toBe('1.25');
    expect(widths.length).toBeGreaterThan(0);
  });

  it('leaves the plot as it is at the usual scale', () => {
    const { container } = frame(1, []);
    expect((container.querySelector('svg.plot')!.parentElement as HTMLElement).style.zoom).toBe('');
  });
});

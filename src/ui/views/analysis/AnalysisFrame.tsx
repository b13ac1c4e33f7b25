/**
 * The frame of an analysis view's static recharts chart: the usual chart
 * frame (title, subtitle, Chart/Table, downloads) around a plot drawn at the
 * width its column has (recharts needs a number; useWidth measures it).
 * recharts draws in pixels, so on a large screen (chartScale) the plot is
 * laid out in chart units and zoomed to the column, type and all, as the
 * dashboard's charts are: drawn at the unit width itself, it had filled four
 * fifths of the column at 1920 px with 12 px ticks.
 */
import { useEffect, useReducer, type ReactNode } from 'react';
import { ChartFrame, type ChartFrameProps } from '../../charts/ChartFrame';
import { useWidth } from '../../charts/plot/useWidth';
import { useChartScale } from '../../charts/plot/chartScale';
import { onRemeasure } from '../../charts/plot/wrap';
import { MemoryScope } from '../../memory';

/** `name`: the chart's among its view's charts, under which the reader's choices in it are kept (ui/memory). */
export function AnalysisFrame({ name, plot, ...frame }: Omit<ChartFrameProps, 'chart'> & { name: string; plot: (width: number) => ReactNode }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const scale = useChartScale();
  // Labels are wrapped to measured widths: laid out again once a font (Urdu's, on a switch of language) has loaded.
  const [, remeasured] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onRemeasure(remeasured), []);
  return (
    <MemoryScope name={name}>
      <ChartFrame
        {...frame}
        chart={
          <div ref={ref} className="sens-chart">
            <div style={scale === 1 ? undefined : { zoom: scale }}>{plot(width)}</div>
          </div>
        }
      />
    </MemoryScope>
  );
}

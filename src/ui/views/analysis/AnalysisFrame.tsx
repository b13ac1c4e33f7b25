/**
 * The frame of an analysis view's static recharts chart: the usual chart
 * frame (title, subtitle, Chart/Table, downloads) around a plot drawn at the
 * width its column has (recharts needs a number; useWidth measures it).
 */
import type { ReactNode } from 'react';
import { ChartFrame, type ChartFrameProps } from '../../charts/ChartFrame';
import { useWidth } from '../../charts/plot/useWidth';
import { MemoryScope } from '../../memory';

/** `name`: the chart's among its view's charts, under which the reader's choices in it are kept (ui/memory). */
export function AnalysisFrame({ name, plot, ...frame }: Omit<ChartFrameProps, 'chart'> & { name: string; plot: (width: number) => ReactNode }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <MemoryScope name={name}>
      <ChartFrame
        {...frame}
        chart={
          <div ref={ref} className="sens-chart">
            {plot(width)}
          </div>
        }
      />
    </MemoryScope>
  );
}

/**
 * The frame of an analysis view's static recharts chart: the usual chart
 * frame (title, subtitle, Chart/Table, downloads) around a plot drawn at the
 * width its column has (recharts needs a number; useWidth measures it).
 */
import type { ReactNode } from 'react';
import { ChartFrame, type ChartFrameProps } from '../../charts/ChartFrame';
import { useWidth } from '../../charts/plot/useWidth';

export function AnalysisFrame({ plot, ...frame }: Omit<ChartFrameProps, 'chart'> & { plot: (width: number) => ReactNode }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <ChartFrame
      {...frame}
      chart={
        <div ref={ref} className="sens-chart">
          {plot(width)}
        </div>
      }
    />
  );
}

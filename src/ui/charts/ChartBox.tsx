/**
 * A full-width chart of fixed height. recharts' ResponsiveContainer measures
 * its parent with ResizeObserver; where there is none (jsdom, some print
 * paths) it would silently render nothing, so it starts from an assumed size.
 */
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { INITIAL_WIDTH } from './axis';

export interface ChartBoxProps {
  height: number;
  children: ReactElement;
}

export function ChartBox({ height, children }: ChartBoxProps) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
      {children}
    </ResponsiveContainer>
  );
}

/**
 * The svg a chart draws into, at its container's width and a fixed height.
 * The svg is an image to assistive technology, named by `label`; the frame's
 * Table view is where the numbers are read.
 *
 * `width` and `height` are in chart units; the svg's viewBox scales them up
 * on large screens (see chartScale), so its on-screen size is that times the scale.
 */
import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { useChartScale } from './chartScale';

export interface PlotSurfaceProps {
  width: number;
  height: number;
  label: string;
  /** The measured container (see useWidth). */
  containerRef: Ref<HTMLDivElement>;
  children: ReactNode;
  /** HTML drawn over the svg, e.g. a tooltip; positioned against the container, in screen pixels (chart units × useChartScale()). */
  overlay?: ReactNode;
  /** Focus and keyboard handling for charts one can step through. */
  containerProps?: HTMLAttributes<HTMLDivElement>;
}

export function PlotSurface({ width, height, label, containerRef, children, overlay, containerProps }: PlotSurfaceProps) {
  const scale = useChartScale();
  return (
    <div ref={containerRef} className="chart-plot" style={{ height: height * scale }} {...containerProps}>
      <svg className="chart-surface" width={width * scale} height={height * scale} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} direction="ltr">
        {children}
      </svg>
      {overlay}
    </div>
  );
}

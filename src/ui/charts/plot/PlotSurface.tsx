/**
 * The svg a chart draws into, at its container's width and a fixed height.
 * The svg is an image to assistive technology, named by `label`; the frame's
 * Table view is where the numbers are read.
 */
import type { HTMLAttributes, ReactNode, RefObject } from 'react';

export interface PlotSurfaceProps {
  width: number;
  height: number;
  label: string;
  /** The measured container (see useWidth). */
  containerRef: RefObject<HTMLDivElement | null>;
  children: ReactNode;
  /** HTML drawn over the svg, e.g. a tooltip; positioned against the container. */
  overlay?: ReactNode;
  /** Focus and keyboard handling for charts one can step through. */
  containerProps?: HTMLAttributes<HTMLDivElement>;
}

export function PlotSurface({ width, height, label, containerRef, children, overlay, containerProps }: PlotSurfaceProps) {
  return (
    <div ref={containerRef} className="chart-plot" style={{ height }} {...containerProps}>
      <svg className="chart-surface" width={width} height={height} role="img" aria-label={label}>
        {children}
      </svg>
      {overlay}
    </div>
  );
}

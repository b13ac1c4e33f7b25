/**
 * Where the plot area sits inside a chart's svg, and the furniture's
 * colours and sizes, shared by every chart drawn with ./axes.
 */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot area's edges in svg pixels. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The whole drawing's width, where known (plotBox): what room a title has beyond the plot's ends. */
  width?: number;
}

/** Never narrower or shorter than this, so a tiny container still gives sane scales. */
const MIN_PLOT = 40;

export function plotBox(width: number, height: number, m: Margin): Box {
  return {
    left: m.left,
    right: Math.max(m.left + MIN_PLOT, width - m.right),
    top: m.top,
    bottom: Math.max(m.top + MIN_PLOT, height - m.bottom),
    width,
  };
}

/** Axis lines and tick marks. */
export const AXIS_STROKE = '#666666';
export const TICK_SIZE = 6;
/** Room a y axis takes left of the plot: tick labels and the rotated title. */
export const Y_AXIS_WIDTH = 56;

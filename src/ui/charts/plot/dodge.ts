/**
 * Direct labels at the ends of lines, moved apart vertically so none
 * overlaps another: each keeps its line's height where it can, neighbours
 * are pushed apart just enough, and the stack is kept inside the plot.
 */
export interface LabelSlot {
  /** Where the label wants its middle (its line's end). */
  y: number;
  /** The label's height (lines × line height). */
  height: number;
}

/** The middle of each label, in the input's order, at least `gap` apart edge to edge and within [top, bottom] where they fit. */
export function dodge(labels: readonly LabelSlot[], top: number, bottom: number, gap = 2): number[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.y - labels[b]!.y);
  const tops = new Map<number, number>();
  // Downwards: each label starts at its wish or just below the one above it.
  let edge = top;
  for (const i of order) {
    const l = labels[i]!;
    const t = Math.max(l.y - l.height / 2, edge);
    tops.set(i, t);
    edge = t + l.height + gap;
  }
  // Upwards: whatever ran out at the bottom is pushed back up (the top label may then sit above `top` if all cannot fit).
  edge = bottom;
  for (const i of [...order].reverse()) {
    const l = labels[i]!;
    const t = Math.min(tops.get(i)!, edge - l.height);
    tops.set(i, t);
    edge = t - gap;
  }
  return labels.map((l, i) => tops.get(i)! + l.height / 2);
}

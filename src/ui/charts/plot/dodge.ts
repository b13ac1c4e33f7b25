/**
 * Direct labels at the ends of lines, moved apart vertically so none
 * overlaps another. Labels that would collide form a group, stacked in their
 * lines' order and centred on the mean of where they want to be, so a
 * bunch of lines ending close together gets its names just above and below
 * it rather than all pushed one way; groups that then touch merge, and a
 * group is kept inside the plot when it fits.
 */
export interface LabelSlot {
  /** Where the label wants its middle (its line's end). */
  y: number;
  /** The label's height (lines × line height). */
  height: number;
}

interface Group {
  /** Indices, top to bottom. */
  members: number[];
  /** Top edge of the stack. */
  top: number;
  /** Stack height including gaps. */
  height: number;
}

/** The middle of each label, in the input's order, at least `gap` apart edge to edge and within [top, bottom] where they fit. */
export function dodge(labels: readonly LabelSlot[], top: number, bottom: number, gap = 2): number[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.y - labels[b]!.y);
  const place = (members: number[]): Group => {
    const height = members.reduce((s, i) => s + labels[i]!.height, 0) + gap * (members.length - 1);
    // Centre the stack where the labels' own middles would put it on average.
    let offset = 0;
    let want = 0;
    for (const i of members) {
      want += labels[i]!.y - (offset + labels[i]!.height / 2);
      offset += labels[i]!.height + gap;
    }
    const t = want / members.length;
    return { members, top: Math.max(top, Math.min(t, bottom - height)), height };
  };
  const groups: Group[] = [];
  for (const i of order) {
    groups.push(place([i]));
    // Merge with the group above while they overlap.
    while (groups.length > 1) {
      const b = groups[groups.length - 1]!;
      const a = groups[groups.length - 2]!;
      if (a.top + a.height + gap <= b.top) break;
      groups.splice(-2, 2, place([...a.members, ...b.members]));
    }
  }
  const out: number[] = new Array(labels.length);
  for (const g of groups) {
    let y = g.top;
    for (const i of g.members) {
      out[i] = y + labels[i]!.height / 2;
      y += labels[i]!.height + gap;
    }
  }
  return out;
}

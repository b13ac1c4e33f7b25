/**
 * Where categories and their bars sit along a category axis: equal bands,
 * a gap around each group of bars (10% of the band on either side, like
 * recharts' default), bars of at most `maxBarSize` centred in their band.
 */
export interface BandOptions {
  /** Share of each band left empty on either side of its group of bars. */
  gap?: number;
  /** Pixels between two bars of one group. */
  barGap?: number;
  maxBarSize?: number;
  /**
   * Each category's share of the axis, in proportion (its labels' height: a slide's rows as tall as their own lines,
   * axes' categoryRowHeights); without, equal bands. Bars keep one size, the narrowest band's.
   */
  weights?: readonly number[];
}

export interface BandLayout {
  /** Width (or height) of one category's band (the narrowest, where they differ). */
  band: number;
  /** Width (or height) of category `i`'s band. */
  bandOf: (i: number) => number;
  /** Middle of category `i`'s band. */
  centre: (i: number) => number;
  /** Width (or height) of one bar. */
  size: number;
  /** Middle of bar `j` of category `i`. */
  bar: (i: number, j: number) => number;
}

export function bandLayout(count: number, from: number, to: number, bars: number, { gap = 0.1, barGap = 4, maxBarSize = Infinity, weights }: BandOptions = {}): BandLayout {
  const even = (to - from) / Math.max(1, count);
  const total = weights?.length === count ? weights.reduce((a, b) => a + b, 0) : 0;
  // Each band's start and size: equal, or in proportion to its weight.
  const starts: number[] = [];
  const sizes: number[] = [];
  for (let i = 0, at = from; i < count; i++) {
    const size = total > 0 ? ((to - from) * weights![i]!) / total : even;
    starts.push(at);
    sizes.push(size);
    at += size;
  }
  const band = total > 0 ? Math.min(...sizes) : even;
  const k = Math.max(1, bars);
  const size = Math.max(1, Math.min(maxBarSize, (band * (1 - 2 * gap) - (k - 1) * barGap) / k));
  const group = k * size + (k - 1) * barGap;
  const centre = (i: number) => (total > 0 && i >= 0 && i < count ? starts[i]! + sizes[i]! / 2 : from + even * (i + 0.5));
  return { band, bandOf: (i) => sizes[i] ?? even, centre, size, bar: (i, j) => centre(i) - group / 2 + size / 2 + j * (size + barGap) };
}

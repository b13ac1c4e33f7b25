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
}

export interface BandLayout {
  /** Width (or height) of one category's band. */
  band: number;
  /** Middle of category `i`'s band. */
  centre: (i: number) => number;
  /** Width (or height) of one bar. */
  size: number;
  /** Middle of bar `j` of category `i`. */
  bar: (i: number, j: number) => number;
}

export function bandLayout(count: number, from: number, to: number, bars: number, { gap = 0.1, barGap = 4, maxBarSize = Infinity }: BandOptions = {}): BandLayout {
  const band = (to - from) / Math.max(1, count);
  const k = Math.max(1, bars);
  const size = Math.max(1, Math.min(maxBarSize, (band * (1 - 2 * gap) - (k - 1) * barGap) / k));
  const group = k * size + (k - 1) * barGap;
  const centre = (i: number) => from + band * (i + 0.5);
  return { band, centre, size, bar: (i, j) => centre(i) - group / 2 + size / 2 + j * (size + barGap) };
}

/**
 * Intervals in words, with the shared formatters: "900k–1.5 m". When either
 * end carries a sign a dash would read as one, so "−290k to −120k", "+45k to +215k".
 */
import type { Formatter } from '../format';

export function intervalText(low: number | null, high: number | null, format: Formatter): string {
  if (low === null || high === null) return '–';
  const [lo, hi] = [format(low), format(high)];
  return /^[+−-]/.test(lo) || /^[+−-]/.test(hi) ? `${lo} to ${hi}` : `${lo}–${hi}`;
}

/** Month ticks: every 6 months up to 3 years, then every 12, so labels never crowd. */
export function monthTicks(months: number): number[] {
  const step = months <= 36 ? 6 : 12;
  const ticks = [1];
  for (let m = step; m <= months; m += step) ticks.push(m);
  return ticks;
}

/** A table cell: "1.16 m (989k–1.34 m)"; just the value when there is no spread, "–" when there is no value. */
export function valueWithInterval(value: number | null | undefined, low: number | null | undefined, high: number | null | undefined, format: Formatter): string {
  if (value === null || value === undefined) return '–';
  if (low === null || low === undefined || high === null || high === undefined || low === high) return format(value);
  return `${format(value)} (${intervalText(low, high, format)})`;
}

/** A table cell's second line: "(989k–1.34 m)"; empty when there is no spread. */
export function intervalDetail(v: { low: number | null; high: number | null } | undefined, format: Formatter): string {
  return v && v.low !== null && v.high !== null && v.low !== v.high ? `(${intervalText(v.low, v.high, format)})` : '';
}

/**
 * A run's summary as CSV: one row per metric with its mean and percentiles
 * across replications, written with d3-dsv. Nested metrics (spending by
 * programme) are named by their path, e.g. "spentByProgrammePKR.cash";
 * undefined statistics (null in the result JSON) are empty cells.
 */
import { csvFormat } from 'd3';
import type { Dist, Scenario, Summary } from '../../engine/index';
import { householdsReportLine } from '../households/householdsText';

export const SUMMARY_COLUMNS = ['metric', 'mean', 'p5', 'p25', 'p50', 'p75', 'p95'] as const;
const STATS = SUMMARY_COLUMNS.slice(1) as readonly (keyof Dist)[];

const isDist = (x: unknown): x is Dist => !!x && typeof x === 'object' && 'mean' in x && 'p50' in x;

/** Every {mean, p5, …} under `node`, depth first, in the result's own key order. */
function rows(node: unknown, path: string[]): Record<string, string | number>[] {
  if (isDist(node)) {
    const row: Record<string, string | number> = { metric: path.join('.') };
    for (const k of STATS) {
      const v = node[k];
      row[k] = v === null || !Number.isFinite(v) ? '' : v;
    }
    return [row];
  }
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => rows(v, [...path, k]));
  return [];
}

/**
 * The summary's CSV; a run on imported household data starts with a
 * `# households: …` line naming it in full (id, name, SHA-256, rows), which
 * pandas skips with `read_csv(…, comment='#')`.
 */
export function summaryCsv(summary: Summary, households: Scenario['households'] = null): string {
  const head = households ? `# ${householdsReportLine(households).replace(/[\r\n]+/g, ' ')}\n` : '';
  return `${head}${csvFormat(rows(summary, []), [...SUMMARY_COLUMNS])}\n`;
}

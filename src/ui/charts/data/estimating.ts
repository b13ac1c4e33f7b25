/**
 * Honest intervals while a run is young. A 90% interval is the 5th to 95th
 * percentile across replications: with one replication it is a single
 * point ("238k to 238k"), and with a handful it is little more than the
 * extremes. Below MIN_INTERVAL_REPLICATIONS the app shows the central value
 * alone and says the interval is still being estimated; every chart says
 * how many replications its intervals rest on.
 */
import { i18n } from '../../../i18n/index';
import type { Difference, RunResult } from '../../../engine/index';

export const MIN_INTERVAL_REPLICATIONS = 10;

/** Whether intervals over `replications` replications are still being estimated. */
export const estimating = (replications: number): boolean => replications < MIN_INTERVAL_REPLICATIONS;

const SPREAD = ['p5', 'p25', 'p75', 'p95'] as const;

/** A copy with every percentile other than the median set to null (numbers or arrays of them). */
function withoutSpread<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutSpread) as T;
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const isSummary = 'p50' in obj && 'p5' in obj && 'p95' in obj;
  return Object.fromEntries(
    Object.entries(obj).map(([k, v]) => {
      if (isSummary && (SPREAD as readonly string[]).includes(k)) return [k, Array.isArray(v) ? v.map(() => null) : null];
      // The scenario is data, not statistics: keep it as it is.
      return [k, k === 'scenario' ? v : withoutSpread(v)];
    }),
  ) as T;
}

const results = new WeakMap<RunResult, RunResult>();
const diffs = new WeakMap<Difference, Difference>();

/** The result as charts should show it: without intervals while they are still being estimated (memoised). */
export function shownResult(result: RunResult): RunResult {
  if (!estimating(result.meta.replications)) return result;
  let shown = results.get(result);
  if (!shown) {
    shown = withoutSpread(result);
    results.set(result, shown);
  }
  return shown;
}

/** The same for a paired difference. */
export function shownDifference(diff: Difference): Difference {
  if (!estimating(diff.replications)) return diff;
  let shown = diffs.get(diff);
  if (!shown) {
    shown = withoutSpread(diff);
    diffs.set(diff, shown);
  }
  return shown;
}

/** What a chart's intervals rest on, in words: "Intervals rest on 40 replications." */
export function basisText(counts: readonly number[], meansOnly = false): string {
  if (counts.length === 0) return '';
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  const n = lo === hi ? `${lo}` : `${lo}–${hi}`;
  const reps = i18n.t('charts:estimating.replications', { n, count: hi });
  // A chart of means only had said "Intervals rest on 100 replications" beside no interval.
  if (meansOnly) return i18n.t('charts:estimating.means', { reps });
  return estimating(lo) ? i18n.t('charts:estimating.still', { reps, min: MIN_INTERVAL_REPLICATIONS }) : i18n.t('charts:estimating.rest', { reps });
}

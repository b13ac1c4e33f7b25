/**
 * Honest intervals while a run is young. A 90% interval is the 5th to 95th
 * percentile across replications: with one replication it is a single
 * point ("238k to 238k"), and with a handful it is little more than the
 * extremes. Below MIN_INTERVAL_REPLICATIONS the app shows the central value
 * alone and says the interval is still being estimated, or, once the run
 * holds every replication its scenario asks for (complete), that there are
 * too few for one; every chart says how many replications its intervals
 * rest on.
 */
import { i18n } from '../../../i18n/index';
import type { Difference, RunResult } from '../../../engine/index';

export const MIN_INTERVAL_REPLICATIONS = 10;

/** Whether intervals over `replications` replications are still being estimated (or, in a complete run, too few to show). */
export const estimating = (replications: number): boolean => replications < MIN_INTERVAL_REPLICATIONS;

/**
 * Whether a result holds every replication its scenario asks for (run.replications): no more are coming. A finished
 * run of 4 had said "estimating…" for ever.
 */
export const complete = (result: RunResult): boolean => result.meta.replications >= result.scenario.run.replications;

/** Below the minimum, and no more replications coming: too few for an interval, rather than still being estimated. */
export const tooFew = (result: RunResult): boolean => estimating(result.meta.replications) && complete(result);

/** What one set of a chart's intervals rests on: the replications held and those its scenario asks for. */
export interface Basis {
  done: number;
  asked: number;
}

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

/**
 * What a chart's intervals rest on, in words: "Intervals rest on 40 replications."; below the minimum, that they are
 * still being estimated while a run short of it is still coming, or that there are too few once none is.
 */
export function basisText(bases: readonly Basis[], meansOnly = false): string {
  if (bases.length === 0) return '';
  const counts = bases.map((b) => b.done);
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  const n = lo === hi ? `${lo}` : `${lo}–${hi}`;
  const reps = i18n.t('charts:estimating.replications', { n, count: hi });
  // A chart of means only had said "Intervals rest on 100 replications" beside no interval.
  if (meansOnly) return i18n.t('charts:estimating.means', { reps });
  if (!estimating(lo)) return i18n.t('charts:estimating.rest', { reps });
  const coming = bases.some((b) => estimating(b.done) && b.done < b.asked);
  return i18n.t(coming ? 'charts:estimating.still' : 'charts:estimating.tooFew', { reps, min: MIN_INTERVAL_REPLICATIONS });
}

/** A result's basis: the replications it holds and those its scenario asks for. */
export const basisOf = (result: RunResult): Basis => ({ done: result.meta.replications, asked: result.scenario.run.replications });

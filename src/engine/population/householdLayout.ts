/**
 * Where imported households sit in a run: which rows each replication uses,
 * in stratum order, and the error for data that has not been registered.
 */
import type { Scenario } from '../scenario/types';
import { registeredHouseholds, replicationCount, type HouseholdData } from './households';
import { STRATA_COUNT } from './regions';

/** The error simulateWorld throws for a scenario whose data has not been registered in this thread. */
export class HouseholdsNotLoadedError extends Error {
  constructor(ref: NonNullable<Scenario['households']>) {
    super(`scenario uses household data ${ref.name} (sha256 ${ref.sha256.slice(0, 12)}…) which has not been loaded`);
    this.name = 'HouseholdsNotLoadedError';
  }
}

/** The registered data a scenario names; throws HouseholdsNotLoadedError when it is not registered. */
export function householdDataFor(sc: Scenario): HouseholdData {
  const ref = sc.households;
  if (!ref) throw new Error(`scenario "${sc.name}" runs on the synthetic population`);
  const data = registeredHouseholds(ref.sha256);
  if (!data) throw new HouseholdsNotLoadedError(ref);
  return data;
}

/**
 * Row indices of each replication in stratum order, computed once per data
 * (a counting sort: stable, O(rows)). Without a replication column every
 * replication has every row, under the key -1.
 */
const layouts = new WeakMap<HouseholdData, Map<number, Int32Array>>();

function rowsByReplication(data: HouseholdData): Map<number, Int32Array> {
  let byRep = layouts.get(data);
  if (byRep) return byRep;
  const counts = new Map<number, Int32Array>();
  const repOf = (j: number) => (data.replication ? data.replication[j]! : -1);
  const stratumOf = (j: number) => 2 * data.region[j]! + data.rural[j]!;
  for (let j = 0; j < data.n; j++) {
    const r = repOf(j);
    let c = counts.get(r);
    if (!c) counts.set(r, (c = new Int32Array(STRATA_COUNT + 1)));
    c[stratumOf(j) + 1]++;
  }
  byRep = new Map();
  const next = new Map<number, Int32Array>();
  for (const [r, c] of counts) {
    for (let s = 0; s < STRATA_COUNT; s++) c[s + 1] += c[s]!;
    byRep.set(r, new Int32Array(c[STRATA_COUNT]!));
    next.set(r, c.slice());
  }
  for (let j = 0; j < data.n; j++) {
    const r = repOf(j);
    byRep.get(r)![next.get(r)![stratumOf(j)]!++] = j;
  }
  layouts.set(data, byRep);
  return byRep;
}

/** Rows of replication r, in stratum order; null when a file with a replication column has none for r. */
export function rowsFor(data: HouseholdData, r: number): Int32Array | null {
  return rowsByReplication(data).get(data.replication ? r : -1) ?? null;
}

/** Why the data cannot run `replications` replications (a replication column must cover 0…R−1), or null. */
export function replicationProblem(data: HouseholdData, replications: number): string | null {
  if (!data.replication) return null;
  const byRep = rowsByReplication(data);
  const missing: number[] = [];
  for (let r = 0; r < replications && missing.length < 5; r++) if (!byRep.has(r)) missing.push(r);
  if (missing.length === 0) return null;
  const have = replicationCount(data);
  // "replication 3", "replications 3 and 4", "replications 3, 4 and 7", "replications 3, 4, 5, 6, 7, …".
  const list =
    missing.length === 5 ? `${missing.join(', ')}, …` : missing.length === 1 ? String(missing[0]) : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  return (
    `the household data holds ${have} replication${have === 1 ? '' : 's'} (a replication column) but no rows for replication${missing.length === 1 ? '' : 's'} ${list}: ` +
    `a run of ${replications} replication${replications === 1 ? '' : 's'} needs rows for replications 0 to ${replications - 1}`
  );
}

/**
 * How many replications the data can run: the largest R with rows for every
 * replication 0…R−1 (a replication column), or Infinity without that column
 * (every replication uses every row).
 */
export function replicationCoverage(data: HouseholdData): number {
  if (!data.replication) return Infinity;
  const byRep = rowsByReplication(data);
  let r = 0;
  while (byRep.has(r)) r++;
  return r;
}

/**
 * A file with a replication column: the fewest and the most rows any of its replications has (each replication's
 * sample; the file's rows together are not one), and how many replications it holds. null without that column
 * (every replication uses every row).
 */
export function rowsPerReplication(data: HouseholdData): { fewest: number; most: number; replications: number } | null {
  if (!data.replication) return null;
  let fewest = Infinity;
  let most = 0;
  const byRep = rowsByReplication(data);
  for (const rows of byRep.values()) {
    fewest = Math.min(fewest, rows.length);
    most = Math.max(most, rows.length);
  }
  return { fewest, most, replications: byRep.size };
}

/** Why the data cannot run replications `indices` (each needs rows, with a replication column), or null. */
export function replicationsProblem(data: HouseholdData, indices: readonly number[]): string | null {
  if (!data.replication || indices.length === 0) return null;
  const byRep = rowsByReplication(data);
  if (indices.every((r) => byRep.has(r))) return null;
  return replicationProblem(data, indices.reduce((a, r) => Math.max(a, r), 0) + 1);
}

/** First household index of each stratum for rows in stratum order. */
export function stratumStarts(data: HouseholdData, rows: Int32Array): Int32Array {
  const start = new Int32Array(STRATA_COUNT + 1);
  for (const j of rows) start[2 * data.region[j]! + data.rural[j]! + 1]++;
  for (let s = 0; s < STRATA_COUNT; s++) start[s + 1] += start[s]!;
  return start;
}

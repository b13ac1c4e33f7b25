/**
 * The search for the best split of a noisy objective, with the evaluator as
 * a parameter (the engine on a runner, or a synthetic function in tests).
 *
 * Every comparison is made on the same replications (common random
 * numbers): search replication k is the same draw for every candidate, and a
 * candidate evaluated on k replications holds the first k. Three phases:
 *  1. screen — successive halving (Jamieson & Talwalkar 2016; Karnin et al.
 *     2013): all initial candidates on a few replications, the better half
 *     kept and their replications doubled, until `keep` remain;
 *  2. refine — the cross-entropy method (Rubinstein 1999; de Boer et al.
 *     2005) around the survivors: Gaussian samples projected onto the
 *     constraints, all on the same `refineReplications`, the elite quarter
 *     moving the mean and spread (smoothed);
 *  3. finalists — the best few ever seen and the user's split re-evaluated
 *     on `finalistReplications`; the best of them is the answer.
 * Ranking: feasible before infeasible (measured constraints, e.g. PAR30 over
 * a cap), then the smaller violation, then the lower loss, then the earlier
 * candidate, so the same measurements always give the same order. Random
 * draws are keyed by (seed, iteration, sample, coordinate): the same seed
 * gives the same answer whatever evaluates the points, and in whatever order.
 */
import { cos, log } from '../../math/dmath';
import { mix } from '../../random/hash';
import { initialCandidates, splitKey, type CandidateOrigin } from './candidates';
import { project, type SplitSpace } from './space';

export interface SearchSettings {
  /** Initial candidates (the user's split, the centre, corners, Sobol' points). */
  candidates: number;
  /** Replications of the first halving stage; doubled at each stage. */
  screenReplications: number;
  /** Halving stops when this many remain. */
  keep: number;
  refineIterations: number;
  refinePopulation: number;
  refineReplications: number;
  /** The best this many (plus the user's split) are re-evaluated… */
  finalists: number;
  /** …on this many replications. */
  finalistReplications: number;
}

/**
 * The default effort: 64 candidates halved from 4 replications to 4
 * survivors on 32, 10 cross-entropy rounds of 20 on 16 replications, 4
 * finalists and the user's split on 64: at most 4,160 scenario-replications
 * for the search (the measured cost of the default scenario is in the README).
 */
export const DEFAULT_SEARCH: SearchSettings = {
  candidates: 64,
  screenReplications: 4,
  keep: 4,
  refineIterations: 10,
  refinePopulation: 20,
  refineReplications: 16,
  finalists: 4,
  finalistReplications: 64,
};

export type SearchPhase = 'screen' | 'refine' | 'finalists';

/** Lower loss is better; violation 0 means every measured constraint holds. */
export interface Assessment {
  loss: number;
  violation: number;
}

export interface SearchProblem<M> {
  space: SplitSpace;
  /** The user's split, or the feasible split nearest to it. */
  current: Float64Array;
  seed: number;
  /** Measurements of each point on search replications from … to − 1: result[point][k − from]. */
  evaluate(points: readonly Float64Array[], from: number, to: number, phase: SearchPhase): Promise<M[][]>;
  /** The loss and violation of one point from its measurements on replications 0 … n − 1, in order. */
  assess(measurements: readonly M[]): Assessment;
}

export interface Finalist extends Assessment {
  x: number[];
  origin: CandidateOrigin;
}

export interface SearchStage {
  phase: SearchPhase;
  /** Candidates compared at this stage and the replications each was compared on. */
  candidates: number;
  replications: number;
}

export interface SearchOutcome {
  /** The finalists ranked on `finalistReplications`, best first; best = finalists[0]. */
  finalists: Finalist[];
  stages: SearchStage[];
  /** Distinct splits evaluated. */
  evaluations: number;
  /** Σ over evaluations of point × replication. */
  pointReplications: number;
}

interface Candidate<M> {
  id: number;
  x: Float64Array;
  key: string;
  origin: CandidateOrigin;
  m: M[];
}

/** An upper bound on the point-replications a search makes (progress totals). */
export function searchWork(s: SearchSettings): number {
  let work = 0;
  let count = s.candidates;
  let have = 0;
  let r = s.screenReplications;
  do {
    work += count * (r - have);
    have = r;
    count = Math.max(s.keep, Math.ceil(count / 2));
    r *= 2;
  } while (count > s.keep);
  work += s.keep * Math.max(0, s.refineReplications - have);
  work += s.refineIterations * s.refinePopulation * s.refineReplications;
  work += (s.finalists + 1) * s.finalistReplications;
  return work;
}

/** A standard normal draw keyed by (key, word): Box–Muller on two hashed uniforms, with the engine's log and cos. */
function normal(key: number, word: number): number {
  const a = mix(key, 2 * word);
  const b = mix(key, 2 * word + 1);
  const u1 = ((a >>> 0) + 1) / 4294967296;
  const u2 = (b >>> 0) / 4294967296;
  return Math.sqrt(-2 * log(u1)) * cos(2 * Math.PI * u2);
}

/** Cancelling is the evaluator's business: it rejects (e.g. with the runner's abort), and so does the search. */
export async function searchSplits<M>(problem: SearchProblem<M>, settings: SearchSettings = DEFAULT_SEARCH): Promise<SearchOutcome> {
  const { space } = problem;
  const stages: SearchStage[] = [];
  const all = new Map<string, Candidate<M>>();
  let pointReplications = 0;
  const admit = (x: Float64Array, origin: CandidateOrigin): Candidate<M> => {
    const key = splitKey(x);
    let c = all.get(key);
    if (!c) all.set(key, (c = { id: all.size, x, key, origin, m: [] }));
    return c;
  };
  /** Every candidate measured on replications 0 … n − 1 (one call per group that has the same number already). */
  const ensure = async (list: readonly Candidate<M>[], n: number, phase: SearchPhase) => {
    const byHave = new Map<number, Candidate<M>[]>();
    for (const c of list) if (c.m.length < n) byHave.set(c.m.length, [...(byHave.get(c.m.length) ?? []), c]);
    for (const [have, group] of [...byHave].sort((a, b) => a[0] - b[0])) {
      const got = await problem.evaluate(group.map((c) => c.x), have, n, phase);
      group.forEach((c, j) => c.m.push(...got[j]!));
      pointReplications += group.length * (n - have);
    }
  };
  const rank = (list: readonly Candidate<M>[], n: number) =>
    list
      .map((c) => ({ c, a: problem.assess(c.m.slice(0, n)) }))
      .sort((p, q) => Number(p.a.violation > 0) - Number(q.a.violation > 0) || p.a.violation - q.a.violation || p.a.loss - q.a.loss || p.c.id - q.c.id);

  // 1. Screen.
  let pool = initialCandidates(space, problem.current, settings.candidates).map((s) => admit(s.x, s.origin));
  const current = pool[0]!;
  let r = settings.screenReplications;
  do {
    await ensure(pool, r, 'screen');
    stages.push({ phase: 'screen', candidates: pool.length, replications: r });
    pool = rank(pool, r).slice(0, Math.max(settings.keep, Math.ceil(pool.length / 2))).map((p) => p.c);
    r *= 2;
  } while (pool.length > settings.keep);

  // 2. Refine by cross-entropy on a fixed set of replications.
  const R = settings.refineReplications;
  await ensure(pool, R, 'refine');
  const eliteCount = Math.max(2, Math.ceil(settings.refinePopulation / 4));
  let elites = rank(pool, R).slice(0, eliteCount).map((p) => p.c);
  const n = space.keys.length;
  const mean = Float64Array.from(elites[0]!.x);
  const spread = new Float64Array(n);
  const floor = new Float64Array(n);
  for (const b of space.blocks)
    for (let i = b.start; i < b.end; i++) {
      spread[i] = Math.max(0.05 * b.total, std(elites.map((c) => c.x[i]!)));
      floor[i] = 0.002 * b.total;
    }
  const key = mix(mix(0x0b7e1a5e, problem.seed | 0), 0x51c3);
  const SMOOTH = 0.7;
  // The spread forgets faster than the mean moves, so it does not collapse before the mean arrives (tuned on the concave test objectives).
  const SPREAD_SMOOTH = 0.5;
  for (let it = 0; it < settings.refineIterations && n > 0; it++) {
    const fresh: Candidate<M>[] = [];
    const samples: Candidate<M>[] = [];
    const itKey = mix(key, it);
    for (let k = 0; k < settings.refinePopulation; k++) {
      // Mirrored pairs (mean ± the same step) cancel the samples' own drift in the elite's mean.
      const sign = k % 2 === 1 ? 1 : -1;
      const draw = mix(itKey, (k + 1) >> 1);
      const y = k === 0 ? mean : Float64Array.from(mean, (m, i) => m + sign * spread[i]! * normal(draw, i));
      const x = project(space, y);
      if (!x) continue;
      const c = admit(x, 'refine');
      samples.push(c);
      if (c.m.length === 0 && !fresh.includes(c)) fresh.push(c);
    }
    await ensure(fresh, R, 'refine');
    stages.push({ phase: 'refine', candidates: fresh.length, replications: R });
    // The distribution moves to this round's elite only (carrying old elites over stalls it); the best ever stay in `all` for the finalists.
    const sampled = [...new Set(samples)];
    if (sampled.length === 0) break;
    elites = rank(sampled, R).slice(0, eliteCount).map((p) => p.c);
    for (let i = 0; i < n; i++) {
      const values = elites.map((c) => c.x[i]!);
      mean[i] = SMOOTH * average(values) + (1 - SMOOTH) * mean[i]!;
      spread[i] = Math.max(floor[i]!, SPREAD_SMOOTH * std(values) + (1 - SPREAD_SMOOTH) * spread[i]!);
    }
  }

  // 3. Finalists: the best ever seen on the refine replications, and the user's split, on more replications.
  const seenOnR = [...all.values()].filter((c) => c.m.length >= R);
  const finalists = [...new Set([...rank(seenOnR, R).slice(0, settings.finalists).map((p) => p.c), current])];
  const F = settings.finalistReplications;
  await ensure(finalists, F, 'finalists');
  stages.push({ phase: 'finalists', candidates: finalists.length, replications: F });
  return {
    finalists: rank(finalists, F).map(({ c, a }) => ({ x: Array.from(c.x), origin: c.origin, loss: a.loss, violation: a.violation })),
    stages,
    evaluations: all.size,
    pointReplications,
  };
}

function average(v: readonly number[]): number {
  let s = 0;
  for (const x of v) s += x;
  return v.length ? s / v.length : 0;
}

function std(v: readonly number[]): number {
  const m = average(v);
  let s = 0;
  for (const x of v) s += (x - m) * (x - m);
  return v.length > 1 ? Math.sqrt(s / (v.length - 1)) : 0;
}

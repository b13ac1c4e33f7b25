/**
 * Draw one replication's synthetic households as a struct of typed arrays.
 * Every draw is keyed by (seed, replication, household, purpose), so the same
 * households appear whatever scenario runs on them (common random numbers).
 * Once drawn, each stratum's households are laid out in PMT order
 * (layOutByPmt); a household's draws stay keyed by its `id`, wherever it sits.
 */
import type { Context } from '../model/context';
import type { Arena } from '../model/state';
import { drawBits, streamKey, unit32, unitHi, unitLo } from '../random/hash';
import { inverseNormalCdf, normalTable } from '../random/normal';

/** Each household's rank within its stratum in a random order (from hashed keys). */
function randomRanks(sample: Sample, key: number): Int32Array {
  const ranks = new Int32Array(sample.n);
  for (let s = 0; s < STRATA_COUNT; s++) {
    const a = sample.stratumStart[s]!;
    const b = sample.stratumStart[s + 1]!;
    const keys = Float64Array.from({ length: b - a }, (_, j) => unit32(drawBits(key, a + j)));
    ascendingOrder(keys).forEach((j, rank) => {
      ranks[a + j] = rank;
    });
  }
  return ranks;
}
import { P } from '../random/purposes';
import { STRATA_COUNT } from './regions';
import { ascendingOrder } from '../results/order';
import { isFarm, livelihoodOffsets } from './livelihoods';
import { exp, log } from '../math/dmath';

export interface Population {
  n: number;
  /**
   * Each household's key for its own draws (drawBits(key, id[i])): its place when it was drawn (imported data:
   * its place among the file's rows of its replication, in stratum order). layOutByPmt moves households, and
   * their draws go with them.
   */
  id: Int32Array;
  /** First household index of each stratum; stratumStart[S] = n. */
  stratumStart: Int32Array;
  stratum: Uint8Array;
  region: Uint8Array;
  /** Real households this sample household stands for. */
  weight: Float64Array;
  size: Uint8Array;
  /** Adult-equivalents: adults 1, children 0.8 (Pakistan's official scale). */
  ae: Float64Array;
  livelihood: Uint8Array;
  femaleHead: Uint8Array;
  elderlyDisabled: Uint8Array;
  /** Has school-age children (eligible for the education stipend). */
  schoolChildren: Uint8Array;
  /** 1 = has marketable skills; 0 = none (eligible for training). */
  skilled: Uint8Array;
  /** Fixed part of log income per adult-equivalent: μ_s + livelihood offset + size term + permanent draw. */
  base: Float64Array;
  /** Value of the AR(1) persistent component when the registry surveyed the household (start of the burn-in). */
  persistent0: Float64Array;
  /** 1 for farm livelihoods (seasonal income). */
  farm: Uint8Array;
  /** PMT score, 0 (poorest) to 100: national percentile of a noisy proxy of welfare at the registry survey. */
  pmt: Float64Array;
  /** PMT score after categorical priority (lower = served first). */
  pmtEffective: Float64Array;
  /** Bottom 40% of welfare at the survey, nationally (faces extra inflation). */
  bottom40: Uint8Array;
  /** Receives the existing cash transfer (status quo): the lowest PMT scores nationally. */
  existing: Uint8Array;
  /** Household indices of each stratum sorted by effective PMT, poorest first; slice with stratumStart. */
  pmtOrder: Int32Array;
  /** Persistent take-up draws in [0, 1): cash, stipend, training, farm adoption; wilful-borrower type. */
  uCash: Float64Array;
  uStipend: Float64Array;
  uTraining: Float64Array;
  uFarm: Float64Array;
  uWilful: Float64Array;
  /** Liquid savings at the registry survey, PKR (imported data that gives them); null: the buffer rule sets them (model/pass.ts). */
  savings0: Float64Array | null;
  /** Loan status at the survey (LOAN_STATUSES codes; imported data that gives it); null: nobody has a loan history. */
  loanStatus: Uint8Array | null;
}

/** How the sample is laid out: households per stratum and the real households each stands for. */
export interface Sample {
  n: number;
  stratumStart: Int32Array;
  /** Real households per sample household, by stratum. */
  weight: Float64Array;
}

/** Cumulative Poisson(λ) probabilities up to k = 30, for inverse-CDF draws of household size. */
function poissonCdf(lambda: number): Float64Array {
  const cdf = new Float64Array(31);
  let p = exp(-lambda);
  let c = 0;
  for (let k = 0; k <= 30; k++) {
    c += p;
    cdf[k] = c;
    p = (p * lambda) / (k + 1);
  }
  return cdf;
}

/**
 * Draw a sample's households. `stratified` (calibration only) replaces the
 * random permanent and initial persistent draws by evenly spaced quantiles
 * within each stratum, in two unrelated orders, so a fixed calibration sample
 * carries almost no sampling error in the income distribution it solves on.
 */
export function generatePopulation(ctx: Context, sample: Sample, mu: Float64Array, repKey: number, stratified = false, from: Arena | null = null): Population {
  const N = normalTable();
  const { n } = sample;
  const sc = ctx.sc;
  const pop = allocatePopulation(n, sample.stratumStart, from);
  const meanSize = sc.world.population.householdSize;
  const sizeCdf = poissonCdf(Math.max(0, meanSize - 1));
  const kSize = streamKey(repKey, -1, P.SIZE);
  const kChildren = streamKey(repKey, -1, P.CHILDREN);
  const kLive = streamKey(repKey, -1, P.LIVELIHOOD);
  const kPerm = streamKey(repKey, -1, P.PERMANENT);
  const kPmt = streamKey(repKey, -1, P.PMT);
  const kFlags = streamKey(repKey, -1, P.FLAGS);
  const persistentKeys = takeUpKeys(repKey);
  const { permanentSd, persistentSd } = sc.world.income;
  const { childShare, femaleHeadShare, elderlyDisabledShare, skilledShare, sizeElasticity } = sc.world.population;
  const offsets = livelihoodOffsets(sc);
  const lnMeanSize = log(meanSize);
  // log of each possible household size (1 … 31), looked up rather than computed per household.
  const lnSize = Float64Array.from({ length: 32 }, (_, k) => (k > 0 ? log(k) : NaN));
  // Welfare the registry measures (log expected earnings per adult-equivalent at the survey), of which the PMT is a noisy proxy.
  const truth = new Float64Array(n);

  // Stratified draws pair the permanent quantiles (in index order) with the persistent ones in a random order.
  const persistentRank = stratified ? randomRanks(sample, streamKey(repKey, -1, P.PERMANENT) ^ 0x7777) : null;
  // One loop over households, not one per stratum inside a loop over strata. V8 compiles a long loop while it
  // runs (on-stack replacement), and Chromium deoptimises such code for an inner loop whenever that loop ends
  // ("exit from OSR'd inner loop": 144 times in a traced run of the default comparison, none since).
  let s = -1;
  let start = 0;
  let end = 0;
  let regionIndex = 0;
  let shares = ctx.livelihoodShares[0]!;
  for (let i = 0; i < n; i++) {
    if (i === end) {
      // The next stratum with households: one whose range ends where it starts has none.
      do s++;
      while (sample.stratumStart[s + 1]! === i);
      start = i;
      end = sample.stratumStart[s + 1]!;
      regionIndex = ctx.strata[s]!.regionIndex;
      shares = ctx.livelihoodShares[s]!;
    }
    pop.stratum[i] = s;
    pop.region[i] = regionIndex;
    pop.weight[i] = sample.weight[s]!;
    const u = unit32(drawBits(kSize, i));
    let extra = 0;
    while (extra < 30 && u > sizeCdf[extra]!) extra++;
    const size = 1 + extra;
    pop.size[i] = size;
    // Children among the members other than the head: a binomial draw from 16-bit halves, a fresh hash every two members.
    let children = 0;
    let bits = drawBits(kChildren, i);
    for (let m = 0; m < extra; m++) {
      if (m > 0 && (m & 1) === 0) bits = drawBits(kChildren ^ m, i);
      if ((m & 1 ? unitHi(bits) : unitLo(bits)) < childShare) children++;
    }
    pop.ae[i] = size - 0.2 * children;
    pop.schoolChildren[i] = children > 0 ? 1 : 0;
    const ul = unit32(drawBits(kLive, i));
    let l = 0;
    let acc = shares[0]!;
    while (l < shares.length - 1 && ul >= acc) acc += shares[++l]!;
    pop.livelihood[i] = l;
    const perm = drawBits(kPerm, i);
    let zA = N[perm & 0xffff]!;
    let zP = N[perm >>> 16]!;
    if (stratified) {
      const count = end - start;
      const j = i - start;
      // Livelihood and the other traits are random, so any fixed order of quantiles is independent of them.
      zA = inverseNormalCdf((j + 0.5) / count);
      zP = inverseNormalCdf((persistentRank![i]! + 0.5) / count);
    }
    const a = permanentSd * zA;
    const p0 = persistentSd * zP;
    // Larger households earn less per adult-equivalent (sizeElasticity < 0), as in Pakistan's surveys.
    pop.base[i] = mu[s]! + offsets[l]! + sizeElasticity * (lnSize[size]! - lnMeanSize) + a;
    pop.persistent0[i] = p0;
    pop.farm[i] = isFarm(l) ? 1 : 0;
    truth[i] = pop.base[i]! + p0;
    const flags = drawBits(kFlags, i);
    pop.femaleHead[i] = unitLo(flags) < femaleHeadShare ? 1 : 0;
    pop.elderlyDisabled[i] = unitHi(flags) < elderlyDisabledShare ? 1 : 0;
    pop.skilled[i] = unit32(drawBits(kFlags ^ 0x5a5a, i)) < skilledShare ? 1 : 0;
    drawTakeUp(pop, i, persistentKeys);
  }
  scorePmt(ctx, pop, truth, kPmt);
  // The calibration's sample is only summed, never stepped by a policy: where its households sit does not matter.
  if (stratified) applyTargeting(pop, ctx.sc.policy.cash.categoricalBonus);
  else layOutByPmt(ctx, pop, from);
  return pop;
}

/** The per-household columns layOutByPmt moves, by type (pmtEffective and pmtOrder are worked out afresh after it). */
const MOVED_F64 = ['weight', 'ae', 'base', 'persistent0', 'pmt', 'uCash', 'uStipend', 'uTraining', 'uFarm', 'uWilful'] as const;
const MOVED_U8 = ['stratum', 'region', 'size', 'livelihood', 'femaleHead', 'elderlyDisabled', 'schoolChildren', 'skilled', 'farm', 'bottom40', 'existing'] as const;

/**
 * Lay each stratum's households out in order of their PMT score, poorest-looking first (ties in the order they
 * had), then order them for the scenario's targeting. The new programmes enrol households in about that order,
 * so the households a policy touches sit side by side: a policy pass steps only them (model/together.ts), and
 * reading its columns at every eighth household or so (memory is read eight numbers at a time) had cost nearly
 * as much as reading them all. Every trait and draw moves with its household (draws are keyed by `id`), so it
 * lives as it would anywhere; only the order in which a month's households are stepped changes, which sets who
 * asks for a loan first (docs/model.md). `from`: an arena to take the scratch columns from.
 */
export function layOutByPmt(ctx: Context, pop: Population, from: Arena | null = null): void {
  const n = pop.n;
  const was = from ? from.i32() : new Int32Array(n);
  for (let s = 0; s < STRATA_COUNT; s++) {
    const a = pop.stratumStart[s]!;
    const b = pop.stratumStart[s + 1]!;
    const order = ascendingOrder(pop.pmt.subarray(a, b));
    for (let k = 0; k < order.length; k++) was[a + k] = a + order[k]!;
  }
  const f64 = from ? from.f64() : new Float64Array(n);
  const u8 = from ? from.u8() : new Uint8Array(n);
  const i32 = from ? from.i32() : new Int32Array(n);
  const move = <T extends Float64Array | Uint8Array | Int32Array>(column: T, scratch: T) => {
    for (let k = 0; k < n; k++) scratch[k] = column[was[k]!]!;
    column.set(scratch);
  };
  for (const c of MOVED_F64) move(pop[c], f64);
  for (const c of MOVED_U8) move(pop[c], u8);
  move(pop.id, i32);
  if (pop.savings0) move(pop.savings0, f64);
  if (pop.loanStatus) move(pop.loanStatus, u8);
  applyTargeting(pop, ctx.sc.policy.cash.categoricalBonus);
}

/** A population of n households laid out by `stratumStart`, every value zero (savings0 and loanStatus null); its arrays from `from` if given. */
export function allocatePopulation(n: number, stratumStart: Int32Array, from: Arena | null = null): Population {
  const f = from ? () => from.f64() : () => new Float64Array(n);
  const u8 = from ? () => from.u8() : () => new Uint8Array(n);
  const id = from ? from.i32() : new Int32Array(n);
  for (let i = 0; i < n; i++) id[i] = i;
  return {
    n, id, stratumStart,
    stratum: u8(), region: u8(), weight: f(), size: u8(), ae: f(), livelihood: u8(), femaleHead: u8(), elderlyDisabled: u8(),
    schoolChildren: u8(), skilled: u8(), base: f(), persistent0: f(), farm: u8(),
    pmt: f(), pmtEffective: f(), bottom40: u8(), existing: u8(), pmtOrder: from ? from.i32() : new Int32Array(n),
    uCash: f(), uStipend: f(), uTraining: f(), uFarm: f(), uWilful: f(),
    savings0: null, loanStatus: null,
  };
}

/** Keys of the persistent take-up and borrower-type draws of a replication. */
export interface TakeUpKeys {
  take: number;
  take2: number;
  borrow: number;
}

export function takeUpKeys(repKey: number): TakeUpKeys {
  return { take: streamKey(repKey, -1, P.TAKEUP), take2: streamKey(repKey, -1, P.TAKEUP2), borrow: streamKey(repKey, -1, P.BORROWER) };
}

/** Household i's persistent draws: take-up of cash, stipend, training and farm support, and its wilful-borrower type. */
export function drawTakeUp(pop: Population, i: number, keys: TakeUpKeys): void {
  const t1 = drawBits(keys.take, i);
  const t2 = drawBits(keys.take2, i);
  pop.uCash[i] = unitLo(t1);
  pop.uStipend[i] = unitHi(t1);
  pop.uTraining[i] = unitLo(t2);
  pop.uFarm[i] = unitHi(t2);
  pop.uWilful[i] = unit32(drawBits(keys.borrow, i));
}

/**
 * PMT: proxy q = ρ·ẑ + √(1−ρ²)·ε, where ẑ is standardised true log welfare
 * (`truth`: log expected earnings per adult-equivalent at the survey); the
 * score is q's weighted national percentile (0–100). Targeting errors
 * emerge from ε rather than being assumed. Also marks the bottom 40% of
 * true welfare and the existing transfer's recipients. Imported data may
 * give the scores (`given.pmt`) or the recipients (`given.existing`); the
 * rules fill in what it does not give.
 */
export function scorePmt(
  ctx: Context, pop: Population, truth: Float64Array, kPmt: number, given: { pmt: Float64Array | null; existing: Uint8Array | null } = { pmt: null, existing: null },
): void {
  const n = pop.n;
  let sw = 0;
  for (let i = 0; i < n; i++) sw += pop.weight[i]!;
  /** Each household's weighted percentile (0–100) in the order of `values`, at the middle of its own weight. */
  const rank = (values: Float64Array, out: (i: number, pct: number) => void) => {
    const idx = ascendingOrder(values);
    let cum = 0;
    for (const i of idx) {
      out(i, (100 * (cum + pop.weight[i]! / 2)) / sw);
      cum += pop.weight[i]!;
    }
  };
  if (given.pmt) pop.pmt.set(given.pmt);
  else
    rank(pmtProxy(ctx, pop, truth, kPmt, sw), (i, pct) => {
      pop.pmt[i] = pct;
    });
  rank(truth, (i, pct) => {
    pop.bottom40[i] = pct < 40 ? 1 : 0;
  });
  if (given.existing) pop.existing.set(given.existing);
  else {
    // The existing transfer enrols the lowest raw scores nationally (a world fact, not the new policy's priorities),
    // counting a household in while the recipients it stands for fit within the total (nearest whole household).
    const recipients = ctx.sc.world.existingCash.recipients;
    let enrolled = 0;
    for (const i of ascendingOrder(pop.pmt)) {
      const w = pop.weight[i]!;
      if (enrolled + w / 2 > recipients) break;
      pop.existing[i] = 1;
      enrolled += w;
    }
  }
}

/** The noisy proxy of `truth` the PMT ranks (sw: the total weight). */
function pmtProxy(ctx: Context, pop: Population, truth: Float64Array, kPmt: number, sw: number): Float64Array {
  const N = normalTable();
  const n = pop.n;
  const rho = ctx.sc.world.population.pmtAccuracy;
  let sm = 0;
  for (let i = 0; i < n; i++) sm += pop.weight[i]! * truth[i]!;
  const mean = sm / sw;
  let sv = 0;
  for (let i = 0; i < n; i++) {
    const d = truth[i]! - mean;
    sv += pop.weight[i]! * d * d;
  }
  const sd = Math.sqrt(sv / sw) || 1;
  const proxy = new Float64Array(n);
  const noise = Math.sqrt(Math.max(0, 1 - rho * rho));
  for (let i = 0; i < n; i++) proxy[i] = (rho * (truth[i]! - mean)) / sd + noise * N[drawBits(kPmt, i) & 0xffff]!;
  return proxy;
}

/**
 * The one part of a population that depends on the new policy: the order in
 * which programmes serve households, after the categorical priority `bonus`
 * (PMT points for elderly or disabled members). Writes pmtEffective and pmtOrder.
 */
export function applyTargeting(pop: Population, bonus: number): void {
  for (let i = 0; i < pop.n; i++) pop.pmtEffective[i] = pop.pmt[i]! - (pop.elderlyDisabled[i] ? bonus : 0);
  for (let s = 0; s < STRATA_COUNT; s++) {
    const a = pop.stratumStart[s]!;
    const b = pop.stratumStart[s + 1]!;
    const order = ascendingOrder(pop.pmtEffective.subarray(a, b));
    for (let k = 0; k < order.length; k++) pop.pmtOrder[a + k] = a + order[k]!;
    tiesById(pop, a, b);
  }
}

/**
 * Households of equal effective score in id order, as they were before the PMT layout (the sort breaks ties by
 * place, which is now raw-score order: of two tied households, the one without the categorical priority would have
 * gone first). Ties are rare with drawn scores and common with a file's whole-number ones.
 */
function tiesById(pop: Population, a: number, b: number): void {
  const { pmtOrder, pmtEffective, id } = pop;
  for (let k = a + 1; k < b; k++) {
    const i = pmtOrder[k]!;
    let j = k;
    while (j > a && pmtEffective[pmtOrder[j - 1]!] === pmtEffective[i] && id[pmtOrder[j - 1]!]! > id[i]!) {
      pmtOrder[j] = pmtOrder[j - 1]!;
      j--;
    }
    pmtOrder[j] = i;
  }
}

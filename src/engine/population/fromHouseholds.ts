/**
 * A replication's population from imported household data (docs/model.md
 * §9, docs/households-csv.md). The file gives who the households are; the
 * model still draws what a survey does not record, keyed exactly as for the
 * synthetic population: take-up and borrower type always, the PMT proxy's
 * noise when no scores are given, and the split of log earnings into its
 * permanent and persistent parts when the file has no model-state columns.
 *
 * Rows are put in stratum order (2·region + rural), stably, so household i
 * of a replication gets the draws of the synthetic household i: a file
 * written by export-population re-imports to the very same population.
 */
import type { Context } from '../model/context';
import { allocatePopulation, drawTakeUp, layOutByPmt, scorePmt, takeUpKeys, type Population } from './generate';
import type { HouseholdData } from './households';
import { replicationProblem, rowsFor, stratumStarts } from './householdLayout';
import { STRATA_COUNT } from './regions';
import { isFarm, livelihoodOffsets } from './livelihoods';
import { drawBits, streamKey } from '../random/hash';
import { normalTable } from '../random/normal';
import { P } from '../random/purposes';
import { existingNet } from '../model/pass';
import { log } from '../math/dmath';

/**
 * Log expected earnings per adult-equivalent at the survey, from the file's
 * welfare (docs/model.md §9). Income is taken as earnings averaged over the
 * year; consumption as what the model's steady state consumes, expected
 * income, so the existing transfer (when the file says the household gets
 * it) is taken off first, keeping at least half of consumption as earnings.
 * A farm household's expected earnings carry the season's mean factor,
 * which log earnings leave out.
 */
function logEarnings(data: HouseholdData, j: number, farmLog: number, transfer: number): number {
  let perAe = data.welfare[j]!;
  if (data.welfareKind === 'consumption' && data.existing && data.existing[j]) perAe = Math.max(perAe / 2, perAe - transfer / data.ae[j]!);
  return log(perAe) - (isFarm(data.livelihood[j]!) ? farmLog : 0);
}

/**
 * The population of replication r (repKey: its random key) from imported
 * data. Weights, sizes, adult-equivalents, livelihoods and flags are the
 * file's; PMT scores, recipients of the existing transfer, savings and loan
 * status too when given.
 */
export function populationFromHouseholds(ctx: Context, data: HouseholdData, repKey: number, r: number): Population {
  const rows = rowsFor(data, r);
  if (!rows || rows.length === 0) throw new Error(replicationProblem(data, r + 1) ?? 'the household data has no rows');
  const n = rows.length;
  const pop = allocatePopulation(n, stratumStarts(data, rows));
  const keys = takeUpKeys(repKey);
  for (let i = 0; i < n; i++) {
    const j = rows[i]!;
    pop.stratum[i] = 2 * data.region[j]! + data.rural[j]!;
    pop.region[i] = data.region[j]!;
    pop.weight[i] = data.weight[j]!;
    pop.size[i] = data.size[j]!;
    pop.ae[i] = data.ae[j]!;
    pop.livelihood[i] = data.livelihood[j]!;
    pop.farm[i] = isFarm(data.livelihood[j]!) ? 1 : 0;
    pop.femaleHead[i] = data.femaleHead[j]!;
    pop.elderlyDisabled[i] = data.elderlyDisabled[j]!;
    pop.schoolChildren[i] = data.schoolChildren[j]!;
    pop.skilled[i] = data.skilled[j]!;
    drawTakeUp(pop, i, keys);
  }
  if (data.permanentLog && data.persistentLog) {
    for (let i = 0; i < n; i++) {
      pop.base[i] = data.permanentLog[rows[i]!]!;
      pop.persistent0[i] = data.persistentLog[rows[i]!]!;
    }
  } else splitLogEarnings(ctx, data, rows, pop, repKey);
  const truth = new Float64Array(n);
  for (let i = 0; i < n; i++) truth[i] = pop.base[i]! + pop.persistent0[i]!;
  const pick = <T extends Float64Array | Uint8Array>(column: T | null, make: (k: number) => T): T | null => {
    if (!column) return null;
    const out = make(n);
    for (let i = 0; i < n; i++) out[i] = column[rows[i]!]!;
    return out;
  };
  const f64 = (k: number) => new Float64Array(k);
  const u8 = (k: number) => new Uint8Array(k);
  scorePmt(ctx, pop, truth, streamKey(repKey, -1, P.PMT), { pmt: pick(data.pmt, f64), existing: pick(data.existing, u8) });
  pop.savings0 = pick(data.savings, f64);
  pop.loanStatus = pick(data.loanStatus, u8);
  layOutByPmt(ctx, pop);
  return pop;
}

/**
 * Split each household's log earnings L into base (permanent) and the
 * persistent component p0 by a seeded draw from p0's distribution given
 * their sum: in the model L = m_s + offset(livelihood) + size term + a + p0,
 * with a ~ N(0, σ_a²) and p0 ~ N(0, σ_p²) independent. The stratum location
 * m_s is the weighted mean of L less the livelihood and size terms, so the
 * deviation d = a + p0 has weighted mean 0 in each stratum; then
 * p0 | d ~ N(λd, λσ_a²) with λ = σ_p² / (σ_a² + σ_p²), and base = L − p0.
 */
function splitLogEarnings(ctx: Context, data: HouseholdData, rows: Int32Array, pop: Population, repKey: number): void {
  const N = normalTable();
  const w = ctx.sc.world;
  const n = rows.length;
  const farmLog = log(ctx.seasonMean);
  const transfer = existingNet(ctx);
  const offsets = livelihoodOffsets(ctx.sc);
  const meanSize = w.population.householdSize;
  const lnMeanSize = log(meanSize);
  const { permanentSd: sa, persistentSd: sp } = w.income;
  const variance = sa * sa + sp * sp;
  const lambda = variance > 0 ? (sp * sp) / variance : 0;
  const conditionalSd = variance > 0 ? (sa * sp) / Math.sqrt(variance) : 0;
  const kSplit = streamKey(repKey, -1, P.SPLIT);
  const earnings = new Float64Array(n);
  const structural = new Float64Array(n);
  const sum = new Float64Array(STRATA_COUNT);
  const weight = new Float64Array(STRATA_COUNT);
  for (let i = 0; i < n; i++) {
    const j = rows[i]!;
    earnings[i] = logEarnings(data, j, farmLog, transfer);
    structural[i] = offsets[pop.livelihood[i]!]! + w.population.sizeElasticity * (log(pop.size[i]!) - lnMeanSize);
    const s = pop.stratum[i]!;
    sum[s] += pop.weight[i]! * (earnings[i]! - structural[i]!);
    weight[s] += pop.weight[i]!;
  }
  for (let i = 0; i < n; i++) {
    const s = pop.stratum[i]!;
    const d = earnings[i]! - structural[i]! - sum[s]! / weight[s]!;
    const p0 = lambda * d + conditionalSd * N[drawBits(kSplit, i) & 0xffff]!;
    pop.persistent0[i] = p0;
    pop.base[i] = earnings[i]! - p0;
  }
}

/**
 * A scenario's population as household data (the CSV format of
 * docs/households-csv.md): what `sim export-population` writes. With the
 * replication and model-state columns it re-imports to the very same
 * populations, so a run on the file reproduces the run it came from.
 */
import type { Scenario } from '../scenario/types';
import { contextFor } from '../model/context';
import { bufferSavings } from '../model/pass';
import { scenarioForReplication } from '../scenario/uncertainty';
import { replicationKey } from '../random/hash';
import { exp } from '../math/dmath';
import { generatePopulation, type Population } from './generate';
import { populationFromHouseholds } from './fromHouseholds';
import { rowsFor } from './householdLayout';
import type { HouseholdData } from './households';

/**
 * Replication r's population (imported or synthetic), the ids of its households and where each sits (`place`: the
 * place of the household whose draws are keyed k, id k), to write them in the order they were drawn or read: the
 * order that keys their draws when the file is read back (the model lays them out in PMT order).
 */
function replicationPopulation(sc: Scenario, r: number): { pop: Population; ids: string[]; place: Int32Array; savings: Float64Array; seasonMean: number } {
  const scR = scenarioForReplication(sc, r);
  const ctx = contextFor(scR);
  const key = replicationKey(sc.run.seed, r);
  if (ctx.households) {
    const pop = populationFromHouseholds(ctx, ctx.households, key, r);
    const rows = rowsFor(ctx.households, r)!;
    const ids = Array.from(rows, (j) => ctx.households!.householdId[j]!);
    return { pop, ids, place: placeOf(pop), savings: pop.savings0 ?? bufferSavings(ctx, pop), seasonMean: ctx.seasonMean };
  }
  const pop = generatePopulation(ctx, ctx.sample, ctx.mu, key);
  // Synthetic households are named by their id, which keys their draws: "h" and 6 digits, padded so the ids sort.
  const ids = Array.from({ length: pop.n }, (_, k) => `h${String(k).padStart(6, '0')}`);
  return { pop, ids, place: placeOf(pop), savings: bufferSavings(ctx, pop), seasonMean: ctx.seasonMean };
}

function placeOf(pop: Population): Int32Array {
  const place = new Int32Array(pop.n);
  for (let i = 0; i < pop.n; i++) place[pop.id[i]!] = i;
  return place;
}

/**
 * The populations of the given replications (each household as at the
 * registry survey, before the burn-in), as one HouseholdData with a
 * replication column, every optional column (loan status only when the
 * source gave it) and the model-state columns. Welfare is income: expected
 * earnings per adult-equivalent a month, a farm household's at its seasonal mean.
 */
export function populationData(sc: Scenario, replications: readonly number[]): HouseholdData {
  const parts = replications.map((r) => ({ r, ...replicationPopulation(sc, r) }));
  const n = parts.reduce((a, p) => a + p.pop.n, 0);
  const withLoans = parts.some((p) => p.pop.loanStatus);
  const data: HouseholdData = {
    n, householdId: [], replication: new Int32Array(n), region: new Uint8Array(n), rural: new Uint8Array(n), weight: new Float64Array(n),
    size: new Uint8Array(n), ae: new Float64Array(n), welfare: new Float64Array(n), welfareKind: 'income', livelihood: new Uint8Array(n),
    femaleHead: new Uint8Array(n), elderlyDisabled: new Uint8Array(n), schoolChildren: new Uint8Array(n), skilled: new Uint8Array(n),
    pmt: new Float64Array(n), existing: new Uint8Array(n), savings: new Float64Array(n), loanStatus: withLoans ? new Uint8Array(n) : null,
    permanentLog: new Float64Array(n), persistentLog: new Float64Array(n),
  };
  let k = 0;
  for (const { r, pop, ids, place, savings, seasonMean } of parts) {
    for (let id = 0; id < pop.n; id++, k++) {
      const i = place[id]!;
      data.householdId.push(ids[id]!);
      data.replication![k] = r;
      data.region[k] = pop.region[i]!;
      data.rural[k] = pop.stratum[i]! & 1;
      data.weight[k] = pop.weight[i]!;
      data.size[k] = pop.size[i]!;
      data.ae[k] = pop.ae[i]!;
      data.welfare[k] = exp(pop.base[i]! + pop.persistent0[i]!) * (pop.farm[i] ? seasonMean : 1);
      data.livelihood[k] = pop.livelihood[i]!;
      data.femaleHead[k] = pop.femaleHead[i]!;
      data.elderlyDisabled[k] = pop.elderlyDisabled[i]!;
      data.schoolChildren[k] = pop.schoolChildren[i]!;
      data.skilled[k] = pop.skilled[i]!;
      data.pmt![k] = pop.pmt[i]!;
      data.existing![k] = pop.existing[i]!;
      data.savings![k] = savings[i]!;
      if (data.loanStatus) data.loanStatus[k] = pop.loanStatus ? pop.loanStatus[i]! : 0;
      data.permanentLog![k] = pop.base[i]!;
      data.persistentLog![k] = pop.persistent0[i]!;
    }
  }
  return data;
}

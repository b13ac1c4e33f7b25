/**
 * The file `sim optimise` writes: what was asked (objective, constraints,
 * search effort, frontier) and the optimiser's result, with a plain English
 * statement of the verdict. One function builds the bytes for the unsharded
 * run and for `sim optimise-merge`, so both write the same file; nothing in
 * it depends on time or thread count, so the same scenario and seed give the
 * same bytes. Browser-safe apart from the hash (node:crypto, via scenarioHash).
 */
import {
  ENGINE_VERSION, FEW_REPLICATIONS, type ConstraintStatus, type Objective, type OptimiseConstraints, type OptimiseRequest, type OptimiseResult, type Scenario, type SearchSettings,
} from '../../engine/index';
import { scenarioHash } from '../shard/scenarioHash';

export const OPTIMISE_FORMAT = 'poverty-sim-optimisation';
export const OPTIMISE_VERSION = 1;

/** Everything that, with the scenario, fixes the answer. */
export interface OptimiseSettings {
  objective: Objective;
  regions: boolean;
  /** As given (--par30-cap or the constraints' par30Max); the cap applied is result.par30.cap. undefined: the objective's default; null: none. */
  par30Cap?: number | null;
  constraints: OptimiseConstraints;
  search: SearchSettings;
  frontierBn: number[];
}

export const requestOf = (s: OptimiseSettings): OptimiseRequest => ({
  objective: s.objective,
  constraints: s.constraints,
  regions: s.regions,
  ...(s.par30Cap !== undefined ? { par30Cap: s.par30Cap } : {}),
});

const count = (x: number) => Math.round(x).toLocaleString('en-US');
const rupees = (x: number) => `Rs ${count(x)}`;
const gapText = (x: number) => x.toPrecision(3);

/** The improvement in words, in the objective's own terms ("adds 12,300 sustained exits"). */
function gainText(objective: Objective, x: number): string {
  switch (objective) {
    case 'maxSustainedExits':
      return x >= 0 ? `adds ${count(x)} sustained exits` : `has ${count(-x)} fewer sustained exits`;
    case 'minPovertyGapEnd':
      return x >= 0 ? `lowers the poverty gap at the end by ${gapText(x)}` : `raises the poverty gap at the end by ${gapText(-x)}`;
    case 'minCostPerExit':
      return x >= 0 ? `costs ${rupees(x)} less per additional exit` : `costs ${rupees(-x)} more per additional exit`;
  }
}

/**
 * An infinite end (cost per exit: a split adds no exit in over 5% of the resamples) is an open end, "90% interval
 * from Rs -9,000, no upper end": said as "no interval", a within-noise statement had gone on "the interval includes
 * 0". An undefined end (NaN) has no interval.
 */
function intervalText(objective: Objective, low: number, high: number): string {
  const f = objective === 'minPovertyGapEnd' ? gapText : objective === 'minCostPerExit' ? rupees : count;
  if (Number.isFinite(low) && Number.isFinite(high)) return `90% interval ${f(low)} to ${f(high)}`;
  if (Number.isFinite(low) && high === Infinity) return `90% interval from ${f(low)}, no upper end`;
  if (low === -Infinity && Number.isFinite(high)) return `90% interval up to ${f(high)}, no lower end`;
  return 'no interval: the objective is undefined in some resamples';
}

/**
 * Said after a verdict that rests on the paired interval when there are few replications: a bootstrap interval on
 * so few is too narrow (FEW_REPLICATIONS), and "adds 43.6k sustained exits (90% interval 6.83k to 80.4k)" on 4 of
 * them had read as firm.
 */
const caution = (r: OptimiseResult): string =>
  r.replications < FEW_REPLICATIONS
    ? ` On only ${r.replications} replication${r.replications === 1 ? '' : 's'} this is rough (a bootstrap interval on so few is too narrow): run on ${FEW_REPLICATIONS} or more to confirm.`
    : '';

/** A plain statement of the verdict, the interval and the binding constraints. */
export function statement(r: OptimiseResult): string {
  const { estimate, low, high } = r.improvement;
  const on = `on the scenario's ${r.replications} replications`;
  const rough = caution(r);
  // A share the search took to 0 with no minimum set (`implicit`) is no limit the user chose: said apart, as the app does.
  const binding = r.constraints.filter((c) => c.binds && !c.implicit).map((c) => c.path);
  const nothing = r.constraints.filter((c) => c.implicit).map((c) => c.path.replace(/\.min$/, ''));
  const binds = (binding.length ? ` Binding: ${binding.join(', ')}.` : '') + (nothing.length ? ` Given nothing (no minimum set): ${nothing.join(', ')}.` : '');
  const gain = `${gainText(r.objective, estimate)} (${intervalText(r.objective, low, high)})`;
  switch (r.verdict) {
    case 'better':
      return `The optimised split ${gain} over the current split ${on}.${rough}${binds}`;
    case 'withinNoise':
      return `Within noise: the optimised split ${gain} ${on}; the interval includes 0, so these replications cannot tell it from the current split.${rough}${binds}`;
    case 'worse':
      return `The search's choice did not hold up: ${on} the optimised split ${gain}. Keep the current split, or search on more replications.${rough}${binds}`;
    case 'undetermined': {
      // An end of the interval is NaN: said as it is, with the estimate, where it had fallen through to "within noise …
      // the interval includes 0" after "no interval". Cost per exit is no mean but a ratio of totals over the
      // replications, and had been said "on average" (the app says the same: optimise:verdict.undeterminedCost).
      const cost = r.objective === 'minCostPerExit';
      const what = cost ? 'cost per exit' : 'the objective';
      const why = cost ? ' (a split with no additional exits there)' : '';
      return Number.isFinite(estimate)
        ? `The improvement cannot be judged: ${cost ? `${on} taken together, the optimised split ${gainText(r.objective, estimate)}` : `on average the optimised split ${gainText(r.objective, estimate)} ${on}`}, but ${what} is undefined in some of them or of their resamples${why}, so there is no 90% interval to tell it from the current split.${rough || ' Run on more replications.'}${binds}`
        : `The improvement cannot be judged: ${what} is undefined ${on} taken together or in some of their resamples${why}, so there is neither ${cost ? 'an estimate of the improvement' : 'a mean improvement'} nor a 90% interval.${rough || ' Run on more replications.'}${binds}`;
    }
    case 'unchanged':
      return `The current split is already the best the search found.${binds}`;
    case 'infeasible': {
      // The floor can hold its amount and still be broken: the cash budget paid only part of the top-up due (rounded down:
  // a shortfall never reads as 100%).
      const short = (c: ConstraintStatus) => (c.topUpPaid !== undefined && c.value !== null && c.value >= c.bound ? ` (the cash budget paid ${Math.floor(c.topUpPaid * 1000) / 10}% of the top-up due)` : '');
      const broken = r.constraints.filter((c) => c.met === false).map((c) => `${c.path}${short(c)}`);
      return `No split the search tried meets every constraint${broken.length ? ` (${broken.join(', ')})` : ''}; the proposal is the one that breaks them least.${binds}`;
    }
  }
}

/** The file's text: two-space JSON and a newline (NaN and ±∞ are written as null). */
export function optimiseText(sc: Scenario, settings: OptimiseSettings, result: OptimiseResult): string {
  const { seed, replications, households, months } = sc.run;
  const doc = {
    format: OPTIMISE_FORMAT,
    version: OPTIMISE_VERSION,
    engineVersion: ENGINE_VERSION,
    scenarioHash: scenarioHash(sc),
    scenarioName: sc.name,
    seed,
    replications,
    // The sample: for imported data the file's rows (as a result's meta.households and a sensitivity file say), not the unused run.households.
    households: sc.households ? sc.households.rows : households,
    months,
    settings,
    statement: statement(result),
    result,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Sensitivity of a paired difference: how much (outcome of scenario A) −
 * (outcome of scenario B) depends on the uncertain parameters. Each design
 * point is a pair of fixed-value scenarios, A and B at the point's values,
 * run on the same seed and replications in one world, so the difference is
 * paired (common random numbers): the two face the same households and
 * shocks, and whatever moves both alike cancels exactly.
 *
 * The rule for the parameters (docs/model.md §8, "Paired differences"):
 * - the analysis varies every parameter uncertain in A or in B;
 * - A and B must share a world (equal worldKey), so a world parameter is
 *   uncertain in both with one distribution and one value;
 * - a policy parameter uncertain in both must have the same distribution in
 *   both: it is then one assumption, and takes the same value in A and B at
 *   every point (the tornado holds it at A's value);
 * - a policy parameter uncertain in one scenario only is set in that one;
 *   the other keeps its own value, since for it the parameter is a policy
 *   setting, not an assumption (a B without training, a B whose benefit is
 *   the thing being compared);
 * - B runs with A's run settings (seed, households and months are equal
 *   already; the replication count and the status-quo switch are A's).
 */
import { canonicalJson, worldKey } from '../scenario/keys';
import { WORLD_SPEC, type Scenario } from '../scenario/types';
import { isRead, uncertainPaths, uncertaintyOf, valueAt } from '../scenario/uncertainty';
import {
  designPoint, sobolValues, tornadoValues,
  type SensitivityParameter, type SobolDesign, type TornadoDesign,
} from './sensitivity';

/** Why B cannot be paired with A, or undefined: they must share a world, or the difference would not be paired. */
export function versusProblem(a: Scenario, b: Scenario): string | undefined {
  if (worldKey(a) === worldKey(b)) return undefined;
  const differ: string[] = [];
  if (a.version !== b.version) differ.push('version');
  // Each parameter that differs, by its path ("world.shocks.healthLoss"), not only its group.
  for (const g of Object.keys(WORLD_SPEC) as (keyof typeof WORLD_SPEC)[]) {
    const [x, y] = [a.world[g] as unknown as Record<string, unknown>, b.world[g] as unknown as Record<string, unknown>];
    if (canonicalJson(x) === canonicalJson(y)) continue;
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort().filter((k) => canonicalJson(x[k]) !== canonicalJson(y[k]));
    differ.push(...(keys.length > 0 ? keys.map((k) => `world.${g}.${k}`) : [`world.${g}`]));
  }
  if (canonicalJson(uncertaintyOf(a, 'world')) !== canonicalJson(uncertaintyOf(b, 'world'))) differ.push('the uncertain world parameters');
  for (const k of ['seed', 'households', 'months'] as const) if (a.run[k] !== b.run[k]) differ.push(`run.${k} (${a.run[k]} and ${b.run[k]})`);
  if ((a.households?.sha256 ?? null) !== (b.households?.sha256 ?? null)) differ.push('the household data');
  return (
    `"${b.name}" does not share the world of "${a.name}" (they differ in ${differ.join(', ')}); ` +
    'a paired difference needs both scenarios on the same households and shocks (common random numbers), ' +
    'so their world settings, uncertain world parameters, household data, seed, households and months must be equal'
  );
}

/** The parameters both scenarios mark uncertain, but with different distributions (which a paired analysis refuses). */
export function distributionConflicts(a: Scenario, b: Scenario): string[] {
  return uncertainPaths(a).filter((p) => Object.hasOwn(b.uncertainty, p) && canonicalJson(a.uncertainty[p]) !== canonicalJson(b.uncertainty[p]));
}

/** The parameters of the difference A − B: uncertain in either, A's distribution and value where A marks one. */
export function pairedParameters(a: Scenario, b: Scenario): SensitivityParameter[] {
  const problem = versusProblem(a, b);
  if (problem) throw new RangeError(problem);
  const conflict = distributionConflicts(a, b)[0];
  if (conflict !== undefined)
    throw new RangeError(
      `${conflict} is uncertain in both "${a.name}" and "${b.name}" but with different distributions; ` +
        'a paired analysis treats it as one assumption, so give it the same distribution in both, or mark it uncertain in one only',
    );
  // Not a parameter neither scenario reads (isRead; sensitivityParameters).
  const paths = [...new Set([...uncertainPaths(a), ...uncertainPaths(b)])].filter((p) => isRead(a, p) || isRead(b, p)).sort();
  return paths.map((path) => {
    const inA = Object.hasOwn(a.uncertainty, path);
    const inB = Object.hasOwn(b.uncertainty, path);
    const owner = inA ? a : b;
    return {
      path,
      distribution: owner.uncertainty[path]!,
      nominal: valueAt(owner, path),
      uncertainIn: inA && inB ? ('both' as const) : inA ? ('scenario' as const) : ('versus' as const),
    };
  });
}

/** Each design point's values as A and B take them: each scenario only the parameters it marks uncertain. */
function pairPoints(a: Scenario, b: Scenario, values: readonly Record<string, number>[]): { points: Scenario[]; versus: Scenario[] } {
  const onRun = { ...b, run: a.run };
  // Parameters the design left out (unread: pairedParameters) are not in `v` and keep the scenario's value.
  const pick = (sc: Scenario, v: Record<string, number>) => Object.fromEntries(uncertainPaths(sc).filter((p) => Object.hasOwn(v, p)).map((p) => [p, v[p]!]));
  return { points: values.map((v) => designPoint(a, pick(a, v))), versus: values.map((v) => designPoint(onRun, pick(b, v))) };
}

/** The tornado of A − B: `points` are A's, `versus` B's at the same values; outcomes are A's minus B's. */
export function pairedTornadoDesign(a: Scenario, b: Scenario): TornadoDesign {
  const parameters = pairedParameters(a, b);
  const { values, low, high } = tornadoValues(parameters);
  return { parameters, ...pairPoints(a, b, values), low, high };
}

/** The Saltelli design of A − B: samples × (parameters + 2) pairs. */
export function pairedSobolDesign(a: Scenario, b: Scenario, samples: number): SobolDesign {
  const parameters = pairedParameters(a, b);
  if (parameters.length === 0) throw new RangeError('Sobol\u2019 analysis: neither scenario has uncertain parameters');
  return { parameters, samples, ...pairPoints(a, b, sobolValues(parameters, samples)) };
}

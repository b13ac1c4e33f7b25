/**
 * The optimiser's proposal as a scenario a person reads and edits: its shares of the budget (by programme, and by
 * region under custom shares) to a tenth of a percentage point, still summing to 100% (largest remainders). Opened
 * unrounded, the levers and the changes list said "46.542221356% of budget", a precision a noisy search on a few
 * hundred replications cannot claim; the opened scenario is run afresh on the dashboard anyway.
 */
import type { Scenario } from '../../../engine/index';

/** A tenth of a percentage point, as a share. */
const STEP = 1e-3;

/** Shares summing to one, each a whole number of STEPs, the units left over going to the largest remainders. */
export function roundShares<K extends string>(shares: Readonly<Record<K, number>>): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const units = Math.round(1 / STEP);
  const exact = keys.map((k) => shares[k] / STEP);
  const floors = exact.map(Math.floor);
  let left = units - floors.reduce((a, b) => a + b, 0);
  // Largest remainder first; ties to the earlier key, so the result never depends on anything but the shares.
  const order = keys.map((_, i) => i).sort((a, b) => exact[b]! - floors[b]! - (exact[a]! - floors[a]!) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return Object.fromEntries(keys.map((k, i) => [k, floors[i]! / units])) as Record<K, number>;
}

/** Whether a share is already a whole number of STEPs (typed by a person, or a default): left as it is. */
const whole = (x: number) => Math.abs(x / STEP - Math.round(x / STEP)) < 1e-6;

export function roundedProposal(sc: Scenario): Scenario {
  const { programmeShares, customRegionShares } = sc.policy.budget;
  const round = <K extends string>(r: Record<K, number>) => (Object.values<number>(r).every(whole) ? r : roundShares(r));
  return { ...sc, policy: { ...sc.policy, budget: { ...sc.policy.budget, programmeShares: round(programmeShares), customRegionShares: round(customRegionShares) } } };
}

/**
 * A scenario's run key: what fixes its numbers apart from how many
 * replications it asks for — its world (world, seed, households, months) and
 * its policy (with whether it reports the counterfactual). The name is not
 * part of it, so renaming does not re-run and two scenarios with equal
 * parameters share one run; nor is the replication count, so asking for more
 * replications reuses those already done.
 */
import { policyKey, worldKey, type Scenario } from '../engine/index';

export function runKey(s: Scenario): string {
  return `${worldKey(s)}|${policyKey(s)}`;
}

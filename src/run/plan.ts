/**
 * Which jobs to submit for what the views on screen still need: per world,
 * replication r goes to every run that wants it (r below its replication
 * count) and neither holds it nor is computing it; consecutive indices
 * wanted by the same runs form one job, so a comparison on one world is one
 * job and every scenario in it sharpens together.
 */
import { worldKey, type Scenario } from '../engine/index';

/** A run as the planner sees it: its world, and which replications it holds or is computing. */
export interface PlannedRun {
  scenario: Scenario;
  held: ReadonlySet<number>;
  inFlight: ReadonlySet<number>;
}

export interface PlannedJob<R extends PlannedRun> {
  who: R[];
  indices: number[];
}

/** `wants` gives each run the replication count its views ask for (the largest, if several). */
export function planJobs<R extends PlannedRun>(wants: ReadonlyMap<R, number>): PlannedJob<R>[] {
  const byWorld = new Map<string, R[]>();
  for (const run of wants.keys()) {
    const w = worldKey(run.scenario);
    byWorld.set(w, [...(byWorld.get(w) ?? []), run]);
  }
  const jobs: PlannedJob<R>[] = [];
  for (const members of byWorld.values()) {
    const most = Math.max(...members.map((m) => wants.get(m)!));
    let current: PlannedJob<R> | null = null;
    for (let r = 0; r < most; r++) {
      const who = members.filter((m) => r < wants.get(m)! && !m.held.has(r) && !m.inFlight.has(r));
      const same = current !== null && current.who.length === who.length && current.who.every((m, k) => m === who[k]);
      if (same) current!.indices.push(r);
      else {
        if (current) jobs.push(current);
        current = who.length > 0 ? { who, indices: [r] } : null;
      }
    }
    if (current) jobs.push(current);
  }
  return jobs;
}

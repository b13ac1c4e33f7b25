// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planJobs, type PlannedRun } from '../../src/run/plan';
import { tinyScenario } from './scenarios';

const run = (name: string, seed = 7, held: number[] = [], inFlight: number[] = []): PlannedRun & { name: string } => ({
  name,
  scenario: { ...tinyScenario(10, seed), name },
  held: new Set(held),
  inFlight: new Set(inFlight),
});
const plan = (wants: [ReturnType<typeof run>, number][]) => planJobs(new Map(wants)).map((j) => ({ who: j.who.map((r) => r.name), indices: j.indices }));

describe('planJobs', () => {
  it('puts a comparison on one world in one job, and another world in its own', () => {
    expect(plan([[run('A'), 4], [run('B'), 4], [run('C', 8), 2]])).toEqual([
      { who: ['A', 'B'], indices: [0, 1, 2, 3] },
      { who: ['C'], indices: [0, 1] },
    ]);
  });

  it('asks only for what is neither held nor being computed, and splits where the runs wanting an index change', () => {
    expect(plan([[run('A', 7, [0, 1], [2]), 6], [run('B'), 4]])).toEqual([
      { who: ['B'], indices: [0, 1, 2] },
      { who: ['A', 'B'], indices: [3] },
      { who: ['A'], indices: [4, 5] },
    ]);
    expect(plan([[run('A', 7, [0, 1, 2]), 3]])).toEqual([]);
  });
});

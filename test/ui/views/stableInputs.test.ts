// @vitest-environment node
/** stableInputs(prev, next): what did not change keeps its identity, so memoised charts skip it. */
import { describe, expect, test } from 'vitest';
import { stableInputs } from '../../../src/ui/views/stableInputs';
import type { ChartInputs } from '../../../src/ui/charts/registry';
import type { ChartRun } from '../../../src/ui/charts/types';
import { chartRuns, diffRuns } from '../charts/helpers';

/** The same results in new wrappers, as the store hands them out after any change. */
const rewrap = (i: ChartInputs): ChartInputs => ({
  runs: i.runs.map((r) => ({ ...r })),
  focus: { ...i.focus },
  diffs: i.diffs.map((d) => ({ ...d })),
  unpaired: i.unpaired.map((u) => ({ ...u })),
  programmes: i.programmes && { ...i.programmes, runs: i.programmes.runs.map((r) => ({ ...r })) },
});

describe('stableInputs(prev, next)', () => {
  const runs = chartRuns();
  const programmes = {
    scenarioName: 'Rs 80 bn',
    combined: runs[1]!.result,
    runs: [{ programme: 'cash' as const, label: 'Cash transfer', result: runs[2]!.result, done: 5, total: 5 }],
  };
  const first: ChartInputs = { runs, focus: runs[1]!, diffs: diffRuns(), unpaired: [], programmes };

  test('with nothing before, the new inputs as they are', () => {
    expect(stableInputs(null, first)).toBe(first);
  });

  test('new wrappers around the same results give back the previous inputs', () => {
    expect(stableInputs(first, rewrap(first))).toBe(first);
  });

  test('programme-only runs: new progress is new inputs, for them alone', () => {
    const next = rewrap(first);
    next.programmes!.runs[0]!.done = 4;
    const out = stableInputs(first, next);
    expect(out).not.toBe(first);
    expect(out.programmes).toBe(next.programmes);
    expect(out.runs).toBe(first.runs);
  });

  test('a new colour for the programme runs\u2019 scenario, or a difference newly on another world, is new inputs', () => {
    const recoloured = rewrap(first);
    recoloured.programmes = { ...recoloured.programmes!, color: '#6E6E6E' };
    expect(stableInputs(first, recoloured).programmes).toBe(recoloured.programmes);
    const otherWorld = rewrap(first);
    otherWorld.diffs[0] = { ...otherWorld.diffs[0]!, worldDiffers: true };
    expect(stableInputs(first, otherWorld).diffs[0]).toBe(otherWorld.diffs[0]);
  });

  test('one refreshed result: a new run list, the other runs, the focus and the differences kept', () => {
    const next = rewrap(first);
    const refreshed: ChartRun = { ...next.runs[2]!, result: { ...next.runs[2]!.result } };
    next.runs[2] = refreshed;
    const out = stableInputs(first, next);
    expect(out.runs).not.toBe(first.runs);
    expect(out.runs[0]).toBe(first.runs[0]);
    expect(out.runs[1]).toBe(first.runs[1]);
    expect(out.runs[2]).toBe(refreshed);
    expect(out.focus).toBe(first.focus);
    expect(out.diffs).toBe(first.diffs);
  });

  test('a renamed or recoloured scenario is new; focus on a refreshed run follows it', () => {
    const next = rewrap(first);
    next.runs[1] = { ...next.runs[1]!, name: 'Renamed' };
    next.focus = next.runs[1];
    const out = stableInputs(first, next);
    expect(out.runs[1]!.name).toBe('Renamed');
    expect(out.focus).toBe(out.runs[1]);
    expect(out.runs[0]).toBe(first.runs[0]);
  });

  test('a scenario dropped from the comparison gives a shorter list', () => {
    const next = rewrap(first);
    next.runs.pop();
    const out = stableInputs(first, next);
    expect(out.runs).toHaveLength(2);
    expect(out.runs[0]).toBe(first.runs[0]);
  });
});

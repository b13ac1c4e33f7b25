// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InThreadRunner } from '../../src/run/inThread';
import { startApp, type App } from '../../src/app/start';
import { selectDifference, selectProgrammeRuns, selectRun } from '../../src/state/selectors';
import { Accumulator, buildResult, programmeOnlyScenarios, simulateReplication, type Difference } from '../../src/engine/index';
import { viewKey } from '../../src/run/controller';
import { PROGRAMME_RUNS } from '../../src/app/connectProgrammeRuns';
import { RUN_MARKS } from '../../src/app/connectRuns';
import type { AppStore } from '../../src/state/store';

const diffOf = (store: AppStore, id: string) => selectDifference(store.getState(), id) as Difference | undefined;

let app: App | null = null;
afterEach(() => {
  app?.stop();
  app = null;
});

/** Shrink every scenario so the in-thread runs finish quickly. */
function shrink(a: App) {
  const st = a.store.getState();
  for (const id of st.order) {
    st.setParam(id, 'run', 'households', 600);
    st.setParam(id, 'run', 'months', 12);
    st.setParam(id, 'run', 'replications', 3);
  }
}

const until = async (f: () => boolean, ms = 20000) => {
  const t0 = Date.now();
  while (!f()) {
    if (Date.now() - t0 > ms) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('connectRuns', () => {
  it('runs what is on screen, then re-runs after an edit, and keeps baseline differences', async () => {
    app = startApp(new InThreadRunner(), { debounceMs: 10, throttleMs: 0, refreshMs: 0 });
    shrink(app);
    const store = app.store;
    const done = (id: string) => selectRun(store.getState(), id)?.status === 'done';
    const diffOf = (id: string) => selectDifference(store.getState(), id) as Difference | undefined;
    const st = store.getState();
    await until(() => st.order.every(done));
    const active = store.getState().activeId;
    await until(() => st.order.every((id) => diffOf(id)?.replications === 3));
    const diff = diffOf(active)!;
    expect(diff.replications).toBe(3);
    expect(diff.summary.spentPKR!.p5!).toBeGreaterThan(0);

    // The baseline against itself: exactly zero.
    const base = diffOf(store.getState().baselineId)!;
    expect(base.summary.sustainedExits).toEqual({ mean: 0, p5: 0, p25: 0, p50: 0, p75: 0, p95: 0 });

    // Editing the baseline: the differences come back against the new baseline (a different status quo).
    const before = diffOf(active)!.summary.povertyHeadcountEnd!.mean;
    store.getState().setParam(store.getState().baselineId, 'existingCash', 'benefitPKR', 2500);
    await until(() => {
      const d = diffOf(active);
      return d !== undefined && d.replications === 3 && d.summary.povertyHeadcountEnd!.mean !== before;
    });
    store.getState().setParam(store.getState().baselineId, 'existingCash', 'benefitPKR', 2000);

    store.getState().setParam(active, 'budget', 'annualBn', [150]);
    await until(() => done(active) && selectRun(store.getState(), active)!.resultCount === 3);
    expect(selectRun(store.getState(), active)!.result!.scenario.policy.budget.annualBn).toEqual([150]);
  }, 60_000);

  it('marks the first result, and the first time every scenario on screen is done, once each', async () => {
    // Each mark with whether, at that moment, every scenario on screen was done.
    const marks: [string, boolean][] = [];
    const allDone = () => {
      const st = app!.store.getState();
      return [st.activeId, st.baselineId, ...st.compareIds].every((id) => selectRun(st, id)?.status === 'done');
    };
    const spy = vi.spyOn(performance, 'mark').mockImplementation((name: string) => {
      marks.push([name, allDone()]);
      return undefined as unknown as PerformanceMark;
    });
    try {
      app = startApp(new InThreadRunner(), { debounceMs: 10, throttleMs: 0, refreshMs: 0 });
      shrink(app);
      const store = app.store;
      await until(() => allDone() && marks.length === 2);
      expect(store.getState().compareIds.length).toBeGreaterThan(1);
      expect(marks).toEqual([[RUN_MARKS.firstResult, false], [RUN_MARKS.allDone, true]]);
      // A later run (an edit) is not the comparison the page opened on: no second mark.
      store.getState().setParam(store.getState().activeId, 'budget', 'annualBn', [150]);
      await until(() => selectRun(store.getState(), store.getState().activeId)?.result?.scenario.policy.budget.annualBn[0] === 150 && allDone());
      expect(marks.map(([name]) => name)).toEqual([RUN_MARKS.firstResult, RUN_MARKS.allDone]);
    } finally {
      spy.mockRestore();
    }
  }, 60_000);
});

describe('the first runs', () => {
  it('start in a task after the app connects, reading the store as it is then, not put off by an edit made before', async () => {
    // A debounce far longer than the test waits: only the first runs can start in time.
    app = startApp(new InThreadRunner(), { debounceMs: 600_000, throttleMs: 0, refreshMs: 0 });
    const store = app.store;
    // Nothing has started yet: the connecting task only keeps the run keys.
    expect(Object.keys(store.getState().runs)).toEqual([]);
    expect(Object.keys(store.getState().runKeys).length).toBeGreaterThan(1);
    // An edit before the first runs (as a shared link opened at start makes): they start anyway, on the edited scenarios.
    shrink(app);
    const st = store.getState();
    const runs = () => Object.values(store.getState().runs);
    await until(() => st.order.every((id) => selectRun(store.getState(), id)?.status === 'done'), 20_000);
    expect(selectRun(store.getState(), st.activeId)!.result!.scenario.run.households).toBe(600);
    // The programme-only runs of the scenario in focus too.
    await until(() => runs().some((v) => v.key.startsWith(PROGRAMME_RUNS)), 20_000);
  }, 60_000);
});

describe('connectProgrammeRuns', () => {
  it('runs each funded programme of the scenario in focus alone, in the background, with the numbers of a run of its own', async () => {
    app = startApp(new InThreadRunner(), { debounceMs: 10, throttleMs: 0, refreshMs: 0 });
    shrink(app);
    const store = app.store;
    const active = store.getState().activeId;
    const focus = store.getState().scenarios[active]!;
    const expected = programmeOnlyScenarios(focus);
    expect(expected.length).toBeGreaterThan(1);
    await until(() => store.getState().programmeRunKeys?.runs.length === expected.length);
    expect(store.getState().programmeRunKeys!.scenarioId).toBe(active);
    const runs = () => selectProgrammeRuns(store.getState(), active)!;
    await until(() => runs().every((r) => r.view?.status === 'done' && r.view.resultCount === 3), 40_000);

    // The same numbers as the programme-only scenario run on its own.
    const first = runs()[0]!;
    const alone = expected.find((p) => p.programme === first.programme)!.scenario;
    const acc = new Accumulator(alone);
    for (let r = 0; r < 3; r++) acc.add(r, simulateReplication(alone, r));
    expect(first.view!.result!.summary.costPerSustainedExitPKR).toEqual(buildResult(acc).summary.costPerSustainedExitPKR);
    expect(first.view!.result!.summary.spentByProgrammePKR.stipend.mean === 0 || first.programme === 'stipend').toBe(true);

    // Not for the baseline (no budget), and another scenario's runs are never shown for it.
    store.getState().setActive(store.getState().baselineId);
    await until(() => store.getState().programmeRunKeys === null);
    expect(selectProgrammeRuns(store.getState(), active)).toBeNull();

    // Back to the scenario, edited: new keys at once, for the edited scenario.
    store.getState().setActive(active);
    store.getState().setParam(active, 'budget', 'annualBn', [60]);
    await until(() => store.getState().programmeRunKeys?.scenarioId === active);
    const edited = programmeOnlyScenarios(store.getState().scenarios[active]!);
    expect(store.getState().programmeRunKeys!.runs.map((r) => r.key)).toEqual(edited.map((p) => PROGRAMME_RUNS + viewKey(p.scenario)));
  }, 60_000);

  it('keeps a scenario that funds one programme apart from its own programme-only run, the very same run', async () => {
    app = startApp(new InThreadRunner(), { debounceMs: 10, throttleMs: 0, refreshMs: 0 });
    shrink(app);
    const store = app.store;
    const active = store.getState().activeId;
    // Cash alone with administration: its "cash only" run is the scenario itself, under the same view key.
    store.getState().setParam(active, 'budget', 'programmeShares', { cash: 0.95, stipend: 0, microfinance: 0, training: 0, farm: 0, admin: 0.05 });
    const focus = () => store.getState().scenarios[active]!;
    await until(() => store.getState().programmeRunKeys?.runs.length === 1 && store.getState().runKeys[active] === viewKey(focus()));
    expect(viewKey(programmeOnlyScenarios(focus())[0]!.scenario)).toBe(viewKey(focus()));
    const alone = () => selectProgrammeRuns(store.getState(), active)![0]!.view;
    await until(() => alone()?.status === 'done' && selectRun(store.getState(), active)?.status === 'done' && diffOf(store, active)?.replications === 3, 40_000);
    // Two entries: the comparison's keeps its difference against the baseline, the background one has none.
    expect(store.getState().programmeRunKeys!.runs[0]!.key).not.toBe(store.getState().runKeys[active]);
    expect(alone()!.difference).toBeNull();
    expect(diffOf(store, active)!.replications).toBe(3);
  }, 60_000);
});
